/**
 * `npm run bench`: the node's speed **in the real n8n app** (the release `npm run test:e2e`
 * installs, running as `n8n start`), side by side in one run with what users would do instead:
 * n8n's HTTP Request node with this package's credential and with a Header Auth credential,
 * each with its default (all items at once) and batched settings, and a bare Node client (one
 * new connection per request, as n8n's helpers open them) on the same Node as n8n.
 *
 * Each workload is a published workflow, Webhook → Split Out → the node under test, called
 * with its items in the webhook's body. A time is the node's own run time as n8n records it in
 * the execution (start-up, webhook and splitting excluded). Every figure is a ratio of two
 * times from this one run, so a slow or busy machine moves both sides alike.
 *
 *   ITEMS=1000     reads (and creates) per workload
 *   REPEAT=3       runs of each 0 ms workload (after a warm-up) and of each 100 ms workload of
 *                  20 s or less; the median is shown
 *   SECTIONS=zero,latency,rate,https,schedules,trigger,memory   which sections run (all by default)
 *   LOCATIONS=200  locations of the holiday roll-out (the ITEMS of a small run)
 *   EXECUTIONS=40  executions of each memory workload, each in an n8n of its own (3 when ITEMS < 1000)
 *   PROFILE=dir    write CPU profiles of the n8n process (`--cpu-prof`) into dir
 *   ONLY=regex     only the 0 ms workloads whose label matches
 *   CONCURRENCIES=1,5,10,20   the Concurrency settings of the 100 ms section
 */
