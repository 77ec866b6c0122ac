/**
 * List endpoints, page by page through their `Link: rel="next"` headers, followed as given
 * (relative links resolved against the page they came from). Only the credential's origin is
 * ever asked, no page is read twice and a list has a bounded number of pages, so a server that
 * links in circles or without end cannot keep the node reading.
 */
import type { IDataObject } from 'n8n-workflow';

import { boundedText } from '../../../common/redact';
import { nextLinkOf } from '../helpers/linkHeader';
import type { WebexResponse } from './attempt';
import { apiError } from './connection';
import type { Connection, WebexContext } from './connection';
import type { WebexRun } from './run';
import { send } from './send';
import { withOrg } from './request';
import type { WebexRequest } from './request';

/** 2000 pages of 100: far beyond any Webex list this node reads, and still an end. */
export const MAX_PAGES = 2000;

/** A page's URL with its query in a fixed order, so the same page is recognised however linked. */
function pageKey(url: URL): string {
	const sorted = new URL(url.href);
	sorted.searchParams.sort();
	sorted.hash = '';
	return sorted.href;
}

/**
 * The next page's absolute URL, resolved against the page it came from. Throws when it points
 * to another origin (the token must not go there) or cannot be read.
 */
function resolveNext(
	ctx: WebexContext,
	conn: Connection,
	link: string,
	current: URL,
	itemIndex?: number,
): URL {
	let next: URL;
	try {
		next = new URL(link, current);
	} catch {
		throw apiError(
			ctx,
			{
				message: `Webex's next-page link ${JSON.stringify(boundedText(link, conn.secrets, 200))} is not a URL; the list was not read further`,
				description: 'The items of the pages before it were not output: the list is incomplete.',
			},
			itemIndex,
		);
	}
	const origin = new URL(conn.baseUrl).origin;
	if (next.origin !== origin) {
		throw apiError(
			ctx,
			{
				message: `Webex's next-page link points to another host (${next.origin}); it was not followed`,
				description: `Only ${origin} receives the access token.`,
			},
			itemIndex,
		);
	}
	return next;
}

export interface Page {
	items: IDataObject[];
	/** The next page's absolute URL, if Webex gave one */
	next?: URL;
}

/** The items of one page; a list key that is not a list means the answer is not a page. */
function itemsOf(
	ctx: WebexContext,
	response: WebexResponse<IDataObject>,
	itemsKey: string,
	itemIndex?: number,
): IDataObject[] {
	const items = response.body[itemsKey];
	if (items === undefined) return [];
	if (Array.isArray(items)) return items as IDataObject[];
	throw apiError(
		ctx,
		{
			message: `Webex answered ${response.statusCode} without a list of ${itemsKey}`,
			description: `The answer's "${itemsKey}" is not a list; the list was not read.`,
			httpCode: String(response.statusCode),
		},
		itemIndex,
	);
}

/** The first page's URL, with the request's query (and org) in it, as a next link would carry them. */
function firstPageUrl(conn: Connection, request: WebexRequest): URL {
	const url = new URL(`${conn.baseUrl}${request.path}`);
	for (const [name, value] of Object.entries(withOrg(conn, request) ?? {}))
		url.searchParams.set(name, String(value));
	return url;
}

/** One page at an absolute URL: its items, and its next link resolved and checked (raw). */
async function readPage(
	run: WebexRun,
	conn: Connection,
	request: WebexRequest,
	itemsKey: string,
	url: URL,
): Promise<Page> {
	const response = await send<IDataObject>(run, conn, request.method, url.href, {
		...request,
		qs: undefined,
	});
	const next = nextLinkOf(response.headers.link);
	if (!next.ok) {
		throw apiError(
			run.ctx,
			{
				message: `Webex's Link header cannot be read (${next.problem}); the list was not read further`,
				description: `The header: ${boundedText(String(response.headers.link), conn.secrets, 200)}. The items of this and earlier pages were not output: the list would be incomplete.`,
			},
			request.itemIndex,
		);
	}
	const link = next.value;
	return {
		items: itemsOf(run.ctx, response, itemsKey, request.itemIndex),
		next: link === undefined ? undefined : resolveNext(run.ctx, conn, link, url, request.itemIndex),
	};
}

/**
 * One page: the first (path and query of `request`) or the one at `url`, a next link earlier
 * pages gave (the pickers' pagination token), checked to be on the credential's origin.
 */
export async function webexApiPage(
	run: WebexRun,
	request: WebexRequest,
	itemsKey: string,
	url?: string,
): Promise<Page> {
	const conn = await run.connection(request.itemIndex);
	const first = firstPageUrl(conn, request);
	const pageUrl = url ? resolveNext(run.ctx, conn, url, first, request.itemIndex) : first;
	const { items, next } = await readPage(run, conn, request, itemsKey, pageUrl);
	// A page that links to itself has no next page.
	return { items, next: next && pageKey(next) !== pageKey(pageUrl) ? next : undefined };
}

export interface PageOptions {
	/** The array key in the body, e.g. `items` or `operatingModes` */
	itemsKey: string;
	/** Stop after this many items in total (undefined: all pages) */
	limit?: number;
}

/**
 * All items of a list (or its first `limit`), page after page. A next link to a page already
 * read, or a list longer than MAX_PAGES pages, fails the item with an error that says so.
 */
export async function webexApiList(
	run: WebexRun,
	request: WebexRequest,
	page: PageOptions,
): Promise<IDataObject[]> {
	const conn = await run.connection(request.itemIndex);
	const pageSize = 100;
	const max = page.limit !== undefined ? Math.min(pageSize, page.limit) : pageSize;
	const first = firstPageUrl(conn, { ...request, qs: { ...request.qs, max } });
	const listed: IDataObject[] = [];
	const seen = new Set<string>();
	let url: URL | undefined = first;
	while (url && listed.length < (page.limit ?? Number.POSITIVE_INFINITY)) {
		seen.add(pageKey(url));
		if (seen.size > MAX_PAGES) {
			throw apiError(
				run.ctx,
				{
					message: `Webex's list at ${request.path} went on for more than ${MAX_PAGES} pages; it was not read further`,
					description:
						'Use a Limit or filters, or check the Base URL: Webex lists are not this long.',
				},
				request.itemIndex,
			);
		}
		const { items, next }: Page = await readPage(run, conn, request, page.itemsKey, url);
		for (const item of items) listed.push(item);
		if (next && seen.has(pageKey(next))) {
			throw apiError(
				run.ctx,
				{
					message: `Webex's next-page link leads back to a page already read (${boundedText(next.pathname + next.search, conn.secrets, 200)}); the list was not read further`,
					description: `Pages linking in a loop would repeat the same items for ever. ${listed.length} items had been read; none were output for this item.`,
				},
				request.itemIndex,
			);
		}
		url = next;
	}
	return page.limit !== undefined ? listed.slice(0, page.limit) : listed;
}
