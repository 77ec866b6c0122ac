import { sleep as n8nSleep } from 'n8n-workflow';

/**
 * Pacing: with several requests in flight, their starts are kept at least this share of
 * (round trip ÷ Concurrency) apart. Below the natural spacing (1.0), so it never holds the rate
 * down, only spreads bunched requests; the value was chosen by a sweep with `npm run bench` in
 * the n8n app (docs/performance.md).
 */
const PACING_SHARE = 0.7;

/** Gaps shorter than this are not paced: only real latency lets answers bunch up. */
const MIN_PACING_GAP_MS = 2;

/**
 * One gate for all requests of one node run (its `WebexRun` holds it). When any request is
 * rate-limited, every request waits until Webex's Retry-After has passed, instead of each worker
 * hammering Webex on its own; an optional rate caps requests per second up front.
 *
 * It also paces the workers. n8n spends a few milliseconds of its single thread on each request
 * (credential, axios, a new connection). Workers started together get their answers together,
 * and then every request of the bunch waits for the others' work before its connection is even
 * written to, bunch after bunch. Spacing the starts by a share of the measured round trip
 * spreads the bunch once, and it stays spread.
 */
export class Throttle {
	private pausedUntil = 0;

	private nextSlot = 0;

	private nextPaced = 0;

	/** Moving average of recent round trips (ms); 0 until the first answer */
	private roundTripMs = 0;

	constructor(
		private readonly maxRequestsPerSecond = 0,
		private readonly concurrency = 1,
		/** The execution's cancel signal: a cancelled run waits no longer */
		private readonly cancel?: AbortSignal,
	) {}

	/** Resolves when a request may be sent. */
	async ready(): Promise<void> {
		for (;;) {
			// Cancelled: waits return at once, so waiting on would spin; the next request is not sent.
			if (this.cancel?.aborted) return;
			const now = Date.now();
			const wait = this.pausedUntil - now;
			if (wait <= 0 && this.maxRequestsPerSecond > 0) {
				const slot = Math.max(now, this.nextSlot);
				this.nextSlot = slot + 1000 / this.maxRequestsPerSecond;
				await sleep(slot - now, this.cancel);
				break;
			}
			if (wait <= 0) break;
			await sleep(wait, this.cancel);
		}
		await this.pace();
	}

	/** Records how long a request took to be answered, for the pacing. */
	answered(ms: number) {
		this.roundTripMs = this.roundTripMs === 0 ? ms : 0.8 * this.roundTripMs + 0.2 * ms;
	}

	/** How often an answer comes back (ms): round trip ÷ Concurrency; 0 until the first answer */
	answerIntervalMs(): number {
		return this.roundTripMs / this.concurrency;
	}

	/** The pacing gap in force (ms); 0 when requests are not paced */
	pacingGapMs(): number {
		if (this.concurrency < 2) return 0;
		const gap = PACING_SHARE * this.answerIntervalMs();
		return gap >= MIN_PACING_GAP_MS ? gap : 0;
	}

	private async pace() {
		const gap = this.pacingGapMs();
		if (gap === 0) return;
		const now = Date.now();
		const slot = Math.max(now, this.nextPaced);
		this.nextPaced = slot + gap;
		await sleep(slot - now, this.cancel);
	}

	/** Holds every request back for this long from now (the longest pause wins). */
	pause(ms: number) {
		this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
	}
}

/** Node runs a longer timer at once; the node's own waits are far shorter (see retry.ts). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Waits `ms`, or less when `cancel` aborts (the execution was cancelled: nothing should wait
 * for a retry any more; the next request, signed with the same signal, is then not sent).
 */
export async function sleep(ms: number, cancel?: AbortSignal): Promise<void> {
	if (ms <= 0 || cancel?.aborted) return;
	const waiting = n8nSleep(Math.min(ms, MAX_TIMER_MS));
	if (!cancel) return await waiting;
	let stop = () => {};
	const stopped = new Promise<void>((resolve) => {
		stop = resolve;
		cancel.addEventListener('abort', stop, { once: true });
	});
	try {
		await Promise.race([waiting, stopped]);
	} finally {
		// The execution's signal lives as long as the execution: no listener stays on it.
		cancel.removeEventListener('abort', stop);
	}
}
