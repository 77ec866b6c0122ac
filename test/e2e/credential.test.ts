/** The Webex Calling API credential: its test request, authentication and storage. */
import { SEED } from '../simulator/data';
import { useEnvironment } from '../harness/lifecycle';
import { CREDENTIAL_ID } from '../harness/webex';

const env = useEnvironment();

test('"Test credential" succeeds with a valid token, calling GET /people/me', async () => {
	const result = await env.engine.testCredential('webexCallingApi', {
		accessToken: SEED.token,
		baseUrl: `${env.simulator.url}/`,
	});
	expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
	expect(env.simulator.log.map((r) => [r.method, r.path, r.headers.authorization])).toEqual([
		['GET', '/people/me', `Bearer ${SEED.token}`],
	]);
});

test('"Test credential" fails with a wrong token', async () => {
	const result = await env.engine.testCredential('webexCallingApi', {
		accessToken: 'expired-token',
		baseUrl: env.simulator.url,
	});
	expect(result.status).toBe('Error');
	expect(result.message).toBe('Unauthorized');
	// Webex said 401 to this very token: the failure is Webex's, not a local check.
	expect(env.simulator.log.map((r) => [r.path, r.status, r.headers.authorization])).toContainEqual([
		'/people/me',
		401,
		'Bearer expired-token',
	]);
	expect(env.simulator.log.every((r) => r.status === 401)).toBe(true);
});

test('"Test credential" fails when nothing answers at the Base URL', async () => {
	const result = await env.engine.testCredential('webexCallingApi', {
		accessToken: SEED.token,
		baseUrl: 'http://127.0.0.1:9/v1',
	});
	expect(result.status).toBe('Error');
	expect(result.message).toMatch(/ECONNREFUSED/);
});

test('the token is stored encrypted, and decrypted for the node at run time', async () => {
	expect(env.engine.credentials.encryptedData(CREDENTIAL_ID)).not.toContain(SEED.token);
	const before = env.engine.credentials.decryptions.length;
	const result = await env.runNode({
		resource: 'workspace',
		operation: 'getSimultaneousRing',
		workspaceId: { __rl: true, mode: 'id', value: SEED.workspaces.lobby },
	});
	expect(result.error).toBeUndefined();
	expect(env.engine.credentials.decryptions.length).toBeGreaterThan(before);
	expect(env.simulator.log[0].headers.authorization).toBe(`Bearer ${SEED.token}`);
});

test("the credential's org ID is sent as orgId on every request", async () => {
	await env.setCredential({
		accessToken: SEED.token,
		baseUrl: env.simulator.url,
		orgId: SEED.customerOrgId,
	});
	const result = await env.runNode({
		resource: 'workspace',
		operation: 'getSimultaneousRing',
		workspaceId: { __rl: true, mode: 'id', value: SEED.workspaces.customerReception },
	});
	expect(result.error).toBeUndefined();
	expect(env.simulator.log[0].query).toEqual({ orgId: SEED.customerOrgId });
});

test("the Base URL defaults to Webex's when left out", () => {
	const data = env.engine.credentials.applyDefaults({ accessToken: 'x' }, 'webexCallingApi');
	expect(data.baseUrl).toBe('https://webexapis.com/v1');
	expect(data.orgId).toBe('');
});

test('Test credential with a plain-http Base URL that is not loopback fails without sending the token anywhere', async () => {
	const result = await env.engine.testCredential('webexCallingApi', {
		accessToken: SEED.token,
		baseUrl: 'http://webex.example.com/v1',
	});
	expect(result.status).toBe('Error');
	// n8n's request goes to a host that cannot exist (.invalid): n8n says it was not found.
	expect(result.message).toMatch(/ENOTFOUND/);
	expect(env.simulator.log).toHaveLength(0);
	// The simulator's own loopback URL passes, as the node's requests do.
	const loopback = await env.engine.testCredential('webexCallingApi', {
		accessToken: SEED.token,
		baseUrl: `${env.simulator.url}/`,
	});
	expect(loopback.status).toBe('OK');
});
