/**
 * `npm run bench:engine`: throughput and memory of the node inside **n8n-core's engine in the
 * test harness** (not the n8n app: `npm run bench` measures that), against the simulator, with
 * a plain axios loop in the same process as the baseline. Its figures are the harness's: quick
 * to run for comparing two builds, never quoted as the app's. Every figure is a ratio measured
 * in this one run, so a slow or busy machine moves both sides alike.
 *
 *   ITEMS=1000 (reads per run)   MODES=10000 (largest Get Many)   SKIP_SLOW=1 (no 100 ms runs)
 *   SECTIONS=reads,rate,getMany,rollout (which sections run; all by default)
 */
import axios from 'axios';
import http from 'node:http';

import type { Environment } from '../test/harness/environment';
import { startEnvironment } from '../test/harness/environment';
import { SEED } from '../test/simulator/data';
import { webexId } from '../test/simulator/ids';
import { builtEngine } from './lib/built';

const ITEMS = Number(process.env.ITEMS ?? 1000);
const MODES = Number(process.env.MODES ?? 10000);
const LATENCIES = process.env.SKIP_SLOW ? [0] : [0, 100];
const CONCURRENCIES = [1, 5, 10];
const RATE = 50;

const gc = (globalThis as { gc?: () => void }).gc;

function seconds(since: number): number {
	return (performance.now() - since) / 1000;
}

async function nodeReads(
	env: Environment,
	concurrency: number,
	extra: Record<string, unknown> = {},
) {
	const items = Array.from({ length: ITEMS }, () => ({ id: SEED.workspaces.lobby }));
	const started = performance.now();
	const result = await env.runNode(
		{
			resource: 'workspace',
			operation: 'getSimultaneousRing',
			workspaceId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			options: { concurrency, ...extra },
		},
		items,
		{ onError: 'continueRegularOutput' },
	);
	const time = seconds(started);
	const output = result.output('Webex Calling');
	const failed =
		output.filter((i) => i.json.error !== undefined).length + (result.error ? ITEMS : 0);
	return { time, failed, count: output.length };
}

/**
 * The same reads through n8n's own HTTP Request node with this package's credential, one at a
 * time (batch size 1), in the same engine: what users do today instead of this node.
 */
async function httpNodeReads(env: Environment) {
	const items = Array.from({ length: ITEMS }, () => ({ id: SEED.workspaces.lobby }));
	const workflow = {
		nodes: [
			{
				id: 's',
				name: 'Start',
				type: 'n8n-nodes-test.testItems',
				typeVersion: 1,
				position: [0, 0] as [number, number],
				parameters: {},
			},
			{
				id: 'h',
				name: 'HTTP Request',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [200, 0] as [number, number],
				parameters: {
					url: `={{ "${env.simulator.url}/telephony/config/workspaces/" + $json.id + "/simultaneousRing" }}`,
					authentication: 'predefinedCredentialType',
					nodeCredentialType: 'webexCallingApi',
					options: { batching: { batch: { batchSize: 1, batchInterval: 0 } } },
				},
				credentials: { webexCallingApi: { id: 'cred-webex', name: 'Webex Calling account' } },
			},
		],
		connections: { Start: { main: [[{ node: 'HTTP Request', type: 'main' as const, index: 0 }]] } },
	};
	const started = performance.now();
	const result = await env.engine.run(workflow, items);
	const time = seconds(started);
	if (result.error || result.output('HTTP Request').length !== ITEMS)
		throw new Error(`HTTP Request node run failed: ${result.error?.message}`);
	return time;
}

/**
 * The same reads as a plain axios loop with the same number of workers. `keepAlive` false
 * opens a connection per request, as n8n's HTTP helpers do (a new agent for every request).
 */
async function axiosReads(env: Environment, concurrency: number, keepAlive = true) {
	const client = axios.create({
		baseURL: env.simulator.url,
		headers: { Authorization: `Bearer ${SEED.token}` },
		httpAgent: new http.Agent({ keepAlive }),
	});
	const path = `/telephony/config/workspaces/${SEED.workspaces.lobby}/simultaneousRing`;
	let next = 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next++ < ITEMS) await client.get(path);
		}),
	);
	return seconds(started);
}

function row(cells: Array<string | number>, widths: number[]) {
	return cells.map((cell, i) => String(cell).padStart(widths[i])).join('  ');
}

