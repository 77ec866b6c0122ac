/** When and how long to wait before trying a Webex request again. Pure. */

export interface RetryPolicy {
	/** Tries after the first, for server errors and network failures */
	maxRetries: number;
	/** Longest total wait, per request, for rate limits (429) and locks (423) to clear */
	maxRetryWaitMs: number;
	/** How long one attempt may take before it counts as a network failure */
	timeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
	maxRetries: 3,
	maxRetryWaitMs: 60_000,
	timeoutMs: 30_000,
};

/**
 * Upper bounds of the node's options (the form's maxValue; an expression is clamped the same):
 * Node's timers fire at once above 2^31 - 1 ms, which made a huge Timeout time out every attempt
 * and a huge Max Retry Wait retry without waiting. n8n's own HTTP requests stop at 300 s.
 */
export const MAX_TIMEOUT_S = 300;
export const MAX_RETRY_WAIT_S = 3600;
export const MAX_RETRIES = 10;

/** Used when Webex rate-limits or locks without saying how long to wait. */
export const DEFAULT_RETRY_AFTER_MS = 5_000;

const BACKOFF_BASE_MS = 250;
const BACKOFF_MAX_MS = 8_000;

/** Statuses that may clear if the same request is sent again later. */
export const RETRYABLE_SERVER_STATUSES = [500, 502, 503, 504];

/** Network failures after which the request may or may not have reached Webex. */
const AMBIGUOUS_NETWORK_CODES = [
	'ECONNRESET',
	'ETIMEDOUT',
	'ECONNABORTED',
	'EPIPE',
	'ESOCKETTIMEDOUT',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
];

/** The node's own: the attempt's Timeout ran out while it waited for an access token, unsent. */
export const NO_TOKEN_IN_TIME = 'ENOTOKEN';

/** Network failures that happen before anything is sent. */
const UNSENT_NETWORK_CODES = [
	NO_TOKEN_IN_TIME,
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
];

export function isUnsentNetworkError(code: string | undefined): boolean {
	return code !== undefined && UNSENT_NETWORK_CODES.includes(code);
}

export function isRetryableNetworkError(code: string | undefined): boolean {
	return (
		code !== undefined &&
		(AMBIGUOUS_NETWORK_CODES.includes(code) || UNSENT_NETWORK_CODES.includes(code))
	);
}

/**
 * Milliseconds a `Retry-After` header asks for: seconds (`"3"`, `"1.5"`) or an HTTP date.
 * Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
	const text = Array.isArray(value) ? value[0] : value;
	if (typeof text !== 'string' && typeof text !== 'number') return undefined;
	const trimmed = String(text).trim();
	if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
	const date = Date.parse(trimmed);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, date - now);
}

/** Exponential backoff with jitter: the nth retry waits 50–100% of base·2ⁿ, capped. */
export function backoffMs(retry: number, random: () => number = Math.random): number {
	const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** retry);
	return Math.round(ceiling * (0.5 + random() * 0.5));
}

/** Reads the node's retry options (seconds in the UI) into a policy. */
export function retryPolicyFrom(options: {
	maxRetries?: unknown;
	maxRetryWait?: unknown;
	timeout?: unknown;
}): RetryPolicy {
	const number = (value: unknown, fallback: number, max: number) =>
		typeof value === 'number' && Number.isFinite(value) && value >= 0
			? Math.min(value, max)
			: fallback;
	return {
		maxRetries: Math.floor(
			number(options.maxRetries, DEFAULT_RETRY_POLICY.maxRetries, MAX_RETRIES),
		),
		maxRetryWaitMs:
			number(options.maxRetryWait, DEFAULT_RETRY_POLICY.maxRetryWaitMs / 1000, MAX_RETRY_WAIT_S) *
			1000,
		timeoutMs:
			Math.max(1, number(options.timeout, DEFAULT_RETRY_POLICY.timeoutMs / 1000, MAX_TIMEOUT_S)) *
			1000,
	};
}
