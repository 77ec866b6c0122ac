import { sleep as n8nSleep } from 'n8n-workflow';

/**
 * One gate for all requests of one node execution. When any request is rate-limited, every
 * request waits until Webex's Retry-After has passed, instead of each worker hammering Webex
 * on its own; an optional rate caps requests per second up front.
 */
export class Throttle {
	private pausedUntil = 0;

	private nextSlot = 0;

	constructor(private readonly maxRequestsPerSecond = 0) {}

	/** Resolves when a request may be sent. */
	async ready(): Promise<void> {
		for (;;) {
			const now = Date.now();
			const wait = this.pausedUntil - now;
			if (wait <= 0 && this.maxRequestsPerSecond > 0) {
				const slot = Math.max(now, this.nextSlot);
				this.nextSlot = slot + 1000 / this.maxRequestsPerSecond;
				await sleep(slot - now);
				return;
			}
			if (wait <= 0) return;
			await sleep(wait);
		}
	}

	/** Holds every request back for this long from now (the longest pause wins). */
	pause(ms: number) {
		this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
	}
}

export async function sleep(ms: number): Promise<void> {
	if (ms > 0) await n8nSleep(ms);
}

const throttles = new WeakMap<object, Throttle>();

/**
 * Opens the gate of one node execution, with its rate, before its first request. n8n hands the
 * node one context object per execution, so keying on it shares the gate between all items and
 * workers of that run only. Opening it after a request went out would lose the rate: that throws.
 */
export function openGate(context: object, maxRequestsPerSecond: number): Throttle {
	if (throttles.has(context))
		throw new Error(
			'The request gate of this execution is already open; open it before the first request',
		);
	const throttle = new Throttle(maxRequestsPerSecond);
	throttles.set(context, throttle);
	return throttle;
}

/**
 * The gate a request waits at: the one its execution opened, or (for the pickers, which have no
 * rate option) an uncapped one of their own.
 */
export function gateOf(context: object): Throttle {
	return throttles.get(context) ?? openGate(context, 0);
}
