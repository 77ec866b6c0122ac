/**
 * Hostile servers and broken networks. Loops, cut-off and slow bodies, zero waits and
 * echoes of the token all end in bounded time with a clear error: nothing hangs, nothing
 * repeats for ever, the token never shows. Each case is one of the simulator's fault switches.
 */
import { SEED } from '../simulator/data';
import { webexError } from '../simulator/server';
import { webexId } from '../simulator/ids';
import { MAX_PAGES } from '../../nodes/WebexCalling/transport/pages';
import { useEnvironment } from '../harness/lifecycle';
import { startThen, webexNode } from '../harness/webex';

jest.setTimeout(60_000);

const env = useEnvironment();

const MODES = '/telephony/config/operatingModes';
const getMany = (options: Record<string, unknown> = {}) => ({
	resource: 'operatingMode',
	operation: 'getMany',
	returnAll: true,
	options,
});
const readRing = (options: Record<string, unknown> = {}) => ({
	resource: 'workspace',
	operation: 'getSimultaneousRing',
	workspaceId: { __rl: true, mode: 'id', value: SEED.workspaces.lobby },
	options,
});

function seedModes(count: number) {
	for (let i = 0; i < count; i++) {
		env.simulator.world.operatingModes.push({
			id: webexId('OPERATING_MODE'),
			orgId: SEED.orgId,
			body: { name: `Mode ${String(i).padStart(3, '0')}`, type: 'NONE', level: 'ORGANIZATION' },
		});
	}
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
	const started = Date.now();
	const value = await work();
	return { value, ms: Date.now() - started };
}

describe('1–2. next-page links', () => {
	test('a page that links to itself fails the item at once, naming the loop', async () => {
		seedModes(3);
		const self = `${env.simulator.url}${MODES}?max=100`;
		env.simulator.faults.script.push({
			method: 'GET',
			path: MODES,
			times: 1000,
			headers: { Link: `<${self}>; rel="next"` },
		});
		const result = await env.runNode(getMany());
		expect(result.error?.message).toMatch(
			/^Webex's next-page link leads back to a page already read \(\/v1\/telephony\/config\/operatingModes\?max=100\); the list was not read further$/,
		);
		expect(env.simulator.log).toHaveLength(1);
	});

	test('two pages linking to each other: two requests, then the error', async () => {
		seedModes(150);
		const first = `${env.simulator.url}${MODES}?max=100`;
		// The second page (start=100) links back to the first.
		env.simulator.faults.script.push({
			method: 'GET',
			path: /operatingModes$/,
			times: 1,
			headers: { Link: `<${first.replace('max=100', 'start=100&max=100')}>; rel="next"` },
		});
		env.simulator.faults.script.push({
			method: 'GET',
			path: /operatingModes$/,
			times: 1,
			headers: { Link: `<${first}>; rel="next"` },
		});
		const result = await env.runNode(getMany());
		expect(result.error?.message).toMatch(/leads back to a page already read/);
		expect(result.error?.description).toMatch(/150 items had been read; none were output/);
		expect(env.simulator.log).toHaveLength(2);
	});

	test('a relative next link is resolved against the page it came from', async () => {
		seedModes(150);
		env.simulator.faults.script.push({
			method: 'GET',
			path: MODES,
			headers: { Link: '</v1/telephony/config/operatingModes?max=100&start=100>; rel="next"' },
		});
		const result = await env.runNode(getMany());
		expect(result.error).toBeUndefined();
		expect(result.output('Webex Calling')).toHaveLength(150);
		expect(env.simulator.log.map((r) => r.query.start)).toEqual([undefined, '100']);
	});

	test('an endless list of new pages stops at the page bound', async () => {
		// Each page links to a page not seen before, for ever.
		let page = 0;
		env.simulator.override('GET', MODES, () => ({
			status: 200,
			body: { operatingModes: [] },
			headers: { Link: `</v1${MODES}?start=${++page}>; rel="next"` },
		}));
		const result = await env.runNode(getMany());
		expect(result.error?.message).toBe(
			`Webex's list at ${MODES} went on for more than ${MAX_PAGES} pages; it was not read further`,
		);
		expect(env.simulator.log).toHaveLength(MAX_PAGES);
	});
});

describe('1b. Link headers as RFC 8288 writes them', () => {
	test('a next link with a comma in its URL is followed; rel="next-archive" is not next', async () => {
		seedModes(1);
		const next = `${env.simulator.url}${MODES}?max=100&start=100&tag=a,b`;
		env.simulator.faults.script.push({
			method: 'GET',
			path: MODES,
			headers: {
				Link: `<${env.simulator.url}${MODES}?start=9>; rel="next-archive", <${next}>; rel="next"`,
			},
		});
		const result = await env.runNode(getMany());
		expect(result.error).toBeUndefined();
		expect(env.simulator.requests('GET').map((r) => r.query)).toEqual([
			expect.anything(),
			expect.objectContaining({ start: '100', tag: 'a,b' }),
		]);
	});

	test('a Link header that cannot be read fails the item rather than ending the list early', async () => {
		seedModes(1);
		env.simulator.faults.script.push({
			method: 'GET',
			path: MODES,
			headers: { Link: `<${env.simulator.url}${MODES}?start=100; rel="next"` },
		});
		const result = await env.runNode(getMany());
		expect(result.error?.message).toMatch(
			/^Webex's Link header cannot be read \(a "<" without its ">"/,
		);
	});
});

