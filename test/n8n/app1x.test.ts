/**
 * The newest n8n 1.x (1.123.81, on Node 22), which many self-hosted instances still run: the
 * packed package installed as a community package runs the same workflows as on 2.x, and its
 * trigger polls in `n8n start`.
 */
import { MANAGED_MODES, SEED, seedModeManagement } from '../simulator/data';
import { WebexSimulator } from '../simulator/server';
import { N8N_1 } from '../harness/n8nApp';
import type { N8nApp } from '../harness/n8nApp';
import { executionTests } from './executions';
import { installN8n } from './installed';
import type { Installed } from './installed';
import { startServer } from './server';
import { ChatReceiver, pollsSeen, publishModeChangeExample, waitFor } from './trigger';

let execute: Installed['execute'];
let app: N8nApp;
let env: NodeJS.ProcessEnv;
const simulator = new WebexSimulator();

beforeAll(async () => {
	await simulator.start();
	({ execute, app, env } = await installN8n(N8N_1, simulator));
}, 20 * 60_000);

afterAll(async () => await simulator.stop());

beforeEach(() => simulator.reset());

executionTests(() => ({ execute, simulator }));

test(
	'the trigger in n8n 1.x: activated, it records, then tells a switch once',
	async () => {
		seedModeManagement(simulator.world);
		const receiver = new ChatReceiver();
		await receiver.start();
		await publishModeChangeExample(app, env, receiver, 'n8n 1');
		const server = await startServer(app, env);
		try {
			const queue = SEED.features.denverSupport;
			await waitFor('the first poll', () => pollsSeen(simulator, queue) >= 1, 120_000);
			expect(receiver.posts).toEqual([]);
			const feature = simulator.world.features.find((f) => f.id === queue)!;
			feature.operatingModes.exception = {
				modeId: MANAGED_MODES.storm,
				type: 'MANUAL_SWITCH_BACK',
			};
			await waitFor('the chat post', () => receiver.posts.length > 0, 90_000);
			expect(String(receiver.posts[0].markdown)).toContain(
				'Denver Support: Business Hours → Closed - Weather',
			);
			const after = pollsSeen(simulator, queue);
			await waitFor('one more poll', () => pollsSeen(simulator, queue) > after, 90_000);
			await new Promise((resolve) => setTimeout(resolve, 3_000));
			expect(receiver.posts).toHaveLength(1);
		} finally {
			await server.stop();
			await receiver.stop();
		}
	},
	6 * 60_000,
);
