/**
 * In which order and how many at a time a run's items are checked and started. It knows
 * nothing of Webex or n8n: the router hands it the item count and three callbacks.
 *
 * - Items start in input order, at most `concurrency` at a time; each is checked once, before it
 *   starts, in input order.
 * - `checkFirst` (writes that stop at the first failure): every item is checked before the first
 *   starts, so bad input never half-runs a batch of changes.
 * - Otherwise (reads, which change nothing, and writes under Continue On Fail, where a bad item
 *   fails alone whenever it is checked): items are checked a few ahead of the ones started,
 *   while earlier requests are out: in the n8n app a check evaluates the item's expressions,
 *   and checking every item first holds the first request back (docs/performance.md).
 *   Until the first answer comes back (`answerIntervalMs` 0), each item of the first round is
 *   checked just before it starts and the look-ahead checks one a turn: nothing is in flight to
 *   hide a chunk behind, so a chunk would only hold the first requests back.
 */
import { sleep } from 'n8n-workflow';

/**
 * Reads checked back to back when they cannot hide between answers: n8n's expression runtime is
 * slower interleaved with requests, so a chunk costs less than one check a turn (the figures
 * behind the size: docs/performance.md, "Where the time goes").
 */
const CHECK_CHUNK = 25;

/**
 * How many checks must fit between two answers for the look-ahead to check one item a turn
 * instead of a chunk, so that no answer waits behind a chunk of checks (chosen by measurement in
 * the app: docs/performance.md).
 */
const ROOM_FOR_CHECKS = 4;

export interface ItemSchedule {
	count: number;
	concurrency: number;
	/** Check every item before the first starts (writes that stop at the first failure) */
	checkFirst: boolean;
	/** How often answers come back (ms), 0 while unknown: how much room there is for checks */
	answerIntervalMs(): number;
	/** Checks one item, synchronously; false when it must not be started (it failed) */
	check(itemIndex: number): boolean;
	/** Starts one item; its first request is on its way when this returns */
	start(itemIndex: number): Promise<void>;
	/** True once nothing more may be checked or started */
	stopped(): boolean;
}

export async function runItems(schedule: ItemSchedule): Promise<void> {
	const { count, concurrency } = schedule;
	const usable: boolean[] = new Array(count);
	// Items are checked in order, each once: [0, checked) are checked.
	let checked = 0;
	let checkingMs = 0;
	const checkUpTo = (end: number) => {
		const started = Date.now();
		while (!schedule.stopped() && checked < Math.min(end, count)) {
			const itemIndex = checked++;
			usable[itemIndex] = schedule.check(itemIndex);
		}
		checkingMs += Date.now() - started;
	};

	if (schedule.checkFirst) {
		checkUpTo(count);
		if (schedule.stopped()) return;
	}

	let next = 0;
	let lookingAhead = false;
	const lookAhead = () => {
		const full = checked >= count || checked - next >= concurrency;
		if (lookingAhead || schedule.stopped() || full) return;
		lookingAhead = true;
		// After the request just started has gone out. With room between answers for several
		// checks, one check a turn, so no answer waits behind a chunk of them; without (answers
		// come back as fast as n8n handles them), a chunk back to back, which costs less in all.
		void sleep(0).then(() => {
			lookingAhead = false;
			const checkMs = checkingMs / Math.max(1, checked);
			const interval = schedule.answerIntervalMs();
			const roomy = interval === 0 || interval >= ROOM_FOR_CHECKS * checkMs;
			checkUpTo(checked + (roomy ? 1 : CHECK_CHUNK));
			lookAhead();
		});
	};

	// Workers take the next unstarted item.
	const worker = async () => {
		while (!schedule.stopped() && next < count) {
			const itemIndex = next++;
			if (checked <= itemIndex)
				checkUpTo(itemIndex + (schedule.answerIntervalMs() === 0 ? 1 : CHECK_CHUNK));
			if (schedule.stopped()) break;
			if (!usable[itemIndex]) continue;
			const pending = schedule.start(itemIndex);
			if (!schedule.checkFirst) lookAhead();
			await pending;
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

/**
 * `start` for each of `count` pieces of work, in order, at most `concurrency` at a time, with
 * nothing to check first (reads a run makes for itself: the features a listing found).
 */
export async function forEachAtMost(
	count: number,
	concurrency: number,
	start: (index: number) => Promise<void>,
): Promise<void> {
	await runItems({
		count,
		concurrency,
		checkFirst: true,
		answerIntervalMs: () => 0,
		check: () => true,
		start,
		stopped: () => false,
	});
}
