/**
 * Pickers for resource locators: search the org's Calling locations, Calling workspaces and
 * operating modes by name, a page at a time. The pagination token is Webex's own next-page
 * link, followed as given (checked to stay on the credential's origin).
 */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { optionalText } from '../helpers/json';
import { WebexRun, webexApiPage } from '../transport';
import { CALLING_LOCATIONS, OPERATING_MODES, WORKSPACES } from '../actions/paths';

function orgIdOverride(ctx: ILoadOptionsFunctions): string | undefined {
	return optionalText(((ctx.getCurrentNodeParameter('options') ?? {}) as IDataObject).orgId);
}

async function search(
	ctx: ILoadOptionsFunctions,
	list: { path: string; itemsKey: string; nameParam: string; nameField: string; qs?: IDataObject },
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs: IDataObject = { max: 100, ...list.qs };
	if (filter) qs[list.nameParam] = filter;
	// Each search is a run of its own: the credential read once, an uncapped gate.
	const page = await webexApiPage(
		new WebexRun(ctx),
		{ method: 'GET', path: list.path, qs, orgId: orgIdOverride(ctx) },
		list.itemsKey,
		paginationToken,
	);
	return {
		results: page.items.map((item) => ({
			name: String(item[list.nameField] ?? item.id),
			value: String(item.id),
		})),
		paginationToken: page.next?.href,
	};
}

/** Only Calling-enabled locations: the others can have no operating modes or workspaces to ring. */
export async function searchLocations(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) {
	return await search(
		this,
		{ path: CALLING_LOCATIONS, itemsKey: 'locations', nameParam: 'name', nameField: 'name' },
		filter,
		paginationToken,
	);
}

/** Only Webex Calling workspaces (`calling=webexCalling`): simultaneous ring exists only for them. */
export async function searchWorkspaces(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) {
	return await search(
		this,
		{
			path: WORKSPACES,
			itemsKey: 'items',
			nameParam: 'displayName',
			nameField: 'displayName',
			qs: { calling: 'webexCalling' },
		},
		filter,
		paginationToken,
	);
}

export async function searchOperatingModes(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) {
	return await search(
		this,
		{ path: OPERATING_MODES, itemsKey: 'operatingModes', nameParam: 'name', nameField: 'name' },
		filter,
		paginationToken,
	);
}
