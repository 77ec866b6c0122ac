/**
 * The OAuth2 credential (a Webex integration someone signed in to): the token from the sign-in
 * is used as it is; when Webex answers 401 the node has n8n refresh it (n8n's OAuth2 refresh,
 * which saves the new token), once per expiry however many requests were out; a refresh Webex
 * refuses fails every item at once with words that say what to do.
 */
import { OAUTH_CLIENTS, oauth2CredentialData } from '../simulator/oauth';
import type { OAuth2TokenData } from '../simulator/oauth';
import { useEnvironment } from '../harness/lifecycle';
import { webexNode } from '../harness/webex';
import {
	createsAcrossExpiries,
	everything,
	items,
	readRing as readRingAs,
	readsAcrossExpiries,
} from './expiries';

jest.setTimeout(60_000);

const env = useEnvironment();

const INTEGRATION = { id: 'cred-integration', name: 'Webex Calling integration' };
const TYPE = 'webexCallingOAuth2Api';

async function storeIntegration(overrides: Record<string, unknown> = {}, connected = true) {
	const tokens = env.simulator.oauth.connectIntegration();
	const data: Record<string, unknown> = {
		...oauth2CredentialData(env.simulator.url, tokens),
		...overrides,
	};
	if (!connected) delete data.oauthTokenData;
	await env.engine.credentials.store(INTEGRATION.id, INTEGRATION.name, TYPE, data as never);
	return { ...data, tokens };
}

/** The token data the credential holds now (as n8n would have saved it). */
async function storedTokens(): Promise<OAuth2TokenData> {
	const stored = await env.engine.credentials.getCredentials(INTEGRATION, TYPE);
	return (await stored.getData()).oauthTokenData as OAuth2TokenData;
}

const asIntegration = { credentials: { [TYPE]: INTEGRATION } };

const readRing = (options: Record<string, unknown> = {}) => readRingAs('oAuth2', options);

test('the token from the sign-in is used as it is: no token request, one credential read a run', async () => {
	const { tokens } = await storeIntegration();
	const decryptions = env.engine.credentials.decryptions.length;
	const result = await env.runNode(readRing({ concurrency: 10 }), items(30), asIntegration);
	expect(result.error).toBeUndefined();
	expect(result.output('Webex Calling')).toHaveLength(30);
	expect(env.simulator.oauth.tokenRequests).toHaveLength(0);
	const sent = env.simulator.requests('GET');
	expect(sent.every((r) => r.headers.authorization === `Bearer ${tokens.access_token}`)).toBe(true);
	// n8n's own OAuth2 request path would decrypt the credential for each of the 30 requests.
	expect(env.engine.credentials.decryptions.length - decryptions).toBe(1);
});

test('tokens that expire during a run of 1000 reads cost nothing: all read once, one refresh per expiry, saved for the next run', async () => {
	await storeIntegration();
	env.simulator.oauth.expireAccessTokens();
	const { expired } = await readsAcrossExpiries(env, 'oAuth2', asIntegration);
	// The sign-in's token (expired before the run) and each later one: one refresh each.
	const refreshes = env.simulator.oauth.tokenRequests;
	expect(refreshes.map((r) => r.grantType)).toEqual(Array(expired).fill('refresh_token'));
	expect(env.engine.credentials.oauthTokenSaves).toHaveLength(expired);

	// n8n saved the last token: the next run uses it without asking for another.
	env.simulator.oauth.accessTokenLifetimeMs = 60_000;
	const last = await storedTokens();
	env.simulator.faults.latencyMs = 0;
	const next = await env.runNode(readRing(), items(1), asIntegration);
	expect(next.error).toBeUndefined();
	expect(env.simulator.requests('GET').at(-1)?.headers.authorization).toBe(
		`Bearer ${last.access_token}`,
	);
});

test('creates across expiries: each mode created once, none failed', async () => {
	await storeIntegration();
	env.simulator.oauth.expireAccessTokens();
	await createsAcrossExpiries(env, 'oAuth2', asIntegration);
});

test('a token another execution refreshed meanwhile is taken from the credential, not refreshed again', async () => {
	await storeIntegration();
	env.simulator.faults.latencyMs = 20;
	const running = env.runNode(readRing({ concurrency: 1 }), items(20), asIntegration);
	// As another execution would: its refresh saved a new token, the old one no longer works.
	await new Promise((resolve) => setTimeout(resolve, 100));
	const fresh = env.simulator.oauth.connectIntegration();
	env.simulator.oauth.expireAccessTokens();
	env.simulator.world.tokens.get(fresh.access_token)!.expiresAt = Date.now() + 60_000;
	const stored = await env.engine.credentials.getCredentials(INTEGRATION, TYPE);
	await stored.setData({ ...(await stored.getData()), oauthTokenData: fresh });
	const result = await running;
	expect(result.error).toBeUndefined();
	expect(result.output('Webex Calling').filter((i) => i.json.error !== undefined)).toHaveLength(0);
	const sent = env.simulator.requests('GET');
	expect(sent.filter((r) => r.status === 401)).toHaveLength(1);
	expect(sent.at(-1)?.headers.authorization).toBe(`Bearer ${fresh.access_token}`);
	expect(env.simulator.oauth.tokenRequests).toHaveLength(0);
});

