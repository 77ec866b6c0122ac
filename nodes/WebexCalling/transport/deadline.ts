/**
 * A time limit as a promise that rejects when it runs out (ETIMEDOUT), and the means to cancel
 * it. The races that subscribe to it (the request, its body, the wait for a token) stay
 * reachable from the timeout signal while it holds its listener, so whatever they settled with
 * would too: `clear` removes the listener as soon as the work ends, or a long-lived n8n holds
 * every answer until its Timeout (30 s by default, up to 300 s) would have run out. Without a
 * listener, Node keeps a timeout signal only weakly, so nothing stays behind.
 */
export class TimeoutReached extends Error {
	code = 'ETIMEDOUT';
}

export interface Deadline {
	expired: Promise<never>;
	/** Aborts when it runs out (for a request to be stopped, not only abandoned) */
	signal: AbortSignal;
	/** Whether it has run out */
	passed: () => boolean;
	/** Milliseconds left (0 once it has run out) */
	left: () => number;
	clear: () => void;
}

export function deadlineAfter(timeoutMs: number, what = 'no complete answer'): Deadline {
	const signal = AbortSignal.timeout(timeoutMs);
	const endsAt = Date.now() + timeoutMs;
	let onAbort = () => {};
	const expired = new Promise<never>((_, reject) => {
		onAbort = () => reject(new TimeoutReached(`${what} within ${timeoutMs / 1000} s`));
		signal.addEventListener('abort', onAbort, { once: true });
	});
	expired.catch(() => undefined);
	return {
		expired,
		signal,
		passed: () => signal.aborted || Date.now() >= endsAt,
		left: () => Math.max(0, endsAt - Date.now()),
		clear: () => signal.removeEventListener('abort', onAbort),
	};
}
