/** What the Call Feature operations share: the kind of feature, which one, and reading them. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { FEATURE_KINDS, isFeatureType } from '../../helpers/forwarding';
import type { FeatureKind, FeatureType } from '../../helpers/forwarding';
import type { InputIssue } from '../../helpers/issues';
import { locationIdLocator } from '../../kit/descriptions';
import { assertNoIssues, readPathId, requestSettings } from '../../kit/operation';
import type { RequestSettings } from '../../kit/operation';
import { featurePath } from '../../kit/paths';
import { webexApiRequest } from '../../transport';
import type { ExecutionRun } from '../../transport';

export const featureTypeField: INodeProperties = {
	displayName: 'Feature Type',
	name: 'featureType',
	type: 'options',
	options: (Object.entries(FEATURE_KINDS) as Array<[FeatureType, FeatureKind]>).map(
		([value, kind]) => ({ name: kind.label, value }),
	),
	default: 'autoAttendant',
	description: 'The kind of call feature: each forwards calls by operating mode',
};

export const featureLocationField: INodeProperties = {
	...locationIdLocator,
	description: "The feature's Webex Calling location",
};

export const featureIdField: INodeProperties = {
	displayName: 'Feature',
	name: 'featureId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The auto attendant, call queue or hunt group (of the type and location above)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchFeatures', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'Y2lzY29zcGFyazovL3VzL0FVVE9fQVRURU5EQU5ULz...',
		},
	],
};

/** The fields that name one feature, in the order the form shows them. */
export const featureFields = [featureTypeField, featureLocationField, featureIdField];

export interface FeatureRef {
	type: FeatureType;
	kind: FeatureKind;
	/** Encoded, as they go into a path */
	locationId: string;
	featureId: string;
}

/** The feature an item names; problems are collected, not thrown. */
export function readFeature(
	ctx: IExecuteFunctions,
	itemIndex: number,
	issues: InputIssue[],
): FeatureRef {
	const type = ctx.getNodeParameter('featureType', itemIndex, 'autoAttendant');
	if (!isFeatureType(type))
		issues.push({
			field: 'featureType',
			problem: `must be one of ${Object.keys(FEATURE_KINDS).join(', ')}, got ${JSON.stringify(type)}`,
		});
	const featureType = isFeatureType(type) ? type : 'autoAttendant';
	return {
		type: featureType,
		kind: FEATURE_KINDS[featureType],
		locationId: readPathId(ctx, itemIndex, 'locationId', issues),
		featureId: readPathId(ctx, itemIndex, 'featureId', issues),
	};
}

/** What each output names: which feature it is about. */
export function featureOf(ref: FeatureRef) {
	return {
		featureType: ref.type,
		featureId: decodeURIComponent(ref.featureId),
		locationId: decodeURIComponent(ref.locationId),
	};
}

/**
 * The feature's name, from its details (Webex's "Get Details for an Auto Attendant", "… for a
 * Call Queue", "… for a Hunt Group"): its forwarding does not carry it.
 */
export async function featureName(
	run: ExecutionRun,
	ref: FeatureRef,
	settings: RequestSettings,
	itemIndex: number,
): Promise<{ featureName?: string }> {
	const { body } = await webexApiRequest(run, {
		method: 'GET',
		path: featurePath(ref.kind.segment, ref.locationId, ref.featureId),
		...settings,
		itemIndex,
	});
	return typeof body.name === 'string' ? { featureName: body.name } : {};
}

/** What an operation on one feature needs: the feature, and the item's settings. */
export interface OneFeature {
	feature: FeatureRef;
	settings: RequestSettings;
}

/** Reads the feature an item names and its Options; bad input fails the item, nothing sent. */
export function prepareOneFeature(this: IExecuteFunctions, itemIndex: number): OneFeature {
	const issues: InputIssue[] = [];
	const feature = readFeature(this, itemIndex, issues);
	assertNoIssues(this, itemIndex, issues);
	return { feature, settings: requestSettings(this, itemIndex) };
}
