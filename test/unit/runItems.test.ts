/** The item schedule on its own: order, concurrency, checks before starts, and the look-ahead. */
import { runItems } from '../../nodes/WebexCalling/kit/runItems';
import type { ItemSchedule } from '../../nodes/WebexCalling/kit/runItems';

type Event = ['check' | 'start' | 'done', number];

/** A schedule whose items each take `ms` (an answer), recording what happened in order. */
function recorded(
	count: number,
	concurrency: number,
	options: Partial<ItemSchedule> & { ms?: number; bad?: number[] } = {},
) {
	const events: Event[] = [];
	let inFlight = 0;
	let most = 0;
	const schedule: ItemSchedule = {
		count,
		concurrency,
		checkFirst: false,
		answerIntervalMs: () => 10,
		stopped: () => false,
		check: (i) => {
			events.push(['check', i]);
			return !(options.bad ?? []).includes(i);
		},
		start: async (i) => {
			events.push(['start', i]);
			most = Math.max(most, ++inFlight);
			await new Promise((resolve) => setTimeout(resolve, options.ms ?? 20 + 3 * (i % 3)));
			inFlight--;
			events.push(['done', i]);
		},
		...options,
	};
	return { schedule, events, most: () => most };
}

/** Runs the schedule on Jest's clock, so a loaded machine's late timers cannot change the order. */
async function onJestClock(schedule: ItemSchedule) {
	jest.useFakeTimers();
	try {
		const done = runItems(schedule);
		await jest.runAllTimersAsync();
		await done;
	} finally {
		jest.useRealTimers();
	}
}

const indexesOf = (events: Event[], kind: Event[0]) =>
	events.filter(([k]) => k === kind).map(([, i]) => i);

test('every item is checked once and in order, and started once, before it starts', async () => {
	const { schedule, events, most } = recorded(60, 4);
	await runItems(schedule);
	expect(indexesOf(events, 'check')).toEqual(Array.from({ length: 60 }, (_, i) => i));
	expect(indexesOf(events, 'start').sort((a, b) => a - b)).toEqual(
		Array.from({ length: 60 }, (_, i) => i),
	);
	for (let i = 0; i < 60; i++) {
		const checked = events.findIndex(([k, n]) => k === 'check' && n === i);
		const started = events.findIndex(([k, n]) => k === 'start' && n === i);
		expect(checked).toBeLessThan(started);
	}
	expect(most()).toBe(4);
});

test('an item its check refuses is not started; the others are', async () => {
	const { schedule, events } = recorded(10, 3, { bad: [2, 7] });
	await runItems(schedule);
	expect(indexesOf(events, 'start').sort((a, b) => a - b)).toEqual([0, 1, 3, 4, 5, 6, 8, 9]);
});

test('checkFirst (writes): every item is checked before the first starts', async () => {
	const { schedule, events } = recorded(40, 4, { checkFirst: true });
	await runItems(schedule);
	expect(events.slice(0, 40).every(([kind]) => kind === 'check')).toBe(true);
});

test('checkFirst: a stop during the checks starts nothing', async () => {
	let stop = false;
	const { schedule, events } = recorded(40, 4, {
		checkFirst: true,
		stopped: () => stop,
	});
	const check = schedule.check;
	schedule.check = (i) => {
		if (i === 30) stop = true;
		return check(i);
	};
	await runItems(schedule);
	expect(indexesOf(events, 'start')).toEqual([]);
	expect(indexesOf(events, 'check')).toHaveLength(31);
});

test('reads: the look-ahead checks in the waits between answers, never a long run of checks', async () => {
	// Answers leave room (10 ms apart, checks take no time): after the first chunk, items are
	// checked one a turn while requests are out. Without the look-ahead, a worker reaching an
	// unchecked item checks the next 25 back to back before it starts it.
	// On Jest's clock, so a loaded machine's late timers cannot change the order of events.
	const { schedule, events } = recorded(60, 3);
	await onJestClock(schedule);
	const afterFirstStart = events.slice(events.findIndex(([kind]) => kind === 'start'));
	let longest = 0;
	let run = 0;
	for (const [kind] of afterFirstStart) {
		run = kind === 'check' ? run + 1 : 0;
		longest = Math.max(longest, run);
	}
	expect(longest).toBeLessThanOrEqual(2);
	// ...and it keeps only a few items checked ahead of those started
	let ahead = 0;
	let checked = 0;
	let started = 0;
	for (const [kind] of events) {
		if (kind === 'check') checked++;
		if (kind === 'start') started++;
		if (started > 0) ahead = Math.max(ahead, checked - started);
	}
	expect(ahead).toBeLessThanOrEqual(25);
});

test('reads: before any answer, the first round starts each item right after its own check', async () => {
	// Nothing is in flight yet, so checks done ahead of the first start only hold it back
	// (in the app the first check compiles the expression: docs/performance.md). Without this,
	// the first worker checks a chunk of 25 before the first start.
	const { schedule, events } = recorded(60, 4, { answerIntervalMs: () => 0 });
	await onJestClock(schedule);
	expect(events.slice(0, 8)).toEqual([
		['check', 0],
		['start', 0],
		['check', 1],
		['start', 1],
		['check', 2],
		['start', 2],
		['check', 3],
		['start', 3],
	]);
	expect(indexesOf(events, 'check')).toEqual(Array.from({ length: 60 }, (_, i) => i));
});
