/**
 * Faults injected by the simulator: every item ends with exactly one outcome, and no create
 * is ever made twice.
 */
import { SEED } from '../simulator/data';
import { webexError } from '../simulator/server';
import { bodyOf, useEnvironment } from '../harness/lifecycle';

jest.setTimeout(60_000);

const env = useEnvironment();

const MODES = '/telephony/config/operatingModes';
const create = (options: Record<string, unknown> = {}) => ({
	resource: 'operatingMode',
	operation: 'create',
	name: '={{ $json.name }}',
	type: 'NONE',
	level: 'ORGANIZATION',
	options,
});
const read = (options: Record<string, unknown> = {}) => ({
	resource: 'workspace',
	operation: 'getSimultaneousRing',
	workspaceId: { __rl: true, mode: 'id', value: SEED.workspaces.lobby },
	options,
});
const names = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Mode ${i}` }));

/**
 * Every stored mode name appears once, and every item that succeeded points at the stored mode
 * of its own name, no two items at the same one: a create repeated or lost shows here.
 */
function expectNoDuplicates(output?: Array<{ json: Record<string, unknown> }>) {
	const stored = env.simulator.world.operatingModes;
	expect(new Set(stored.map((m) => m.body.name)).size).toBe(stored.length);
	const succeeded = (output ?? []).filter((item) => item.json.error === undefined);
	expect(new Set(succeeded.map((item) => item.json.id)).size).toBe(succeeded.length);
	for (const item of succeeded) {
		expect(stored.find((m) => m.id === item.json.id)?.body.name).toBe(item.json.name);
	}
}

describe('rate limits and locks', () => {
	test('a 429 storm: every create lands exactly once, none fails', async () => {
		env.simulator.faults.rateLimit = { perSecond: 5 };
		const result = await env.runNode(create(), names(15));
		expect(result.error).toBeUndefined();
		expect(result.output('Webex Calling').map((i) => i.json.name)).toEqual(
			names(15).map((n) => n.name),
		);
		expect(
			env.simulator.requests('POST', MODES).filter((r) => r.status === 429).length,
		).toBeGreaterThan(0);
		expect(env.simulator.world.operatingModes).toHaveLength(15);
		expectNoDuplicates(result.output('Webex Calling'));
	});

	test('Retry-After in seconds is waited for', async () => {
		const reply = webexError(429, 'Slow down');
		env.simulator.faults.script.push({
			method: 'GET',
			status: 429,
			body: reply.body,
			headers: { 'Retry-After': '1' },
		});
		const result = await env.runNode(read());
		expect(result.error).toBeUndefined();
		const [limited, retried] = env.simulator.log;
		expect([limited.status, retried.status]).toEqual([429, 200]);
		expect(retried.at - limited.at).toBeGreaterThanOrEqual(990);
	});

	test('Retry-After as an HTTP date is waited for until that instant', async () => {
		// HTTP dates have whole seconds: name one well ahead, and expect no retry before it.
		const until = Math.ceil((Date.now() + 1500) / 1000) * 1000;
		const reply = webexError(429, 'Slow down');
		env.simulator.faults.script.push({
			method: 'GET',
			status: 429,
			body: reply.body,
			headers: { 'Retry-After': new Date(until).toUTCString() },
		});
		const result = await env.runNode(read());
		expect(result.error).toBeUndefined();
		const [limited, retried] = env.simulator.log;
		expect([limited.status, retried.status]).toEqual([429, 200]);
		expect(retried.at).toBeGreaterThanOrEqual(until - 10);
	});

	test('423 Locked is waited out, then the create goes through once', async () => {
		env.simulator.faults.script.push({
			method: 'POST',
			status: 423,
			body: webexError(423, 'Locked').body,
			headers: { 'Retry-After': '1' },
		});
		const result = await env.runNode(create(), [{ name: 'After the lock' }]);
		expect(result.error).toBeUndefined();
		expect(env.simulator.requests('POST').map((r) => r.status)).toEqual([423, 201]);
		expect(env.simulator.world.operatingModes).toHaveLength(1);
	});

	test('a wait beyond Max Retry Wait fails that item only, saying why', async () => {
		env.simulator.faults.script.push({
			method: 'GET',
			status: 429,
			body: webexError(429, 'Slow down').body,
			headers: { 'Retry-After': '120' },
		});
		const result = await env.runNode(read({ maxRetryWait: 10 }), [{}, {}], {
			onError: 'continueRegularOutput',
		});
		const [first, second] = result.output('Webex Calling');
		expect(first.json.error).toBe('Slow down');
		expect(first.json.description).toMatch(
			/asked to wait 120 s more, beyond the node's Max Retry Wait \(10 s/,
		);
		expect(second.json.enabled).toBe(true);
	});
});

describe('server errors and network failures', () => {
	test('a burst of 5xx on a read is retried until it clears', async () => {
		env.simulator.faults.script.push(
			{ method: 'GET', status: 500, times: 1 },
			{ method: 'GET', status: 503, times: 1 },
			{ method: 'GET', kind: 'html', status: 502, times: 1 },
		);
		const result = await env.runNode(read());
		expect(result.error).toBeUndefined();
		expect(env.simulator.log.map((r) => r.status)).toEqual([500, 503, 502, 200]);
	});

	test('5xx beyond Max Retries fails with the last answer, and says it gave up', async () => {
		env.simulator.faults.script.push({ method: 'GET', status: 503, times: 10 });
		const result = await env.runNode(read({ maxRetries: 2 }));
		expect(result.error?.message).toBe('Simulated failure 503');
		expect(result.error?.description).toMatch(/Gave up after 2 retries/);
		expect(env.simulator.log).toHaveLength(3);
	});

	test('a reset connection on a read is retried', async () => {
		env.simulator.faults.script.push({ method: 'GET', kind: 'reset' });
		const result = await env.runNode(read());
		expect(result.error).toBeUndefined();
		expect(env.simulator.log.map((r) => r.status)).toEqual([-1, 200]);
	});

	test('a read that times out is retried', async () => {
		env.simulator.faults.script.push({ method: 'GET', kind: 'timeout' });
		const result = await env.runNode(read({ timeout: 1 }));
		expect(result.error).toBeUndefined();
		expect(env.simulator.log.map((r) => r.status)).toEqual([-2, 200]);
	});

	test('an HTML error page becomes a readable error, without the HTML', async () => {
		env.simulator.faults.script.push({ method: 'GET', kind: 'html', status: 502, times: 10 });
		const result = await env.runNode(read({ maxRetries: 0 }));
		expect(result.error?.message).toBe('Webex answered HTTP 502');
		expect(result.error?.description).not.toContain('<html>');
	});

	test('a huge error body is cut down to size', async () => {
		env.simulator.faults.script.push({ method: 'GET', kind: 'huge', status: 500, times: 10 });
		const result = await env.runNode(read({ maxRetries: 0 }));
		expect(result.error?.message.length).toBeLessThan(600);
		expect(result.error?.message).toMatch(/… \(5242880 characters\)$/);
	});

	test('a redirect is refused, so the token does not follow it', async () => {
		env.simulator.faults.script.push({
			method: 'GET',
			status: 302,
			body: '',
			headers: { Location: 'https://elsewhere.example/v1/steal' },
		});
		const result = await env.runNode(read());
		expect(result.error?.message).toBe(
			'Webex answered with a redirect to https://elsewhere.example/v1/steal; it was not followed',
		);
	});
});

describe('creates are never made twice', () => {
	test.each([
		['502', { status: 502 }],
		['504', { status: 504 }],
		['500', { status: 500 }],
		['a reset connection', { kind: 'reset' as const }],
		['a timeout', { kind: 'timeout' as const }],
		['an unreadable 201', { kind: 'malformed' as const, status: 201 }],
	])(
		'the create went through but its answer was lost (%s): the existing mode is returned',
		async (_label, fault) => {
			env.simulator.faults.script.push({ method: 'POST', afterProcessing: true, ...fault });
			const result = await env.runNode(create({ timeout: 1 }), [{ name: 'Lost answer' }]);
			expect(result.error).toBeUndefined();
			const [mode] = env.simulator.world.operatingModes;
			expect(env.simulator.world.operatingModes).toHaveLength(1);
			expect(result.output('Webex Calling')[0].json).toMatchObject({
				id: mode.id,
				name: 'Lost answer',
			});
			expect(env.simulator.requests('POST', MODES)).toHaveLength(1);
			expect(env.simulator.requests('GET', MODES)[0].query).toMatchObject({ name: 'Lost answer' });
		},
	);

	test('the create did not go through (504): it is looked up, then sent again once', async () => {
		env.simulator.faults.script.push({ method: 'POST', status: 504 });
		const result = await env.runNode(create(), [{ name: 'Second try' }]);
		expect(result.error).toBeUndefined();
		expect(env.simulator.log.map((r) => `${r.method} ${r.status}`)).toEqual([
			'POST 504',
			'GET 200',
			'POST 201',
		]);
		expect(env.simulator.world.operatingModes).toHaveLength(1);
	});

	test('a 409 for an existing name is an error for that item, not a retry', async () => {
		await env.runNode(create(), [{ name: 'Taken' }]);
		env.simulator.log.length = 0;
		const result = await env.runNode(create(), [{ name: 'Taken' }, { name: 'Free' }], {
			onError: 'continueRegularOutput',
		});
		expect(result.output('Webex Calling').map((i) => i.json.error ?? i.json.name)).toEqual([
			'Operating mode name Taken already exists',
			'Free',
		]);
		expect(env.simulator.requests('POST').map((r) => bodyOf(r).name)).toEqual(['Taken', 'Free']);
	});

	test("one item's retries never resend another item's request", async () => {
		env.simulator.faults.script.push({ method: 'POST', status: 502, bodyIncludes: '"Mode 1"' });
		const result = await env.runNode(create(), names(3));
		expect(result.error).toBeUndefined();
		const posts = env.simulator.requests('POST', MODES).map((r) => `${bodyOf(r).name}:${r.status}`);
		// Items run in parallel, so only each item's own sequence is fixed.
		expect(posts.filter((p) => p.startsWith('Mode 0'))).toEqual(['Mode 0:201']);
		expect(posts.filter((p) => p.startsWith('Mode 1'))).toEqual(['Mode 1:502', 'Mode 1:201']);
		expect(posts.filter((p) => p.startsWith('Mode 2'))).toEqual(['Mode 2:201']);
		expect(env.simulator.world.operatingModes.map((m) => m.body.name).sort()).toEqual([
			'Mode 0',
			'Mode 1',
			'Mode 2',
		]);
		expectNoDuplicates(result.output('Webex Calling'));
	});

	test('every item has exactly one outcome under mixed faults', async () => {
		env.simulator.faults.rateLimit = { perSecond: 20 };
		env.simulator.faults.script.push(
			{ method: 'POST', status: 502, afterProcessing: true, times: 2 },
			{ method: 'POST', kind: 'reset', times: 1 },
			{ method: 'GET', status: 500, times: 1 },
		);
		await env.runNode(create(), [{ name: 'Mode 3' }]);
		const result = await env.runNode(create(), names(8), { onError: 'continueRegularOutput' });
		const output = result.output('Webex Calling');
		expect(output.map((i) => i.pairedItem)).toEqual(names(8).map((_, item) => ({ item })));
		expect(output.map((i) => i.json.error ?? 'ok')).toEqual([
			'ok',
			'ok',
			'ok',
			'Operating mode name Mode 3 already exists',
			'ok',
			'ok',
			'ok',
			'ok',
		]);
		expect(env.simulator.world.operatingModes).toHaveLength(8);
		expectNoDuplicates(output);
	});
});