import { execFile, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { parse } from 'flatted';

import { N8N_2 } from '../test/harness/n8nApp';
import { installN8n } from '../test/n8n/installed';
import { startServer } from '../test/n8n/server';
import type { N8nServer } from '../test/n8n/server';
import { SEED } from '../test/simulator/data';
import { WebexSimulator } from '../test/simulator/server';
import { DEFAULT_CONCURRENCY } from '../nodes/WebexCalling/kit/descriptions';

const ITEMS = Number(process.env.ITEMS ?? 1000);
const REPEAT = Number(process.env.REPEAT ?? 3);
const LATENCY_MS = 100;
const CONCURRENCIES = (process.env.CONCURRENCIES ?? '1,5,10,20').split(',').map(Number);
const RATE = 50;
const PROFILE = process.env.PROFILE;
/** Only the 0 ms workloads whose label matches (e.g. when profiling one) */
const ONLY = new RegExp(process.env.ONLY ?? '');
const execFileAsync = promisify(execFile);

const READ_PATH = `/telephony/config/workspaces/${SEED.workspaces.lobby}/simultaneousRing`;
const CREATE_PATH = '/telephony/config/operatingModes';

/** The trigger section: call queues an admin's poll reads */
const TRIGGER_FEATURES = 500;

/** The schedules section: locations, each given the example's 10 holidays */
const LOCATIONS = Number(process.env.LOCATIONS ?? (ITEMS >= 1000 ? 200 : ITEMS));
const ROLL_OUT = path.join(
	__dirname,
	'..',
	'examples',
	'add-holidays-to-every-location-schedule.json',
);
interface ExampleNode {
	name: string;
	typeVersion: number;
	parameters: Record<string, unknown>;
}
/** The example's nodes, read once */
const ROLL_OUT_NODES = (JSON.parse(readFileSync(ROLL_OUT, 'utf8')) as { nodes: ExampleNode[] })
	.nodes;
const exampleNode = (name: string) => ROLL_OUT_NODES.find((node) => node.name === name)!;
/** The roll-out example's Webex Calling node, as users import it */
const rollOutExample = () => exampleNode('Add the holidays');
/** The example's holidays and schedule name (its Edit Fields node) */
const HOLIDAYS = JSON.parse(String(exampleNode('Holidays').parameters.jsonOutput)) as {
	scheduleName: string;
	holidays: unknown[];
};

/** Credentials the workloads use, imported beside the simulator's Webex Calling account. */
const WEBEX = { id: 'webex-demo', name: 'Webex Calling account' };
const WEBEX_TLS = { id: 'webex-tls', name: 'Webex Calling account (HTTPS)' };
const HEADER = { id: 'header-auth', name: 'Webex token as a header' };
/** The service app credential every real-app install has (test/n8n/installed.ts) */
const SERVICE_APP = { id: 'webex-service-app', name: 'Webex Calling service app' };
/** The OAuth2 credential every real-app install has, connected (test/n8n/installed.ts) */
const OAUTH2 = { id: 'webex-oauth2', name: 'Webex Calling integration' };

type Target =
	| {
			kind: 'node';
			operation: 'read' | 'create' | 'createOrUpdate';
			concurrency?: number;
			/** The node's Timeout option (s) */
			timeout?: number;
			tls?: boolean;
			/** The node's Authentication: the access token unless said */
			authentication?: 'oAuth2' | 'serviceApp';
	  }
	| {
			/** Location Schedule Create or Update with the holidays of the roll-out example */
			kind: 'schedules';
			concurrency: number;
	  }
	| {
			kind: 'http';
			operation: 'read' | 'create';
			auth: 'credential' | 'oAuth2' | 'header';
			batch?: { size: number; intervalMs: number };
			tls?: boolean;
	  };

interface Run {
	ms: number;
	items: number;
	failed: number;
	/** When the node started (epoch ms, as n8n records it); the bare client has none */
	startedAt?: number;
}

function targetNode(target: Target, simulator: { http: string; https: string }) {
	const common = {
		id: 'target',
		name: 'Target',
		position: [440, 0] as [number, number],
		onError: 'continueRegularOutput',
	};
	if (target.kind === 'schedules') {
		const example = rollOutExample();
		return {
			...common,
			type: 'n8n-nodes-webex-calling.webexCalling',
			typeVersion: example.typeVersion,
			parameters: {
				...example.parameters,
				name: HOLIDAYS.scheduleName,
				eventsJson: JSON.stringify(HOLIDAYS.holidays),
				options: { concurrency: target.concurrency },
			},
			credentials: { webexCallingApi: WEBEX },
		};
	}
	if (target.kind === 'node') {
		const options = {
			...(target.concurrency === undefined ? {} : { concurrency: target.concurrency }),
			...(target.timeout === undefined ? {} : { timeout: target.timeout }),
		};
		const authentication = target.authentication ? { authentication: target.authentication } : {};
		return {
			...common,
			type: 'n8n-nodes-webex-calling.webexCalling',
			typeVersion: 1,
			parameters:
				target.operation === 'read'
					? {
							...authentication,
							resource: 'workspace',
							operation: 'getSimultaneousRing',
							workspaceId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
							options,
						}
					: {
							...authentication,
							resource: 'operatingMode',
							operation: target.operation,
							name: '={{ $json.name }}',
							type: 'NONE',
							level: 'ORGANIZATION',
							options,
						},
			credentials:
				target.authentication === 'serviceApp'
					? { webexCallingServiceAppApi: SERVICE_APP }
					: target.authentication === 'oAuth2'
						? { webexCallingOAuth2Api: OAUTH2 }
						: { webexCallingApi: target.tls ? WEBEX_TLS : WEBEX },
		};
	}
	const base = target.tls ? simulator.https : simulator.http;
	const request =
		target.operation === 'read'
			? { url: `={{ "${base}/telephony/config/workspaces/" + $json.id + "/simultaneousRing" }}` }
			: {
					method: 'POST',
					url: `${base}/telephony/config/operatingModes`,
					sendBody: true,
					specifyBody: 'json',
					jsonBody:
						'={{ JSON.stringify({ name: $json.name, type: "NONE", level: "ORGANIZATION" }) }}',
				};
	const auth =
		target.auth === 'credential'
			? {
					parameters: {
						authentication: 'predefinedCredentialType',
						nodeCredentialType: 'webexCallingApi',
					},
					credentials: { webexCallingApi: target.tls ? WEBEX_TLS : WEBEX },
				}
			: target.auth === 'oAuth2'
				? {
						// n8n's OAuth2 request path: the credential decrypted for each request.
						parameters: {
							authentication: 'predefinedCredentialType',
							nodeCredentialType: 'webexCallingOAuth2Api',
						},
						credentials: { webexCallingOAuth2Api: OAUTH2 },
					}
				: {
						parameters: {
							authentication: 'genericCredentialType',
							genericAuthType: 'httpHeaderAuth',
						},
						credentials: { httpHeaderAuth: HEADER },
					};
	const batching = target.batch
		? {
				batching: {
					batch: { batchSize: target.batch.size, batchInterval: target.batch.intervalMs },
				},
			}
		: {};
	return {
		...common,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: { ...request, ...auth.parameters, options: batching },
		credentials: auth.credentials,
	};
}

/** Publishes one workflow per target and runs them by their webhooks. */
class Workloads {
	private paths = new Map<string, { id: string; path: string }>();

	constructor(
		private server: N8nServer,
		private simulator: { http: string; https: string },
	) {}

	private key(target: Target) {
		return JSON.stringify(target);
	}

	async publish(target: Target) {
		if (this.paths.has(this.key(target))) return;
		const webhookPath = `bench-${randomUUID()}`;
		const workflow = {
			name: `Bench ${this.key(target)}`,
			settings: { executionOrder: 'v1' },
			connections: {
				Webhook: { main: [[{ node: 'Split', type: 'main', index: 0 }]] },
				Split: { main: [[{ node: 'Target', type: 'main', index: 0 }]] },
			},
			nodes: [
				{
					id: 'webhook',
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					position: [0, 0],
					webhookId: randomUUID(),
					parameters: {
						httpMethod: 'POST',
						path: webhookPath,
						responseMode: 'lastNode',
						responseData: 'noData',
					},
				},
				{
					id: 'split',
					name: 'Split',
					type: 'n8n-nodes-base.splitOut',
					typeVersion: 1,
					position: [220, 0],
					parameters: { fieldToSplitOut: 'body.items', include: 'noOtherFields' },
				},
				targetNode(target, this.simulator),
			],
		};
		const created = await this.server.rest<{ id: string; versionId: string }>(
			'POST',
			'workflows',
			workflow,
		);
		const activated = await this.server.rest<{ active: boolean }>(
			'POST',
			`workflows/${created.id}/activate`,
			{ versionId: created.versionId },
		);
		if (!activated.active) throw new Error(`workflow ${created.id} was not activated`);
		// n8n publishes through an outbox: the webhook is registered a moment later. A GET is
		// then refused with "did you mean to make a POST request".
		for (let tries = 0; ; tries++) {
			const probe = await fetch(`${this.server.base}/webhook/${webhookPath}`);
			if (/POST request/i.test(await probe.text())) break;
			if (tries > 200) throw new Error(`webhook ${webhookPath} was never registered`);
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		this.paths.set(this.key(target), { id: created.id, path: webhookPath });
	}

	/** Deactivates the workflows published here, so another n8n on the same database starts without them. */
	async unpublishAll() {
		for (const { id } of this.paths.values())
			await this.server.rest('POST', `workflows/${id}/deactivate`, {});
		this.paths.clear();
	}

	/** Runs the target's workflow with these items; the node's own time and its failed items. */
	async run(target: Target, items: Array<Record<string, unknown>>): Promise<Run> {
		await this.publish(target);
		const { id, path: webhookPath } = this.paths.get(this.key(target))!;
		const answer = await fetch(`${this.server.base}/webhook/${webhookPath}`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ items }),
		});
		if (!answer.ok)
			throw new Error(`webhook ${webhookPath}: ${answer.status} ${await answer.text()}`);
		await answer.text();
		// The execution is saved just after the answer; wait for it.
		for (let tries = 0; ; tries++) {
			const list = await this.server.rest<{
				results: Array<{ id: string; status: string }>;
			}>(
				'GET',
				`executions?filter=${encodeURIComponent(JSON.stringify({ workflowId: id }))}&limit=1`,
			);
			const latest = list.results[0];
			if (latest && latest.status !== 'running' && latest.status !== 'new') {
				const execution = await this.server.rest<{ data: string }>(
					'GET',
					`executions/${latest.id}`,
				);
				const data = parse(execution.data) as {
					resultData: {
						runData: Record<
							string,
							Array<{
								executionTime: number;
								startTime: number;
								data?: { main: Array<Array<{ json: Record<string, unknown> }>> };
							}>
						>;
					};
				};
				const run = data.resultData.runData.Target?.[0];
				if (!run) throw new Error(`workflow ${id}: the target did not run`);
				const output = run.data?.main[0] ?? [];
				return {
					ms: run.executionTime,
					startedAt: run.startTime,
					items: output.length,
					failed: output.filter((item) => item.json.error !== undefined).length,
				};
			}
			if (tries > 600) throw new Error(`workflow ${id}: no finished execution`);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	}
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms: number) => (ms / 1000).toFixed(2);

