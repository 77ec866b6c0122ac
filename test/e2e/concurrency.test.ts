/**
 * Items run with `options.concurrency` requests in flight; output order and pairing follow
 * the input whatever order Webex answers in; one 429 pauses every worker.
 */
import { createHook } from 'node:async_hooks';

import { SEED } from '../simulator/data';
import { useEnvironment } from '../harness/lifecycle';

jest.setTimeout(60_000);

const env = useEnvironment();

const readEach = (options: Record<string, unknown>) => ({
	resource: 'workspace',
	operation: 'getSimultaneousRing',
	workspaceId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
	options,
});
const workspaces = [SEED.workspaces.lobby, SEED.workspaces.boardroom];
const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: workspaces[i % 2] }));

test.each([1, 5, 10])(
	'concurrency %i puts that many requests in flight, no more',
	async (concurrency) => {
		env.simulator.faults.latencyMs = 30;
		const result = await env.runNode(readEach({ concurrency }), items(20));
		expect(result.output('Webex Calling')).toHaveLength(20);
		expect(env.simulator.maxInFlight).toBe(concurrency);
	},
);

test('output order and pairing follow the input, not the order of the answers', async () => {
	// The first item's answer comes last.
	env.simulator.faults.script.push({
		method: 'GET',
		delayMs: 300,
		path: SEED.workspaces.lobby,
		times: 1,
	});
	const result = await env.runNode(readEach({ concurrency: 4 }), items(4));
	const output = result.output('Webex Calling');
	expect(output.map((i) => i.pairedItem)).toEqual([
		{ item: 0 },
		{ item: 1 },
		{ item: 2 },
		{ item: 3 },
	]);
	expect(output.map((i) => i.json.enabled)).toEqual([true, false, true, false]);
	const answered = [...env.simulator.log].sort((a, b) => a.at - b.at);
	expect(answered[0].path).toContain(SEED.workspaces.lobby);
});

test('one 429 pauses all workers until Retry-After has passed', async () => {
	// Item 0 is rate-limited at once; item 1 answers after 300 ms, so its worker takes item 2
	// while the pause is on. Without a shared pause item 2 would go out at about 300 ms.
	env.simulator.faults.script.push(
		{ method: 'GET', status: 429, headers: { 'Retry-After': '1' }, path: SEED.workspaces.lobby },
		{ method: 'GET', delayMs: 300, path: SEED.workspaces.boardroom },
	);
	const result = await env.runNode(readEach({ concurrency: 2 }), items(4));
	expect(result.output('Webex Calling').map((i) => i.json.error)).toEqual([
		undefined,
		undefined,
		undefined,
		undefined,
	]);
	const limited = env.simulator.log.find((r) => r.status === 429)!;
	const later = env.simulator.log.filter((r) => r.at > limited.at + 100);
	expect(later).toHaveLength(3);
	for (const request of later) expect(request.at - limited.at).toBeGreaterThanOrEqual(990);
	expect(env.simulator.log.filter((r) => r.status === 429)).toHaveLength(1);
});

test('Max Requests per Second spaces requests out up front', async () => {
	const started = Date.now();
	await env.runNode(readEach({ concurrency: 10, maxRequestsPerSecond: 20 }), items(10));
	// 10 requests at 20/s: the last may leave 9 slots of 50 ms after the first, never sooner.
	// Measured from the run's start, not between arrivals: on a loaded machine the first
	// request can reach the stand-in late while the last arrives on time. The exact slots are
	// the throttle unit test's, on Jest's clock.
	const last = Math.max(...env.simulator.log.map((r) => r.at));
	// (Timers may fire a millisecond early by the wall clock.)
	expect(last - started).toBeGreaterThanOrEqual(445);
	expect(env.simulator.log).toHaveLength(10);
});

test.each([1, 10])(
	'at concurrency %i, Continue On Fail, validation and no-duplicate creates all hold',
	async (concurrency) => {
		env.simulator.faults.rateLimit = { perSecond: 20 };
		env.simulator.faults.script.push(
			{ method: 'POST', status: 502, afterProcessing: true, bodyIncludes: '"Mode 2"' },
			{ method: 'POST', kind: 'reset', bodyIncludes: '"Mode 5"' },
		);
		const names = Array.from({ length: 12 }, (_, i) => ({ name: i === 7 ? '' : `Mode ${i}` }));
		const result = await env.runNode(
			{
				resource: 'operatingMode',
				operation: 'create',
				name: '={{ $json.name }}',
				type: 'NONE',
				level: 'ORGANIZATION',
				options: { concurrency },
			},
			names,
			{ onError: 'continueRegularOutput' },
		);
		const output = result.output('Webex Calling');
		expect(output.map((i) => i.pairedItem)).toEqual(names.map((_, item) => ({ item })));
		expect(output[7].json.error).toMatch(/Invalid input in item 7: Name is required/);
		expect(output.filter((i) => i.json.error === undefined).map((i) => i.json.name)).toEqual(
			names.filter((n) => n.name).map((n) => n.name),
		);
		const stored = env.simulator.world.operatingModes.map((m) => m.body.name);
		expect(stored).toHaveLength(11);
		expect(new Set(stored).size).toBe(11);
	},
);

