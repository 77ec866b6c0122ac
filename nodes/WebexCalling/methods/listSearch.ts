/**
 * Pickers for resource locators: search the org's Calling locations, Calling workspaces and
 * operating modes by name, a page at a time (the pagination token is Webex's own next-page
 * link, followed as given, checked to stay on the credential's origin); and the holidays of the
 * chosen mode and the criteria of the chosen workspace, which Webex returns whole with their
 * parent.
 */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { namedFeature } from '../domain/callFeature/requests';
import { listOf, optionalText } from '../helpers/json';
import { idPathSegment } from '../helpers/url';
import { matchNameOrId } from '../helpers/names';
import { WebexRun, webexApiPage, webexApiRequest } from '../transport';
import { FEATURE_KINDS, isFeatureType } from '../helpers/forwarding';
import {
	CALLING_LOCATIONS,
	OPERATING_MODES,
	PEOPLE,
	WORKSPACES,
	availableModesPath,
	featuresPath,
	MY_MODE_FEATURES,
	criteriaPath,
	modePath,
	myModeFeaturePath,
	queueServicePath,
	schedulePath,
	schedulesPath,
	simultaneousRingPath,
	workspacePath,
} from '../kit/paths';

function orgIdOverride(ctx: ILoadOptionsFunctions): string | undefined {
	return optionalText(((ctx.getCurrentNodeParameter('options') ?? {}) as IDataObject).orgId);
}

interface SearchList {
	path: string;
	itemsKey: string;
	nameParam: string;
	nameField: string;
	qs?: IDataObject;
	/** How a result is shown, when more than its name field */
	nameOf?: (item: IDataObject) => string;
	/** What choosing a result puts in the field, when not its ID */
	chosenValueOf?: (item: IDataObject) => string;
}

async function search(
	ctx: ILoadOptionsFunctions,
	list: SearchList,
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
			name: list.nameOf?.(item) ?? String(item[list.nameField] ?? item.id),
			value: list.chosenValueOf?.(item) ?? String(item.id),
		})),
		paginationToken: page.next?.href,
	};
}

/** A picker's search of one Webex list, by the name Webex filters on. */
function searchOf(list: SearchList) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		return await search(this, list, filter, paginationToken);
	};
}

/** Only Calling-enabled locations: the others can have no operating modes or workspaces to ring. */
export const searchLocations = searchOf({
	path: CALLING_LOCATIONS,
	itemsKey: 'locations',
	nameParam: 'name',
	nameField: 'name',
});

/** Only Webex Calling workspaces (`calling=webexCalling`): simultaneous ring exists only for them. */
export const searchWorkspaces = searchOf({
	path: WORKSPACES,
	itemsKey: 'items',
	nameParam: 'displayName',
	nameField: 'displayName',
	qs: { calling: 'webexCalling' },
});

export const searchOperatingModes = searchOf({
	path: OPERATING_MODES,
	itemsKey: 'operatingModes',
	nameParam: 'name',
	nameField: 'name',
});

/**
 * People of the org, by e-mail (a filter with "@": Webex matches it whole) or by the start of
 * their display name ("List People"; spark-admin:people_read, or a user's spark:people_read).
 */
export async function searchPeople(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) {
	const byEmail = filter?.includes('@') === true;
	return await search(
		this,
		{
			path: PEOPLE,
			itemsKey: 'items',
			nameParam: byEmail ? 'email' : 'displayName',
			nameField: 'displayName',
			nameOf: (person) => {
				const email = Array.isArray(person.emails) ? person.emails[0] : undefined;
				const name = String(person.displayName ?? person.id);
				return typeof email === 'string' ? `${name} (${email})` : name;
			},
		},
		filter?.trim(),
		paginationToken,
	);
}

/** The chosen parent's ID (a locator's value or plain text), checked as a path segment. */
function parentId(ctx: ILoadOptionsFunctions, name: string, label: string): string {
	const segment = idPathSegment(ctx.getCurrentNodeParameter(name, { extractValue: true }));
	if (!segment.ok) throw new Error(`Choose the ${label} first: its ID ${segment.problem}`);
	return segment.value;
}