function table(header: string[], rows: Array<Array<string | number>>) {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
	const line = (cells: Array<string | number>) =>
		`  ${cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ')}`;
	console.log(line(header));
	for (const r of rows) console.log(line(r));
}

function readItems(count: number) {
	return Array.from({ length: count }, () => ({ id: SEED.workspaces.lobby }));
}

let createRun = 0;
function createItems(count: number) {
	createRun++;
	return Array.from({ length: count }, (_, i) => ({ name: `Bench ${createRun} mode ${i}` }));
}

interface Context {
	workloads: Workloads;
	/** The n8n the workloads are published to */
	server: N8nServer;
	/** Another `n8n start` of the same install, fresh (the memory section's) */
	freshServer(): Promise<{ server: N8nServer; workloads: Workloads }>;
	simulator: WebexSimulator;
	tlsSimulator: WebexSimulator;
	/** The bare client, on n8n's Node: wall time (ms) and failures */
	bare(concurrency: number, tls?: boolean, create?: boolean, requests?: number): Promise<Run>;
	targets: string[];
}

function verdict(ok: boolean) {
	return ok ? 'met ' : 'MISS';
}

function failures(run: Run) {
	return run.failed + (ITEMS - run.items);
}

async function zeroLatency(ctx: Context) {
	console.log(
		`\n1. ${ITEMS} reads, 0 ms latency (loopback): per-item cost, median of ${REPEAT} runs`,
	);
	const peers: Array<[string, Target | 'bare']> = [
		['this node, Concurrency 1', { kind: 'node', operation: 'read', concurrency: 1 }],
		[
			'this node, Concurrency 1, Service App credential',
			{ kind: 'node', operation: 'read', concurrency: 1, authentication: 'serviceApp' },
		],
		[
			'this node, Concurrency 1, OAuth2 credential',
			{ kind: 'node', operation: 'read', concurrency: 1, authentication: 'oAuth2' },
		],
		[
			`this node, default (Concurrency ${DEFAULT_CONCURRENCY})`,
			{ kind: 'node', operation: 'read' },
		],
		[
			'HTTP Request, this credential, batch 1',
			{ kind: 'http', operation: 'read', auth: 'credential', batch: { size: 1, intervalMs: 0 } },
		],
		[
			'HTTP Request, this credential, default (all at once)',
			{ kind: 'http', operation: 'read', auth: 'credential' },
		],
		[
			'HTTP Request, OAuth2 credential, batch 1',
			{ kind: 'http', operation: 'read', auth: 'oAuth2', batch: { size: 1, intervalMs: 0 } },
		],
		[
			'HTTP Request, Header Auth, batch 1',
			{ kind: 'http', operation: 'read', auth: 'header', batch: { size: 1, intervalMs: 0 } },
		],
		[
			'HTTP Request, Header Auth, default (all at once)',
			{ kind: 'http', operation: 'read', auth: 'header' },
		],
		['bare client, one at a time', 'bare'],
	];
	const times = new Map<string, number>();
	const rows: Array<Array<string | number>> = [];
	for (const [label, target] of peers.filter(([label]) => ONLY.test(label))) {
		ctx.simulator.reset();
		const runs: Run[] = [];
		for (let i = 0; i <= REPEAT; i++) {
			const run =
				target === 'bare' ? await ctx.bare(1) : await ctx.workloads.run(target, readItems(ITEMS));
			if (i > 0) runs.push(run); // the first is the warm-up
		}
		const ms = median(runs.map((r) => r.ms));
		times.set(label, ms);
		rows.push([label, seconds(ms), (ms / ITEMS).toFixed(2), Math.max(...runs.map(failures))]);
	}
	const node = times.get(peers[0][0]);
	table(
		['workload', 's', 'ms/item', 'failed', 'this node (Conc. 1) / it'],
		rows.map((r) => [
			...r,
			node === undefined ? '-' : (node / times.get(String(r[0]))!).toFixed(2),
		]),
	);
	for (const [name, label] of [
		['Service App', peers[1][0]],
		['OAuth2', peers[2][0]],
	]) {
		const refreshing = times.get(label);
		if (node !== undefined && refreshing !== undefined)
			ctx.targets.push(
				`${verdict(refreshing / node <= 1.1)} per-item cost at 0 ms with the ${name} credential (a fresh token): ${(refreshing / node).toFixed(2)}x the access token's (target <= 1.1)`,
			);
	}
	const http = times.get(peers[4][0]);
	if (node === undefined || http === undefined) return;
	ctx.targets.push(
		`${verdict(node / http <= 0.5)} per-item cost at 0 ms, one at a time: ${(node / http).toFixed(2)}x the HTTP Request node with the same credential (target <= 0.5)`,
	);
}

