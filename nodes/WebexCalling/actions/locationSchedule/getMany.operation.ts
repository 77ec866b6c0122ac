import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import {
	locationIdNamedLocator,
	optionsCollection,
	returnAllAndLimit,
	scheduleTypeOptions,
} from '../../kit/descriptions';
import { answeredIdSegment, assertNoIssues, requestSettings } from '../../kit/operation';
import { readReference } from '../../kit/reference';
import type { Reference } from '../../kit/reference';
import { idOf, locationByName } from '../lookups';
import type { RequestSettings, WebexOperation } from '../../kit/operation';
import { filtersCollection, readFilters, readLimit } from '../list';
import { callingLocations, schedulesAt } from '../../domain/schedule/requests';
import type { ExecutionRun } from '../../transport';

const filters: INodeProperties[] = [
	{
		displayName: 'Schedule Type',
		name: 'type',
		type: 'options',
		options: scheduleTypeOptions,
		default: 'holidays',
		description: 'Only schedules of this type',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: "Only schedules whose name starts with this text (Webex's name filter)",
	},
];

export const description: INodeProperties[] = [
	{
		displayName: 'Locations',
		name: 'locationScope',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'One Location', value: 'location' },
			{
				name: 'All Calling Locations',
				value: 'all',
				description: "Every Calling location's schedules, one location after another",
			},
		],
		default: 'location',
	},
	{ ...locationIdNamedLocator, displayOptions: { show: { locationScope: ['location'] } } },
	...returnAllAndLimit,
	filtersCollection(filters),
	optionsCollection(),
];

interface Prepared {
	/** By ID (encoded) or by name; undefined for every Calling location */
	location?: Reference;
	qs: IDataObject;
	limit?: number;
	settings: RequestSettings;
}

/**
 * One item per schedule, as Webex lists them (ID, name, type, location: no events; Get has
 * them). Webex has no org-wide list of schedules, so "All Calling Locations" lists the
 * locations, then each one's schedules, until the Limit.
 */
export const getMany: WebexOperation<Prepared> = {
	option: {
		name: 'Get Many',
		description:
			'List the business hours and holiday schedules of a location, or of every Calling location',
		action: 'Get many location schedules',
	},
	description,
	readOnly: true,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		const all = this.getNodeParameter('locationScope', itemIndex, 'location') === 'all';
		const location = all ? undefined : readReference(this, itemIndex, 'locationId', issues);
		const limit = readLimit(this, itemIndex, issues);
		assertNoIssues(this, itemIndex, issues);
		const qs = readFilters(this, itemIndex, filters);
		return { location, qs, limit, settings: requestSettings(this, itemIndex) };
	},

	async execute(run: ExecutionRun, { location, qs, limit, settings }: Prepared, itemIndex) {
		if (location !== undefined) {
			const id = await idOf(
				run,
				location,
				locationIdNamedLocator,
				locationByName,
				settings,
				itemIndex,
			);
			return await schedulesAt(run, id, qs, settings, itemIndex, limit);
		}
		const found: IDataObject[] = [];
		for (const location of await callingLocations(run, settings, itemIndex)) {
			const left = limit === undefined ? undefined : limit - found.length;
			if (left !== undefined && left <= 0) break;
			const segment = answeredIdSegment(run, location.id, 'a location', itemIndex);
			found.push(...(await schedulesAt(run, segment, qs, settings, itemIndex, left)));
		}
		return found;
	},
};
