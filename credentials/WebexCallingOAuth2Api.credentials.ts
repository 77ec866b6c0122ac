import type { Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import { baseUrlExpression } from '../common/baseUrl';
import { peopleMeTest } from './WebexCallingApi.credentials';

/**
 * The scopes the node's operations need with an admin's sign-in: operating modes, holidays and
 * Calling locations (telephony_config), workspaces and their simultaneous ring (workspaces).
 * Scopes are listed on https://developer.webex.com/docs/integrations#scopes
 */
export const ADMIN_SCOPES = [
	'spark-admin:telephony_config_read',
	'spark-admin:telephony_config_write',
	'spark-admin:workspaces_read',
	'spark-admin:workspaces_write',
].join(' ');

/**
 * The API base URL the user entered, without trailing slashes, in a credential expression;
 * validated as the node validates it (plain http only for loopback hosts), so the sign-in and
 * the token exchange never send the client secret in clear.
 */
const BASE_URL = baseUrlExpression('$self["baseUrl"]');

/**
 * A Webex integration (OAuth2, authorization code): a person signs in to Webex once from the
 * credential ("Connect my account"); n8n keeps the access token (about 14 days) and the refresh
 * token (90 days, renewed by each use) encrypted, and the node has n8n refresh the access token
 * when Webex answers 401. See https://developer.webex.com/docs/integrations
 */
export class WebexCallingOAuth2Api implements ICredentialType {
	name = 'webexCallingOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Webex Calling OAuth2 API';

	icon: Icon = { light: 'file:webexCalling.svg', dark: 'file:webexCalling.dark.svg' };

	documentationUrl = 'https://developer.webex.com/docs/integrations';

	properties: INodeProperties[] = [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://webexapis.com/v1',
			description:
				'Webex API base URL; the sign-in page is its /authorize and the token endpoint its /access_token. Change only for another Webex region or a local simulator.',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: `=${BASE_URL}/authorize`,
			required: true,
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: `=${BASE_URL}/access_token`,
			required: true,
		},
		{
			// n8n's hint under the Redirect URL names "Webex Calling"; the URL is registered in the
			// Developer Portal.
			displayName:
				'Register the OAuth Redirect URL shown above as the Redirect URI of your integration in the Webex Developer Portal (developer.webex.com → My Webex Apps), with the scopes below selected.',
			name: 'redirectNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			// Four scopes do not fit on one line of the credential form.
			typeOptions: { rows: 3 },
			default: ADMIN_SCOPES,
			description:
				'Space-separated; the integration must have each of them selected in the Developer Portal. The default suits an admin running every operation; a user-level token (a mode manager) uses spark:telephony_config_read and spark:telephony_config_write instead. Connect again after a change.',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			// Webex's token endpoint takes the client ID and secret as form fields.
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'body',
		},
		{
			displayName: 'Organization ID',
			name: 'orgId',
			type: 'string',
			default: '',
			description:
				"Leave empty to act on the signed-in admin's own org. Partner admins put the customer org ID here; it is sent as the orgId query parameter.",
		},
	];

	test: ICredentialTestRequest = peopleMeTest(
		'Webex refused the access token (HTTP 401) and it could not be refreshed: click Reconnect and sign in again.',
		'Webex accepted the token but refused access (HTTP 403): the signed-in person must be an admin, and the Scope must include spark-admin:telephony_config_read/_write and spark-admin:workspaces_read/_write; check the Organization ID too.',
	);
}