/**
 * How many requests the stand-in was serving on average while the run lasted: at Concurrency
 * N a client that loses no time between an answer and its next request keeps it near N.
 */
/** How long after the node started its first request reached the stand-in (ms) */
function firstRequestAfter(simulator: WebexSimulator, run: Run): string {
	if (run.startedAt === undefined || simulator.log.length === 0) return '-';
	return String(Math.min(...simulator.log.map((r) => r.at)) - run.startedAt);
}

function inFlight(simulator: WebexSimulator): number {
	const log = simulator.log.filter((r) => r.answeredAt !== undefined);
	if (log.length === 0) return 0;
	const first = Math.min(...log.map((r) => r.at));
	const last = Math.max(...log.map((r) => r.answeredAt!));
	const serving = log.reduce((sum, r) => sum + (r.answeredAt! - r.at), 0);
	return serving / Math.max(1, last - first);
}

async function withLatency(ctx: Context) {
	console.log(
		`\n2. ${ITEMS} reads (and creates), ${LATENCY_MS} ms latency: ratio to the floor items x latency / concurrency (median of ${REPEAT} runs where a run takes 20 s or less)`,
	);
	console.log(
		'   (1st request ms: from the node starting to its first request reaching the stand-in; in flight: requests the stand-in was serving on average during the run)',
	);
	const rows: Array<Array<string | number>> = [];
	const measure = async (label: string, concurrency: number, run: () => Promise<Run>) => {
		// Runs of 20 s or less are repeated and the median kept: one run wobbles by a few %.
		const repeats = (ITEMS * LATENCY_MS) / concurrency <= 20_000 ? REPEAT : 1;
		const results: Array<Run & { inFlight: number; first: string }> = [];
		for (let i = 0; i < repeats; i++) {
			ctx.simulator.reset();
			ctx.simulator.faults.latencyMs = LATENCY_MS;
			const result = await run();
			results.push({
				...result,
				inFlight: inFlight(ctx.simulator),
				first: firstRequestAfter(ctx.simulator, result),
			});
		}
		results.sort((a, b) => a.ms - b.ms);
		const result = results[Math.floor(results.length / 2)];
		const floor = (ITEMS * LATENCY_MS) / concurrency;
		rows.push([
			label,
			seconds(result.ms),
			repeats > 1 ? results.map((r) => (floor / r.ms).toFixed(2)).join(' ') : '-',
			seconds(floor),
			(floor / result.ms).toFixed(2),
			result.first,
			result.inFlight.toFixed(1),
			Math.max(...results.map(failures)),
		]);
		return { ...result, ratio: floor / result.ms };
	};
	for (const concurrency of CONCURRENCIES) {
		const node = await measure(`this node, Concurrency ${concurrency}`, concurrency, () =>
			ctx.workloads.run({ kind: 'node', operation: 'read', concurrency }, readItems(ITEMS)),
		);
		const bare = await measure(`bare client, ${concurrency} at a time`, concurrency, () =>
			ctx.bare(concurrency),
		);
		if (concurrency === 1) {
			ctx.targets.push(
				`${verdict(node.ms / bare.ms <= 1.05)} Concurrency 1 at ${LATENCY_MS} ms: ${(node.ms / bare.ms).toFixed(3)}x the bare client (target <= 1.05)`,
			);
		}
		if (concurrency === 10) {
			ctx.targets.push(
				`${verdict(node.ratio >= 0.9)} ${node.ratio.toFixed(2)} of the floor at ${LATENCY_MS} ms, Concurrency 10, ${ITEMS} items (target >= 0.9; bare client ${bare.ratio.toFixed(2)})`,
			);
		}
	}
	// Writes: Create Operating Mode, one POST per item, beside a bare client's POSTs.
	for (const concurrency of CONCURRENCIES.filter((c) => c >= 10)) {
		const node = await measure(`this node, creates, Concurrency ${concurrency}`, concurrency, () =>
			ctx.workloads.run({ kind: 'node', operation: 'create', concurrency }, createItems(ITEMS)),
		);
		const bare = await measure(`bare client, creates, ${concurrency} at a time`, concurrency, () =>
			ctx.bare(concurrency, false, true),
		);
		ctx.targets.push(
			`${verdict(node.ratio >= 0.93)} creates: ${node.ratio.toFixed(2)} of the floor at ${LATENCY_MS} ms, Concurrency ${concurrency} (target >= 0.93; bare client ${bare.ratio.toFixed(2)})`,
		);
	}
	// n8n's HTTP Request node sends every item at once; its batch setting only adds a pause
	// between batches, so "batch 10" with no interval is still all at once.
	for (const [label, target] of [
		[
			'HTTP Request, this credential, all at once',
			{ kind: 'http', operation: 'read', auth: 'credential' },
		],
		['HTTP Request, Header Auth, all at once', { kind: 'http', operation: 'read', auth: 'header' }],
		[
			'HTTP Request, this credential, 10 per 100 ms',
			{ kind: 'http', operation: 'read', auth: 'credential', batch: { size: 10, intervalMs: 100 } },
		],
	] as Array<[string, Target]>) {
		const concurrency = target.kind === 'http' && target.batch ? target.batch.size : ITEMS;
		await measure(label, concurrency, () => ctx.workloads.run(target, readItems(ITEMS)));
	}
	table(
		[
			'workload',
			's',
			`each of ${REPEAT} runs`,
			'floor s',
			'floor / s',
			'1st request ms',
			'in flight',
			'failed',
		],
		rows,
	);
}

