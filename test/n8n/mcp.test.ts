/**
 * Agents over MCP, in the real app (n8n 2.x, `n8n start`): the MCP server example published and
 * driven by the official MCP SDK client, with no model in between; and n8n's AI Agent node
 * driving the same tools with a scripted OpenAI-compatible chat model on loopback. Both act on
 * the simulator by names.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
	HELP_DESKS,
	MANAGED_MODES,
	SEED,
	seedModeManagement,
	seedNameClash,
} from '../simulator/data';
import { WebexSimulator } from '../simulator/server';
import { N8N_2, n8nCommand } from '../harness/n8nApp';
import { ScriptedChatModel } from './chatModel';
import {
	addWebexAction,
	credentialOptions,
	openEditor,
	outputText,
	pickCredential,
	pickOption,
	screenshot,
} from './editor';
import { installN8n } from './installed';
import {
	connectMcp,
	MCP_BEARER_CREDENTIAL,
	MCP_EXAMPLE as EXAMPLE,
	MCP_TOOLS,
	SECRET,
} from './mcp';
import type { McpSession } from './mcp';
import type { Installed } from './installed';
import { startServer } from './server';
import type { N8nServer } from './server';

const simulator = new WebexSimulator();
/** The agent's script: a name two features share, then, told of both, the one it means by ID */
const model = new ScriptedChatModel([
	{ name: 'switch_mode', arguments: { feature: 'Help Desk', mode: 'Closed - Weather' } },
	{
		name: 'switch_mode',
		arguments: { feature: HELP_DESKS.boston, mode: 'closed – weather', switchBack: 'manual' },
	},
]);
let installed: Installed;
let server: N8nServer | undefined;
let mcp: McpSession | undefined;

const exampleNodes = () =>
	(
		JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'examples', EXAMPLE), 'utf8')) as {
			nodes: Array<{ name: string; type: string }>;
		}
	).nodes;

/**
 * The AI Agent's workflow: a webhook that takes the prompt, the agent, the scripted model, and
 * two of the example's own tool nodes (so both paths run the same tools).
 */
function agentWorkflow() {
	const tools = exampleNodes().filter((node) =>
		['find_features', 'switch_mode'].includes(node.name),
	);
	return {
		id: 'webexAgentTest01',
		name: 'Agent over the Webex Calling tools',
		nodes: [
			{
				parameters: {
					httpMethod: 'POST',
					path: 'webex-agent',
					responseMode: 'lastNode',
					options: {},
				},
				id: 'a0',
				name: 'Prompt',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: '0c6a2d4e-8f10-4b3c-9e5d-7a1b2c3d4e5f',
			},
			{
				parameters: { promptType: 'define', text: '={{ $json.body.prompt }}', options: {} },
				id: 'a1',
				name: 'AI Agent',
				type: '@n8n/n8n-nodes-langchain.agent',
				typeVersion: 3,
				position: [240, 0],
			},
			{
				parameters: { model: { __rl: true, mode: 'id', value: 'scripted-model' }, options: {} },
				id: 'a2',
				name: 'Scripted Chat Model',
				type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
				typeVersion: 1.2,
				position: [160, 220],
				credentials: { openAiApi: { id: 'openai-scripted', name: 'Scripted model' } },
			},
			...tools,
		],
		connections: {
			Prompt: { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
			'Scripted Chat Model': {
				ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]],
			},
			...Object.fromEntries(
				tools.map((tool) => [
					tool.name,
					{ ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] },
				]),
			),
		},
		settings: { executionOrder: 'v1' },
		active: false,
	};
}

async function cli(args: string[]) {
	const result = await n8nCommand(installed.app, installed.env, args);
	if (result.code !== 0)
		throw new Error(`n8n ${args[0]} failed:\n${result.stdout}${result.stderr}`);
}

beforeAll(async () => {
	await simulator.start();
	seedModeManagement(simulator.world);
	seedNameClash(simulator.world);
	await model.start();
	installed = await installN8n(N8N_2, simulator, {
		credentials: [
			MCP_BEARER_CREDENTIAL,
			{
				id: 'openai-scripted',
				name: 'Scripted model',
				type: 'openAiApi',
				data: { apiKey: 'sk-scripted-model', url: model.url },
			},
		],
	});
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'webex-agent-')), 'agent.json');
	writeFileSync(file, JSON.stringify(agentWorkflow()));
	await cli(['import:workflow', `--input=${file}`]);
	await cli(['publish:workflow', `--id=${installed.workflowId(EXAMPLE)}`]);
	await cli(['publish:workflow', '--id=webexAgentTest01']);
	server = await startServer(installed.app, installed.env);
	mcp = await connectMcp(server);
}, 20 * 60_000);

afterAll(async () => {
	await mcp?.client.close();
	await server?.stop();
	await model.stop();
	await simulator.stop();
});

const call = (name: string, args: Record<string, unknown>) => mcp!.call(name, args);

const exception = (featureId: string) =>
	simulator.world.features.find((f) => f.id === featureId)!.operatingModes.exception;
const switches = () =>
	simulator.log.filter((r) => r.method === 'POST' && r.path.endsWith('/switchMode/invoke'));

