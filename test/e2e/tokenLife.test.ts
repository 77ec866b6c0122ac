/**
 * The access token's life under a slow, silent or flaky token endpoint, and credential edits
 * made while a run goes on: a request reported failed is never sent later, a token endpoint that
 * does not answer ends the run within about one Timeout, a dropped connection to it is retried,
 * and a refresh does not bring back what was edited meanwhile. Through n8n's engine.
 */
import { OAUTH_CLIENTS, oauth2CredentialData, serviceAppCredentialData } from '../simulator/oauth';
import { SEED } from '../simulator/data';
import { webexId } from '../simulator/ids';
import { useEnvironment } from '../harness/lifecycle';
import { items, readRing } from './expiries';

jest.setTimeout(60_000);

const env = useEnvironment();

const SERVICE_APP = { id: 'cred-service-app', name: 'Webex Calling service app' };
const SERVICE_APP_TYPE = 'webexCallingServiceAppApi';
const asServiceApp = { credentials: { [SERVICE_APP_TYPE]: SERVICE_APP } };
const INTEGRATION = { id: 'cred-integration', name: 'Webex Calling integration' };
const INTEGRATION_TYPE = 'webexCallingOAuth2Api';
const asIntegration = { credentials: { [INTEGRATION_TYPE]: INTEGRATION } };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function storeServiceApp(overrides: Record<string, string> = {}) {
	const refreshToken = env.simulator.oauth.issueRefreshToken(OAUTH_CLIENTS.serviceApp.id);
	const data = { ...serviceAppCredentialData(env.simulator.url, refreshToken), ...overrides };
	await env.engine.credentials.store(SERVICE_APP.id, SERVICE_APP.name, SERVICE_APP_TYPE, data);
	return data;
}

/** The token endpoint takes requests and never answers them. */
const silentTokenEndpoint = () =>
	env.simulator.faults.script.push({
		method: 'POST',
		path: '/access_token',
		kind: 'timeout',
		times: 100,
	});

const tokenRequests = () => env.simulator.log.filter((r) => r.path === '/access_token');

function seedMode(): string {
	const id = webexId('OPERATING_MODE');
	env.simulator.world.operatingModes.push({
		id,
		orgId: SEED.orgId,
		body: { name: 'Storm Day', type: 'NONE', level: 'ORGANIZATION' },
	});
	return id;
}

describe('a slow or silent token endpoint (service app)', () => {
	test('a token slower than the Timeout fails the item at the Timeout, and its DELETE is never sent, not even later', async () => {
		await storeServiceApp();
		const modeId = seedMode();
		env.simulator.faults.script.push({ method: 'POST', path: '/access_token', delayMs: 2500 });
		const started = Date.now();
		const result = await env.runNode(
			{
				authentication: 'serviceApp',
				resource: 'operatingMode',
				operation: 'delete',
				modeId: { __rl: true, mode: 'id', value: modeId },
				options: { timeout: 1, maxRetries: 0 },
			},
			[{}],
			asServiceApp,
		);
		expect(Date.now() - started).toBeLessThan(2400);
		expect(result.error?.message).toBe(
			"Webex's token endpoint gave no access token in time: none within 1 s",
		);
		// The token arrives at 2.5 s: nothing may follow it.
		await pause(2000);
		expect(env.simulator.requests('DELETE')).toHaveLength(0);
		expect(env.simulator.world.operatingModes.map((m) => m.id)).toContain(modeId);
	});

	test('a token endpoint that never answers: 5 items with Max Retries 2 end after one Timeout, with one token request', async () => {
		await storeServiceApp();
		silentTokenEndpoint();
		const started = Date.now();
		const result = await env.runNode(
			readRing('serviceApp', { timeout: 1, maxRetries: 2 }),
			items(5),
			{
				...asServiceApp,
				onError: 'continueRegularOutput',
			},
		);
		const seconds = (Date.now() - started) / 1000;
		const output = result.output('Webex Calling');
		expect(output).toHaveLength(5);
		for (const item of output)
			expect(item.json.error).toMatch(/token endpoint gave no access token within 1 s/);
		expect(tokenRequests()).toHaveLength(1);
		expect(seconds).toBeLessThan(3);
		expect(env.simulator.log.filter((r) => r.path !== '/access_token')).toHaveLength(0);
	});

	test('one dropped connection to the token endpoint is retried: the run succeeds', async () => {
		await storeServiceApp();
		env.simulator.faults.script.push({ method: 'POST', path: '/access_token', kind: 'reset' });
		const result = await env.runNode(readRing('serviceApp'), items(3), asServiceApp);
		expect(result.error).toBeUndefined();
		expect(result.output('Webex Calling')).toHaveLength(3);
		expect(tokenRequests()).toHaveLength(2);
	});

	test('an http:// Base URL that is not loopback: no token request is made, the client secret stays home', async () => {
		await storeServiceApp({ baseUrl: 'http://webex.example.com/v1' });
		const result = await env.runNode(readRing('serviceApp'), items(1), asServiceApp);
		expect(result.error?.message).toMatch(/Base URL must use https/);
		expect(env.simulator.log).toHaveLength(0);
	});
});

describe('OAuth2: a refresh is bounded by the Timeout', () => {
	test('a token endpoint that never answers the refresh ends the run within about one Timeout', async () => {
		const tokens = env.simulator.oauth.connectIntegration();
		await env.engine.credentials.store(
			INTEGRATION.id,
			INTEGRATION.name,
			INTEGRATION_TYPE,
			oauth2CredentialData(env.simulator.url, tokens) as never,
		);
		env.simulator.oauth.expireAccessTokens();
		silentTokenEndpoint();
		const started = Date.now();
		const result = await env.runNode(readRing('oAuth2', { timeout: 1, maxRetries: 1 }), items(4), {
			...asIntegration,
			onError: 'continueRegularOutput',
		});
		expect((Date.now() - started) / 1000).toBeLessThan(4);
		for (const item of result.output('Webex Calling'))
			expect(item.json.error).toMatch(/token endpoint gave no access token within 1 s/);
	});
});

describe('credential edits made during a run survive its refresh', () => {
	test('an Organization ID and Client ID edited while a run waits are what the credential holds after the refresh', async () => {
		const data = await storeServiceApp();
		// The run's first request is slow; the credential is edited meanwhile; the token then
		// expires, and the node fetches another (n8n 1.x saves what the node hands it, whole).
		await env.runNode(readRing('serviceApp'), items(1), asServiceApp);
		env.simulator.oauth.expireAccessTokens();
		env.simulator.faults.script.push({ method: 'GET', delayMs: 400 });
		const running = env.runNode(readRing('serviceApp'), items(1), asServiceApp);
		await pause(150);
		await env.engine.credentials.store(SERVICE_APP.id, SERVICE_APP.name, SERVICE_APP_TYPE, {
			...data,
			accessToken: (
				await (await env.engine.credentials.getCredentials(SERVICE_APP, SERVICE_APP_TYPE)).getData()
			).accessToken as string,
			orgId: SEED.orgId,
			clientId: `${data.clientId} `,
		});
		const result = await running;
		expect(result.error).toBeUndefined();
		const after = await (
			await env.engine.credentials.getCredentials(SERVICE_APP, SERVICE_APP_TYPE)
		).getData();
		expect(after.orgId).toBe(SEED.orgId);
		expect(after.clientId).toBe(`${data.clientId} `);
		expect(after.accessToken).not.toBe('');
		expect(after).not.toHaveProperty('tokenRequestTimeoutMs');
	});
});
