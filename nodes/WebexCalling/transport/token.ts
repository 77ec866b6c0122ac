/**
 * The access token's life for one run, in one place: which token a request signs with, getting
 * a new one (once for the whole run, however many requests wait) when there is none or Webex
 * refused it as expired, and giving up when the credential cannot get one.
 *
 * - Access token credential: the token as saved; nothing is fetched.
 * - OAuth2 (a Webex integration): n8n's own refresh (`helpers.refreshOAuth2Token`, the
 *   refresh-token grant at the credential's token URL), which n8n saves for later executions.
 * - Service app: the credential's preAuthentication (the refresh-token grant at the Base URL's
 *   /access_token), run by n8n on a request that carries TOKEN_ONLY_HEADER, so that n8n saves
 *   the token; the credential's `authenticate` stops that request before it is sent.
 *
 * Before fetching, the credential is read again: another execution (or a queue-mode worker) may
 * have renewed it already (its token is then taken as it is), and what n8n 1.x saves after a
 * service app's refresh is the data it was handed, so it must be the credential as it is now,
 * not as the run read it at its start (an Organization ID or refresh token edited meanwhile
 * would come back).
 *
 * A fetch is bounded by one Timeout, its retries (network failures, 5xx) included; the requests
 * waiting for it are bounded by their own deadlines, and one whose deadline passes is not sent
 * at all. When no token can be had, every request of the run ends with the credential's words.
 */
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestOptions,
} from 'n8n-workflow';

import { redact } from '../../../common/redact';
import {
	TOKEN_KEPT,
	TOKEN_ONLY_HEADER,
	TOKEN_REFRESH_FAILED,
	TOKEN_TIMEOUT_FIELD,
	tokenEndpointRefusal,
} from '../../../common/tokenEndpoint';
import { isPlainObject } from '../helpers/json';
import { backoffMs, isRetryableNetworkError } from '../helpers/retry';
import type { RetryPolicy } from '../helpers/retry';
import type { Connection, WebexContext } from './connection';
import { deadlineAfter } from './deadline';
import type { Deadline } from './deadline';
import { sleep } from './throttle';

/** An OAuth2 credential's token data as n8n keeps it (absent until someone connects it). */
function oauthTokenData(conn: Connection): IDataObject | undefined {
	const data = conn.decrypted.data?.oauthTokenData;
	return isPlainObject(data) ? data : undefined;
}

/** The access token the next request will carry ('' while a new one is to be fetched). */
export function currentToken(conn: Connection): string {
	const token =
		conn.authentication === 'oAuth2'
			? oauthTokenData(conn)?.access_token
			: conn.decrypted.data?.accessToken;
	return typeof token === 'string' ? token : '';
}

/** Notes a token the run has seen (a refreshed one) among the secrets to redact. */
function rememberSecret(conn: Connection, secret: unknown) {
	if (typeof secret === 'string' && secret !== '' && !conn.secrets.includes(secret))
		conn.secrets.push(secret);
}

/** Forgets an expired access token: the next request fetches another. */
function dropToken(conn: Connection) {
	if (conn.authentication === 'oAuth2') {
		const data = oauthTokenData(conn);
		if (data) conn.decrypted.data!.oauthTokenData = { ...data, access_token: '' };
	} else conn.decrypted.data!.accessToken = '';
}

/** Takes an OAuth2 credential's token data (read again, or refreshed) for the rest of the run. */
function useOAuth2Tokens(conn: Connection, tokens: IDataObject) {
	conn.decrypted.data!.oauthTokenData = { ...oauthTokenData(conn), ...tokens };
	rememberSecret(conn, tokens.access_token);
	rememberSecret(conn, tokens.refresh_token);
}

/** What a refused or failed OAuth2 refresh means for the user, and what to do about it. */
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

/** The run cannot get an access token: why, in the credential's words. */
export class TokenUnavailable extends Error {}

/** One try at a token: got one, or failed (and whether trying again may help). */
type Fetched = { ok: true } | { ok: false; problem: string; retryable: boolean };

/** The error of this name that n8n wrapped (as a cause, a few levels deep), if any. */
function causeNamed(error: unknown, name: string): Error | undefined {
	for (let at: unknown = error, depth = 0; at && depth < 4; depth++) {
		if ((at as Error).name === name) return at as Error;
		at = (at as { cause?: unknown }).cause;
	}
	return undefined;
}

