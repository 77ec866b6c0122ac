/**
 * The one place that talks HTTP to Webex: credential, orgId, base URL, retries, rate limits,
 * errors and pages. Requests go through n8n's `httpRequestWithAuthentication`, so the
 * credential's own `authenticate` adds the token and this code never handles it, except to
 * redact it from anything Webex echoes back.
 */
import { NodeApiError } from 'n8n-workflow';
import type {
	ICredentialsDecrypted,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	JsonObject,
} from 'n8n-workflow';

import { describeWebexError, redact } from '../helpers/errors';
import {
	DEFAULT_RETRY_AFTER_MS,
	DEFAULT_RETRY_POLICY,
	RETRYABLE_SERVER_STATUSES,
	backoffMs,
	isRetryableNetworkError,
	isUnsentNetworkError,
	parseRetryAfter,
} from '../helpers/retry';
import type { RetryPolicy } from '../helpers/retry';
import { isPlainObject, optionalText } from '../helpers/validation';
import { isSameOrigin, normalizeBaseUrl } from '../helpers/url';
import { sleep, throttleFor } from './throttle';

export const CREDENTIAL_TYPE = 'webexCallingApi';

export type WebexContext = IExecuteFunctions | ILoadOptionsFunctions;

export interface WebexRequest {
	method: IHttpRequestMethods;
	/** Path below the base URL, e.g. `/telephony/config/operatingModes` */
	path: string;
	body?: IDataObject;
	qs?: IDataObject;
	/** Overrides the credential's org for this request (node option `orgId`) */
	orgId?: string;
	/** Item the request is made for, so errors point at it */
	itemIndex?: number;
	retry?: RetryPolicy;
	/**
	 * For a create (POST): finds the object an attempt may have created when its answer was
	 * lost (timeout, reset, 502/504, unreadable body). Without it, such a create is not resent.
	 */
	recover?: () => Promise<IDataObject | undefined>;
}

export interface WebexResponse<T> {
	body: T;
	headers: Record<string, unknown>;
	statusCode: number;
}

interface Connection {
	baseUrl: string;
	orgId?: string;
	secrets: string[];
	/** Handed back to n8n so it authenticates without decrypting the credential again */
	decrypted: ICredentialsDecrypted;
}

const connections = new WeakMap<object, Promise<Connection>>();

/**
 * The credential, read once per node execution: n8n decrypts a credential on every read, and
 * one run of this node may make thousands of requests with the same one.
 */
async function connection(ctx: WebexContext, itemIndex?: number): Promise<Connection> {
	let cached = connections.get(ctx);
	if (!cached) {
		cached = openConnection(ctx, itemIndex);
		connections.set(ctx, cached);
		// A failure (e.g. a bad Base URL) is reported for each item, not cached.
		cached.catch(() => connections.delete(ctx));
	}
	return await cached;
}

async function openConnection(ctx: WebexContext, itemIndex?: number): Promise<Connection> {
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE, itemIndex);
	const checked = normalizeBaseUrl(credentials.baseUrl);
	if (!checked.ok) {
		throw apiError(ctx, { message: checked.problem, description: 'Fix the Base URL in the Webex Calling API credential.' }, itemIndex);
	}
	const baseUrl = checked.value;
	const node = ctx.getNode();
	return {
		baseUrl,
		orgId: optionalText(credentials.orgId),
		secrets: [String(credentials.accessToken ?? '')],
		decrypted: {
			id: node.credentials?.[CREDENTIAL_TYPE]?.id ?? '',
			name: node.credentials?.[CREDENTIAL_TYPE]?.name ?? '',
			type: CREDENTIAL_TYPE,
			data: credentials,
		},
	};
}

function apiError(
	ctx: WebexContext,
	details: { message: string; description: string; httpCode?: string; trackingId?: string },
	itemIndex?: number,
): NodeApiError {
	const error = new NodeApiError(ctx.getNode(), { ...details } as JsonObject, {
		message: details.message,
		description: details.description,
		httpCode: details.httpCode,
		itemIndex,
	});
	// NodeApiError may rewrite the message from the status; keep Webex's own words.
	error.message = details.message;
	if (details.trackingId) error.context.trackingId = details.trackingId;
	return error;
}

type Attempt =
	| { kind: 'response'; response: WebexResponse<unknown> }
	| { kind: 'network'; code?: string; reason: string };

