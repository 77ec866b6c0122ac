/** The request gate's pacing: when it spaces requests, by how much, and when it stays out of the way. */
import { Throttle } from '../../nodes/WebexCalling/transport/throttle';

/** When each of `count` requests ready at once was let through (ms after they asked). */
function releaseTimes(throttle: Throttle, count: number) {
	const left: number[] = [];
	const start = Date.now();
	const all = Promise.all(
		Array.from({ length: count }, async () => {
			await throttle.ready();
			left.push(Date.now() - start);
		}),
	);
	return { left, all };
}

test('no pacing before the first answer, at Concurrency 1, or when the round trip is short', () => {
	expect(new Throttle(0, 10).pacingGapMs()).toBe(0);
	const single = new Throttle(0, 1);
	single.answered(500);
	expect(single.pacingGapMs()).toBe(0);
	const loopback = new Throttle(0, 10);
	loopback.answered(2);
	expect(loopback.pacingGapMs()).toBe(0);
});

test('the gap is a share of the averaged round trip over the concurrency', () => {
	const throttle = new Throttle(0, 10);
	throttle.answered(100);
	expect(throttle.pacingGapMs()).toBeCloseTo(7, 5);
	throttle.answered(200);
	// A moving average: one slow answer moves it a fifth of the way.
	expect(throttle.pacingGapMs()).toBeCloseTo((0.7 * 120) / 10, 5);
	// The same average, whole, over the concurrency: how often an answer comes back.
	expect(throttle.answerIntervalMs()).toBeCloseTo(120 / 10, 5);
});

test('requests that become ready together leave a gap apart, the first at once', async () => {
	// Jest's clock, not the machine's: a busy machine makes real timers late, never early.
	jest.useFakeTimers();
	try {
		const throttle = new Throttle(0, 10);
		throttle.answered(100);
		const { left, all } = releaseTimes(throttle, 5);
		await jest.advanceTimersByTimeAsync(0);
		expect(left).toEqual([0]);
		// Then one every 7 ms (0.7 x 100 ms / 10), no sooner and no later.
		await jest.advanceTimersByTimeAsync(6);
		expect(left).toEqual([0]);
		await jest.advanceTimersByTimeAsync(22);
		await all;
		expect(left).toEqual([0, 7, 14, 21, 28]);
	} finally {
		jest.useRealTimers();
	}
});

test('Max Requests per Second: requests ready together leave one slot apart, the first at once', async () => {
	jest.useFakeTimers();
	try {
		const { left, all } = releaseTimes(new Throttle(20, 10), 10);
		await jest.advanceTimersByTimeAsync(449);
		expect(left).toEqual([0, 50, 100, 150, 200, 250, 300, 350, 400]);
		await jest.advanceTimersByTimeAsync(1);
		await all;
		expect(left).toHaveLength(10);
		expect(left[9]).toBe(450);
	} finally {
		jest.useRealTimers();
	}
});

test('a cancelled run stops waiting out a 429 pause at once, without spinning', async () => {
	const cancel = new AbortController();
	const gate = new Throttle(0, 1, cancel.signal);
	gate.pause(3000);
	let ticks = 0;
	const timer = setInterval(() => ticks++, 10);
	setTimeout(() => cancel.abort(), 100);
	const started = Date.now();
	await gate.ready();
	const waited = Date.now() - started;
	await new Promise((resolve) => setTimeout(resolve, 100));
	clearInterval(timer);
	expect(waited).toBeLessThan(1000);
	// The event loop kept turning: a spinning wait would have starved the timer.
	expect(ticks).toBeGreaterThan(10);
});
