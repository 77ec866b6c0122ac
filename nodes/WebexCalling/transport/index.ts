/**
 * The one place that talks HTTP to Webex: credential, orgId, base URL, errors and pages.
 * Requests go through n8n's `httpRequestWithAuthentication`, so the credential's own
 * `authenticate` adds the token and the token never passes through this code.
 */
import { NodeApiError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	JsonObject,
} from 'n8n-workflow';

import { describeWebexError, redact } from '../helpers/errors';
import { isSameOrigin, normalizeBaseUrl } from '../helpers/url';

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
}

async function connection(this: WebexContext, itemIndex?: number): Promise<Connection> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE, itemIndex);
	let baseUrl: string;
	try {
		baseUrl = normalizeBaseUrl(credentials.baseUrl);
	} catch (error) {
		throw new NodeApiError(this.getNode(), { message: (error as Error).message }, {
			message: (error as Error).message,
			itemIndex,
		});
	}
	const orgId = typeof credentials.orgId === 'string' ? credentials.orgId.trim() : '';
	return {
		baseUrl,
		orgId: orgId || undefined,
		secrets: [String(credentials.accessToken ?? '')],
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

async function send<T>(
	ctx: WebexContext,
	conn: Connection,
	method: IHttpRequestMethods,
	url: string,
	request: Pick<WebexRequest, 'body' | 'qs' | 'itemIndex'>,
): Promise<WebexResponse<T>> {
	const options: IHttpRequestOptions = {
		method,
		url,
		qs: request.qs,
		body: request.body,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		// Redirects are not followed: the token must not travel to another host.
		disableFollowRedirect: true,
	};
	let response: { body: T; headers: Record<string, unknown>; statusCode: number };
	try {
		response = await ctx.helpers.httpRequestWithAuthentication.call(ctx, CREDENTIAL_TYPE, options);
	} catch (error) {
		const cause = (error as { cause?: { code?: string; message?: string } }).cause;
		const code = cause?.code ?? (error as { code?: string }).code;
		const reason = redact(String(cause?.message ?? (error as Error).message), conn.secrets);
		throw apiError(
			ctx,
			{
				message: `Could not reach Webex at ${new URL(url).origin}: ${code ?? reason}`,
				description: `${method} ${new URL(url).pathname} failed before Webex answered: ${reason}`,
			},
			request.itemIndex,
		);
	}
	const { statusCode } = response;
	if (statusCode >= 300 && statusCode < 400) {
		const location = String(response.headers.location ?? 'an unknown location');
		throw apiError(
			ctx,
			{
				message: `Webex answered with a redirect to ${redact(location, conn.secrets)}; it was not followed`,
				description: 'Redirects are not followed so that the access token stays with the credential\'s Base URL. Check the Base URL.',
				httpCode: String(statusCode),
			},
			request.itemIndex,
		);
	}
	if (statusCode >= 400) {
		const details = describeWebexError(statusCode, response.body, response.headers, conn.secrets);
		throw apiError(ctx, details, request.itemIndex);
	}
	return response;
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
	const conn = await connection.call(this, request.itemIndex);
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
	const conn = await connection.call(this, request.itemIndex);
	const max = page.limit !== undefined ? Math.min(page.pageSize ?? 100, page.limit) : page.pageSize ?? 100;
	let url: string | undefined = `${conn.baseUrl}${request.path}`;
	let qs: IDataObject | undefined = withOrg(conn, { ...request, qs: { ...request.qs, max } });
	let remaining = page.limit ?? Number.POSITIVE_INFINITY;
	while (url && remaining > 0) {
		const response = await send<IDataObject>(this, conn, request.method, url, {
			...request,
			qs,
		});
		const items = (response.body?.[page.itemsKey] as IDataObject[] | undefined) ?? [];
		const taken = items.length > remaining ? items.slice(0, remaining) : items;
		remaining -= taken.length;
		await onPage(taken);
		url = nextPageUrl(response.headers.link);
		if (url && !isSameOrigin(url, conn.baseUrl)) {
			throw apiError(
				this,
				{
					message: `Webex's next-page link points to another host (${new URL(url).origin}); it was not followed`,
					description: `Only ${new URL(conn.baseUrl).origin} receives the access token.`,
				},
				request.itemIndex,
			);
		}
		// The next link carries every query parameter already.
		qs = undefined;
	}
}
