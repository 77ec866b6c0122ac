/**
 * The Service App credential: access tokens fetched with the refresh token, kept between runs,
 * fetched again when they expire in the middle of a run (once per expiry, however many requests
 * were out), and a refused refresh that fails every item at once with words that say what to do.
 */
import { OAUTH_CLIENTS, serviceAppCredentialData } from '../simulator/oauth';
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

const SERVICE_APP = { id: 'cred-service-app', name: 'Webex Calling service app' };
const TYPE = 'webexCallingServiceAppApi';

async function storeServiceApp(overrides: Record<string, string> = {}) {
	const refreshToken = env.simulator.oauth.issueRefreshToken(OAUTH_CLIENTS.serviceApp.id);
	const data = { ...serviceAppCredentialData(env.simulator.url, refreshToken), ...overrides };
	await env.engine.credentials.store(SERVICE_APP.id, SERVICE_APP.name, TYPE, data);
	return data;
}

const asServiceApp = { credentials: { [TYPE]: SERVICE_APP } };

const readRing = (options: Record<string, unknown> = {}) => readRingAs('serviceApp', options);

test('the first run fetches one token for all its requests; the next run fetches none', async () => {
	await storeServiceApp();
	const first = await env.runNode(readRing({ concurrency: 10 }), items(30), asServiceApp);
	expect(first.error).toBeUndefined();
	expect(first.output('Webex Calling')).toHaveLength(30);
	expect(env.simulator.oauth.tokenRequests.map((r) => r.grantType)).toEqual(['refresh_token']);

	const second = await env.runNode(readRing(), items(5), asServiceApp);
	expect(second.error).toBeUndefined();
	expect(env.simulator.oauth.tokenRequests).toHaveLength(1);
	expect(env.simulator.requests('GET')).toHaveLength(35);
});

test('tokens that expire during a run of 1000 reads cost nothing: all read once, one token request per expiry', async () => {
	await storeServiceApp();
	const { expired, tokenRequests } = await readsAcrossExpiries(env, 'serviceApp', asServiceApp);
	// The first token, then one per token that expired, not one per refused request.
	expect(tokenRequests).toBe(expired + 1);
});

test('creates across expiries: each mode created once, none failed', async () => {
	await storeServiceApp();
	await createsAcrossExpiries(env, 'serviceApp', asServiceApp);
});

test('a revoked refresh token fails every item at once, says what to do, and asks once', async () => {
	const data = await storeServiceApp();
	env.simulator.oauth.revoke(data.refreshToken);
	const result = await env.runNode(readRing({ concurrency: 5 }), items(20), {
		...asServiceApp,
		onError: 'continueRegularOutput',
	});
	const output = result.output('Webex Calling');
	expect(output).toHaveLength(20);
	for (const item of output) {
		expect(item.json.error).toMatch(
			/^Webex refused the refresh token \(invalid_grant\): it was revoked, or went unused for 90 days\. Authorize the service app/,
		);
	}
	expect(env.simulator.oauth.tokenRequests).toHaveLength(1);
	expect(env.simulator.log.filter((r) => r.path !== '/access_token')).toHaveLength(0);
	expect(everything(result)).not.toContain(data.refreshToken);
});

test('a wrong client secret: the error names the Client ID and Secret, and the run stops at once', async () => {
	const data = await storeServiceApp({ clientSecret: 'not-the-secret-7f3e' });
	const result = await env.runNode(readRing({ concurrency: 5 }), items(10), asServiceApp);
	expect(result.error?.message).toMatch(
		/^Webex refused the service app's Client ID or Client Secret \(invalid_client\)/,
	);
	expect(env.simulator.oauth.tokenRequests).toHaveLength(1);
	expect(everything(result)).not.toContain(data.clientSecret);
	expect(everything(result)).not.toContain(data.refreshToken);
});

test('secrets echoed by the token endpoint never reach the user', async () => {
	const data = await storeServiceApp();
	env.simulator.oauth.echoSecrets = true;
	const result = await env.runNode(readRing(), items(1), asServiceApp);
	expect(result.error?.message).toMatch(/^Webex's token endpoint answered 400 \(invalid_request\)/);
	const text = everything(result);
	for (const secret of [data.clientSecret, data.refreshToken]) expect(text).not.toContain(secret);
});

test('Test credential fetches a token and checks it; a revoked refresh token says what to do', async () => {
	const data = await storeServiceApp();
	expect(await env.engine.testCredential(TYPE, data)).toEqual({
		status: 'OK',
		message: 'Connection successful!',
	});
	env.simulator.oauth.revoke(data.refreshToken);
	const refused = await env.engine.testCredential(TYPE, data);
	expect(refused.status).toBe('Error');
	expect(refused.message).toMatch(/invalid_grant/);
	expect(refused.message).not.toContain(data.refreshToken);
});

test('pickers work with the service app', async () => {
	await storeServiceApp();
	const result = await env.engine.listSearch(
		webexNode(
			{ authentication: 'serviceApp', resource: 'workspace', operation: 'getSimultaneousRing' },
			asServiceApp,
		),
		'searchWorkspaces',
	);
	expect(result.results.map((r) => r.name)).toContain('Denver Lobby');
	expect(env.simulator.oauth.tokenRequests).toHaveLength(1);
});

test('every access token fetched, and echoed back by a hostile Webex, is redacted', async () => {
	const data = await storeServiceApp();
	env.simulator.faults.script.push({ kind: 'echoToken', times: 10 });
	const result = await env.runNode(readRing(), items(1), {
		...asServiceApp,
		onError: 'continueRegularOutput',
	});
	const [item] = result.output('Webex Calling');
	expect(item.json.error).toBe('Token [redacted] is not valid');
	expect(item.json.trackingId).toBe('ROUTER_[redacted]');
	// Each 401 made the node fetch a new token (twice at most for one request), each redacted.
	expect(env.simulator.oauth.tokenRequests.length).toBeGreaterThanOrEqual(2);
	const text = everything(result);
	expect(text).not.toMatch(/sim-access-/);
	for (const secret of [data.clientSecret, data.refreshToken]) expect(text).not.toContain(secret);
});