/** A parent's list, filtered by name here: Webex has no query for it. */
async function listOfParent(
	ctx: ILoadOptionsFunctions,
	path: string,
	listKey: string,
	nameOf: (entry: IDataObject) => string,
	filter?: string,
	/** The signed-in person's own (`/people/me/…`): no orgId */
	me = false,
	/** What choosing an entry puts in the field, when not its ID */
	chosenValueOf: (entry: IDataObject) => string = (entry) => String(entry.id),
): Promise<INodeListSearchResult> {
	const parent = await webexApiRequest(new WebexRun(ctx), {
		method: 'GET',
		path,
		orgId: orgIdOverride(ctx),
		me,
	});
	const entries = (parent.body[listKey] as IDataObject[] | undefined) ?? [];
	const wanted = filter?.toLowerCase();
	return {
		results: entries
			.map((entry) => ({ name: nameOf(entry), value: chosenValueOf(entry) }))
			.filter((entry) => !wanted || entry.name.toLowerCase().includes(wanted)),
	};
}

/** An entry with dates (a holiday, a schedule's event) as a person reads it: "Christmas (2027-12-25)". */
function datedName(entry: IDataObject): string {
	const dates =
		entry.startDate === entry.endDate
			? String(entry.startDate ?? '')
			: `${String(entry.startDate ?? '')} – ${String(entry.endDate ?? '')}`;
	return dates ? `${String(entry.name ?? entry.id)} (${dates})` : String(entry.name ?? entry.id);
}

/** The holidays of the operating mode chosen above, by name, with their dates. */
export async function searchHolidays(this: ILoadOptionsFunctions, filter?: string) {
	return await listOfParent(
		this,
		modePath(parentId(this, 'modeId', 'Operating Mode')),
		'holidays',
		datedName,
		filter,
	);
}

/** The simultaneous ring criteria of the workspace chosen above, by schedule. */
export async function searchCriteria(this: ILoadOptionsFunctions, filter?: string) {
	return await listOfParent(
		this,
		simultaneousRingPath(parentId(this, 'workspaceId', 'Workspace')),
		'criteria',
		(criteria) => {
			// Without a schedule a criteria applies at all hours (live Webex: wxc_sdk's tests create such).
			const schedule = criteria.scheduleName ? String(criteria.scheduleName) : 'All hours';
			const ring = criteria.ringEnabled === false ? "don't ring" : 'ring';
			const from = criteria.source === 'SPECIFIC_NUMBERS' ? 'specific numbers' : 'all numbers';
			return `${schedule} (${ring}, calls from ${from})`;
		},
		filter,
	);
}

/** Auto attendants, call queues or hunt groups (the Feature Type chosen above), of the chosen location if any. */
export async function searchFeatures(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) {
	const type = this.getCurrentNodeParameter('featureType');
	const kind = FEATURE_KINDS[isFeatureType(type) ? type : 'autoAttendant'];
	const location = optionalText(this.getCurrentNodeParameter('locationId', { extractValue: true }));
	return await search(
		this,
		{
			path: featuresPath(kind.segment),
			itemsKey: kind.listKey,
			nameParam: 'name',
			nameField: 'name',
			qs: location ? { locationId: location } : {},
		},
		filter,
		paginationToken,
	);
}

/** The operating modes a feature of the chosen location may use: the org's and the location's own. */
export async function searchAvailableModes(this: ILoadOptionsFunctions, filter?: string) {
	return await listOfParent(
		this,
		availableModesPath(parentId(this, 'locationId', 'Location')),
		'operatingModes',
		(mode) =>
			`${String(mode.name ?? mode.id)} (${mode.level === 'LOCATION' ? 'location' : 'organization'})`,
		filter,
	);
}

/** The features the signed-in mode manager manages (their own token), by name. */
export async function searchMyFeatures(this: ILoadOptionsFunctions, filter?: string) {
	return await listOfParent(
		this,
		MY_MODE_FEATURES,
		'features',
		(feature) => String(feature.name ?? feature.id),
		filter,
		true,
	);
}

