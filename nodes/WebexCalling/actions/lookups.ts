/**
 * Where a name given By Name is looked up, for the objects Webex's own lists name: Calling
 * locations (`name`) and workspaces (`displayName`). One request per run and name (or per run,
 * for locations), shared by every item.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Named } from '../helpers/names';
import { callingLocations } from '../domain/schedule/requests';
import type { RequestSettings } from '../kit/operation';
import { WORKSPACES } from '../kit/paths';
import { resolveReference } from '../kit/reference';
import type { NameLookup, Reference } from '../kit/reference';
import { webexApiList } from '../transport';
import type { ExecutionRun } from '../transport';

/** Looks a name up among the objects of one kind; `name` is the one given (some lists filter by it). */
export type NameLookupOf = (
	run: ExecutionRun,
	settings: RequestSettings,
	name: string,
	itemIndex: number,
) => NameLookup;

/**
 * The ID path segment a reference stands for: an ID as given, a name looked up where `lookupOf`
 * says (one look-up a run, shared by its items).
 */
export async function idOf(
	run: ExecutionRun,
	reference: Reference,
	field: Pick<INodeProperties, 'name'>,
	lookupOf: NameLookupOf,
	settings: RequestSettings,
	itemIndex: number,
): Promise<string> {
	if ('id' in reference) return reference.id;
	const lookup = lookupOf(run, settings, reference.name, itemIndex);
	return (await resolveReference(run, reference, field, lookup, itemIndex)).id;
}

const named = (entry: IDataObject, nameField: string): Named => ({
	id: String(entry.id ?? ''),
	name: String(entry[nameField] ?? ''),
});

/** The org's Calling locations, all of them (the list the Location picker shows). */
export const locationByName: NameLookupOf = (run, settings, _name, itemIndex) => ({
	key: `names:locations:${settings.orgId ?? ''}`,
	plural: 'Calling locations',
	list: async () =>
		(await callingLocations(run, settings, itemIndex)).map((location) => named(location, 'name')),
});

/**
 * Calling workspaces by Webex's `displayName` filter (an org may have thousands; the filter
 * narrows them to those Webex matches to the name, and the name is then matched whole here).
 */
export const workspaceByName: NameLookupOf = (run, settings, name, itemIndex) => ({
	key: `names:workspaces:${settings.orgId ?? ''}:${name}`,
	plural: 'Calling workspaces Webex finds by that name',
	none: 'Webex finds no Calling workspace by that name (Workspace → Get Many lists them)',
	list: async () =>
		(
			await webexApiList(
				run,
				{
					method: 'GET',
					path: WORKSPACES,
					qs: { displayName: name, calling: 'webexCalling' },
					...settings,
					itemIndex,
				},
				// Every page: Webex's filter matches more than the whole name (the simulator, as
				// "contains"), so the one named may come after a hundred others.
				{ itemsKey: 'items' },
			)
		).map((workspace) => named(workspace, 'displayName')),
});
