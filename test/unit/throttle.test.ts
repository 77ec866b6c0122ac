/** The request gate's pacing: when it spaces requests, by how much, and when it stays out of the way. */
import { Throttle } from '../../nodes/WebexCalling/transport/throttle';

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
	const throttle = new Throttle(0, 10);
	throttle.answered(100);
	const left: number[] = [];
	const all = Promise.all(
		Array.from({ length: 5 }, async () => {
			await throttle.ready();
			left.push(Date.now());
		}),
	);
	// The first goes before any timer could fire: it is not held back at all. (Checked against a
	// timer rather than the clock, which a busy machine makes late.)
	await new Promise((resolve) => setTimeout(resolve, 0));
	expect(left).toHaveLength(1);
	await all;
	left.sort((a, b) => a - b);
	// Four gaps of 7 ms (the clock counts whole milliseconds).
	expect(left[4] - left[0]).toBeGreaterThanOrEqual(26);
	expect(left[4] - left[0]).toBeLessThan(200);
});