/**
 * A token request that failed on the way (a network failure the API's requests would retry, or
 * Webex's server errors and rate limit): worth again. A refusal, or an error nobody knows, is not.
 */
function isTransient(status: number | undefined, code: string | undefined): boolean {
	if (status !== undefined) return status >= 500 || status === 429;
	return isRetryableNetworkError(code);
}

export class RunToken {
	/** Why no access token can be had this run: every request ends so */
	failure?: string;

	private fetching?: Promise<void>;

	/** The access tokens Webex refused as expired this run (never taken back from the store) */
	private readonly expired = new Set<string>();

	/** The token this run fetched last; whether Webex took it, or refused it (counted once) */
	private fetched = '';

	private fetchedTaken = false;

	private fetchedRefused = false;

	/** Freshly fetched tokens Webex refused before taking any, in a row */
	private freshRefused = 0;

	constructor(
		private readonly ctx: WebexContext,
		private readonly conn: Connection,
	) {}

	/**
	 * The token to sign a request with, fetched first when the credential holds none. Waits no
	 * longer than `deadline` (it rejects then, and the request is not sent); throws
	 * TokenUnavailable once the run cannot get one.
	 */
	async signWith(deadline: Promise<never>, policy: RetryPolicy, itemIndex?: number) {
		for (;;) {
			if (this.failure !== undefined) throw new TokenUnavailable(this.failure);
			const token = currentToken(this.conn);
			if (!this.conn.refreshes || token !== '') return token;
			this.fetching ??= this.fetch(policy, itemIndex).finally(() => {
				this.fetching = undefined;
			});
			await Promise.race([this.fetching, deadline]);
		}
	}

	/**
	 * Webex answered 401 to a request signed with `used`. When that is still the credential's
	 * token, it has expired: it is dropped, and the next request fetches another. Returns false
	 * when fetching more is pointless: Webex refused two freshly fetched tokens in a row.
	 */
	refused(used: string): boolean {
		if (used !== '' && used === this.fetched && !this.fetchedTaken && !this.fetchedRefused) {
			this.fetchedRefused = true;
			this.freshRefused++;
		}
		if (this.freshRefused >= 2) return false;
		if (used !== '' && currentToken(this.conn) === used) {
			dropToken(this.conn);
			this.expired.add(used);
		}
		return true;
	}

	/** Webex took the token `used`: fetching again is worth it after a later refusal. */
	accepted(used: string) {
		if (used === this.fetched) this.fetchedTaken = true;
		this.freshRefused = 0;
	}

	/** Gets a token into the connection, or sets `failure`; never rejects. */
	private async fetch(policy: RetryPolicy, itemIndex?: number): Promise<void> {
		const budget = deadlineAfter(policy.timeoutMs, "no answer from Webex's token endpoint");
		try {
			for (let retry = 0; ; retry++) {
				let outcome: Fetched;
				try {
					outcome = await Promise.race([this.fetchOnce(budget, itemIndex), budget.expired]);
				} catch {
					outcome = {
						ok: false,
						retryable: false,
						problem: `Webex's token endpoint gave no access token within ${policy.timeoutMs / 1000} s (the node's Timeout, retries included); no request of this run was sent without one.`,
					};
				}
				if (outcome.ok) {
					this.fetched = currentToken(this.conn);
					this.fetchedTaken = false;
					this.fetchedRefused = false;
					return;
				}
				const wait = backoffMs(retry);
				if (!outcome.retryable || retry >= policy.maxRetries || wait >= budget.left()) {
					this.failure ??= outcome.problem;
					return;
				}
				this.ctx.logger?.debug(
					`Webex Calling: token request failed (${outcome.problem}); retry ${retry + 1} in ${wait} ms`,
				);
				await sleep(wait);
			}
		} finally {
			budget.clear();
		}
	}

	private async fetchOnce(budget: Deadline, itemIndex?: number): Promise<Fetched> {
		const { ctx, conn } = this;
		let stored: ICredentialDataDecryptedObject;
		try {
			stored = await ctx.getCredentials(conn.type, itemIndex);
		} catch (error) {
			return {
				ok: false,
				retryable: false,
				problem: redact(String((error as Error).message), conn.secrets),
			};
		}
		// Reading the credential took what was left: no token request goes out after the budget.
		if (budget.passed()) return { ok: false, retryable: false, problem: 'no time left' };
		return conn.authentication === 'oAuth2'
			? await this.fetchOAuth2(stored)
			: // What is left once the credential is read: the token request may not outlast the budget.
				await this.fetchServiceApp(stored, Math.max(1, budget.left()));
	}

