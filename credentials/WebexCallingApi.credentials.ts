import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

/**
 * A Webex admin access token, plus the org to act on and the API base URL.
 * Scopes: spark-admin:telephony_config_read/_write (operating modes),
 * spark-admin:workspaces_read/_write (simultaneous ring), spark-admin:locations_read and
 * spark-admin:workspaces_read (pickers).
 */
export class WebexCallingApi implements ICredentialType {
	name = 'webexCallingApi';

	displayName = 'Webex Calling API';

	icon: Icon = { light: 'file:webexCalling.svg', dark: 'file:webexCalling.dark.svg' };

	documentationUrl = 'https://developer.webex.com/docs/getting-your-personal-access-token';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Admin access token (from a Webex integration or service app) with the telephony_config and workspaces scopes',
		},
		{
			displayName: 'Organization ID',
			name: 'orgId',
			type: 'string',
			default: '',
			description:
				"Leave empty to act on the token's own org. Partner admins put the customer org ID here; it is sent as the orgId query parameter.",
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://webexapis.com/v1',
			description: 'Webex API base URL. Change only for another Webex region or a local simulator.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.accessToken}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/people/me',
		},
	};
}