/**
 * The managed feature chosen above, as an ID path segment: one given By Name is found among the
 * signed-in person's features (one of that name, as the node finds it when it runs).
 */
async function myFeatureSegment(ctx: ILoadOptionsFunctions): Promise<string> {
	const chosen = ctx.getCurrentNodeParameter('featureId') as { mode?: unknown; value?: unknown };
	const name = typeof chosen?.value === 'string' ? chosen.value.trim() : '';
	if (chosen?.mode !== 'name' || name === '') return parentId(ctx, 'featureId', 'Feature');
	const listed = await webexApiRequest(new WebexRun(ctx), {
		method: 'GET',
		path: MY_MODE_FEATURES,
		me: true,
	});
	const match = matchNameOrId(listOf(listed.body.features).map(namedFeature), name);
	if (!('found' in match))
		throw new Error(
			`Choose the Feature first: ${'ambiguous' in match ? 'several' : 'none'} of the features you manage ${'ambiguous' in match ? 'are' : 'is'} named ${JSON.stringify(name)}`,
		);
	const segment = idPathSegment(match.found.id);
	if (!segment.ok) throw new Error(`Webex answered with a feature whose ID ${segment.problem}`);
	return segment.value;
}

/** The operating modes of the managed feature chosen above (from the list, by ID or by name). */
export async function searchMyFeatureModes(this: ILoadOptionsFunctions, filter?: string) {
	return await listOfParent(
		this,
		myModeFeaturePath(await myFeatureSegment(this)),
		'modes',
		(mode) => String(mode.name ?? mode.id),
		filter,
		true,
	);
}

/** The chosen schedule type (a path segment of every schedule request). */
function scheduleTypeOf(ctx: ILoadOptionsFunctions): string {
	const type = ctx.getCurrentNodeParameter('scheduleType');
	return type === 'businessHours' ? 'businessHours' : 'holidays';
}

/**
 * A location's schedules as a picker's list, of one type or of both (each then says which it is);
 * the value is the schedule's ID, or its name where Webex refers to schedules by name.
 */
function schedulesOf(locationId: string, type: string | undefined, byName: boolean): SearchList {
	return {
		path: schedulesPath(locationId),
		itemsKey: 'schedules',
		nameParam: 'name',
		nameField: 'name',
		qs: type ? { type } : {},
		nameOf: type
			? undefined
			: (schedule) =>
					`${String(schedule.name)} (${schedule.type === 'businessHours' ? 'Business Hours' : 'Holidays'})`,
		chosenValueOf: byName ? (schedule) => String(schedule.name) : undefined,
	};
}

/**
 * The chosen location's schedules of the chosen type. Webex's `name` filter matches the start of
 * names (wxc_sdk's live tests rely on it), so the search box finds schedules by how they begin.
 */
export async function searchLocationSchedules(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) {
	return await search(
		this,
		schedulesOf(parentId(this, 'locationId', 'Location'), scheduleTypeOf(this), false),
		filter?.trim(),
		paginationToken,
	);
}

/** The events of the schedule chosen above, by name, with their dates. */
export async function searchScheduleEvents(this: ILoadOptionsFunctions, filter?: string) {
	return await listOfParent(
		this,
		schedulePath(
			parentId(this, 'locationId', 'Location'),
			scheduleTypeOf(this),
			parentId(this, 'scheduleId', 'Schedule'),
		),
		'events',
		datedName,
		filter,
	);
}

/**
 * The Schedule Type the criteria will have: the one chosen in the form (Create shows it; Update
 * holds it among the fields to change), else, in Update, the criteria's own, read from Webex so
 * that a name picked alone matches the type it keeps; undefined while neither says.
 */