async function readsSection(env: Environment) {
	console.log(`\n1. ${ITEMS} simultaneous-ring reads, node in n8n's engine vs a plain axios loop`);
	console.log(
		"   axios: a keep-alive loop (the baseline); axios/new: a new connection per request, like n8n's HTTP helpers",
	);
	const widths = [7, 4, 8, 9, 8, 10, 11, 14, 9, 10];
	console.log(
		row(
			[
				'latency',
				'conc',
				'node s',
				'node it/s',
				'axios s',
				'node/axios',
				'axios/new s',
				'node/axios/new',
				'floor s',
				'floor/node',
			],
			widths,
		),
	);
	const targets: string[] = [];
	for (const latency of LATENCIES) {
		env.simulator.faults.latencyMs = latency;
		for (const concurrency of CONCURRENCIES) {
			env.simulator.reset();
			env.simulator.faults.latencyMs = latency;
			if (latency === 0) {
				// Warm-up of both sides (JIT, connections); with latency the wire dominates.
				await axiosReads(env, concurrency);
				await nodeReads(env, concurrency);
			}
			const axiosTime = await axiosReads(env, concurrency);
			const axiosNewTime = latency === 0 ? await axiosReads(env, concurrency, false) : Number.NaN;
			const node = await nodeReads(env, concurrency);
			const floor = (ITEMS * latency) / 1000 / concurrency;
			const overhead = node.time / axiosTime;
			console.log(
				row(
					[
						`${latency} ms`,
						concurrency,
						node.time.toFixed(2),
						(ITEMS / node.time).toFixed(0),
						axiosTime.toFixed(2),
						overhead.toFixed(2),
						latency === 0 ? axiosNewTime.toFixed(2) : '-',
						latency === 0 ? (node.time / axiosNewTime).toFixed(2) : '-',
						floor ? floor.toFixed(2) : '-',
						floor ? (floor / node.time).toFixed(2) : '-',
					],
					widths,
				),
			);
			if (node.failed)
				targets.push(
					`FAIL: ${node.failed} reads failed at ${latency} ms, concurrency ${concurrency}`,
				);
			if (latency === 0 && concurrency === 1) {
				await httpNodeReads(env); // warm-up
				const httpNode = await httpNodeReads(env);
				console.log(
					`   n8n's HTTP Request node, same reads one at a time: ${httpNode.toFixed(2)} s; this node / HTTP Request node = ${(node.time / httpNode).toFixed(2)}`,
				);
				targets.push(
					`     this node is ${(node.time / httpNode).toFixed(2)}x n8n's HTTP Request node on the same sequential reads`,
				);
				targets.push(
					`${overhead <= 1.15 ? 'ok  ' : 'MISS'} sequential overhead ${overhead.toFixed(2)}x the keep-alive axios baseline (target <= 1.15); ${(node.time / axiosNewTime).toFixed(2)}x axios with a connection per request`,
				);
			}
			if (latency === 100 && concurrency === 1) {
				targets.push(
					`     sequential overhead with 100 ms latency: ${overhead.toFixed(2)}x the axios baseline`,
				);
			}
			if (latency === 100 && concurrency === 10) {
				targets.push(
					`${floor / node.time >= 0.85 ? 'ok  ' : 'MISS'} ${(floor / node.time).toFixed(2)} of the floor at 100 ms, concurrency 10 (target >= 0.85)`,
				);
			}
		}
	}
	return targets;
}

async function rateSection(env: Environment) {
	env.simulator.reset();
	env.simulator.faults.rateLimit = { perSecond: RATE };
	// Start from an empty bucket, as a busy org would: the first burst is not free.
	await new Promise((resolve) => setTimeout(resolve, 10));
	const node = await nodeReads(env, 10);
	const limited = env.simulator.log.filter((r) => r.status === 429).length;
	const ratio = ITEMS / node.time / RATE;
	console.log(`\n2. ${ITEMS} reads against a ${RATE}/s rate limit, concurrency 10`);
	console.log(
		`   ${node.time.toFixed(2)} s, ${(ITEMS / node.time).toFixed(1)} items/s = ${ratio.toFixed(2)} of ${RATE}/s; ${limited} answers were 429; ${node.failed} items failed`,
	);
	return [
		`${ratio >= 0.9 && node.failed === 0 ? 'ok  ' : 'MISS'} ${ratio.toFixed(2)} of the allowed rate with ${node.failed} failures (target >= 0.9, 0)`,
	];
}

