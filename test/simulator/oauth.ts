/**
 * Webex's OAuth side, as the simulator plays it: the authorize page an integration sends a
 * person to (a sign-in that redirects back with a code), and the token endpoint
 * (`POST /v1/access_token`, form-encoded) for the authorization-code and refresh-token grants.
 * Access tokens it issues join the world's tokens with an expiry (14 days by default, as
 * Webex's integration and service-app tokens; seconds in tests); an expired one is answered
 * 401 like any unknown token. Refresh tokens can be revoked; wrong clients are refused with
 * OAuth's own error codes.
 */
import { randomBytes } from 'node:crypto';

import { ALL_SCOPES, SEED, USER_SCOPES } from './data';
import type { World } from './data';

/** The seeded integration (OAuth2 sign-in) and service app of SEED's org. */
export const OAUTH_CLIENTS = {
	integration: {
		id: 'sim-integration-3c7a',
		secret: 'sim-integration-secret-91f2d8',
		/** Seeded as if an admin had signed in once: it survives a reset (the app's tests import it) */
		refreshToken: 'sim-refresh-integration-seeded-61d0e7',
		/** Seeded as if Dana (the mode manager) had signed in once with user scopes; survives a reset */
		managerRefreshToken: 'sim-refresh-integration-dana-4b8e21',
	},
	serviceApp: {
		id: 'sim-service-app-5e1b',
		secret: 'sim-service-app-secret-4d06a7',
		/** Seeded as if an admin had authorized it for SEED's org: it survives a reset */
		refreshToken: 'sim-refresh-seeded-8b2c1f90a4d3',
	},
};

export interface OAuthClient {
	secret: string;
	/** The org the integration or service app acts on */
	orgId: string;
	scopes: string[];
}

/** The data of a Service App credential for the simulator at `baseUrl`. */
export function serviceAppCredentialData(
	baseUrl: string,
	refreshToken: string = OAUTH_CLIENTS.serviceApp.refreshToken,
) {
	return {
		clientId: OAUTH_CLIENTS.serviceApp.id,
		clientSecret: OAUTH_CLIENTS.serviceApp.secret,
		refreshToken,
		baseUrl,
		orgId: '',
	};
}

/** The token data n8n keeps in an OAuth2 credential once someone connected it */
// A type, not an interface: n8n's credential data takes it as an IDataObject.
export type OAuth2TokenData = {
	access_token: string;
	refresh_token: string;
	expires_in: number;
	token_type: string;
};

/** The data of a connected OAuth2 credential (the seeded integration) for the simulator at `baseUrl`. */
export function oauth2CredentialData(baseUrl: string, oauthTokenData: OAuth2TokenData) {
	return {
		clientId: OAUTH_CLIENTS.integration.id,
		clientSecret: OAUTH_CLIENTS.integration.secret,
		baseUrl,
		orgId: '',
		oauthTokenData,
	};
}

/**
 * An OAuth2 credential connected before the simulator (re)started, for the real app's imports:
 * the seeded refresh token, and an access token the simulator no longer knows (expired), so the
 * first request finds it expired and n8n refreshes it.
 */
export function seededOAuth2CredentialData(
	baseUrl: string,
	refreshToken: string = OAUTH_CLIENTS.integration.refreshToken,
) {
	return oauth2CredentialData(baseUrl, {
		access_token: 'sim-access-from-an-earlier-sign-in-0000',
		refresh_token: refreshToken,
		expires_in: 1209599,
		token_type: 'Bearer',
	});
}

interface RefreshGrant {
	clientId: string;
	orgId: string;
	scopes: string[];
	/** The person who signed in (an integration's grant) */
	personId?: string;
	expiresAt: number;
	revoked?: boolean;
}