async function attempt(
	ctx: WebexContext,
	conn: Connection,
	method: IHttpRequestMethods,
	url: string,
	request: Pick<WebexRequest, 'body' | 'qs'>,
	timeoutMs: number,
): Promise<Attempt> {
	const options: IHttpRequestOptions = {
		method,
		url,
		qs: request.qs,
		body: request.body,
		json: true,
		timeout: timeoutMs,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		// Redirects are not followed: the token must not travel to another host.
		disableFollowRedirect: true,
	};
	try {
		const response = (await ctx.helpers.httpRequestWithAuthentication.call(
			ctx,
			CREDENTIAL_TYPE,
			options,
			{ credentialsDecrypted: conn.decrypted },
		)) as WebexResponse<unknown>;
		return { kind: 'response', response };
	} catch (error) {
		const cause = (error as { cause?: { code?: string; message?: string } }).cause;
		const code = cause?.code ?? (error as { code?: string }).code;
		const reason = redact(String(cause?.message ?? (error as Error).message), conn.secrets);
		return { kind: 'network', code, reason };
	}
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

/** Sends one request, retrying what is safe to retry, and returns a 2xx answer or throws. */
async function send<T>(
	ctx: WebexContext,
	conn: Connection,
	method: IHttpRequestMethods,
	url: string,
	request: WebexRequest,
): Promise<WebexResponse<T>> {
	const policy = request.retry ?? DEFAULT_RETRY_POLICY;
	const throttle = throttleFor(ctx);
	const isCreate = method === 'POST';
	const { itemIndex } = request;
	let retries = 0;
	let waitedForLimits = 0;

	for (;;) {
		await throttle.ready();
		const outcome = await attempt(ctx, conn, method, url, request, policy.timeoutMs);
		const status = outcome.kind === 'response' ? outcome.response.statusCode : undefined;

		if (outcome.kind === 'response' && status! < 300) {
			const { response } = outcome;
			if (isCreate && response.statusCode !== 204 && !isPlainObject(response.body)) {
				// Created, but the answer cannot be read: find what was made instead of guessing.
				const found = request.recover ? await request.recover() : undefined;
				if (found) return { ...response, body: found as T };
				throw apiError(ctx, {
					message: `Webex answered ${status} with a body that is not JSON`,
					description: 'The object was probably created, but its ID could not be read. Check in Control Hub before running this item again.',
					httpCode: String(status),
				}, itemIndex);
			}
			return response as WebexResponse<T>;
		}

		if (outcome.kind === 'response' && status! >= 300 && status! < 400) {
			const location = String(outcome.response.headers.location ?? 'an unknown location');
			throw apiError(ctx, {
				message: `Webex answered with a redirect to ${redact(location, conn.secrets)}; it was not followed`,
				description: "Redirects are not followed so that the access token stays with the credential's Base URL. Check the Base URL.",
				httpCode: String(status),
			}, itemIndex);
		}

		// Rate limited or locked: nothing was done, so any request may wait and go again.
		if (status === 429 || status === 423) {
			const response = (outcome as { response: WebexResponse<unknown> }).response;
			const waitMs = parseRetryAfter(response.headers['retry-after']) ?? DEFAULT_RETRY_AFTER_MS;
			if (waitedForLimits + waitMs <= policy.maxRetryWaitMs) {
				waitedForLimits += waitMs;
				retries++;
				logRetry(ctx, method, url, `answered ${status}`, waitMs, retries);
				// A 429 holds every request of the run (the loop's next throttle.ready() waits it
				// out); a 423 locks one resource, so only this request waits.
				if (status === 429) throttle.pause(waitMs);
				else await sleep(waitMs);
				continue;
			}
			const details = describeWebexError(status, response.body, response.headers, conn.secrets);
			details.description += `\nWebex asked to wait ${Math.ceil(waitMs / 1000)} s more, beyond the node's Max Retry Wait (${policy.maxRetryWaitMs / 1000} s, already waited ${Math.round(waitedForLimits / 1000)} s).`;
			throw apiError(ctx, details, itemIndex);
		}

		const serverError = status !== undefined && RETRYABLE_SERVER_STATUSES.includes(status);
		const networkError = outcome.kind === 'network' && isRetryableNetworkError(outcome.code);
		if (serverError || networkError) {
			const unsent = outcome.kind === 'network' && isUnsentNetworkError(outcome.code);
			// A create that may have gone through is looked up, never blindly sent again.
			if (isCreate && !unsent) {
				if (!request.recover) {
					throw failure(ctx, conn, outcome, itemIndex, 'It may or may not have been created: check before running this item again.');
				}
				const found = await request.recover();
				if (found) {
					const headers = outcome.kind === 'response' ? outcome.response.headers : {};
					return { body: found as T, headers, statusCode: 200 };
				}
			}
			if (retries < policy.maxRetries) {
				const waitMs = backoffMs(retries);
				retries++;
				logRetry(ctx, method, url, status ? `answered ${status}` : `failed (${outcome.kind === 'network' ? outcome.code : ''})`, waitMs, retries);
				await sleep(waitMs);
				continue;
			}
		}
		throw failure(ctx, conn, outcome, itemIndex, retries > 0 ? `Gave up after ${retries} retries.` : undefined);
	}
}

/** The error for a final failed attempt. */
function failure(
	ctx: WebexContext,
	conn: Connection,
	outcome: Attempt,
	itemIndex: number | undefined,
	note?: string,
): NodeApiError {
	if (outcome.kind === 'network') {
		const origin = new URL(conn.baseUrl).origin;
		return apiError(ctx, {
			message: `Could not reach Webex at ${origin}: ${outcome.code ?? outcome.reason}`,
			description: [`The request failed before Webex answered: ${outcome.reason}`, note].filter(Boolean).join('\n'),
		}, itemIndex);
	}
	const { response } = outcome;
	const details = describeWebexError(response.statusCode, response.body, response.headers, conn.secrets);
	if (note) details.description += `\n${note}`;
	return apiError(ctx, details, itemIndex);
}

function withOrg(conn: Connection, request: WebexRequest): IDataObject | undefined {
	const orgId = request.orgId?.trim() || conn.orgId;
	if (!orgId && !request.qs) return undefined;
	return { ...request.qs, ...(orgId ? { orgId } : {}) };
}

/** One request to Webex; throws a NodeApiError carrying Webex's message and trackingId. */
export async function webexApiRequest(
	this: WebexContext,
	request: WebexRequest,
): Promise<WebexResponse<IDataObject>> {
	const conn = await connection(this, request.itemIndex);
	return await send<IDataObject>(this, conn, request.method, `${conn.baseUrl}${request.path}`, {
		...request,
		qs: withOrg(conn, request),
	});
}

/** The `rel="next"` URL of a Link header, if any. */
export function nextPageUrl(linkHeader: unknown): string | undefined {
	const text = Array.isArray(linkHeader) ? linkHeader.join(',') : linkHeader;
	if (typeof text !== 'string') return undefined;
	for (const part of text.split(',')) {
		const match = /<([^>]+)>\s*;(?:.*;)?\s*rel="?next"?/i.exec(part.trim());
		if (match) return match[1];
	}
	return undefined;
}

export interface PageOptions {
	/** The array key in the body, e.g. `items` or `operatingModes` */
	itemsKey: string;
	/** Stop after this many items in total (undefined: all pages) */
	limit?: number;
	/** Page size asked of Webex */
	pageSize?: number;
}

/**
 * Walks the pages of a list endpoint through its `Link: rel="next"` headers, handing each
 * page's items to `onPage` as it arrives, so callers never hold more than one page.
 * Next-page URLs on another origin are refused before anything is sent there.
 */
export async function webexApiPages(
	this: WebexContext,
	request: WebexRequest,
	page: PageOptions,
	onPage: (items: IDataObject[]) => void | Promise<void>,
): Promise<void> {
	const conn = await connection(this, request.itemIndex);
	const pageSize = page.pageSize ?? 100;
	const max = page.limit !== undefined ? Math.min(pageSize, page.limit) : pageSize;
	let url: string | undefined = `${conn.baseUrl}${request.path}`;
	let qs: IDataObject | undefined = withOrg(conn, { ...request, qs: { ...request.qs, max } });
	let remaining = page.limit ?? Number.POSITIVE_INFINITY;
	while (url && remaining > 0) {
		const response: WebexResponse<IDataObject> = await send<IDataObject>(this, conn, request.method, url, { ...request, qs });
		const items = (response.body?.[page.itemsKey] as IDataObject[] | undefined) ?? [];
		const taken = items.length > remaining ? items.slice(0, remaining) : items;
		remaining -= taken.length;
		await onPage(taken);
		url = nextPageUrl(response.headers.link);
		if (url && !isSameOrigin(url, conn.baseUrl)) {
			throw apiError(this, {
				message: `Webex's next-page link points to another host (${new URL(url).origin}); it was not followed`,
				description: `Only ${new URL(conn.baseUrl).origin} receives the access token.`,
			}, request.itemIndex);
		}
		// The next link carries every query parameter already.
		qs = undefined;
	}
}
