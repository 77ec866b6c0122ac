/**
 * What the send loop does after one attempt, decided from the attempt's outcome and what the
 * request has used up so far. Pure: no I/O, no clock, so every path is tested by itself (the
 * loop in send.ts only carries the decision out). Every way back round the loop counts against a
 * bound: server errors and unreadable answers against Max Retries, rate limits and locks against
 * Max Retry Wait (and a wait of zero still backs off), expired tokens twice at most.
 */
import { isPlainObject } from '../helpers/json';
import {
	DEFAULT_RETRY_AFTER_MS,
	RETRYABLE_SERVER_STATUSES,
	backoffMs,
	isRetryableNetworkError,
	isUnsentNetworkError,
	parseRetryAfter,
} from '../helpers/retry';
import type { RetryPolicy } from '../helpers/retry';
import type { Attempt } from './attempt';

/** What one request has used up of its bounds. */
export interface Spent {
	/** Retries after server errors, network failures and unreadable answers */
	retries: number;
	/** Retries after 429s and 423s */
	limitRetries: number;
	/** Milliseconds waited for 429s and 423s */
	waitedForLimitsMs: number;
	/** New access tokens fetched after a 401 */
	tokenRefreshes: number;
}

export const NOTHING_SPENT: Spent = {
	retries: 0,
	limitRetries: 0,
	waitedForLimitsMs: 0,
	tokenRefreshes: 0,
};

/** The request as the decision needs it. */
export interface Facts {
	policy: RetryPolicy;
	/** A GET, or a create: a 2xx must carry a JSON object */
	needsBody: boolean;
	/** A POST that is not idempotent: never blindly sent again once it may have gone through */
	isCreate: boolean;
	/** The credential can get a new access token (OAuth2, service app) */
	refreshes: boolean;
	/** The request can look up what a lost create made */
	canRecover: boolean;
	/** What a refusal means for this request, by HTTP status */
	hints?: Partial<Record<number, string>>;
}

/** A final error's extra words (Webex's or the network's own come from the outcome). */
export interface Fail {
	kind: 'fail';
	note?: string;
}

/** Try again after `waitMs` (0: at once). */
export interface Again {
	kind: 'again';
	waitMs: number;
	/** Hold every request of the run for the wait (a 429), not only this one */
	holdAll: boolean;
	/** For the debug log: what the attempt got */
	why: string;
}

export type Next =
	/** A 2xx with the body the request needs: the answer */
	| { kind: 'done' }
	/** A 3xx: not followed, the token stays with the Base URL */
	| { kind: 'redirect'; location: string }
	/** A 401 to a credential that refreshes: drop the token and send again, or else `orElse` */
	| { kind: 'refresh'; orElse: Fail }
	/** A create that may have gone through: look it up; when absent, `orElse` */
	| { kind: 'recover'; orElse: Again | Fail }
	| Again
	| Fail;

export interface Decision {
	next: Next;
	/** The bounds used up, counting this decision */
	spent: Spent;
}

function statusOf(outcome: Attempt): number | undefined {
	return outcome.kind === 'response' ? outcome.response.statusCode : undefined;
}

/** A 2xx whose body a GET or a create must carry but that is not a JSON object. */
function isUnreadable(needsBody: boolean, outcome: Attempt): boolean {
	if (outcome.kind !== 'response' || !needsBody) return false;
	if (outcome.response.statusCode === 204) return false;
	return outcome.unreadable || !isPlainObject(outcome.response.body);
}

/** The outcome in a few words, for the debug log. */
function describeOutcome(outcome: Attempt): string {
	if (outcome.kind === 'network') return `failed (${outcome.code ?? 'network error'})`;
	const status = outcome.response.statusCode;
	return outcome.unreadable ? `answered ${status} with an unreadable body` : `answered ${status}`;
}

function joined(...parts: Array<string | undefined>): string | undefined {
	return parts.filter(Boolean).join('\n') || undefined;
}