describe('the MCP server example, driven by the MCP SDK client', () => {
	test('lists its tools, each with a description and the inputs its $fromAI fields ask for', async () => {
		const { tools } = await mcp!.client.listTools();
		expect(tools.map((tool) => tool.name).sort()).toEqual(MCP_TOOLS);
		for (const tool of tools) expect(tool.description?.length).toBeGreaterThan(40);
		const switchMode = tools.find((tool) => tool.name === 'switch_mode')!;
		expect(switchMode.description).toContain('Changes the feature');
		const properties = switchMode.inputSchema.properties as Record<string, { type?: string }>;
		expect(Object.keys(properties).sort()).toEqual(['dryRun', 'feature', 'mode', 'switchBack']);
		expect(properties.dryRun.type).toBe('boolean');
		expect(switchMode.inputSchema.required).toEqual(expect.arrayContaining(['feature', 'mode']));
		const extend = tools.find((tool) => tool.name === 'extend_mode')!;
		expect((extend.inputSchema.properties as Record<string, { type?: string }>).minutes.type).toBe(
			'number',
		);
	});

	test('a preview by name says what it found and what it would send, and changes nothing', async () => {
		const before = switches().length;
		const { isError, text } = await call('switch_mode', {
			feature: 'denver support',
			mode: 'Closed – Weather',
			dryRun: true,
		});
		expect(isError).toBe(false);
		expect(text).toContain('"dryRun":true');
		expect(text).toContain('"featureName":"Denver Support"');
		expect(text).toContain('"operatingModeName":"Closed - Weather"');
		expect(switches()).toHaveLength(before);
		expect(exception(SEED.features.denverSupport)).toBeUndefined();
	});

	test('a switch by names changes the feature on Webex and answers with it as it is after', async () => {
		const { isError, text } = await call('switch_mode', {
			feature: 'Denver Support',
			mode: 'Closed - Weather',
		});
		expect(isError).toBe(false);
		expect(exception(SEED.features.denverSupport)).toEqual({
			modeId: MANAGED_MODES.storm,
			type: 'AUTOMATIC_SWITCH_BACK_STANDARD',
		});
		expect(text).toContain(`"currentOperatingModeId":"${MANAGED_MODES.storm}"`);

		const current = await call('current_mode', { feature: 'Denver Support' });
		expect(current.text).toContain(`"currentOperatingModeId":"${MANAGED_MODES.storm}"`);
		const back = await call('back_to_normal', { feature: 'Denver Support' });
		expect(back.isError).toBe(false);
		expect(exception(SEED.features.denverSupport)).toBeUndefined();
	});

	test('an ambiguous name is refused with the candidates, speaking of the call; nothing switched', async () => {
		const before = switches().length;
		const { isError, text } = await call('switch_mode', {
			feature: 'Help Desk',
			mode: 'Closed - Weather',
		});
		expect(isError).toBe(true);
		expect(text).toContain(
			'Invalid input: Feature (featureId) "Help Desk" names 2 of the features you manage',
		);
		expect(text).toContain(`(call queue, Denver HQ; ID ${HELP_DESKS.denver})`);
		expect(text).toContain(`(hunt group, Boston Office; ID ${HELP_DESKS.boston})`);
		expect(text).toContain('nothing else was sent to Webex for this call');
		expect(text).not.toMatch(/item 0/);
		expect(switches()).toHaveLength(before);
	});

	test("Webex's refusal reaches the client with its words and trackingId", async () => {
		const { isError, text } = await call('simultaneous_ring', { workspace: 'Austin Break Room' });
		expect(isError).toBe(true);
		const refused = simulator.log.filter((r) => r.path.endsWith('/simultaneousRing')).pop()!;
		expect(refused.status).toBeGreaterThanOrEqual(400);
		expect(text).toContain('only available for professional licensed workspaces');
		expect(text).toContain(`trackingId ${refused.trackingId}`);
	});

	test('the other tools answer by name too', async () => {
		const found = await call('find_features', {});
		expect(found.text).toContain('"name":"Help Desk"');
		const schedules = await call('location_schedules', { location: 'Denver HQ' });
		expect(schedules.text).toContain('Denver Holidays');
		const preview = await call('create_operating_mode', {
			operatingMode: { name: 'Closed - Flood', type: 'NONE', level: 'ORGANIZATION' },
			dryRun: true,
		});
		expect(preview.text).toContain('"dryRun":true');
		expect(preview.isError).toBe(false);
		expect(simulator.world.operatingModes.map((m) => m.body.name)).not.toContain('Closed - Flood');
	});

	test('no answer holds a token or a client secret, not even when Webex echoes the token', async () => {
		// A hostile answer: 401s whose message and trackingId echo the token sent (the OAuth2
		// credential refreshes once and tries again: both echo).
		simulator.faults.script.push({ kind: 'echoToken', times: 3 });
		const echoed = await call('current_mode', { feature: 'Denver Support' });
		expect(echoed.isError).toBe(true);
		expect(echoed.text).toContain('[redacted]');
		expect(mcp!.answered.length).toBeGreaterThan(5);
		for (const text of mcp!.answered) expect(text).not.toMatch(SECRET);
	});
});

