/**
 * Sends one request, retrying what is safe to retry, until a usable 2xx answer or a final
 * error. What to do after each attempt is decided in decision.ts (pure, where the bounds are);
 * this carries it out: waits, a new token, a lost create looked up, the error's words.
 */
import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { boundedText, redactDeep } from '../../../common/redact';
import { describeWebexError } from '../helpers/errors';
import { DEFAULT_RETRY_POLICY, NO_TOKEN_IN_TIME } from '../helpers/retry';
import type { RetryPolicy } from '../helpers/retry';
import { attempt } from './attempt';
import type { Attempt, WebexResponse } from './attempt';
import { apiError } from './connection';
import type { Connection, WebexContext } from './connection';
import { deadlineAfter } from './deadline';
import { NOTHING_SPENT, decide } from './decision';
import type { Facts, Next } from './decision';
import type { WebexRun } from './run';
import { sleep } from './throttle';
import { TokenUnavailable } from './token';
import type { RunToken } from './token';

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

/** The error for a final failed attempt. */
function failure(
	ctx: WebexContext,
	conn: Connection,
	outcome: Attempt,
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

/**
 * One attempt under its own Timeout, which starts before the wait for a token: a request whose
 * deadline passes while it waits is not sent at all (not later, either).
 */
async function signedAttempt(
	run: WebexRun,
	conn: Connection,
	token: RunToken,
	method: IHttpRequestMethods,
	url: string,
	request: SendOptions,
	policy: RetryPolicy,
): Promise<{ outcome: Attempt; used: string }> {
	const deadline = deadlineAfter(policy.timeoutMs);
	const unsent: Attempt = {
		kind: 'network',
		code: NO_TOKEN_IN_TIME,
		reason: `none within ${policy.timeoutMs / 1000} s`,
	};
	try {
		let used: string;
		try {
			used = await token.signWith(deadline.expired, policy, request.itemIndex);
		} catch (error) {
			if (error instanceof TokenUnavailable)
				throw tokenFailure(run.ctx, error.message, request.itemIndex);
			return { outcome: unsent, used: '' };
		}
		// The token came as the deadline ran out: too late to send.
		if (deadline.passed()) return { outcome: unsent, used };
		const started = Date.now();
		const outcome = await attempt(run.ctx, conn, method, url, request, used, deadline, run.cancel);
		if (outcome.kind === 'response' && outcome.response.statusCode < 300)
			run.gate.answered(Date.now() - started);
		return { outcome, used };
	} finally {
		deadline.clear();
	}
}

/**
 * Sends one request until a usable answer or a final error: each attempt's outcome goes to
 * `decide` (decision.ts, pure), and this carries its decision out.
 */
export async function send<T>(
	run: WebexRun,
	conn: Connection,
	method: IHttpRequestMethods,
	url: string,
	request: SendOptions,
): Promise<WebexResponse<T>> {
	const policy = request.retry ?? DEFAULT_RETRY_POLICY;
	const { ctx, gate } = run;
	const isCreate = method === 'POST' && request.idempotent !== true;
	const facts: Facts = {
		policy,
		needsBody: method === 'GET' || isCreate,
		isCreate,
		refreshes: conn.refreshes,
		canRecover: request.recover !== undefined,
		hints: request.hints,
	};
	const { itemIndex } = request;
	const token = run.token(conn);
	let spent = NOTHING_SPENT;
	for (;;) {
		await gate.ready();
		const { outcome, used } = await signedAttempt(run, conn, token, method, url, request, policy);
		const status = outcome.kind === 'response' ? outcome.response.statusCode : undefined;
		const decision = decide(outcome, spent, facts);
		spent = decision.spent;
		let next: Next = decision.next;
		if (conn.refreshes && status !== undefined && status !== 401) token.accepted(used);

		if (next.kind === 'refresh') {
			// Dropped, and fetched again once for the whole run (token.ts), unless Webex refused
			// two fresh tokens in a row: then another is pointless.
			if (token.refused(used)) {
				logRetry(ctx, method, url, 'answered 401 (access token expired)', 0, spent.tokenRefreshes);
				continue;
			}
			next = next.orElse;
		}
		if (next.kind === 'recover') {
			const found = await request.recover!();
			if (found) {
				const headers = outcome.kind === 'response' ? outcome.response.headers : {};
				return { body: found as T, headers, statusCode: 200, recovered: true };
			}
			next = next.orElse;
		}
		switch (next.kind) {
			case 'done': {
				const { response } = outcome as Extract<Attempt, { kind: 'response' }>;
				return { ...response, body: redactDeep(response.body, conn.secrets) as T };
			}
			case 'redirect':
				throw apiError(
					ctx,
					{
						message: `Webex answered with a redirect to ${boundedText(next.location, conn.secrets, 200)}; it was not followed`,
						description:
							"Redirects are not followed so that the access token stays with the credential's Base URL. Check the Base URL.",
						httpCode: String(status),
					},
					itemIndex,
				);
			case 'again':
				logRetry(ctx, method, url, next.why, next.waitMs, spent.retries + spent.limitRetries);
				// A 429 holds every request of the run: the next gate.ready() waits it out.
				if (next.holdAll) gate.pause(next.waitMs);
				else await sleep(next.waitMs, run.cancel);
				continue;
			case 'fail':
				throw failure(ctx, conn, outcome, itemIndex, next.note);
		}
	}
}
