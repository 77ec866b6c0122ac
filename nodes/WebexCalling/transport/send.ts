/**
 * Sends one request, retrying what is safe to retry, until a usable 2xx answer or a final
 * error. Every way round the loop counts against a bound: server errors and unreadable answers
 * against Max Retries, rate limits and locks against Max Retry Wait (and a wait of zero still
 * backs off), so no answer can make the node repeat a request for ever.
 */
import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { boundedText, redactDeep } from '../../../common/redact';
import { describeWebexError } from '../helpers/errors';
import { isPlainObject } from '../helpers/json';
import {
	DEFAULT_RETRY_AFTER_MS,
	DEFAULT_RETRY_POLICY,
	RETRYABLE_SERVER_STATUSES,
	backoffMs,
	isRetryableNetworkError,
	NO_TOKEN_IN_TIME,
	isUnsentNetworkError,
	parseRetryAfter,
} from '../helpers/retry';
import type { RetryPolicy } from '../helpers/retry';
import { attempt } from './attempt';
import type { Attempt, WebexResponse } from './attempt';
import { apiError } from './connection';
import type { Connection, WebexContext } from './connection';
import { deadlineAfter } from './deadline';
import type { WebexRun } from './run';
import { sleep } from './throttle';
import { TokenUnavailable } from './token';

export interface SendOptions {
	body?: IDataObject;
	qs?: IDataObject;
	itemIndex?: number;
	retry?: RetryPolicy;
	/**
	 * For a create (POST): finds the object an attempt may have created when its answer was
	 * lost (a timeout, a reset, a 500/502/503/504, an unreadable body). Without it, such a create
	 * is not resent.
	 */
	recover?: () => Promise<IDataObject | undefined>;
	/** A POST that may be repeated (an action): retried as a PUT is */
	idempotent?: boolean;
	/** What a refusal means for this request, by HTTP status */
	hints?: Partial<Record<number, string>>;
}

type Response = Extract<Attempt, { kind: 'response' }>;

/** A 2xx whose body a GET or a create must carry (`needsBody`) but that is not a JSON object. */
function isUnreadable(needsBody: boolean, outcome: Response): boolean {
	if (!needsBody) return false;
	if (outcome.response.statusCode === 204) return false;
	return outcome.unreadable || !isPlainObject(outcome.response.body);
}

function logRetry(
	ctx: WebexContext,
	method: string,
	url: string,
	outcome: string,
	waitMs: number,
	retry: number,
) {
	const path = new URL(url).pathname;
	ctx.logger?.debug(`Webex Calling: ${method} ${path} ${outcome}; retry ${retry} in ${waitMs} ms`, {
		method,
		path,
		outcome,
		waitMs,
		retry,
	});
}

/** The run could get no access token: the credential's own words, and what became of the item. */
function tokenFailure(ctx: WebexContext, reason: string, itemIndex: number | undefined) {
	return apiError(
		ctx,
		{
			message: reason,
			description:
				'The credential could not get an access token from Webex, so this request was not sent; nor is any other of this run.',
		},
		itemIndex,
	);
}

type Answered = Attempt;

function describeOutcome(outcome: Answered): string {
	if (outcome.kind === 'network') return `failed (${outcome.code ?? 'network error'})`;
	const status = outcome.response.statusCode;
	return outcome.unreadable ? `answered ${status} with an unreadable body` : `answered ${status}`;
}

/** The error for a final failed attempt. */
function failure(
	ctx: WebexContext,
	conn: Connection,
	outcome: Answered,
	itemIndex: number | undefined,
	note?: string,
) {
	if (outcome.kind === 'network' && outcome.code === NO_TOKEN_IN_TIME) {
		return apiError(
			ctx,
			{
				message: `Webex's token endpoint gave no access token in time: ${outcome.reason}`,
				description: [
					"The request waited for the credential's access token for the whole of the node's Timeout and was not sent (nor will it be).",
					note,
				]
					.filter(Boolean)
					.join('\n'),
			},
			itemIndex,
		);
	}
	if (outcome.kind === 'network') {
		const origin = new URL(conn.baseUrl).origin;
		return apiError(
			ctx,
			{
				message: `Could not reach Webex at ${origin}: ${outcome.code ?? outcome.reason}`,
				description: [
					`The request failed before Webex answered completely: ${outcome.reason}`,
					note,
				]
					.filter(Boolean)
					.join('\n'),
			},
			itemIndex,
		);
	}
	const { response } = outcome;
	if (response.statusCode < 300) {
		return apiError(
			ctx,
			{
				message: `Webex answered ${response.statusCode} with a body that is not readable JSON`,
				description: [
					// Redacted before it is cut: a cut could leave part of a secret unrecognised.
					`The answer was cut off, empty or not JSON (${boundedText(String(response.body ?? 'empty'), conn.secrets, 80)}).`,
					note,
				]
					.filter(Boolean)
					.join('\n'),
				httpCode: String(response.statusCode),
			},
			itemIndex,
		);
	}
	const details = describeWebexError(
		response.statusCode,
		response.body,
		response.headers,
		conn.secrets,
	);
	if (note) details.description += `\n${note}`;
	return apiError(ctx, details, itemIndex);
}