test('a failed read does not list the reads before it: nothing to undo', async () => {
	env.simulator.faults.script.push({ method: 'GET', status: 404, path: SEED.workspaces.boardroom });
	const result = await env.runNode(readEach({ concurrency: 1 }), items(4));
	expect(result.error?.httpCode).toBe('404');
	expect(env.simulator.requests('GET')).toHaveLength(2);
	expect(result.error?.description ?? '').not.toMatch(/Already done before this error/);
});

test('with latency, concurrent requests are paced apart after the first round', async () => {
	env.simulator.faults.latencyMs = 100;
	await env.runNode(readEach({ concurrency: 10 }), items(20));
	const times = env.simulator.log.map((r) => r.at).sort((a, b) => a - b);
	// The first ten leave together; the second ten are spread by a share of the round trip
	// (0.7 x about 100 ms / 10), instead of leaving in one bunch as their answers came.
	// Nine gaps of 7 ms are 63 ms; a loaded machine squeezes arrivals, so half of that is asked
	// (unpaced, the second round arrives as bunched as the first round's answers: a few ms).
	expect(times[9] - times[0]).toBeLessThan(50);
	expect(times[19] - times[10]).toBeGreaterThanOrEqual(30);
});

describe('reads are checked a few items ahead of the requests, not all before the first', () => {
	const withBadItem = (at: number) =>
		items(60).map((item, i) => (i === at ? { id: 'abc/../people' } : item));

	test('a bad read stops the run when it is reached; it is never sent, nor any after it', async () => {
		env.simulator.faults.latencyMs = 20;
		const result = await env.runNode(readEach({ concurrency: 5 }), withBadItem(40));
		expect(result.error?.message).toMatch(
			/^Invalid input in item 40: Workspace \(workspaceId\) .* is not a Webex ID/,
		);
		const sent = env.simulator.requests('GET');
		// Reads change nothing in Webex: the ones before the bad item went out while it waited.
		expect(sent.length).toBeGreaterThan(0);
		expect(sent.length).toBeLessThanOrEqual(40);
		expect(sent.every((r) => !r.path.includes('people'))).toBe(true);
	});

	test('with Continue On Fail, only the bad read is refused and every other one is read', async () => {
		env.simulator.faults.latencyMs = 20;
		const result = await env.runNode(readEach({ concurrency: 5 }), withBadItem(40), {
			onError: 'continueRegularOutput',
		});
		const output = result.output('Webex Calling');
		expect(output.map((i) => i.pairedItem)).toEqual(output.map((_, item) => ({ item })));
		expect(output.filter((i) => i.json.error !== undefined).map((i) => i.pairedItem)).toEqual([
			{ item: 40 },
		]);
		expect(env.simulator.requests('GET')).toHaveLength(59);
	});
});

test('no look-ahead timer outlives the run', async () => {
	env.simulator.faults.latencyMs = 5;
	const result = await env.runNode(readEach({ concurrency: 3 }), items(12));
	expect(result.output('Webex Calling')).toHaveLength(12);
	// Timers set after the node has returned: a look-ahead still going would set one a turn.
	let timers = 0;
	const hook = createHook({
		init: (_id, type) => {
			if (type === 'Timeout') timers++;
		},
	}).enable();
	await new Promise((resolve) => setTimeout(resolve, 50));
	hook.disable();
	expect(timers).toBeLessThan(5);
});

describe('writes: all checked before the first is sent, except under Continue On Fail', () => {
	// Each item's name carries the moment its parameters were read (the item's check), so the
	// stored modes say which items were checked before the first create reached Webex.
	const createEach = {
		resource: 'operatingMode',
		operation: 'create',
		name: '={{ $json.name }} {{ Date.now() }}',
		type: 'NONE',
		level: 'ORGANIZATION',
		options: { concurrency: 5 },
	};
	// More items than the look-ahead's first chunk (25, kit/runItems.ts), so some are left to
	// be checked while the first creates are out.
	const names = Array.from({ length: 40 }, (_, i) => ({ name: `Mode ${i}` }));
	const checkedAt = () =>
		env.simulator.world.operatingModes.map((m) => Number(String(m.body.name).split(' ').pop()));
	const firstSent = () => Math.min(...env.simulator.requests('POST').map((r) => r.at));

	test('stopping at the first failure, every write is checked before the first is sent', async () => {
		env.simulator.faults.latencyMs = 20;
		const result = await env.runNode(createEach, names);
		expect(result.output('Webex Calling')).toHaveLength(40);
		expect(Math.max(...checkedAt())).toBeLessThanOrEqual(firstSent());
	});

	test('under Continue On Fail the first write leaves while later items are still unchecked', async () => {
		env.simulator.faults.latencyMs = 20;
		const result = await env.runNode(createEach, names, { onError: 'continueRegularOutput' });
		expect(result.output('Webex Calling').filter((i) => i.json.error)).toHaveLength(0);
		expect(checkedAt()).toHaveLength(40);
		// 40 creates, 5 at a time, 20 ms each: the last is checked rounds after the first is sent.
		expect(Math.max(...checkedAt())).toBeGreaterThan(firstSent() + 40);
	});
});
