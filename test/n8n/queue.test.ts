/**
 * n8n's queue mode: Redis, an n8n main and a worker, the packed package installed as
 * a community package in their shared user folder. A workflow called through its webhook runs
 * on the worker, and a second call finds the mode it created (Create or Update: unchanged).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { MANAGED_MODES, SEED, seedModeManagement } from '../simulator/data';
import { WebexSimulator } from '../simulator/server';
import { freePort, N8N_2, n8nCommand } from '../harness/n8nApp';
import { installN8n } from './installed';
import { ChatReceiver, pollsSeen, publishModeChangeExample, waitFor } from './trigger';

const REDIS = process.env.REDIS_SERVER ?? 'redis-server';
const WEBHOOK = 'webex-queue-rollout';

const simulator = new WebexSimulator();
const receiver = new ChatReceiver();
const processes: ChildProcess[] = [];
let base = '';
let workerLog = '';
let mainLog = '';

function start(
	command: string,
	args: string[],
	env: NodeJS.ProcessEnv = process.env,
	onOutput?: (text: string) => void,
) {
	const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
	child.stdout.on('data', (chunk: Buffer) => onOutput?.(chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => onOutput?.(chunk.toString()));
	processes.push(child);
	return child;
}

const workflow = {
	id: 'webexQueue000001',
	name: 'Queue mode: create or update a mode through a webhook',
	active: false,
	nodes: [
		{
			parameters: { httpMethod: 'POST', path: WEBHOOK, responseMode: 'lastNode', options: {} },
			id: 'q1',
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position: [0, 0],
			webhookId: '6c1f2b8e-5d0a-4e3f-9a7b-1c2d3e4f5a6b',
		},
		{
			parameters: {
				resource: 'operatingMode',
				operation: 'createOrUpdate',
				name: '={{ $json.body.name }}',
				type: 'NONE',
				level: 'ORGANIZATION',
				options: {},
			},
			id: 'q2',
			name: 'Webex Calling',
			type: 'n8n-nodes-webex-calling.webexCalling',
			typeVersion: 1,
			position: [240, 0],
			credentials: { webexCallingApi: { id: 'webex-demo', name: 'Webex Calling account' } },
		},
	],
	connections: { Webhook: { main: [[{ node: 'Webex Calling', type: 'main', index: 0 }]] } },
	settings: {},
};

/** The same workflow with a refreshing credential, at a webhook of its own. */
function withCredential(
	id: string,
	webhookId: string,
	webhook: string,
	authentication: string,
	credentials: Record<string, { id: string; name: string }>,
) {
	return {
		...workflow,
		id,
		name: `Queue mode: the same with ${authentication}`,
		nodes: workflow.nodes.map((node) =>
			node.name === 'Webhook'
				? { ...node, webhookId, parameters: { ...node.parameters, path: webhook } }
				: { ...node, parameters: { ...node.parameters, authentication }, credentials },
		),
	};
}

const SERVICE_APP_WEBHOOK = 'webex-queue-service-app';
const serviceAppWorkflow = withCredential(
	'webexQueue000002',
	'0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70',
	SERVICE_APP_WEBHOOK,
	'serviceApp',
	{ webexCallingServiceAppApi: { id: 'webex-service-app', name: 'Webex Calling service app' } },
);

const OAUTH2_WEBHOOK = 'webex-queue-oauth2';
const oauth2Workflow = withCredential(
	'webexQueue000003',
	'5b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e',
	OAUTH2_WEBHOOK,
	'oAuth2',
	{ webexCallingOAuth2Api: { id: 'webex-oauth2', name: 'Webex Calling integration' } },
);

