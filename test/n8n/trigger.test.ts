/**
 * The Webex Calling Trigger in the real app (n8n 2.x, `n8n start`): the "tell the team" example
 * published and polling the simulator every minute. A switch made on the simulator becomes
 * exactly one execution, with before and after, and its chat post; polls that find nothing new
 * start nothing.
 */
import { MANAGED_MODES, SEED, seedModeManagement } from '../simulator/data';
import { WebexSimulator } from '../simulator/server';
import { N8N_2 } from '../harness/n8nApp';
import { installN8n } from './installed';
import { startServer } from './server';
import type { N8nServer } from './server';
import {
	ChatReceiver,
	pollsSeen,
	publishModeChangeExample,
	TRIGGER_WORKFLOW_ID,
	waitFor,
} from './trigger';

const simulator = new WebexSimulator();
const receiver = new ChatReceiver();
let server: N8nServer | undefined;

beforeAll(async () => {
	await simulator.start();
	seedModeManagement(simulator.world);
	await receiver.start();
	const { app, env } = await installN8n(N8N_2, simulator);
	await publishModeChangeExample(app, env, receiver);
	server = await startServer(app, env);
}, 20 * 60_000);

afterAll(async () => {
	await server?.stop();
	await receiver.stop();
	await simulator.stop();
});

interface ExecutionList {
	results: Array<{ id: string; status: string; mode: string }>;
}

const executions = async () =>
	(
		await server!.rest<ExecutionList>(
			'GET',
			`executions?filter=${encodeURIComponent(JSON.stringify({ workflowId: TRIGGER_WORKFLOW_ID }))}`,
		)
	).results;

test(
	'a switch on Webex is one execution with before and after; polls that find nothing start nothing',
	async () => {
		const queue = SEED.features.denverSupport;
		// The poll made when the workflow was published records what is there.
		await waitFor('the first poll', () => pollsSeen(simulator, queue) >= 1, 120_000);
		expect(receiver.posts).toEqual([]);
		expect(await executions()).toEqual([]);

		const feature = simulator.world.features.find((f) => f.id === queue)!;
		feature.operatingModes.exception = { modeId: MANAGED_MODES.storm, type: 'MANUAL_SWITCH_BACK' };
		const polled = pollsSeen(simulator, queue);
		await waitFor('the chat post', () => receiver.posts.length > 0, 90_000);
		expect(pollsSeen(simulator, queue)).toBe(polled + 1);
		expect(String(receiver.posts[0].markdown)).toContain(
			'Denver Support: Business Hours → Closed - Weather (operating mode changed, exception started)',
		);
		const [execution] = await waitFor(
			'the saved execution',
			async () => {
				const list = await executions();
				return list.length > 0 && list[0].status !== 'running' && list;
			},
			30_000,
		);
		expect(execution).toMatchObject({ status: 'success', mode: 'trigger' });
		const saved = await server!.rest<{ data: string }>('GET', `executions/${execution.id}`);
		expect(saved.data).toContain('Closed - Weather');
		expect(saved.data).toContain('Business Hours');

		// The next poll finds nothing new: no execution, no post.
		const after = pollsSeen(simulator, queue);
		await waitFor('one more poll', () => pollsSeen(simulator, queue) > after, 90_000);
		await new Promise((resolve) => setTimeout(resolve, 3_000));
		expect(receiver.posts).toHaveLength(1);
		expect(await executions()).toHaveLength(1);
	},
	6 * 60_000,
);