describe('3. a 2xx whose body is not JSON', () => {
	test.each([['cut'], ['empty']] as const)(
		'a read answered %s is retried, then fails naming the status',
		async (kind) => {
			env.simulator.faults.script.push({ method: 'GET', kind, times: 10 });
			const result = await env.runNode(readRing({ maxRetries: 2 }));
			expect(result.error?.message).toBe(
				'Webex answered 200 with a body that is not readable JSON',
			);
			expect(result.error?.description).toMatch(/Gave up after 2 retries/);
			expect(env.simulator.log).toHaveLength(3);
		},
	);

	test('one cut-off answer to a read is retried and the item succeeds', async () => {
		env.simulator.faults.script.push({ method: 'GET', kind: 'cut' });
		const result = await env.runNode(readRing());
		expect(result.error).toBeUndefined();
		expect(result.output('Webex Calling')[0].json.enabled).toBe(true);
		expect(env.simulator.log).toHaveLength(2);
	});

	test('a list page with no body is an error, not zero items', async () => {
		seedModes(3);
		env.simulator.faults.script.push({ method: 'GET', path: MODES, kind: 'empty', times: 10 });
		const result = await env.runNode(getMany({ maxRetries: 0 }));
		expect(result.error?.message).toBe('Webex answered 200 with a body that is not readable JSON');
	});

	test('a create whose answer is cut off is looked up by name, never sent twice', async () => {
		env.simulator.faults.script.push({ method: 'POST', kind: 'cut' });
		const result = await env.runNode({
			resource: 'operatingMode',
			operation: 'create',
			name: 'Nights',
			type: 'NONE',
			level: 'ORGANIZATION',
		});
		expect(result.error).toBeUndefined();
		expect(env.simulator.requests('POST')).toHaveLength(1);
		expect(result.output('Webex Calling')[0].json.id).toBe(
			env.simulator.world.operatingModes[0].id,
		);
	});
});

describe('4. the Timeout bounds the whole request, body included', () => {
	test('a body trickling one byte every 300 ms fails at the Timeout', async () => {
		env.simulator.faults.script.push({ method: 'GET', kind: 'drip', dripMs: 300, times: 10 });
		const { value: result, ms } = await timed(() =>
			env.runNode(readRing({ timeout: 2, maxRetries: 0 })),
		);
		expect(result.error?.message).toMatch(
			/^Could not reach Webex at http:\/\/127\.0\.0\.1:\d+: ETIMEDOUT$/,
		);
		expect(result.error?.description).toMatch(/no complete answer within 2 s/);
		expect(ms).toBeLessThan(4000);
	});

	test('a body that never ends fails at the Timeout, each retry bounded too', async () => {
		env.simulator.faults.script.push({
			method: 'GET',
			kind: 'drip',
			dripMs: 50,
			endless: true,
			times: 10,
		});
		const { value: result, ms } = await timed(() =>
			env.runNode(readRing({ timeout: 1, maxRetries: 1 })),
		);
		expect(result.error?.message).toMatch(/ETIMEDOUT/);
		expect(env.simulator.log).toHaveLength(2);
		expect(ms).toBeLessThan(4500);
	});

	test('headers that trickle for ever: the item fails at the Timeout and the connection is closed then, not left open', async () => {
		env.simulator.faults.script.push({ method: 'GET', kind: 'dripHeaders', dripMs: 50 });
		const { value: result, ms } = await timed(() =>
			env.runNode(readRing({ timeout: 1, maxRetries: 0 })),
		);
		expect(result.error?.message).toMatch(/ETIMEDOUT/);
		expect(ms).toBeLessThan(2500);
		// The socket never goes quiet, so an idle timeout never fires: only a deadline on the whole
		// request closes it (the node aborts at its deadline, whatever the axios inside n8n does).
		await new Promise((resolve) => setTimeout(resolve, 300));
		const [entry] = env.simulator.log;
		expect(entry.closedAt).toBeDefined();
		expect(entry.closedAt! - entry.at).toBeLessThan(1500);
	});
});