describe("n8n's AI Agent with a scripted chat model", () => {
	test('the model is told of the ambiguous name, picks one by ID, and that one is switched', async () => {
		const response = await fetch(`${server!.base}/webhook/webex-agent`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ prompt: 'Storm at the help desk: close it for the weather.' }),
		});
		const answer = (await response.json()) as { output?: string };
		expect(response.status).toBe(200);

		const offered = model.requests[0].tools!.map((tool) => tool.function.name).sort();
		expect(offered).toEqual(['find_features', 'switch_mode']);
		const [toldJson, switched] = model.toolResults();
		// What n8n's AI Agent gives the model for a failed tool: the error's message, alone.
		const [{ error: told }] = JSON.parse(toldJson) as Array<{ error: string }>;
		expect(told).toContain(
			'Invalid input: Feature (featureId) "Help Desk" names 2 of the features you manage',
		);
		expect(told).toContain(HELP_DESKS.boston);
		expect(told).not.toMatch(/item 0/);
		expect(switched).toContain(`"featureId":"${HELP_DESKS.boston}"`);
		expect(exception(HELP_DESKS.boston)).toEqual({
			modeId: MANAGED_MODES.storm,
			type: 'MANUAL_SWITCH_BACK',
		});
		expect(exception(HELP_DESKS.denver)).toBeUndefined();
		expect(answer.output).toContain('Help Desk');
		for (const request of model.requests) expect(JSON.stringify(request)).not.toMatch(SECRET);
	});
});

describe('By Name in the editor', () => {
	test('Switch Mode: the feature and the mode typed by name, run, and that feature switched', async () => {
		const { browser, page } = await openEditor(server!.base, server!.cookie);
		try {
			await addWebexAction(page, 'Switch a managed feature to a mode');
			await page.waitForSelector('[data-test-id="resource-locator-featureId"]');
			await credentialOptions(page);
			await pickCredential(page, 'Dana (mode manager)');
			for (const [field, name] of [
				['featureId', 'Denver Main Menu'],
				['operatingModeId', 'event'],
			]) {
				const locator = `[data-test-id="resource-locator-${field}"]`;
				await page.click(`${locator} [data-test-id="rlc-mode-selector"]`);
				await pickOption(page, 'By Name');
				// The field re-renders as it takes its first keys: type until it holds the whole name.
				const input = `${locator} [data-test-id="rlc-input"]`;
				const value = () =>
					page.$eval(input, (element) => {
						const field = (element.tagName === 'INPUT'
							? element
							: element.querySelector('input')) as unknown as { value: string } | null;
						return field?.value ?? '';
					});
				for (let tries = 0; tries < 5 && (await value()) !== name; tries++) {
					await page.click(input, { clickCount: 3 });
					await page.keyboard.type(name, { delay: 40 });
					await new Promise((resolve) => setTimeout(resolve, 400));
				}
				expect(await value()).toBe(name);
			}
			await page.keyboard.press('Tab');
			await page.click('[data-test-id="node-execute-button"]');
			const shown = await outputText(page, /Denver Main Menu/);
			await new Promise((resolve) => setTimeout(resolve, 500));
			await screenshot(page, 'switch-mode-by-name');
			expect(shown).toContain(MANAGED_MODES.event);
			expect(exception(SEED.features.denverMenu)).toEqual({
				modeId: MANAGED_MODES.event,
				type: 'AUTOMATIC_SWITCH_BACK_STANDARD',
			});
		} finally {
			await browser.close();
		}
	}, 120_000);

	test('the MCP server example on the canvas: the trigger and its nine tools, each known to n8n', async () => {
		const { browser, page } = await openEditor(server!.base, server!.cookie);
		try {
			await page.goto(`${server!.base}/workflow/${installed.workflowId(EXAMPLE)}`, {
				waitUntil: 'networkidle2',
			});
			await page.waitForSelector('[data-test-id="canvas-node"]');
			const names = await page.$$eval('[data-test-id="canvas-node"]', (nodes) =>
				nodes.map((node) => (node as unknown as { innerText: string }).innerText),
			);
			const text = names.join('\n');
			for (const tool of exampleNodes().filter((node) => node.type.endsWith('Tool')))
				expect(text).toContain(tool.name);
			expect(text).toContain('MCP Server Trigger');
			// The subtitle (operation: resource) is drawn from the node type's own description:
			// a type n8n did not know would have none.
			expect(text).toMatch(/switch_mode\s+Switch Mode: Managed/);
			expect(text).toMatch(/location_schedules\s+Get Many: Location Sch/);
			// A published workflow opens with n8n's Production Checklist over the canvas: close it.
			const close = await page
				.waitForSelector('[data-test-id="suggested-actions-close"]', { timeout: 8_000 })
				.catch(() => null);
			await close?.click();
			await new Promise((resolve) => setTimeout(resolve, 500));
			await screenshot(page, 'mcp-server-example');
		} finally {
			await browser.close();
		}
	}, 120_000);
});
