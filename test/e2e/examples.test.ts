/** Every workflow in examples/ runs in the engine against the simulator, as users will import it. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { WorkflowDefinition } from '../harness/engine';
import { SEED } from '../simulator/data';
import { startEnvironment } from '../harness/webex';
import type { Environment } from '../harness/webex';

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');
const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));

let env: Environment;
beforeAll(async () => {
	env = await startEnvironment();
});
afterAll(async () => await env.stop());

test('there are examples', () => expect(files.length).toBeGreaterThan(0));

test.each(files)('%s runs without errors and every Webex node produces output', async (file) => {
	env.simulator.reset();
	const workflow = JSON.parse(readFileSync(path.join(EXAMPLES, file), 'utf8')) as WorkflowDefinition;
	for (const node of workflow.nodes) {
		for (const credential of Object.values(node.credentials ?? {})) {
			await env.engine.credentials.store(credential.id!, credential.name, 'webexCallingApi', {
				accessToken: SEED.token,
				baseUrl: env.simulator.url,
			});
		}
	}
	const result = await env.engine.run(workflow);
	expect(result.error).toBeUndefined();
	for (const node of workflow.nodes.filter((n) => n.type === 'n8n-nodes-webex-calling.webexCalling')) {
		const output = result.output(node.name);
		expect(output.length).toBeGreaterThan(0);
		for (const item of output) expect(item.json.error).toBeUndefined();
	}
	expect(env.simulator.log.every((r) => r.status < 400)).toBe(true);
});
