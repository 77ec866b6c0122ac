/**
 * What one node run shares, in one object made when the run starts and passed to everything
 * that sends: the credential (read once), the request gate (rate, pacing, Retry-After pauses),
 * look-ups made once for all items (e.g. the org's operating modes) and per-key locks. A
 * picker's search is a run of its own, with an uncapped gate.
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { currentToken, dropToken, openConnection } from './connection';
import type { Connection, WebexContext } from './connection';
import { Throttle } from './throttle';

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

	private readonly lookups = new Map<string, Promise<unknown>>();

	private readonly queues = new Map<string, Promise<unknown>>();

	/** While one request fetches a new access token, the others wait on this. */
	private tokenGate?: Promise<void>;

	/** Why no access token can be had this run (Webex refused the refresh): every request ends so */
	tokenFailure?: string;

	/** The access token Webex last refused as expired (an OAuth2 refresh replaces it, see oauth2.ts) */
	expiredToken = '';

	/** Tokens fetched this run that Webex answered 401 on first use, in a row */
	private freshTokensRefused = 0;

	constructor(
		readonly ctx: Context,
		gate: GateSettings = { maxRequestsPerSecond: 0, concurrency: 1 },
	) {
		this.gate = new Throttle(gate.maxRequestsPerSecond, gate.concurrency);
	}

	/**
	 * The credential, read once for the run: n8n decrypts a credential on every read, and one
	 * run may make thousands of requests with it. A failure (e.g. a bad Base URL) is not kept,
	 * so each item reports it.
	 */
	async connection(itemIndex?: number): Promise<Connection> {
		return await this.lookup(CREDENTIAL, async () => await openConnection(this.ctx, itemIndex));
	}

	/**
	 * A request's turn with the credential's access token. A refreshing credential without a
	 * token (the first request, or after an expiry) lets one request go: n8n fetches the token
	 * for it (the credential's preAuthentication) and keeps it for the others, who wait for
	 * that request's answer. So an expiry costs one token request, however many requests were
	 * out when it came. Resolves to whether this request is the one fetching a token, and what to
	 * call once it is answered.
	 */
	async tokenTurn(conn: Connection): Promise<{ fetches: boolean; done: () => void }> {
		for (;;) {
			if (!conn.refreshes || this.tokenFailure !== undefined)
				return { fetches: false, done: () => {} };
			if (this.tokenGate) {
				await this.tokenGate;
				continue;
			}
			if (currentToken(conn) !== '') return { fetches: false, done: () => {} };
			let open = () => {};
			this.tokenGate = new Promise<void>((resolve) => (open = resolve));
			return {
				fetches: true,
				done: () => {
					this.tokenGate = undefined;
					open();
				},
			};
		}
	}

	/**
	 * Webex answered 401 to a request that carried `used`. When that is still the credential's
	 * token, it has expired: it is dropped so the next request fetches another. Returns false
	 * when fetching more is pointless: Webex refused two freshly fetched tokens in a row.
	 */
	tokenRefused(conn: Connection, used: string, fetched: boolean): boolean {
		if (fetched) this.freshTokensRefused++;
		if (this.freshTokensRefused >= 2) return false;
		if (used !== '' && currentToken(conn) === used) {
			dropToken(conn);
			this.expiredToken = used;
		}
		return true;
	}

	/** A request went through with a token: fetching again is worth it after a refusal. */
	tokenAccepted() {
		this.freshTokensRefused = 0;
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