test('a revoked refresh token fails every item at once, says to reconnect, and asks once', async () => {
	const { tokens } = await storeIntegration();
	env.simulator.oauth.revoke(tokens.refresh_token);
	env.simulator.oauth.expireAccessTokens();
	const result = await env.runNode(readRing({ concurrency: 5 }), items(20), {
		...asIntegration,
		onError: 'continueRegularOutput',
	});
	const output = result.output('Webex Calling');
	expect(output).toHaveLength(20);
	for (const item of output) {
		expect(item.json.error).toMatch(
			/^Webex refused the refresh token of the OAuth2 credential \(invalid_grant\).*click Reconnect/,
		);
	}
	expect(env.simulator.oauth.tokenRequests).toHaveLength(1);
	// Only the first requests, out together before any answer, carried the expired token;
	// nothing was sent after the refused refresh.
	const sent = env.simulator.requests('GET');
	expect(sent.length).toBeLessThanOrEqual(5);
	expect(sent.every((r) => r.status === 401)).toBe(true);
	const text = everything(result);
	for (const secret of [
		tokens.refresh_token,
		tokens.access_token,
		OAUTH_CLIENTS.integration.secret,
	])
		expect(text).not.toContain(secret);
});

test('a wrong client secret: the error names the Client ID and Secret, and the run stops at once', async () => {
	const { tokens } = await storeIntegration({ clientSecret: 'not-the-secret-7f3e' });
	env.simulator.oauth.expireAccessTokens();
	const result = await env.runNode(readRing({ concurrency: 5 }), items(10), asIntegration);
	expect(result.error?.message).toMatch(
		/^Webex refused the integration's Client ID or Client Secret \(invalid_client\)/,
	);
	expect(env.simulator.oauth.tokenRequests).toHaveLength(1);
	const text = everything(result);
	for (const secret of ['not-the-secret-7f3e', tokens.refresh_token])
		expect(text).not.toContain(secret);
});

test('secrets echoed by the token endpoint never reach the user', async () => {
	const { tokens } = await storeIntegration();
	env.simulator.oauth.expireAccessTokens();
	env.simulator.oauth.echoSecrets = true;
	const result = await env.runNode(readRing(), items(1), asIntegration);
	expect(result.error?.message).toMatch(/^Could not refresh the OAuth2 access token/);
	const text = everything(result);
	for (const secret of [
		OAUTH_CLIENTS.integration.secret,
		tokens.refresh_token,
		tokens.access_token,
	])
		expect(text).not.toContain(secret);
});

test('a credential nobody connected says so and sends nothing', async () => {
	await storeIntegration({}, false);
	const result = await env.runNode(readRing(), items(3), asIntegration);
	expect(result.error?.message).toBe(
		'The OAuth2 credential is not connected to Webex: open it and click "Connect my account".',
	);
	expect(env.simulator.log).toHaveLength(0);
});

test('every access token, echoed back by a hostile Webex, is redacted', async () => {
	const { tokens } = await storeIntegration();
	env.simulator.faults.script.push({ kind: 'echoToken', times: 10 });
	const result = await env.runNode(readRing(), items(1), {
		...asIntegration,
		onError: 'continueRegularOutput',
	});
	const [item] = result.output('Webex Calling');
	expect(item.json.error).toBe('Token [redacted] is not valid');
	// Each 401 made the node refresh (twice at most for one request), each new token redacted.
	expect(env.simulator.oauth.tokenRequests.length).toBeGreaterThanOrEqual(2);
	const text = everything(result);
	expect(text).not.toMatch(/sim-access-/);
	expect(text).not.toContain(tokens.refresh_token);
});

test('Test credential checks the connected token, refreshes an expired one, and says to reconnect when it cannot', async () => {
	const data = await storeIntegration();
	const ok = { status: 'OK', message: 'Connection successful!' };
	expect(await env.engine.testCredential(TYPE, data)).toEqual(ok);
	env.simulator.oauth.expireAccessTokens();
	expect(await env.engine.testCredential(TYPE, data)).toEqual(ok);
	expect(env.simulator.oauth.tokenRequests).toHaveLength(1);
	env.simulator.oauth.expireAccessTokens();
	env.simulator.oauth.revoke(data.tokens.refresh_token);
	const refused = await env.engine.testCredential(TYPE, data);
	expect(refused.status).toBe('Error');
	// n8n's own words for a refused refresh.
	expect(refused.message).toMatch(/needs to be reconnected/);
	expect(refused.message).not.toContain(data.tokens.refresh_token);
});

test('pickers work with the OAuth2 credential, and refresh an expired token', async () => {
	await storeIntegration();
	env.simulator.oauth.expireAccessTokens();
	const result = await env.engine.listSearch(
		webexNode(
			{ authentication: 'oAuth2', resource: 'workspace', operation: 'getSimultaneousRing' },
			asIntegration,
		),
		'searchWorkspaces',
	);
	expect(result.results.map((r) => r.name)).toContain('Denver Lobby');
	expect(env.simulator.oauth.tokenRequests).toHaveLength(1);
});