export async function send<T>(
	run: WebexRun,
	conn: Connection,
	method: IHttpRequestMethods,
	url: string,
	request: SendOptions,
): Promise<WebexResponse<T>> {
	const policy = request.retry ?? DEFAULT_RETRY_POLICY;
	const { ctx, gate: throttle } = run;
	const isCreate = method === 'POST' && request.idempotent !== true;
	const { itemIndex } = request;
	let retries = 0;
	let limitRetries = 0;
	let waitedForLimits = 0;
	let tokenRefreshes = 0;

	const token = run.token(conn);
	for (;;) {
		await throttle.ready();
		// The attempt's Timeout starts here: waiting for a token counts against it, and a request
		// whose deadline passes while it waits is not sent at all (not later, either).
		const deadline = deadlineAfter(policy.timeoutMs);
		let outcome: Attempt;
		let used = '';
		const started = Date.now();
		try {
			used = await token.signWith(deadline.expired, policy, itemIndex);
			outcome = await attempt(ctx, conn, method, url, request, used, deadline);
		} catch (error) {
			if (error instanceof TokenUnavailable) throw tokenFailure(ctx, error.message, itemIndex);
			// The deadline passed while the request waited for a token: it was never sent.
			outcome = {
				kind: 'network',
				code: NO_TOKEN_IN_TIME,
				reason: `none within ${policy.timeoutMs / 1000} s`,
			};
		} finally {
			deadline.clear();
		}
		const status = outcome.kind === 'response' ? outcome.response.statusCode : undefined;
		if (status !== undefined && status < 300) throttle.answered(Date.now() - started);

		// An expired access token of a credential that refreshes: drop it, fetch another (once for
		// the whole run, see token.ts), send again. Twice at most for one request.
		if (conn.refreshes && status === 401 && tokenRefreshes < 2 && token.refused(used)) {
			tokenRefreshes++;
			logRetry(ctx, method, url, 'answered 401 (access token expired)', 0, tokenRefreshes);
			continue;
		}
		if (conn.refreshes && status !== undefined && status !== 401) token.accepted(used);

		if (
			outcome.kind === 'response' &&
			outcome.response.statusCode < 300 &&
			!isUnreadable(method === 'GET' || isCreate, outcome)
		) {
			const { response } = outcome;
			return { ...response, body: redactDeep(response.body, conn.secrets) as T };
		}

		if (
			outcome.kind === 'response' &&
			outcome.response.statusCode >= 300 &&
			outcome.response.statusCode < 400
		) {
			const location = String(outcome.response.headers.location ?? 'an unknown location');
			throw apiError(
				ctx,
				{
					message: `Webex answered with a redirect to ${boundedText(location, conn.secrets, 200)}; it was not followed`,
					description:
						"Redirects are not followed so that the access token stays with the credential's Base URL. Check the Base URL.",
					httpCode: String(outcome.response.statusCode),
				},
				itemIndex,
			);
		}

		// Rate limited or locked: nothing was done, so any request may wait and go again.
		if (outcome.kind === 'response' && (status === 429 || status === 423)) {
			const asked =
				parseRetryAfter(outcome.response.headers['retry-after']) ?? DEFAULT_RETRY_AFTER_MS;
			// A zero wait, or a date already past (clock skew), still backs off, more each time.
			const waitMs = Math.max(asked, backoffMs(limitRetries));
			if (waitedForLimits + waitMs <= policy.maxRetryWaitMs) {
				waitedForLimits += waitMs;
				limitRetries++;
				logRetry(ctx, method, url, `answered ${status}`, waitMs, retries + limitRetries);
				// A 429 holds every request of the run (the next throttle.ready() waits it out);
				// a 423 locks one resource, so only this request waits.
				if (status === 429) throttle.pause(waitMs);
				else await sleep(waitMs);
				continue;
			}
			throw failure(
				ctx,
				conn,
				outcome,
				itemIndex,
				`Webex asked to wait ${Math.ceil(waitMs / 1000)} s more, beyond the node's Max Retry Wait (${policy.maxRetryWaitMs / 1000} s, already waited ${Math.round(waitedForLimits / 1000)} s over ${limitRetries} retries).`,
			);
		}

		const unreadable = status !== undefined && status < 300;
		const serverError = status !== undefined && RETRYABLE_SERVER_STATUSES.includes(status);
		const networkError = outcome.kind === 'network' && isRetryableNetworkError(outcome.code);
		if (unreadable || serverError || networkError) {
			const unsent = outcome.kind === 'network' && isUnsentNetworkError(outcome.code);
			// A create that may have gone through is looked up, never blindly sent again.
			if (isCreate && !unsent) {
				const found = request.recover ? await request.recover() : undefined;
				if (found) {
					const headers = outcome.kind === 'response' ? outcome.response.headers : {};
					return { body: found as T, headers, statusCode: 200, recovered: true };
				}
				if (!request.recover || unreadable) {
					throw failure(
						ctx,
						conn,
						outcome,
						itemIndex,
						'It may or may not have been created: check before running this item again.',
					);
				}
			}
			if (retries < policy.maxRetries) {
				const waitMs = backoffMs(retries);
				retries++;
				logRetry(ctx, method, url, describeOutcome(outcome), waitMs, retries + limitRetries);
				await sleep(waitMs);
				continue;
			}
		}
		const hint = status === undefined ? undefined : request.hints?.[status];
		throw failure(
			ctx,
			conn,
			outcome,
			itemIndex,
			[hint, retries > 0 ? `Gave up after ${retries} retries.` : undefined]
				.filter(Boolean)
				.join('\n') || undefined,
		);
	}
}