async function rateLimited(ctx: Context) {
	console.log(
		`\n3. Against a ${RATE}/s rate limit (429 with Retry-After), ${ITEMS} reads and ${ITEMS} creates`,
	);
	const rows: Array<Array<string | number>> = [];
	const cases: Array<[string, Exclude<Target, { kind: 'schedules' }>]> = [
		[
			`reads: this node, default (Concurrency ${DEFAULT_CONCURRENCY})`,
			{ kind: 'node', operation: 'read' },
		],
		[
			'reads: HTTP Request, this credential, default (all at once)',
			{ kind: 'http', operation: 'read', auth: 'credential' },
		],
		[
			'reads: HTTP Request, this credential, 10 per 200 ms',
			{ kind: 'http', operation: 'read', auth: 'credential', batch: { size: 10, intervalMs: 200 } },
		],
		[
			`creates: this node, default (Concurrency ${DEFAULT_CONCURRENCY})`,
			{ kind: 'node', operation: 'create' },
		],
		[
			'creates: HTTP Request, this credential, default (all at once)',
			{ kind: 'http', operation: 'create', auth: 'credential' },
		],
		[
			'creates: HTTP Request, this credential, 10 per 200 ms',
			{
				kind: 'http',
				operation: 'create',
				auth: 'credential',
				batch: { size: 10, intervalMs: 200 },
			},
		],
	];
	for (const [label, target] of cases) {
		await ctx.workloads.publish(target);
		ctx.simulator.reset();
		ctx.simulator.faults.rateLimit = { perSecond: RATE };
		const items = target.operation === 'read' ? readItems(ITEMS) : createItems(ITEMS);
		const run = await ctx.workloads.run(target, items);
		const sent = ctx.simulator.log.length;
		const limited = ctx.simulator.log.filter((r) => r.status === 429).length;
		const names = ctx.simulator.world.operatingModes.map((m) => String(m.body.name));
		const duplicates = target.operation === 'create' ? names.length - new Set(names).size : '-';
		rows.push([
			label,
			seconds(run.ms),
			ITEMS - failures(run),
			failures(run),
			sent,
			limited,
			duplicates,
		]);
		if (target.kind === 'node') {
			ctx.targets.push(
				`${verdict(failures(run) === 0 && (duplicates === '-' || duplicates === 0))} ${label} at ${RATE}/s: ${failures(run)} failed${duplicates === '-' ? '' : `, ${duplicates} duplicates`}, ${(ITEMS / (run.ms / 1000) / RATE).toFixed(2)} of the allowed rate`,
			);
		}
	}
	table(['workload', 's', 'done', 'failed', 'requests', '429s', 'duplicates'], rows);
}

async function overHttps(ctx: Context) {
	console.log(
		`\n4. HTTPS: the same reads against a local TLS stand-in (RSA 2048, trusted through NODE_EXTRA_CA_CERTS)`,
	);
	const rows: Array<Array<string | number>> = [];
	for (const latency of [0, LATENCY_MS]) {
		for (const concurrency of latency ? [10] : [1]) {
			const runs: Record<string, Run> = {};
			for (const tls of [false, true]) {
				const simulator = tls ? ctx.tlsSimulator : ctx.simulator;
				simulator.reset();
				simulator.faults.latencyMs = latency;
				const target: Target = { kind: 'node', operation: 'read', concurrency, tls };
				if (latency === 0) await ctx.workloads.run(target, readItems(ITEMS)); // warm-up
				runs[`node ${tls}`] = await ctx.workloads.run(target, readItems(ITEMS));
				runs[`bare ${tls}`] = await ctx.bare(concurrency, tls);
			}
			for (const who of ['node', 'bare']) {
				const plain = runs[`${who} false`];
				const secure = runs[`${who} true`];
				rows.push([
					`${who === 'node' ? 'this node' : 'bare client'}, ${latency} ms, Concurrency ${concurrency}`,
					seconds(plain.ms),
					seconds(secure.ms),
					((secure.ms - plain.ms) / ITEMS).toFixed(2),
					(secure.ms / plain.ms).toFixed(2),
				]);
			}
		}
	}
	table(['workload', 'http s', 'https s', 'TLS ms/item', 'https / http'], rows);
}

/** The resident memory of a process (MiB), as the kernel counts it. */
function rssMiB(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
	return kb / 1024;
}

const EXECUTIONS = Number(process.env.EXECUTIONS ?? (ITEMS >= 1000 ? 40 : 3));

/**
 * A long-lived n8n, as self-hosted users run one for weeks: each workload gets an `n8n start`
 * of its own and runs EXECUTIONS times; the main process's RSS is read after each execution.
 * "Settled" is the median of the last quarter of the readings (V8 grows its heap in steps and
 * collects when it likes, so one reading is noise; a level that holds is not).
 */