async function getManySection(env: Environment) {
	console.log(`\n3. Get Many (Return All) over many operating modes: time and peak heap`);
	const sizes = [MODES / 10, MODES];
	const peaks: number[] = [];
	for (const size of sizes) {
		env.simulator.reset();
		for (let i = 0; i < size; i++) {
			env.simulator.world.operatingModes.push({
				id: webexId('OPERATING_MODE'),
				orgId: SEED.orgId,
				body: {
					name: `Mode ${i}`,
					type: 'NONE',
					level: 'ORGANIZATION',
					callForwarding: { enabled: false },
				},
			});
		}
		gc?.();
		const base = process.memoryUsage().heapUsed;
		let peak = base;
		const sampler = setInterval(() => {
			peak = Math.max(peak, process.memoryUsage().heapUsed);
		}, 5);
		const started = performance.now();
		const result = await env.runNode({
			resource: 'operatingMode',
			operation: 'getMany',
			returnAll: true,
		});
		const time = seconds(started);
		peak = Math.max(peak, process.memoryUsage().heapUsed);
		clearInterval(sampler);
		const count = result.output('Webex Calling').length;
		const grown = (peak - base) / 1024 / 1024;
		peaks.push(grown);
		console.log(
			`   ${String(size).padStart(6)} modes: ${count} items in ${time.toFixed(2)} s (${env.simulator.log.length} pages); peak heap +${grown.toFixed(1)} MiB (${((peak - base) / size).toFixed(0)} bytes a mode)`,
		);
	}
	const growth = peaks[1] / peaks[0];
	return [
		`${growth < sizes[1] / sizes[0] ? 'ok  ' : 'MISS'} peak heap grew ${growth.toFixed(1)}x for ${sizes[1] / sizes[0]}x the modes (target: less than linear)`,
	];
}

/**
 * The yearly roll-out, run a second time. 100 Calling locations each get their holiday
 * mode by Create or Update; the second run must send no write, and reads are counted.
 */
async function rolloutSection(env: Environment) {
	const LOCATIONS = 100;
	env.simulator.reset();
	for (let i = 0; i < LOCATIONS - 3; i++) {
		env.simulator.world.locations.push({
			id: webexId('LOCATION'),
			name: `Branch ${i}`,
			orgId: SEED.orgId,
			calling: true,
		});
	}
	const rollout = {
		resource: 'operatingMode',
		operation: 'createOrUpdate',
		name: '={{ "Holidays 2027 - " + $json.id }}',
		type: 'HOLIDAY',
		level: 'LOCATION',
		locationId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
		holidays: {
			holiday: [
				{ name: 'New Year', allDayEnabled: true, startDate: '2027-01-01', endDate: '2027-01-01' },
				{ name: 'Christmas', allDayEnabled: true, startDate: '2027-12-25', endDate: '2027-12-25' },
			],
		},
		options: { concurrency: 10 },
	};
	const items = env.simulator.world.locations
		.filter((l) => l.orgId === SEED.orgId && l.calling)
		.map((l) => ({ id: l.id }));
	const runs: Array<{
		time: number;
		reads: number;
		writes: number;
		actions: Record<string, number>;
	}> = [];
	for (let run = 0; run < 2; run++) {
		env.simulator.log.length = 0;
		const started = performance.now();
		const result = await env.runNode(rollout, items, { onError: 'continueRegularOutput' });
		const actions: Record<string, number> = {};
		for (const item of result.output('Webex Calling')) {
			const action = String(item.json.action ?? 'failed');
			actions[action] = (actions[action] ?? 0) + 1;
		}
		runs.push({
			time: seconds(started),
			reads: env.simulator.log.filter((r) => r.method === 'GET').length,
			writes: env.simulator.log.filter((r) => r.method !== 'GET').length,
			actions,
		});
	}
	console.log(
		`\n4. The holiday roll-out to ${items.length} locations with Create or Update, run twice`,
	);
	runs.forEach((r, i) =>
		console.log(
			`   run ${i + 1}: ${r.time.toFixed(2)} s, ${JSON.stringify(r.actions)}, ${r.writes} writes, ${r.reads} reads (${(r.reads / items.length).toFixed(2)} a location)`,
		),
	);
	const second = runs[1];
	return [
		`${second.writes === 0 && second.actions.unchanged === items.length ? 'ok  ' : 'MISS'} second roll-out: ${second.writes} writes, ${second.actions.unchanged ?? 0} of ${items.length} unchanged (target 0 writes)`,
		`${second.reads <= items.length + Math.ceil(items.length / 100) ? 'ok  ' : 'MISS'} second roll-out: ${second.reads} reads for ${items.length} locations, ${(second.reads / items.length).toFixed(2)} a location (target: one per location, plus one listing page per 100 modes)`,
	];
}

async function main() {
	if (!gc) console.log('(run with --expose-gc for steadier heap figures)');
	const env = await startEnvironment(await builtEngine());
	try {
		const sections = {
			reads: readsSection,
			rate: rateSection,
			getMany: getManySection,
			rollout: rolloutSection,
		};
		const chosen = (process.env.SECTIONS ?? Object.keys(sections).join(',')).split(',');
		const targets: string[] = [];
		for (const [name, section] of Object.entries(sections)) {
			if (chosen.includes(name)) targets.push(...(await section(env)));
		}
		console.log('\nTargets (ratios from this run):');
		for (const line of targets) console.log(`  ${line}`);
	} finally {
		await env.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