beforeAll(async () => {
	const redisPort = await freePort();
	start(REDIS, [
		'--port',
		String(redisPort),
		'--bind',
		'127.0.0.1',
		'--save',
		'',
		'--appendonly',
		'no',
	]);
	await simulator.start();
	seedModeManagement(simulator.world);
	await receiver.start();
	// Main and worker share the user folder (one encryption key, one database) and the queue.
	const { app, env } = await installN8n(N8N_2, simulator, {
		env: {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redisPort),
		},
	});
	const work = mkdtempSync(path.join(tmpdir(), 'webex-n8n-queue-'));
	for (const each of [workflow, serviceAppWorkflow, oauth2Workflow]) {
		const workflowFile = path.join(work, `${each.id}.json`);
		writeFileSync(workflowFile, JSON.stringify(each));
		expect((await n8nCommand(app, env, ['import:workflow', `--input=${workflowFile}`])).code).toBe(
			0,
		);
		expect((await n8nCommand(app, env, ['publish:workflow', `--id=${each.id}`])).code).toBe(0);
	}

	await publishModeChangeExample(app, env, receiver);

	const port = await freePort();
	base = `http://127.0.0.1:${port}`;
	start(
		app.n8nBin,
		['start'],
		{ ...env, N8N_PORT: String(port), N8N_RUNNERS_BROKER_PORT: String(await freePort()) },
		(text) => (mainLog += text),
	);
	start(
		app.n8nBin,
		['worker'],
		{
			...env,
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			QUEUE_HEALTH_CHECK_PORT: String(await freePort()),
		},
		(text) => (workerLog += text),
	);
	// Ready once the main serves the published webhook: a GET to it is then refused as "not
	// registered for GET … did you mean POST" instead of not found at all.
	const deadline = Date.now() + 120_000;
	for (;;) {
		const answer = await fetch(`${base}/webhook/${WEBHOOK}`).then(
			(r) => r.text(),
			() => '',
		);
		if (/POST request/i.test(answer)) break;
		if (Date.now() > deadline) {
			throw new Error(
				`n8n's main did not serve the webhook within 120 s:\n${mainLog.slice(-2000)}`,
			);
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}, 20 * 60_000);

afterAll(async () => {
	await Promise.all(
		processes.reverse().map(
			(child) =>
				new Promise((resolve) => {
					if (child.exitCode !== null) return resolve(undefined);
					child.once('exit', resolve);
					child.kill('SIGTERM');
				}),
		),
	);
	await receiver.stop();
	await simulator.stop();
});

async function call(name: string, webhook = WEBHOOK) {
	const response = await fetch(`${base}/webhook/${webhook}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ name }),
	});
	expect(response.status).toBe(200);
	return (await response.json()) as Record<string, unknown>;
}

test("the webhook's executions run on the worker, with the package installed there", async () => {
	const first = await call('Queue Hours');
	expect(first).toMatchObject({ action: 'created', name: 'Queue Hours' });
	const made = simulator.world.operatingModes.map((mode) => mode.body.name);
	expect(made.filter((name) => String(name).startsWith('Queue'))).toEqual(['Queue Hours']);
	const again = await call('Queue Hours');
	expect(again).toMatchObject({ action: 'unchanged', id: first.id });
	expect(simulator.requests('POST')).toHaveLength(1);
	expect(workerLog).toMatch(/Worker started execution/);
}, 120_000);

test('a service app token fetched on the worker is kept for the next execution; an expiry costs one more', async () => {
	const first = await call('Queue Storm', SERVICE_APP_WEBHOOK);
	expect(first).toMatchObject({ action: 'created', name: 'Queue Storm' });
	expect(simulator.oauth.tokenRequests).toHaveLength(1);
	const again = await call('Queue Storm', SERVICE_APP_WEBHOOK);
	expect(again).toMatchObject({ action: 'unchanged', id: first.id });
	expect(simulator.oauth.tokenRequests).toHaveLength(1);
	simulator.oauth.expireAccessTokens();
	expect(await call('Queue Storm', SERVICE_APP_WEBHOOK)).toMatchObject({ action: 'unchanged' });
	expect(simulator.oauth.tokenRequests).toHaveLength(2);
	expect(workerLog).not.toMatch(/sim-(access|refresh)-|sim-service-app-secret/);
}, 120_000);

test('an OAuth2 token refreshed on the worker is kept for the next execution; an expiry costs one more', async () => {
	// The imported token is one the simulator no longer knows: the first execution refreshes it.
	const before = simulator.oauth.tokenRequests.length;
	const refreshes = () => simulator.oauth.tokenRequests.length - before;
	const first = await call('Queue Event', OAUTH2_WEBHOOK);
	expect(first).toMatchObject({ action: 'created', name: 'Queue Event' });
	expect(refreshes()).toBe(1);
	const again = await call('Queue Event', OAUTH2_WEBHOOK);
	expect(again).toMatchObject({ action: 'unchanged', id: first.id });
	expect(refreshes()).toBe(1);
	simulator.oauth.expireAccessTokens();
	expect(await call('Queue Event', OAUTH2_WEBHOOK)).toMatchObject({ action: 'unchanged' });
	expect(refreshes()).toBe(2);
	expect(workerLog).not.toMatch(/sim-(access|refresh)-|sim-integration-secret/);
}, 120_000);

test('two executions of Create or Update at once on the worker: both end as one run would, the mode made once', async () => {
	// Slow enough that both look the name up before either creates it.
	simulator.faults.latencyMs = 150;
	try {
		const answers = await Promise.all([call('Queue Overlap'), call('Queue Overlap')]);
		for (const answer of answers)
			expect(['created', 'updated', 'unchanged']).toContain(answer.action);
		expect(answers.filter((answer) => answer.action === 'created')).toHaveLength(1);
		expect(answers[0].id).toBe(answers[1].id);
		const made = simulator.world.operatingModes.filter((m) => m.body.name === 'Queue Overlap');
		expect(made).toHaveLength(1);
		// They overlapped: both looked the name up before either created it.
		const posts = simulator
			.requests('POST', '/telephony/config/operatingModes')
			.filter((r) => r.body && (r.body as { name?: string }).name === 'Queue Overlap');
		expect(posts.map((r) => r.status).sort()).toEqual([201, 409]);
	} finally {
		simulator.faults.latencyMs = 0;
	}
}, 120_000);

test(
	'the trigger polls on the main; a switch it notices is one execution, run on the worker',
	async () => {
		// n8n runs pollers on the (leader) main only, and hands their executions to the queue.
		const queue = SEED.features.denverSupport;
		await waitFor('the first poll', () => pollsSeen(simulator, queue) >= 1, 120_000);
		expect(receiver.posts).toEqual([]);
		const workerStarts = () => (workerLog.match(/Worker started execution/g) ?? []).length;
		const startsBefore = workerStarts();
		const feature = simulator.world.features.find((f) => f.id === queue)!;
		feature.operatingModes.exception = { modeId: MANAGED_MODES.storm, type: 'MANUAL_SWITCH_BACK' };
		await waitFor('the chat post', () => receiver.posts.length > 0, 90_000);
		expect(String(receiver.posts[0].markdown)).toContain(
			'Denver Support: Business Hours → Closed - Weather',
		);
		await waitFor('the worker log', () => workerStarts() > startsBefore, 10_000);
		expect(workerStarts()).toBe(startsBefore + 1);
		const after = pollsSeen(simulator, queue);
		await waitFor('one more poll', () => pollsSeen(simulator, queue) > after, 90_000);
		await new Promise((resolve) => setTimeout(resolve, 3_000));
		expect(receiver.posts).toHaveLength(1);
		expect(mainLog).not.toMatch(/sim-admin-token/);
	},
	6 * 60_000,
);