async function criteriaScheduleType(
	ctx: ILoadOptionsFunctions,
	run: WebexRun<ILoadOptionsFunctions>,
	workspaceId: string,
): Promise<string | undefined> {
	const isType = (type: unknown) =>
		type === 'businessHours' || type === 'holidays' ? type : undefined;
	const updateFields = (ctx.getCurrentNodeParameter('updateFields') ?? {}) as IDataObject;
	const chosen =
		isType(ctx.getCurrentNodeParameter('scheduleType')) ?? isType(updateFields.scheduleType);
	if (chosen || ctx.getCurrentNodeParameter('operation') !== 'update') return chosen;
	const criteriaId = idPathSegment(
		ctx.getCurrentNodeParameter('criteriaId', { extractValue: true }),
	);
	if (!criteriaId.ok) return undefined;
	const criteria = await webexApiRequest(run, {
		method: 'GET',
		path: criteriaPath(workspaceId, criteriaId.value),
		orgId: orgIdOverride(ctx),
	});
	return isType(criteria.body.scheduleType);
}

/**
 * The schedules a workspace's simultaneous-ring criteria can name: those of the workspace's
 * location (Webex's "Get Workspace Details" says which), of the criteria's Schedule Type (either
 * type, each named, while nothing says which). The value is the schedule's name, which is what a
 * criteria holds.
 */
export async function searchWorkspaceSchedules(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) {
	const run = new WebexRun(this);
	const workspaceId = parentId(this, 'workspaceId', 'Workspace');
	const workspace = await webexApiRequest(run, {
		method: 'GET',
		path: workspacePath(workspaceId),
		orgId: orgIdOverride(this),
	});
	const location = idPathSegment(workspace.body.locationId);
	if (!location.ok) throw new Error(`Webex names no location for this workspace`);
	const chosen = await criteriaScheduleType(this, run, workspaceId);
	return await search(
		this,
		schedulesOf(location.value, chosen, true),
		filter?.trim(),
		paginationToken,
	);
}

/** The features of one kind at the chosen location, by name. */
function featuresAtLocation(kind: { segment: string; listKey: string }) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		return await search(
			this,
			{
				path: featuresPath(kind.segment),
				itemsKey: kind.listKey,
				nameParam: 'name',
				nameField: 'name',
				qs: { locationId: parentId(this, 'locationId', 'Location') },
			},
			filter,
			paginationToken,
		);
	};
}

export const searchCallQueues = featuresAtLocation(FEATURE_KINDS.callQueue);

export const searchAutoAttendants = featuresAtLocation(FEATURE_KINDS.autoAttendant);

/** The chosen location's schedules of one type, by name (the value is the name). */
function scheduleNamesAtLocation(type: 'businessHours' | 'holidays') {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		return await search(
			this,
			schedulesOf(parentId(this, 'locationId', 'Location'), type, true),
			filter?.trim(),
			paginationToken,
		);
	};
}

export const searchBusinessHoursScheduleNames = scheduleNamesAtLocation('businessHours');

export const searchHolidayScheduleNames = scheduleNamesAtLocation('holidays');

/**
 * The schedules a call queue's service may use, as its own GET lists them (`holidaySchedules`,
 * `businessHourSchedules`): "Denver Holidays (location)"; the value is the name.
 */
async function queueServiceSchedules(
	ctx: ILoadOptionsFunctions,
	segment: string,
	listKey: string,
	filter?: string,
) {
	return await listOfParent(
		ctx,
		queueServicePath(
			parentId(ctx, 'locationId', 'Location'),
			parentId(ctx, 'queueId', 'Call Queue'),
			segment,
		),
		listKey,
		(schedule) =>
			typeof schedule.scheduleLevel === 'string'
				? `${String(schedule.scheduleName)} (${schedule.scheduleLevel.toLowerCase()})`
				: String(schedule.scheduleName),
		filter,
		false,
		(schedule) => String(schedule.scheduleName),
	);
}

export async function searchQueueHolidaySchedules(this: ILoadOptionsFunctions, filter?: string) {
	return await queueServiceSchedules(this, 'holidayService', 'holidaySchedules', filter);
}

export async function searchQueueBusinessHourSchedules(
	this: ILoadOptionsFunctions,
	filter?: string,
) {
	return await queueServiceSchedules(this, 'nightService', 'businessHourSchedules', filter);
}