async function memory(ctx: Context) {
	console.log(
		`\n5. Memory of a long-lived n8n: ${EXECUTIONS} executions of ${ITEMS} items at 0 ms, each workload in an n8n of its own; the main's RSS (MiB) after executions`,
	);
	type Workload =
		| { label: string; target: Target; items: () => Array<Record<string, unknown>>; fresh: boolean }
		| { label: string; picker: true };
	const modeNames = Array.from({ length: ITEMS }, (_, i) => ({ name: `Memory mode ${i}` }));
	const workloads: Workload[] = [
		{
			label: 'HTTP Request, this credential, default (all at once)',
			target: { kind: 'http', operation: 'read', auth: 'credential' },
			items: () => readItems(ITEMS),
			fresh: false,
		},
		{
			label: 'this node, reads, Concurrency 10, default options',
			target: { kind: 'node', operation: 'read', concurrency: 10 },
			items: () => readItems(ITEMS),
			fresh: false,
		},
		{
			label: 'this node, reads, Concurrency 10, Timeout 300 s',
			target: { kind: 'node', operation: 'read', concurrency: 10, timeout: 300 },
			items: () => readItems(ITEMS),
			fresh: false,
		},
		{
			label: 'this node, creates, Concurrency 10',
			target: { kind: 'node', operation: 'create', concurrency: 10 },
			items: () => createItems(ITEMS),
			// Each execution creates against an org without the earlier runs' modes.
			fresh: true,
		},
		{
			label: 'this node, Create or Update (same names each time), Concurrency 10',
			target: { kind: 'node', operation: 'createOrUpdate', concurrency: 10 },
			items: () => modeNames,
			fresh: false,
		},
		{ label: `workspace picker from the editor, ${ITEMS / 10} searches a round`, picker: true },
	];
	const marks = [
		...new Set([1, 2, 3, 4].map((q) => Math.max(1, Math.round((EXECUTIONS * q) / 4)))),
	];
	const rows: Array<Array<string | number>> = [];
	let http: number | undefined;
	for (const workload of workloads) {
		const { server, workloads: runner } = await ctx.freshServer();
		const readings: number[] = [];
		let failed = 0;
		try {
			ctx.simulator.reset();
			for (let execution = 1; execution <= EXECUTIONS; execution++) {
				if ('picker' in workload) {
					for (let i = 0; i < ITEMS / 10; i++) {
						await server.rest('POST', 'dynamic-node-parameters/resource-locator-results', {
							methodName: 'searchWorkspaces',
							path: 'parameters.workspaceId',
							nodeTypeAndVersion: { name: 'n8n-nodes-webex-calling.webexCalling', version: 1 },
							// As the editor sends them: the Authentication chooses the credential.
							currentNodeParameters: {
								authentication: 'accessToken',
								resource: 'workspace',
								operation: 'getSimultaneousRing',
							},
							credentials: { webexCallingApi: WEBEX },
						});
					}
				} else {
					if (workload.fresh) ctx.simulator.reset();
					ctx.simulator.log.length = 0;
					const run = await runner.run(workload.target, workload.items());
					failed = Math.max(failed, failures(run));
				}
				readings.push(rssMiB(server.pid));
			}
		} finally {
			await runner.unpublishAll().catch(() => undefined);
			await server.stop();
		}
		const lastQuarter = readings.slice(-Math.max(1, Math.floor(readings.length / 4)));
		const settled = median(lastQuarter);
		if ('target' in workload && workload.target.kind === 'http') http = settled;
		rows.push([
			workload.label,
			...marks.map((mark) => readings[mark - 1].toFixed(0)),
			settled.toFixed(0),
			http === undefined ? '-' : (settled / http).toFixed(2),
			'picker' in workload ? '-' : failed,
		]);
		if (
			'target' in workload &&
			workload.target.kind === 'node' &&
			workload.target.operation === 'read' &&
			http
		)
			ctx.targets.push(
				`${verdict(settled / http <= 1.1)} settled RSS, ${workload.label.replace('this node, ', '')}: ${(settled / http).toFixed(2)}x the HTTP Request node's (${settled.toFixed(0)} vs ${http.toFixed(0)} MiB; target <= 1.1)`,
			);
	}
	table(
		['workload', ...marks.map((mark) => `after ${mark}`), 'settled', '/ HTTP Request', 'failed'],
		rows,
	);
}

/** A throw-away certificate authority for 127.0.0.1, made with Debian's openssl. */
function certificate(folder: string) {
	const key = path.join(folder, 'key.pem');
	const cert = path.join(folder, 'cert.pem');
	execFileSync(
		'openssl',
		[
			'req',
			'-x509',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-days',
			'2',
			'-subj',
			'/CN=127.0.0.1',
			'-addext',
			'subjectAltName=IP:127.0.0.1',
			'-keyout',
			key,
			'-out',
			cert,
		],
		{ stdio: 'ignore' },
	);
	return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8'), certFile: cert };
}

/** Calling locations of the bench's own, beside the seeded ones (gone with every reset) */
function addLocations(simulator: WebexSimulator): Array<{ id: string }> {
	const locations = Array.from({ length: LOCATIONS }, (_, i) => ({
		id: Buffer.from(`ciscospark://us/LOCATION/bench-${i}`).toString('base64'),
		name: `Bench location ${i}`,
		orgId: SEED.orgId,
		calling: true,
	}));
	simulator.world.locations.push(...locations);
	return locations.map(({ id }) => ({ id }));
}