/** The error words for a request that has tried all it may. */
function giveUp(outcome: Attempt, spent: Spent, facts: Facts): Fail {
	const status = statusOf(outcome);
	const hint = status === undefined ? undefined : facts.hints?.[status];
	return {
		kind: 'fail',
		note: joined(hint, spent.retries > 0 ? `Gave up after ${spent.retries} retries.` : undefined),
	};
}

export function decide(
	outcome: Attempt,
	spent: Spent,
	facts: Facts,
	random: () => number = Math.random,
): Decision {
	const status = statusOf(outcome);
	const { policy } = facts;

	// An expired access token of a credential that refreshes: a new one, twice at most.
	if (facts.refreshes && status === 401 && spent.tokenRefreshes < 2) {
		return {
			next: { kind: 'refresh', orElse: giveUp(outcome, spent, facts) },
			spent: { ...spent, tokenRefreshes: spent.tokenRefreshes + 1 },
		};
	}

	const unreadable = status !== undefined && status < 300 && isUnreadable(facts.needsBody, outcome);
	if (status !== undefined && status < 300 && !unreadable) return { next: { kind: 'done' }, spent };

	if (outcome.kind === 'response' && status !== undefined && status >= 300 && status < 400) {
		const location = String(outcome.response.headers.location ?? 'an unknown location');
		return { next: { kind: 'redirect', location }, spent };
	}

	// Rate limited or locked: nothing was done, so any request may wait and go again.
	if (outcome.kind === 'response' && (status === 429 || status === 423)) {
		const asked =
			parseRetryAfter(outcome.response.headers['retry-after']) ?? DEFAULT_RETRY_AFTER_MS;
		// A zero wait, or a date already past (clock skew), still backs off, more each time.
		const waitMs = Math.max(asked, backoffMs(spent.limitRetries, random));
		if (spent.waitedForLimitsMs + waitMs <= policy.maxRetryWaitMs) {
			return {
				// A 429 holds every request of the run; a 423 locks one resource, so only this waits.
				next: { kind: 'again', waitMs, holdAll: status === 429, why: `answered ${status}` },
				spent: {
					...spent,
					limitRetries: spent.limitRetries + 1,
					waitedForLimitsMs: spent.waitedForLimitsMs + waitMs,
				},
			};
		}
		return {
			next: {
				kind: 'fail',
				note: `Webex asked to wait ${Math.ceil(waitMs / 1000)} s more, beyond the node's Max Retry Wait (${policy.maxRetryWaitMs / 1000} s, already waited ${Math.round(spent.waitedForLimitsMs / 1000)} s over ${spent.limitRetries} retries).`,
			},
			spent,
		};
	}

	const serverError = status !== undefined && RETRYABLE_SERVER_STATUSES.includes(status);
	const networkError = outcome.kind === 'network' && isRetryableNetworkError(outcome.code);
	const unsent = outcome.kind === 'network' && isUnsentNetworkError(outcome.code);
	const uncertain: Fail = {
		kind: 'fail',
		note: 'It may or may not have been created: check before running this item again.',
	};
	if (!unreadable && !serverError && !networkError) {
		// A create cut off by a cancelled execution may have gone through too (a TLS refusal, say,
		// happens before anything is sent and keeps its plain error).
		if (facts.isCreate && outcome.kind === 'network' && outcome.code === 'ERR_CANCELED')
			return { next: uncertain, spent };
		return { next: giveUp(outcome, spent, facts), spent };
	}

	const retry: Decision =
		spent.retries < policy.maxRetries
			? {
					next: {
						kind: 'again',
						waitMs: backoffMs(spent.retries, random),
						holdAll: false,
						why: describeOutcome(outcome),
					},
					spent: { ...spent, retries: spent.retries + 1 },
				}
			: { next: giveUp(outcome, spent, facts), spent };

	// A create that may have gone through is looked up, never blindly sent again.
	if (facts.isCreate && !unsent) {
		if (!facts.canRecover) return { next: uncertain, spent };
		// An unreadable 2xx did create: what was found is the answer, or nothing is sure.
		if (unreadable) return { next: { kind: 'recover', orElse: uncertain }, spent };
		return { next: { kind: 'recover', orElse: retry.next as Again | Fail }, spent: retry.spent };
	}
	return retry;
}