	private async fetchOAuth2(stored: ICredentialDataDecryptedObject): Promise<Fetched> {
		const { ctx, conn } = this;
		// Read again, they may differ from the run's: redacted from here on, as the run's are.
		rememberSecret(conn, stored.clientSecret);
		const tokens = stored.oauthTokenData;
		if (isPlainObject(tokens)) {
			rememberSecret(conn, tokens.refresh_token);
			rememberSecret(conn, tokens.access_token);
		}
		if (!isPlainObject(tokens)) {
			return {
				ok: false,
				retryable: false,
				problem:
					'The OAuth2 credential is not connected to Webex: open it and click "Connect my account".',
			};
		}
		if (typeof tokens.access_token === 'string' && tokens.access_token !== '') {
			if (!this.expired.has(tokens.access_token)) {
				useOAuth2Tokens(conn, tokens as IDataObject);
				return { ok: true };
			}
		}
		try {
			const renewed: unknown = await ctx.helpers.refreshOAuth2Token.call(ctx, conn.type);
			if (
				!isPlainObject(renewed) ||
				typeof renewed.access_token !== 'string' ||
				renewed.access_token === ''
			) {
				return {
					ok: false,
					retryable: false,
					problem: "Webex's token endpoint answered the refresh without an access token.",
				};
			}
			useOAuth2Tokens(conn, renewed as IDataObject);
			return { ok: true };
		} catch (error) {
			const { status, code, oauthError } = tokenEndpointRefusal(error);
			return {
				ok: false,
				retryable: oauthError === undefined && isTransient(status, code),
				problem: oauth2RefreshProblem(error, conn.secrets),
			};
		}
	}

	private async fetchServiceApp(
		stored: ICredentialDataDecryptedObject,
		timeLeftMs: number,
	): Promise<Fetched> {
		const { ctx, conn } = this;
		for (const secret of ['clientSecret', 'refreshToken']) rememberSecret(conn, stored[secret]);
		const saved = stored.accessToken;
		if (typeof saved === 'string' && saved !== '' && !this.expired.has(saved)) {
			conn.decrypted.data = stored;
			rememberSecret(conn, saved);
			return { ok: true };
		}
		const data: ICredentialDataDecryptedObject = {
			...stored,
			accessToken: '',
			[TOKEN_TIMEOUT_FIELD]: timeLeftMs,
		};
		const carrier: IHttpRequestOptions = {
			method: 'GET',
			url: `${conn.baseUrl}/people/me`,
			headers: { [TOKEN_ONLY_HEADER]: '1' },
			timeout: Math.max(1, timeLeftMs),
		};
		let error: unknown;
		try {
			await ctx.helpers.httpRequestWithAuthentication.call(ctx, conn.type, carrier, {
				credentialsDecrypted: { ...conn.decrypted, data },
			});
		} catch (thrown) {
			error = thrown;
		}
		delete data[TOKEN_TIMEOUT_FIELD];
		const token = data.accessToken;
		if (typeof token === 'string' && token !== '') {
			conn.decrypted.data = data;
			rememberSecret(conn, token);
			rememberSecret(conn, data.refreshToken);
			return { ok: true };
		}
		// n8n wraps what the credential's preAuthentication and `authenticate` threw.
		const failed = causeNamed(error, TOKEN_REFRESH_FAILED) as
			(Error & { networkCode?: string; httpStatus?: number }) | undefined;
		if (failed) {
			return {
				ok: false,
				retryable: isTransient(failed.httpStatus, failed.networkCode),
				problem: redact(failed.message, conn.secrets),
			};
		}
		const kept = causeNamed(error, TOKEN_KEPT) !== undefined;
		return {
			ok: false,
			retryable: false,
			problem: kept
				? "Webex's token endpoint answered without an access token."
				: redact(
						`Could not get a service app token: ${String((error as Error)?.message)}`,
						conn.secrets,
					),
		};
	}
}