/**
 * The yearly job the schedules are for: the roll-out example's Location Schedule Create or
 * Update over LOCATIONS locations, each given its 10 holidays. Each location takes two requests
 * one after the other (find the schedule by name, then create it; on the second run, find it,
 * then read it), so the floor is locations x 2 x latency / concurrency. The bare client makes
 * the same number of requests, Concurrency at a time.
 */
async function schedules(ctx: Context) {
	const concurrency = 10;
	console.log(
		`\n6. The holiday roll-out: ${LOCATIONS} locations x ${HOLIDAYS.holidays.length} holidays (Location Schedule Create or Update), ${LATENCY_MS} ms latency, Concurrency ${concurrency}; floor = locations x 2 requests x latency / concurrency`,
	);
	ctx.simulator.reset();
	ctx.simulator.faults.latencyMs = LATENCY_MS;
	const items = addLocations(ctx.simulator);
	const target: Target = { kind: 'schedules', concurrency };
	const floor = (LOCATIONS * 2 * LATENCY_MS) / concurrency;
	const rows: Array<Array<string | number>> = [];
	const runs: Record<string, { ratio: number; writes: number; failed: number }> = {};
	for (const label of ['first run (creates)', 'second run (only reads)']) {
		ctx.simulator.log.length = 0;
		const run = await ctx.workloads.run(target, items);
		const writes = ctx.simulator.log.filter((r) => r.method !== 'GET').length;
		const failed = run.failed + (LOCATIONS - run.items);
		runs[label] = { ratio: floor / run.ms, writes, failed };
		rows.push([
			`this node, ${label}`,
			seconds(run.ms),
			ctx.simulator.log.length,
			writes,
			failed,
			seconds(floor),
			(floor / run.ms).toFixed(2),
			firstRequestAfter(ctx.simulator, run),
			inFlight(ctx.simulator).toFixed(1),
		]);
	}
	const made = ctx.simulator.world.schedules.filter((s) => s.name === HOLIDAYS.scheduleName);
	const bare = await ctx.bare(concurrency, false, false, LOCATIONS * 2);
	rows.push([
		`bare client, ${LOCATIONS * 2} reads, ${concurrency} at a time`,
		seconds(bare.ms),
		LOCATIONS * 2,
		0,
		bare.failed,
		seconds(floor),
		(floor / bare.ms).toFixed(2),
		'-',
		'-',
	]);
	table(
		[
			'workload',
			's',
			'requests',
			'writes',
			'failed',
			'floor s',
			'floor / s',
			'1st request ms',
			'in flight',
		],
		rows,
	);
	const first = runs['first run (creates)'];
	const second = runs['second run (only reads)'];
	ctx.targets.push(
		`${verdict(first.ratio >= 0.9 && first.failed === 0 && made.length === LOCATIONS)} holiday roll-out: ${first.ratio.toFixed(2)} of the floor, ${LOCATIONS} locations x ${HOLIDAYS.holidays.length} holidays at ${LATENCY_MS} ms, Concurrency ${concurrency}; ${made.length} schedules made (target >= 0.9; bare client ${(floor / bare.ms).toFixed(2)})`,
		`${verdict(second.writes === 0 && second.failed === 0)} holiday roll-out run again: ${second.writes} writes, ${second.ratio.toFixed(2)} of the floor (target: no write)`,
	);
}

/**
 * The trigger's poll as an admin's: TRIGGER_FEATURES call queues listed (100 a page), then each
 * one's forwarding read, Concurrency at a time. The poll measured is the one n8n makes when the
 * workflow is published (it records what is there); it is timed from the simulator's log, first
 * request to last answer. Floor = (pages + features / concurrency) x latency.
 */
async function trigger(ctx: Context) {
	const concurrency = 10;
	const features = ITEMS >= 1000 ? TRIGGER_FEATURES : Math.min(ITEMS, TRIGGER_FEATURES);
	console.log(
		`\n7. The trigger's poll over ${features} call queues (admin: each one's forwarding), ${LATENCY_MS} ms latency, Concurrency ${concurrency}; floor = (list pages + features / concurrency) x latency`,
	);
	const { simulator } = ctx;
	simulator.reset();
	const modeId = `bench-mode-${randomUUID()}`;
	simulator.world.operatingModes.push({
		id: modeId,
		orgId: SEED.orgId,
		body: { name: 'Bench Hours', type: 'NONE', level: 'ORGANIZATION' },
	});
	simulator.world.features = Array.from({ length: features }, (_, i) => ({
		id: `bench-queue-${i}-${randomUUID()}`,
		kind: 'queues' as const,
		name: `Bench queue ${i}`,
		orgId: SEED.orgId,
		locationId: SEED.locations.denver,
		phoneNumber: `+1970556${String(i).padStart(4, '0')}`,
		operatingModes: {
			enabled: true,
			modes: [
				{ id: modeId, normalOperationEnabled: true, forwardTo: { selection: 'DO_NOT_FORWARD' } },
			],
		},
	}));
	simulator.faults.latencyMs = LATENCY_MS;
	const workflow = {
		name: `Bench trigger ${randomUUID()}`,
		settings: { executionOrder: 'v1' },
		connections: {},
		nodes: [
			{
				id: 'trigger',
				name: 'Trigger',
				type: 'n8n-nodes-webex-calling.webexCallingTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {
					pollTimes: { item: [{ mode: 'everyHour', minute: 0 }] },
					events: ['featureModeChanged'],
					featureSource: 'admin',
					featureTypes: ['callQueue'],
					options: { concurrency },
				},
				credentials: { webexCallingApi: WEBEX },
			},
		],
	};
	const created = await ctx.server.rest<{ id: string; versionId: string }>(
		'POST',
		'workflows',
		workflow,
	);
	simulator.log.length = 0;
	// Publishing makes the first poll (through n8n's publication outbox: a moment later).
	await ctx.server.rest('POST', `workflows/${created.id}/activate`, {
		versionId: created.versionId,
	});
	const answered = () =>
		simulator.log.filter((r) => r.answeredAt !== undefined && r.path.endsWith('/callForwarding'))
			.length;
	for (let waited = 0; answered() < features && waited < 120_000; waited += 100)
		await new Promise((resolve) => setTimeout(resolve, 100));
	await ctx.server.rest('POST', `workflows/${created.id}/deactivate`, {});
	simulator.faults.latencyMs = 0;
	const log = simulator.log.filter((r) => r.answeredAt !== undefined);
	const reads = log.filter((r) => r.path.endsWith('/callForwarding')).length;
	const pages = log.filter((r) => r.path === '/telephony/config/queues').length;
	const span =
		log.length === 0
			? Number.POSITIVE_INFINITY
			: Math.max(...log.map((r) => r.answeredAt!)) - Math.min(...log.map((r) => r.at));
	const floor = (Math.ceil(features / 100) + Math.ceil(features / concurrency)) * LATENCY_MS;
	table(
		['workload', 'requests', 'list pages', 'reads', 'poll s', 'floor s', 'poll / floor'],
		[
			[
				`trigger poll, ${features} queues`,
				log.length,
				pages,
				reads,
				seconds(span),
				seconds(floor),
				(span / floor).toFixed(2),
			],
		],
	);
	ctx.targets.push(
		`${verdict(span / floor <= 1.2 && reads === features)} trigger poll over ${features} features (admin, Concurrency ${concurrency}, ${LATENCY_MS} ms): ${(span / floor).toFixed(2)}x the floor, ${reads} forwarding reads (target <= 1.2x)`,
	);
}