export interface TokenReply {
	status: number;
	body: Record<string, unknown>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export class OAuthServer {
	/** How long an issued access token lives (Webex: about 14 days) */
	accessTokenLifetimeMs = 14 * DAY_MS;

	/** How long a refresh token lives unused (Webex: about 90 days) */
	refreshTokenLifetimeMs = 90 * DAY_MS;

	/** A hostile token endpoint: every answer is a 400 quoting the secrets it was sent */
	echoSecrets = false;

	readonly clients = new Map<string, OAuthClient>();

	readonly refreshTokens = new Map<string, RefreshGrant>();

	private readonly codes = new Map<string, { clientId: string; redirectUri: string }>();

	/** Each call of the token endpoint, by grant type */
	readonly tokenRequests: Array<{ grantType: string; status: number; at: number }> = [];

	constructor(private readonly world: () => World) {
		this.reset();
	}

	/** Back to the seeded clients, default lifetimes, no codes or refresh tokens issued. */
	reset() {
		this.accessTokenLifetimeMs = 14 * DAY_MS;
		this.refreshTokenLifetimeMs = 90 * DAY_MS;
		this.clients.clear();
		this.refreshTokens.clear();
		this.codes.clear();
		this.tokenRequests.length = 0;
		this.echoSecrets = false;
		for (const client of Object.values(OAUTH_CLIENTS))
			this.clients.set(client.id, {
				secret: client.secret,
				orgId: SEED.orgId,
				scopes: [...ALL_SCOPES, ...(client === OAUTH_CLIENTS.integration ? USER_SCOPES : [])],
			});
		for (const client of [OAUTH_CLIENTS.serviceApp, OAUTH_CLIENTS.integration])
			this.refreshTokens.set(client.refreshToken, {
				clientId: client.id,
				orgId: SEED.orgId,
				scopes: [...ALL_SCOPES],
				expiresAt: Date.now() + this.refreshTokenLifetimeMs,
			});
		this.refreshTokens.set(OAUTH_CLIENTS.integration.managerRefreshToken, {
			clientId: OAUTH_CLIENTS.integration.id,
			orgId: SEED.orgId,
			scopes: [...USER_SCOPES],
			personId: SEED.people.manager,
			expiresAt: Date.now() + this.refreshTokenLifetimeMs,
		});
	}

	/** A refresh token for the client, as a service app's developer receives it. */
	issueRefreshToken(clientId: string): string {
		const client = this.clients.get(clientId);
		if (!client) throw new Error(`Unknown client ${clientId}`);
		const token = `sim-refresh-${randomBytes(12).toString('hex')}`;
		this.refreshTokens.set(token, {
			clientId,
			orgId: client.orgId,
			scopes: client.scopes,
			expiresAt: Date.now() + this.refreshTokenLifetimeMs,
		});
		return token;
	}

	/**
	 * What an admin's sign-in to the seeded integration leaves n8n holding (the code exchange
	 * done), for tests that do not go through the editor.
	 */
	connectIntegration(signIn: { scopes?: string[]; personId?: string } = {}): OAuth2TokenData {
		const refreshToken = this.issueRefreshToken(OAUTH_CLIENTS.integration.id);
		const grant = this.refreshTokens.get(refreshToken)!;
		if (signIn.scopes) grant.scopes = signIn.scopes;
		grant.personId = signIn.personId ?? SEED.people.admin;
		return this.tokens(grant, refreshToken).body as unknown as OAuth2TokenData;
	}

	revoke(refreshToken: string) {
		const grant = this.refreshTokens.get(refreshToken);
		if (grant) grant.revoked = true;
	}

	/** Every access token issued so far stops working now (as if their 14 days were over). */
	expireAccessTokens() {
		for (const grant of this.world().tokens.values())
			if (grant.expiresAt !== undefined) grant.expiresAt = 0;
	}

	/**
	 * The authorize page: a sign-in for the client's org. Approving redirects to the
	 * redirect URI with a one-time code and the state the client sent.
	 */
	authorizePage(query: Record<string, string>): { status: number; html: string } {
		const client = this.clients.get(query.client_id ?? '');
		if (!client || query.response_type !== 'code' || !query.redirect_uri) {
			return {
				status: 400,
				html: '<html><body><h1>Invalid authorize request</h1></body></html>',
			};
		}
		const fields = ['client_id', 'redirect_uri', 'state', 'scope']
			.map(
				(name) => `<input type="hidden" name="${name}" value="${escapeHtml(query[name] ?? '')}">`,
			)
			.join('');
		return {
			status: 200,
			html: `<html><head><title>Webex sign in (simulator)</title></head><body>
<h1>Sign in to Webex</h1><p>Allow this integration access to your organization?</p>
<form method="GET" action="/v1/authorize/approve">${fields}<button id="approve" type="submit">Accept</button></form>
</body></html>`,
		};
	}

	/** Where the sign-in goes: back to the client with a code. */
	approve(query: Record<string, string>): { location: string } | undefined {
		if (!this.clients.has(query.client_id ?? '') || !query.redirect_uri) return undefined;
		const code = `sim-code-${randomBytes(8).toString('hex')}`;
		this.codes.set(code, { clientId: query.client_id, redirectUri: query.redirect_uri });
		const target = new URL(query.redirect_uri);
		target.searchParams.set('code', code);
		if (query.state) target.searchParams.set('state', query.state);
		return { location: target.href };
	}

	/** `POST /v1/access_token`: form fields, client credentials in the body or as Basic auth. */
	token(form: URLSearchParams, authorization?: string): TokenReply {
		const reply = this.grant(form, authorization);
		this.tokenRequests.push({
			grantType: form.get('grant_type') ?? '',
			status: reply.status,
			at: Date.now(),
		});
		return reply;
	}

	private grant(form: URLSearchParams, authorization?: string): TokenReply {
		if (this.echoSecrets) {
			return oauthError(
				400,
				'invalid_request',
				`Rejected client_secret=${form.get('client_secret') ?? ''} refresh_token=${form.get('refresh_token') ?? ''} (${authorization ?? ''})`,
			);
		}
		let clientId = form.get('client_id') ?? '';
		let secret = form.get('client_secret') ?? '';
		const basic = /^Basic (.+)$/.exec(authorization ?? '')?.[1];
		if (basic) {
			const [id, pass] = Buffer.from(basic, 'base64').toString('utf8').split(':');
			clientId = decodeURIComponent(id ?? '');
			secret = decodeURIComponent(pass ?? '');
		}
		const client = this.clients.get(clientId);
		if (!client || client.secret !== secret) {
			return oauthError(401, 'invalid_client', 'Client authentication failed');
		}
		const grantType = form.get('grant_type');
		if (grantType === 'authorization_code') {
			const code = this.codes.get(form.get('code') ?? '');
			this.codes.delete(form.get('code') ?? '');
			if (!code || code.clientId !== clientId || code.redirectUri !== form.get('redirect_uri')) {
				return oauthError(400, 'invalid_grant', 'The authorization code is invalid or expired');
			}
			const refreshToken = this.issueRefreshToken(clientId);
			return this.tokens(this.refreshTokens.get(refreshToken)!, refreshToken);
		}
		if (grantType === 'refresh_token') {
			const refreshToken = form.get('refresh_token') ?? '';
			const grant = this.refreshTokens.get(refreshToken);
			if (!grant || grant.revoked || grant.expiresAt < Date.now() || grant.clientId !== clientId) {
				return oauthError(400, 'invalid_grant', 'The refresh token is invalid, expired or revoked');
			}
			// Each use renews the refresh token's lifetime (Webex keeps the same value).
			grant.expiresAt = Date.now() + this.refreshTokenLifetimeMs;
			return this.tokens(grant, refreshToken);
		}
		return oauthError(
			400,
			'unsupported_grant_type',
			`Grant type ${String(grantType)} is not supported`,
		);
	}

	private tokens(grant: RefreshGrant, refreshToken: string): TokenReply {
		const accessToken = `sim-access-${randomBytes(12).toString('hex')}`;
		this.world().tokens.set(accessToken, {
			orgId: grant.orgId,
			partnerOf: [],
			scopes: grant.scopes,
			personId: grant.personId,
			expiresAt: Date.now() + this.accessTokenLifetimeMs,
		});
		return {
			status: 200,
			body: {
				access_token: accessToken,
				expires_in: Math.floor(this.accessTokenLifetimeMs / 1000),
				refresh_token: refreshToken,
				refresh_token_expires_in: Math.floor((grant.expiresAt - Date.now()) / 1000),
				token_type: 'Bearer',
			},
		};
	}
}

function oauthError(status: number, error: string, description: string): TokenReply {
	return { status, body: { error, error_description: description } };
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
