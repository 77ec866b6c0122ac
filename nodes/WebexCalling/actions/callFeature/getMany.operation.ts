import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { FEATURE_KINDS, isFeatureType } from '../../helpers/forwarding';
import type { InputIssue } from '../../helpers/issues';
import { locationIdLocator, optionsCollection, returnAllAndLimit } from '../../kit/descriptions';
import { filtersCollection, readFilters, readLimit } from '../list';
import { assertNoIssues, requestSettings } from '../../kit/operation';
import type { WebexOperation } from '../../kit/operation';
import { listFeatures, ALL_FEATURE_TYPES } from '../../domain/callFeature/requests';
import type { FeatureListing } from '../../domain/callFeature/requests';
import type { ExecutionRun } from '../../transport';

export { ALL_FEATURE_TYPES };

export const featureTypesField = {
	displayName: 'Feature Types',
	name: 'featureTypes',
	type: 'multiOptions' as const,
	options: ALL_FEATURE_TYPES.map((value) => ({ name: FEATURE_KINDS[value].label, value })),
	default: ALL_FEATURE_TYPES,
	description: 'Which kinds of call feature to list (all three when none is chosen)',
};

const FILTERS: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Only features whose name contains this text',
	},
	{
		...locationIdLocator,
		required: false,
		description: 'Only the features of this location',
	},
];

export const featureFilters = filtersCollection(FILTERS);

export const description: INodeProperties[] = [
	featureTypesField,
	...returnAllAndLimit,
	featureFilters,
	optionsCollection(),
];

interface Prepared extends FeatureListing {
	limit?: number;
}

/** The kinds and filters of a listing of features (Get Many, Find by Operating Mode). */
export function readFeatureListing(
	ctx: IExecuteFunctions,
	itemIndex: number,
	issues: InputIssue[],
): FeatureListing {
	const chosen = ctx.getNodeParameter('featureTypes', itemIndex, ALL_FEATURE_TYPES);
	const list = Array.isArray(chosen) && chosen.length > 0 ? chosen : ALL_FEATURE_TYPES;
	for (const type of list)
		if (!isFeatureType(type))
			issues.push({
				field: 'featureTypes',
				problem: `has an unknown type ${JSON.stringify(type)}`,
			});
	return {
		types: ALL_FEATURE_TYPES.filter((type) => list.includes(type)),
		qs: readFilters(ctx, itemIndex, FILTERS),
		settings: requestSettings(ctx, itemIndex),
	};
}

/** The org's auto attendants, call queues and hunt groups (or some kinds), one item each. */
export const getMany: WebexOperation<Prepared> = {
	option: {
		name: 'Get Many',
		description: "List the org's auto attendants, call queues and hunt groups",
		action: 'Get many call features',
	},
	description,
	readOnly: true,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		const listing = readFeatureListing(this, itemIndex, issues);
		const limit = readLimit(this, itemIndex, issues);
		assertNoIssues(this, itemIndex, issues);
		return { ...listing, limit };
	},

	async execute(run: ExecutionRun, prepared: Prepared, itemIndex: number) {
		return await listFeatures(run, prepared, itemIndex, prepared.limit);
	},
};