async function main() {
	const work = mkdtempSync(path.join(tmpdir(), 'webex-bench-'));
	const tls = certificate(work);
	const simulator = new WebexSimulator();
	const tlsSimulator = new WebexSimulator();
	await simulator.start();
	await tlsSimulator.start(0, { key: tls.key, cert: tls.cert });
	const installed = await installN8n(N8N_2, simulator, {
		env: { NODE_EXTRA_CA_CERTS: tls.certFile, N8N_PAYLOAD_SIZE_MAX: '64' },
		credentials: [
			{
				...WEBEX_TLS,
				type: 'webexCallingApi',
				data: { accessToken: SEED.token, baseUrl: tlsSimulator.url, orgId: '' },
			},
			{
				...HEADER,
				type: 'httpHeaderAuth',
				data: { name: 'Authorization', value: `Bearer ${SEED.token}` },
			},
		],
	});
	if (PROFILE) mkdirSync(PROFILE, { recursive: true });
	const serverEnv = PROFILE
		? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${path.resolve(PROFILE)}` }
		: {};
	const server = await startServer(installed.app, installed.env, serverEnv);
	const endpoints = { http: simulator.url, https: tlsSimulator.url };
	const nodeBinary = path.join(installed.app.nodeBinDir, 'node');
	const client = path.join(__dirname, 'lib', 'bare-client.mjs');
	const ctx: Context = {
		workloads: new Workloads(server, endpoints),
		server,
		async freshServer() {
			// One n8n at a time on the install's database.
			await ctx.workloads.unpublishAll();
			await server.stop();
			const fresh = await startServer(installed.app, installed.env, serverEnv);
			return { server: fresh, workloads: new Workloads(fresh, endpoints) };
		},
		simulator,
		tlsSimulator,
		async bare(concurrency, secure = false, create = false, requests = ITEMS) {
			// Asynchronously: the simulator answering it runs in this process.
			const base = (secure ? tlsSimulator : simulator).url;
			const url = create ? `${base}${CREATE_PATH}?orgId=${SEED.orgId}` : `${base}${READ_PATH}`;
			const names = create ? [`Bare ${randomUUID().slice(0, 8)}`] : [];
			const { stdout } = await execFileAsync(
				nodeBinary,
				[client, url, SEED.token, String(requests), String(concurrency), ...names],
				{ encoding: 'utf8', env: { ...process.env, NODE_EXTRA_CA_CERTS: tls.certFile } },
			);
			const { ms, failed } = JSON.parse(stdout) as { ms: number; failed: number };
			return { ms, failed, items: requests };
		},
		targets: [],
	};
	console.log(
		`n8n ${N8N_2.n8n} (n8n start, Node ${N8N_2.node}), this package packed and installed; ${ITEMS} items per workload`,
	);
	try {
		const sections = {
			zero: zeroLatency,
			latency: withLatency,
			rate: rateLimited,
			https: overHttps,
			// Before memory: memory stops this n8n to start a fresh one for each workload.
			schedules,
			trigger,
			memory,
		};
		const chosen = (process.env.SECTIONS ?? Object.keys(sections).join(',')).split(',');
		for (const [name, section] of Object.entries(sections)) {
			if (chosen.includes(name)) await section(ctx);
		}
		console.log('\nTargets (ratios from this run, in the app):');
		// The targets are set for 1000 items; a small run (CI's) only shows the bench still works.
		const judged = ITEMS >= 1000;
		if (!judged) console.log(`  (${ITEMS} items: not judged, the targets are set for 1000)`);
		for (const line of ctx.targets)
			console.log(`  ${judged ? line : line.replace(/^(met |MISS) /, '-    ')}`);
	} finally {
		await server.stop();
		await simulator.stop();
		await tlsSimulator.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
