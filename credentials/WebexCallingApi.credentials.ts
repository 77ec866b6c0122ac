import type {
	IAuthenticate,
	ICredentialDataDecryptedObject,
	IHttpRequestOptions,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { baseUrlExpression } from '../common/baseUrl';

/**
 * `Authorization: Bearer <accessToken>`, for every credential of this package that holds an
 * access token.
 */
export const bearerAuthentication = async (
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> => ({
	...requestOptions,
	headers: {
		...requestOptions.headers,
		Authorization: `Bearer ${String(credentials.accessToken)}`,
	},
});

/**
 * *Test credential* for every credential of this package: `GET /people/me`, which answers for any
 * valid token, with what a 401 and a 403 mean for this kind of credential instead of n8n's bare
 * "Unauthorized" / "Forbidden".
 */
export function peopleMeTest(on401: string, on403: string): ICredentialTestRequest {
	return {
		request: {
			// Validated as the node validates it: plain http only for loopback hosts.
			baseURL: `=${baseUrlExpression('$credentials.baseUrl')}`,
			url: '/people/me',
		},
		rules: [
			{ type: 'responseCode', properties: { value: 401, message: on401 } },
			{ type: 'responseCode', properties: { value: 403, message: on403 } },
		],
	};
}

/**
 * A Webex admin access token, plus the org to act on and the API base URL.
 * Scopes: spark-admin:telephony_config_read/_write (operating modes, Calling locations),
 * spark-admin:workspaces_read/_write (workspaces, simultaneous ring).
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

	/**
	 * `Authorization: Bearer <token>` on every request. A function rather than n8n's generic
	 * `={{$credentials.accessToken}}` form: the app evaluates that expression in its expression
	 * runtime for each request (0.7 ms a request in `npm run bench`, a quarter of the node's cost
	 * per item), while a function is plain code. n8n calls it the same way for this node, the
	 * HTTP Request node and the credential test. The node's own code reads the token only to
	 * redact it from whatever Webex sends back.
	 */
	authenticate: IAuthenticate = bearerAuthentication;

	test: ICredentialTestRequest = peopleMeTest(
		'Webex refused the access token (HTTP 401): it is wrong or has expired. A personal token from developer.webex.com lasts 12 hours; for workflows use an integration or service app token.',
		'Webex accepted the token but refused access (HTTP 403): check its scopes (spark-admin:telephony_config_read/_write, spark-admin:workspaces_read/_write) and the Organization ID.',
	);
}
