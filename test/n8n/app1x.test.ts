/**
 * The newest n8n 1.x (1.123.81, on Node 22), which many self-hosted instances still run: the
 * packed package installed as a community package runs the same workflows as on 2.x, its
 * trigger polls in `n8n start`, and its MCP server example answers an MCP client.
 */
import {
	HELP_DESKS,
	MANAGED_MODES,
	SEED,
	seedModeManagement,
	seedNameClash,
} from '../simulator/data';
import { WebexSimulator } from '../simulator/server';
import { N8N_1, n8nCommand } from '../harness/n8nApp';
import type { N8nApp } from '../harness/n8nApp';
import { executionTests } from './executions';
import { installN8n } from './installed';
import { connectMcp, MCP_BEARER_CREDENTIAL, MCP_EXAMPLE, MCP_TOOLS, SECRET } from './mcp';
import type { Installed } from './installed';
import { startServer } from './server';
import { ChatReceiver, pollsSeen, publishModeChangeExample, waitFor } from './trigger';

let execute: Installed['execute'];
let workflowId: Installed['workflowId'];
let app: N8nApp;
let env: NodeJS.ProcessEnv;
const simulator = new WebexSimulator();

beforeAll(async () => {
	await simulator.start();
	({ execute, app, env, workflowId } = await installN8n(N8N_1, simulator, {
		credentials: [MCP_BEARER_CREDENTIAL],
	}));
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

test(
	'the MCP server example in n8n 1.x: activated, its tools listed, a switch by names, an ambiguous name refused',
	async () => {
		seedModeManagement(simulator.world);
		seedNameClash(simulator.world);
		const activated = await n8nCommand(app, env, [
			'update:workflow',
			`--id=${workflowId(MCP_EXAMPLE)}`,
			'--active=true',
		]);
		expect(activated.code).toBe(0);
		const server = await startServer(app, env);
		const mcp = await connectMcp(server);
		try {
			const { tools } = await mcp.client.listTools();
			expect(tools.map((tool) => tool.name).sort()).toEqual(MCP_TOOLS);
			const ambiguous = await mcp.call('switch_mode', {
				feature: 'Help Desk',
				mode: 'Closed - Weather',
			});
			expect(ambiguous.isError).toBe(true);
			expect(ambiguous.text).toContain(HELP_DESKS.boston);
			expect(ambiguous.text).not.toMatch(/item 0/);
			const switched = await mcp.call('switch_mode', {
				feature: 'Denver Support',
				mode: 'Closed - Weather',
			});
			expect(switched.isError).toBe(false);
			const feature = simulator.world.features.find((f) => f.id === SEED.features.denverSupport)!;
			expect(feature.operatingModes.exception?.modeId).toBe(MANAGED_MODES.storm);
			for (const text of mcp.answered) expect(text).not.toMatch(SECRET);
		} finally {
			await mcp.client.close();
			await server.stop();
		}
	},
	6 * 60_000,
);
