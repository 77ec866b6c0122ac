/** Pickers for resource locators: search the org's locations and workspaces by name. */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { optionalText } from '../helpers/validation';
import { nextPageUrl, webexApiRequest } from '../transport';

const PAGE_SIZE = 100;

function orgIdOverride(ctx: ILoadOptionsFunctions): string | undefined {
	return optionalText(((ctx.getCurrentNodeParameter('options') ?? {}) as IDataObject).orgId);
}

/** The `start` offset of the next page, from the Link header: the picker's pagination token. */
function nextStart(link: unknown): string | undefined {
	const next = nextPageUrl(link);
	return next ? (new URL(next).searchParams.get('start') ?? undefined) : undefined;
}

async function search(
	ctx: ILoadOptionsFunctions,
	path: string,
	itemsKey: string,
	nameParam: string,
	nameField: string,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs: IDataObject = { max: PAGE_SIZE };
	if (filter) qs[nameParam] = filter;
	if (paginationToken) qs.start = paginationToken;
	const response = await webexApiRequest.call(ctx, {
		method: 'GET',
		path,
		qs,
		orgId: orgIdOverride(ctx),
	});
	const items = (response.body[itemsKey] as IDataObject[] | undefined) ?? [];
	return {
		results: items.map((item) => ({ name: String(item[nameField] ?? item.id), value: String(item.id) })),
		paginationToken: nextStart(response.headers.link),
	};
}

export async function searchLocations(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await search(this, '/locations', 'items', 'name', 'name', filter, paginationToken);
}

export async function searchWorkspaces(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await search(this, '/workspaces', 'items', 'displayName', 'displayName', filter, paginationToken);
}

export async function searchOperatingModes(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await search(this, '/telephony/config/operatingModes', 'operatingModes', 'name', 'name', filter, paginationToken);
}