describe('5. rate limits that ask for no wait', () => {
	test.each([
		['Retry-After: 0', () => '0'],
		['a Retry-After date in the past', () => new Date(Date.now() - 60_000).toUTCString()],
	])(
		'%s still backs off, and the retries end within Max Retry Wait',
		async (_label, retryAfter) => {
			const reply = webexError(429, 'Slow down');
			env.simulator.faults.script.push({
				method: 'GET',
				status: 429,
				body: reply.body,
				headers: { 'Retry-After': retryAfter() },
				times: 1000,
			});
			const { value: result, ms } = await timed(() => env.runNode(readRing({ maxRetryWait: 3 })));
			expect(result.error?.message).toBe('Slow down');
			expect(result.error?.description).toMatch(/beyond the node's Max Retry Wait \(3 s/);
			// Backing off 0.25 s, 0.5 s, 1 s, 2 s... doubling: a handful of requests, not hundreds.
			expect(env.simulator.log.length).toBeGreaterThanOrEqual(2);
			expect(env.simulator.log.length).toBeLessThanOrEqual(8);
			expect(ms).toBeLessThan(4000);
		},
	);

	test('the same on 423 (locked)', async () => {
		env.simulator.faults.script.push({
			method: 'GET',
			status: 423,
			headers: { 'Retry-After': '0' },
			times: 1000,
		});
		const result = await env.runNode(readRing({ maxRetryWait: 2 }));
		expect(result.error?.httpCode).toBe('423');
		expect(env.simulator.log.length).toBeLessThanOrEqual(8);
	});
});

describe('5c. a cancelled execution waits no longer', () => {
	test('Stop during a 30 s wait for a lock: the run ends at once, and the request is not sent again', async () => {
		env.simulator.faults.script.push({
			method: 'GET',
			status: 423,
			headers: { 'Retry-After': '30' },
			times: 5,
		});
		const { engine } = env;
		const started = Date.now();
		await engine.run(
			startThen(webexNode(readRing({ maxRetryWait: 60 }) as never)),
			[{}],
			'manual',
			300,
		);
		// Before, the run slept the 30 s out and sent the request again.
		expect(Date.now() - started).toBeLessThan(5000);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(env.simulator.log).toHaveLength(1);
	});
});

describe('5b. options beyond what a timer can hold are bounded', () => {
	test('a Timeout of 2,200,000 s is 300 s: a slow answer still arrives (a timer overflow timed out every attempt at once)', async () => {
		env.simulator.faults.script.push({ method: 'GET', delayMs: 300 });
		const result = await env.runNode(readRing({ timeout: 2_200_000, maxRetries: 0 }));
		expect(result.error).toBeUndefined();
		expect(result.output('Webex Calling')[0].json.enabled).toBeDefined();
	});

	test("a 423 asking for 2,200,000 s under a Max Retry Wait as large fails at once: one request, Webex's ask named", async () => {
		env.simulator.faults.script.push({
			method: 'GET',
			status: 423,
			headers: { 'Retry-After': '2200000' },
			times: 100,
		});
		const result = await env.runNode(readRing({ maxRetryWait: 2_200_000 }));
		expect(result.error?.httpCode).toBe('423');
		expect(result.error?.description).toMatch(/beyond the node's Max Retry Wait \(3600 s/);
		expect(env.simulator.log).toHaveLength(1);
	});
});

describe('6. a server that echoes the token', () => {
	test('the token is in no field of the error item, nor in the error', async () => {
		env.simulator.faults.script.push({ kind: 'echoToken', times: 10 });
		const result = await env.runNode(readRing(), [{}], { onError: 'continueRegularOutput' });
		const [item] = result.output('Webex Calling');
		expect(item.json.error).toBe('Token [redacted] is not valid');
		expect(item.json.trackingId).toBe('ROUTER_[redacted]');
		expect(JSON.stringify(item.json)).not.toContain(SEED.token);
		const stopped = await env.runNode(readRing());
		expect(
			JSON.stringify({
				...stopped.error,
				message: stopped.error?.message,
				description: stopped.error?.description,
			}),
		).not.toContain(SEED.token);
		expect(stopped.error?.description).toMatch(/trackingId ROUTER_\[redacted\]/);
	});

	test('an unreadable answer quoted in the error is redacted before it is cut short', async () => {
		// The token starts at character 70: cutting the quote at 80 first would keep its start.
		const body = `${'x'.repeat(70)}${SEED.token}`;
		env.simulator.faults.script.push({ method: 'GET', status: 200, body, times: 10 });
		const result = await env.runNode(readRing({ maxRetries: 0 }));
		expect(result.error?.message).toBe('Webex answered 200 with a body that is not readable JSON');
		expect(result.error?.description).toContain('[redacted]');
		expect(result.error?.description).not.toContain(SEED.token.slice(0, 8));
	});

	test('a successful answer that echoes the token is redacted too', async () => {
		env.simulator.faults.script.push({
			method: 'GET',
			status: 200,
			body: { enabled: true, note: `seen ${SEED.token}` },
		});
		const result = await env.runNode(readRing());
		expect(result.output('Webex Calling')[0].json).toEqual({
			enabled: true,
			note: 'seen [redacted]',
		});
	});
});

describe('neighbours: pickers', () => {
	test('a picker page with no body is an error, not an empty list', async () => {
		env.simulator.faults.script.push({ method: 'GET', kind: 'empty', times: 10 });
		const node = webexNode({ resource: 'workspace', operation: 'getSimultaneousRing' });
		await expect(env.engine.listSearch(node, 'searchWorkspaces')).rejects.toThrow(
			'Webex answered 200 with a body that is not readable JSON',
		);
	});
});
