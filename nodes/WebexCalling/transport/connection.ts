/**
 * The credential as the transport uses it (base URL, org, secrets to redact), and the errors the
 * transport raises. A run reads it once (see `WebexRun`).
 */
import { NodeApiError } from 'n8n-workflow';
import type {
	ICredentialsDecrypted,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	JsonObject,
} from 'n8n-workflow';

import { optionalText } from '../helpers/json';
import { normalizeBaseUrl } from '../helpers/url';

/**
 * The node's Authentication choices and the credential type each uses. Saved workflows have no
 * Authentication parameter: they use the access token, as before.
 */
export const CREDENTIAL_TYPES = {
	accessToken: 'webexCallingApi',
	serviceApp: 'webexCallingServiceAppApi',
} as const;

export type Authentication = keyof typeof CREDENTIAL_TYPES;

export type WebexContext = IExecuteFunctions | ILoadOptionsFunctions;

/** The credential fields that are secret, whatever the type: never shown, always redacted. */
const SECRET_FIELDS = ['accessToken', 'refreshToken', 'clientSecret'];

export interface Connection {
	baseUrl: string;
	orgId?: string;
	/** The credential type the node's Authentication chose */
	type: string;
	/** A service app: its access token is fetched (and fetched again) with its refresh token */
	refreshes: boolean;
	/**
	 * Never shown to anyone: redacted from everything Webex sends back. Grows when an access
	 * token is refreshed, so an old token echoed late is still caught.
	 */
	secrets: string[];
	/** Handed back to n8n so it authenticates without decrypting the credential again */
	decrypted: ICredentialsDecrypted;
}

/** The Authentication the node is set to (a picker reads the form as it is being filled). */
function authenticationOf(ctx: WebexContext): Authentication {
	const value =
		'getCurrentNodeParameter' in ctx
			? ctx.getCurrentNodeParameter('authentication')
			: ctx.getNodeParameter('authentication', 0, 'accessToken');
	return value === 'serviceApp' ? 'serviceApp' : 'accessToken';
}

/** The access token the next request will carry ('' while a new one is to be fetched). */
export function currentToken(conn: Connection): string {
	return String(conn.decrypted.data?.accessToken ?? '');
}

/** Notes a token the run has seen (a refreshed one) among the secrets to redact. */
export function rememberSecret(conn: Connection, secret: string) {
	if (secret && !conn.secrets.includes(secret)) conn.secrets.push(secret);
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
		refreshes: authentication === 'serviceApp',
		secrets: SECRET_FIELDS.map((field) => String(credentials[field] ?? '')).filter(Boolean),
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
