/**
 * What one node run shares, in one object made when the run starts and passed to everything
 * that sends: the credential (read once), the request gate (rate, pacing, Retry-After pauses),
 * look-ups made once for all items (e.g. the org's operating modes) and per-key locks. A
 * picker's search is a run of its own, with an uncapped gate.
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { openConnection } from './connection';
import type { Connection, WebexContext } from './connection';
import { Throttle } from './throttle';
import { RunToken } from './token';

export interface GateSettings {
	/** Requests per second at most; 0 for no cap */
	maxRequestsPerSecond: number;
	/** Requests in flight at once, for the pacing */
	concurrency: number;
}

/** The look-up key of the run's credential */
const CREDENTIAL = 'credential';

export class WebexRun<Context extends WebexContext = WebexContext> {
	readonly gate: Throttle;

	/** The execution's cancel signal (none for a picker's search) */
	readonly cancel?: AbortSignal;

	private readonly lookups = new Map<string, Promise<unknown>>();

	private readonly queues = new Map<string, Promise<unknown>>();

	private runToken?: RunToken;

	constructor(
		readonly ctx: Context,
		gate: GateSettings = { maxRequestsPerSecond: 0, concurrency: 1 },
	) {
		this.cancel = 'getExecutionCancelSignal' in ctx ? ctx.getExecutionCancelSignal?.() : undefined;
		this.gate = new Throttle(gate.maxRequestsPerSecond, gate.concurrency, this.cancel);
	}

	/**
	 * The credential, read once for the run: n8n decrypts a credential on every read, and one
	 * run may make thousands of requests with it. A failure (e.g. a bad Base URL) is not kept,
	 * so each item reports it.
	 */
	async connection(itemIndex?: number): Promise<Connection> {
		return await this.lookup(CREDENTIAL, async () => await openConnection(this.ctx, itemIndex));
	}

	/** The access token's life for this run (see token.ts), for the run's one credential. */
	token(conn: Connection): RunToken {
		this.runToken ??= new RunToken(this.ctx, conn);
		return this.runToken;
	}

	/** Made once for the run by `make`, then shared; a failure is not kept, so the next asks again. */
	async lookup<T>(key: string, make: () => Promise<T>): Promise<T> {
		let found = this.lookups.get(key) as Promise<T> | undefined;
		if (!found) {
			const making = make();
			found = making;
			this.lookups.set(key, making);
			making.catch(() => {
				if (this.lookups.get(key) === making) this.lookups.delete(key);
			});
		}
		return await found;
	}

	/** A look-up already made (or being made) for the run, if any. */
	async lookedUp<T>(key: string): Promise<T | undefined> {
		return (await this.lookups.get(key)) as T | undefined;
	}

	/**
	 * Work on one key (e.g. one mode name) one piece after another, while other keys run
	 * concurrently: two items that create-or-update the same name must not both find it absent
	 * and both create it.
	 */
	async oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
		const before = this.queues.get(key) ?? Promise.resolve();
		const mine = before.then(work, work);
		// The next one waits for this one to settle, whatever its outcome.
		const settled = mine.then(
			() => undefined,
			() => undefined,
		);
		this.queues.set(key, settled);
		// The queue of a key nobody waits on any more is dropped, not kept for the whole run.
		void settled.then(() => {
			if (this.queues.get(key) === settled) this.queues.delete(key);
		});
		return await mine;
	}
}

/** The run of a node execution: what its operations are handed. */
export type ExecutionRun = WebexRun<IExecuteFunctions>;
