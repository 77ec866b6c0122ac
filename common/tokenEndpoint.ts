/**
 * What the node and the refreshing credentials agree on about Webex's token endpoint
 * (`POST {Base URL}/access_token`): how a failed refresh is named and read, and how the node
 * asks a service app credential for a token alone. Pure; neither side imports the other.
 */
import type { IDataObject } from 'n8n-workflow';

/**
 * The name of the error of a failed token refresh, so the node tells it apart from a network
 * failure. A name, not a code: n8n's credential test shows an error's code instead of its words.
 */
export const TOKEN_REFRESH_FAILED = 'WebexTokenRefreshError';

/**
 * A header the node puts on the request through which n8n fetches and saves a service app's
 * token (n8n saves a credential's token only on its way to sending a request): the credential's
 * `authenticate` then stops that request, so nothing but the token request is sent. The node
 * sends its own requests itself, with the token it then holds.
 */
export const TOKEN_ONLY_HEADER = 'x-webex-calling-token-only';

/** The name of the error `authenticate` stops such a request with */
export const TOKEN_KEPT = 'WebexTokenKept';

/**
 * A field the node adds, for one token request, to the credential data it hands n8n: how long
 * the token request may take (the node's Timeout, what is left of it). The credential removes
 * it before n8n saves anything.
 */
export const TOKEN_TIMEOUT_FIELD = 'tokenRequestTimeoutMs';

/** The token request's time limit when nobody set one (n8n's Test credential) */
export const DEFAULT_TOKEN_TIMEOUT_MS = 30_000;

/** A failed token request, as n8n's HTTP helpers or its OAuth2 client throw it. */
interface TokenFailure {
	code?: string;
	/** n8n's OAuth2 client's refusal (code `ESTATUS`) keeps the HTTP status here */
	status?: number;
	message?: string;
	/** n8n's OAuth2 client keeps the token endpoint's answer here */
	body?: unknown;
	response?: { status?: number; data?: unknown; body?: unknown };
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/**
 * What Webex's token endpoint answered a refused or failed refresh: the HTTP status and the OAuth
 * error (`invalid_grant`, `invalid_client`, …) with its description, wherever the thrower kept
 * the answer; `code` for a network failure.
 */
export function tokenEndpointRefusal(error: unknown): {
	status?: number;
	code?: string;
	oauthError?: string;
	description?: string;
	said: string;
} {
	const failure = (error ?? {}) as TokenFailure;
	const status = typeof failure.status === 'number' ? failure.status : failure.response?.status;
	// ESTATUS is n8n's OAuth2 client's code for "answered with an error status": no words.
	const code = failure.code === 'ESTATUS' ? undefined : failure.code;
	const said = code ?? failure.message ?? 'no answer';
	const answers = [failure.body, failure.response?.data, failure.response?.body]
		.map((data) => (typeof data === 'string' ? safeJson(data) : data))
		.filter(
			(body): body is IDataObject =>
				typeof body === 'object' && body !== null && !Array.isArray(body),
		);
	const answer = answers.find((body) => typeof body.error === 'string') ?? answers[0];
	return {
		status,
		code,
		oauthError: typeof answer?.error === 'string' ? answer.error : undefined,
		description:
			typeof answer?.error_description === 'string' ? answer.error_description : undefined,
		said,
	};
}
