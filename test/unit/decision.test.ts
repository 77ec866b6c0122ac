/**
 * The send loop's decision after one attempt (transport/decision.ts), path by path. The engine
 * tests (reliability, hostile, tokenLife) check the same behaviour end to end; these pin each
 * bound on its own.
 */
import type { Attempt } from '../../nodes/WebexCalling/transport/attempt';
import { NOTHING_SPENT, decide } from '../../nodes/WebexCalling/transport/decision';
import type { Facts, Spent } from '../../nodes/WebexCalling/transport/decision';

const policy = { maxRetries: 2, maxRetryWaitMs: 10_000, timeoutMs: 5_000 };
const read: Facts = {
	policy,
	needsBody: true,
	isCreate: false,
	refreshes: false,
	canRecover: false,
};
const update: Facts = { ...read, needsBody: false };
const create: Facts = { ...read, isCreate: true, canRecover: true };
/** The backoff's jitter at its lowest */
const low = () => 0;

function answer(
	statusCode: number,
	body: unknown = {},
	headers: Record<string, unknown> = {},
	unreadable = false,
): Attempt {
	return { kind: 'response', response: { statusCode, body, headers }, unreadable };
}
const network = (code: string): Attempt => ({ kind: 'network', code, reason: code });

describe('decide', () => {
	test('a 2xx with a JSON object is the answer; a 204 needs no body; a PUT needs none', () => {
		expect(decide(answer(200), NOTHING_SPENT, read).next).toEqual({ kind: 'done' });
		expect(decide(answer(204, undefined), NOTHING_SPENT, read).next).toEqual({ kind: 'done' });
		expect(decide(answer(200, 'text', {}, true), NOTHING_SPENT, update).next).toEqual({
			kind: 'done',
		});
	});

	test('an unreadable 2xx to a read is retried, then given up with the count', () => {
		const first = decide(answer(200, '{"id', {}, true), NOTHING_SPENT, read, low);
		expect(first.next).toMatchObject({ kind: 'again', waitMs: 125, holdAll: false });
		expect(first.spent.retries).toBe(1);
		const last = decide(answer(200, [], {}), { ...NOTHING_SPENT, retries: 2 }, read, low);
		expect(last.next).toEqual({ kind: 'fail', note: 'Gave up after 2 retries.' });
	});

	test('a redirect is never followed', () => {
		expect(
			decide(answer(302, '', { location: 'https://x.test/' }), NOTHING_SPENT, read).next,
		).toEqual({ kind: 'redirect', location: 'https://x.test/' });
	});

	test('a 429 holds the whole run; a 423 only this request; Retry-After 0 still backs off', () => {
		const limited = decide(answer(429, {}, { 'retry-after': '0' }), NOTHING_SPENT, read, low);
		expect(limited.next).toMatchObject({ kind: 'again', holdAll: true, waitMs: 125 });
		expect(limited.spent).toMatchObject({ limitRetries: 1, waitedForLimitsMs: 125, retries: 0 });
		const again = decide(answer(429, {}, { 'retry-after': '0' }), limited.spent, read, low);
		expect(again.next).toMatchObject({ waitMs: 250 });
		const locked = decide(answer(423, {}, { 'retry-after': '2' }), NOTHING_SPENT, read, low);
		expect(locked.next).toMatchObject({ kind: 'again', holdAll: false, waitMs: 2000 });
	});

	test('a wait beyond Max Retry Wait fails, saying what Webex asked and what was waited', () => {
		const spent: Spent = { ...NOTHING_SPENT, limitRetries: 3, waitedForLimitsMs: 9_000 };
		const { next } = decide(answer(429, {}, { 'retry-after': '2' }), spent, read, low);
		expect(next).toEqual({
			kind: 'fail',
			note: "Webex asked to wait 2 s more, beyond the node's Max Retry Wait (10 s, already waited 9 s over 3 retries).",
		});
	});

	test('a 401 to a credential that refreshes asks for a new token, twice at most', () => {
		const refreshing = { ...read, refreshes: true, hints: { 401: 'Check the scopes.' } };
		const first = decide(answer(401), NOTHING_SPENT, refreshing);
		expect(first.next).toEqual({
			kind: 'refresh',
			orElse: { kind: 'fail', note: 'Check the scopes.' },
		});
		const third = decide(answer(401), { ...NOTHING_SPENT, tokenRefreshes: 2 }, refreshing);
		expect(third.next).toEqual({ kind: 'fail', note: 'Check the scopes.' });
		expect(decide(answer(401), NOTHING_SPENT, read).next).toEqual({ kind: 'fail' });
	});

	test('a 4xx is final at once, with the hint for its status', () => {
		const { next, spent } = decide(answer(400), NOTHING_SPENT, { ...read, hints: { 400: 'H' } });
		expect(next).toEqual({ kind: 'fail', note: 'H' });
		expect(spent).toEqual(NOTHING_SPENT);
	});

	test('server errors and ambiguous network failures are retried; an unknown network error is not', () => {
		expect(decide(answer(503), NOTHING_SPENT, read).next.kind).toBe('again');
		expect(decide(network('ECONNRESET'), NOTHING_SPENT, update).next.kind).toBe('again');
		expect(decide(network('ERR_CANCELED'), NOTHING_SPENT, read).next).toEqual({ kind: 'fail' });
	});

	test('a create that may have gone through is looked up before any retry', () => {
		const lost = decide(network('ETIMEDOUT'), NOTHING_SPENT, create, low);
		expect(lost.next).toMatchObject({ kind: 'recover', orElse: { kind: 'again', waitMs: 125 } });
		expect(lost.spent.retries).toBe(1);
		// Out of retries: found nothing means give up, with the count.
		const last = decide(answer(502), { ...NOTHING_SPENT, retries: 2 }, create);
		expect(last.next).toEqual({
			kind: 'recover',
			orElse: { kind: 'fail', note: 'Gave up after 2 retries.' },
		});
	});

	test('an unreadable 2xx to a create did create: looked up, and never sent again', () => {
		const { next } = decide(answer(200, '', {}, true), NOTHING_SPENT, create);
		expect(next).toEqual({
			kind: 'recover',
			orElse: {
				kind: 'fail',
				note: 'It may or may not have been created: check before running this item again.',
			},
		});
	});

	test('a create without a look-up is not resent once it may have gone through', () => {
		const { next } = decide(network('ECONNRESET'), NOTHING_SPENT, { ...create, canRecover: false });
		expect(next).toMatchObject({ kind: 'fail', note: expect.stringMatching(/may or may not/) });
	});

	test('a create that never left (refused connection, no token in time) is simply sent again', () => {
		expect(decide(network('ECONNREFUSED'), NOTHING_SPENT, create).next.kind).toBe('again');
		expect(decide(network('ENOTOKEN'), NOTHING_SPENT, create).next.kind).toBe('again');
	});

	test('a create cut off by a failure that is not retried (a cancelled execution) says it may have been created', () => {
		expect(decide(network('ERR_CANCELED'), NOTHING_SPENT, create).next).toMatchObject({
			kind: 'fail',
			note: expect.stringMatching(/may or may not/),
		});
		expect(decide(network('ERR_CANCELED'), NOTHING_SPENT, update).next).toEqual({ kind: 'fail' });
	});
});
