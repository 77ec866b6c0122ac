/**
 * One copyable workflow per operation (examples/operations/<resource>-<operation>.json), each run
 * as a user would import it: its "Webex Calling" node is that operation, and it succeeds against
 * the simulator. A new operation without its example fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { WorkflowDefinition } from '../harness/engine';
import { useEnvironment } from '../harness/lifecycle';
import { allOperations } from '../harness/operations';
import { SEED, USER_SCOPES, seedModeManagement } from '../simulator/data';
import { storeExampleCredentials } from '../simulator/credentials';
import { oauth2CredentialData, serviceAppCredentialData } from '../simulator/oauth';
import { NODE_TYPE } from '../harness/webex';

const FOLDER = path.resolve(__dirname, '..', '..', 'examples', 'operations');
const files = readdirSync(FOLDER).filter((file) => file.endsWith('.json'));

const env = useEnvironment();

test('every operation has its example, and every example is an operation', () => {
	expect(files.map((file) => file.replace(/\.json$/, '')).sort()).toEqual(
		allOperations()
			.map(([resource, operation]) => `${resource}-${operation}`)
			.sort(),
	);
});

/** Each example with the credential it was saved with, and again with each refreshing credential. */
const cases = files.flatMap((file) => [
	[file, 'accessToken'],
	[file, 'oAuth2'],
	[file, 'serviceApp'],
]);

test.each(cases)('%s (%s)', async (file, authentication) => {
	const workflow = JSON.parse(readFileSync(path.join(FOLDER, file), 'utf8')) as WorkflowDefinition;
	const node = workflow.nodes.find((n) => n.name === 'Webex Calling')!;
	expect(`${String(node.parameters.resource)}-${String(node.parameters.operation)}.json`).toBe(
		file,
	);
	await storeExampleCredentials(env.engine.credentials, env.simulator.url);
	// The mode manager's examples act as Dana, with her own token, on a world where she manages.
	const resource = String(node.parameters.resource);
	const asManager = resource === 'modeManagement';
	if (asManager || resource === 'modeManager') seedModeManagement(env.simulator.world);
	if (authentication === 'serviceApp') {
		await env.engine.credentials.store(
			'service-app',
			'Service app',
			'webexCallingServiceAppApi',
			serviceAppCredentialData(env.simulator.url),
		);
		for (const webex of workflow.nodes.filter((n) => n.type === NODE_TYPE)) {
			webex.parameters.authentication = 'serviceApp';
			webex.credentials = { webexCallingServiceAppApi: { id: 'service-app', name: 'Service app' } };
		}
	}
	if (authentication === 'oAuth2') {
		await env.engine.credentials.store(
			'integration',
			'Integration',
			'webexCallingOAuth2Api',
			oauth2CredentialData(
				env.simulator.url,
				env.simulator.oauth.connectIntegration(
					asManager ? { scopes: USER_SCOPES, personId: SEED.people.manager } : {},
				),
			),
		);
		for (const webex of workflow.nodes.filter((n) => n.type === NODE_TYPE)) {
			webex.parameters.authentication = 'oAuth2';
			webex.credentials = { webexCallingOAuth2Api: { id: 'integration', name: 'Integration' } };
		}
	}
	const result = await env.engine.run(workflow);
	if (asManager && authentication === 'serviceApp') {
		// A service app is no person: refused, nothing sent.
		expect(result.error?.message).toMatch(/Authentication is Service App, which is not a person/);
		expect(env.simulator.log).toHaveLength(0);
		return;
	}
	expect(result.error).toBeUndefined();
	const output = result.output('Webex Calling');
	expect(output.length).toBeGreaterThan(0);
	for (const item of output) expect(item.json.error).toBeUndefined();
	const bearer = env.simulator.log.filter((r) => r.path !== '/access_token');
	if (authentication === 'serviceApp') {
		// One token for the whole workflow, every request with it, never the pasted token.
		expect(env.simulator.oauth.tokenRequests).toHaveLength(1);
		expect(bearer.every((r) => r.headers.authorization !== `Bearer ${SEED.token}`)).toBe(true);
	} else if (authentication === 'oAuth2') {
		// The token the sign-in gave is used as it is: no refresh, never the pasted token.
		expect(env.simulator.oauth.tokenRequests).toHaveLength(0);
		expect(bearer.every((r) => /^Bearer sim-access-/.test(String(r.headers.authorization)))).toBe(
			true,
		);
	} else {
		const token = asManager ? SEED.managerToken : SEED.token;
		expect(bearer.every((r) => r.headers.authorization === `Bearer ${token}`)).toBe(true);
	}
});
