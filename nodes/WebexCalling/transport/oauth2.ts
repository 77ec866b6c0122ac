/**
 * A new access token for an OAuth2 credential, fetched by n8n's own OAuth2 refresh
 * (`helpers.refreshOAuth2Token`: the refresh-token grant at the credential's token URL; n8n
 * saves the result, encrypted, for later executions). The node signs its requests itself with
 * the token it holds for the run (as for the other credentials), so n8n's per-request OAuth2
 * path, which decrypts the credential for every request and refreshes only on a thrown 401,
 * is not used.
 */
import type { IDataObject } from 'n8n-workflow';

import { tokenEndpointRefusal } from '../../../credentials/WebexCallingServiceAppApi.credentials';
import { redact } from '../helpers/errors';
import { isPlainObject } from '../helpers/json';
import { useOAuth2Tokens } from './connection';
import type { Connection, WebexContext } from './connection';

/** What a refused or failed refresh means for the user, and what to do about it. */
export function oauth2RefreshProblem(error: unknown, secrets: string[]): string {
	const refusal = tokenEndpointRefusal(error);
	// n8n 2.x turns invalid_grant into "The credential … needs to be reconnected."
	const reconnect = /needs to be reconnected/.test((error as Error | undefined)?.message ?? '');
	const oauthError = refusal.oauthError ?? (reconnect ? 'invalid_grant' : undefined);
	if (oauthError === 'invalid_grant') {
		return 'Webex refused the refresh token of the OAuth2 credential (invalid_grant): access was revoked, the password or permissions changed, or the token went unused for 90 days. Open the credential and click Reconnect to sign in to Webex again.';
	}
	if (oauthError === 'invalid_client' || refusal.status === 401) {
		return "Webex refused the integration's Client ID or Client Secret (invalid_client): copy both again from the integration's page in the Webex Developer Portal into the credential, then click Reconnect.";
	}
	const said = (error as Error | undefined)?.message ?? refusal.said;
	return redact(
		`Could not refresh the OAuth2 access token${oauthError ? ` (${oauthError})` : ''}: ${said}`,
		secrets,
	);
}

/**
 * Gets the run a usable access token after Webex refused `expired` (or when the credential
 * holds none). The credential is read again first: another execution (or a queue-mode worker)
 * may already have refreshed it, and then its token is taken as it is. Returns why no token
 * can be had, or undefined once the connection holds a new one.
 */
export async function renewOAuth2Token(
	ctx: WebexContext,
	conn: Connection,
	expired: string,
	itemIndex?: number,
): Promise<string | undefined> {
	try {
		const stored = await ctx.getCredentials(conn.type, itemIndex);
		const tokens = stored.oauthTokenData;
		if (!isPlainObject(tokens)) {
			return 'The OAuth2 credential is not connected to Webex: open it and click "Connect my account".';
		}
		if (typeof tokens.access_token === 'string' && tokens.access_token !== '') {
			if (tokens.access_token !== expired) {
				useOAuth2Tokens(conn, tokens as IDataObject);
				return undefined;
			}
		}
		const renewed: unknown = await ctx.helpers.refreshOAuth2Token.call(ctx, conn.type);
		if (!isPlainObject(renewed) || typeof renewed.access_token !== 'string') {
			return "Webex's token endpoint answered the refresh without an access token.";
		}
		useOAuth2Tokens(conn, renewed as IDataObject);
		return undefined;
	} catch (error) {
		return oauth2RefreshProblem(error, conn.secrets);
	}
}
