import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import { assertNoIssues, requestSettings } from '../../kit/operation';
import type { RequestSettings, WebexOperation } from '../../kit/operation';
import type { ExecutionRun } from '../../transport';
import { featureIdList } from '../../helpers/featureIds';
import { optionsCollection } from '../../kit/descriptions';
import { MY_MODE_FEATURES } from '../../kit/paths';
import { checkUserCredential } from './fields';
import { asManager } from '../../domain/callFeature/requests';

export const featureIdsField = {
	displayName: 'Feature IDs',
	name: 'featureIds',
	type: 'string' as const,
	default: '',
	required: true,
	placeholder: 'Y2lzY29z..., Y2lzY29z...',
	description:
		'Features the signed-in person manages, separated by commas, or a list from an expression',
};

export const description: INodeProperties[] = [featureIdsField, optionsCollection()];

interface Prepared {
	featureIds: string[];
	settings: RequestSettings;
}

/**
 * The feature IDs of an item: at least one. Webex takes 1 to 50 (its reference, "Get Common
 * Modes" and "Switch Mode for Multiple Features": featureIds required); more are sent, and Webex
 * says.
 */
export function readFeatureIds(ctx: IExecuteFunctions, itemIndex: number, issues: InputIssue[]) {
	const ids = featureIdList(ctx.getNodeParameter('featureIds', itemIndex, ''));
	if (ids.length === 0) issues.push({ field: 'featureIds', problem: 'names no feature' });
	return ids;
}

/** The names of the modes all the given features have: what they can all be switched to at once. */
export const getCommonModes: WebexOperation<Prepared> = {
	option: {
		name: 'Get Common Modes',
		description: 'The mode names several features share: what they can all be switched to',
		action: 'Get the modes common to managed features',
	},
	description,
	readOnly: true,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		checkUserCredential(this, itemIndex, issues);
		const featureIds = readFeatureIds(this, itemIndex, issues);
		assertNoIssues(this, itemIndex, issues);
		return { featureIds, settings: requestSettings(this, itemIndex) };
	},

	async execute(run: ExecutionRun, { featureIds, settings }: Prepared, itemIndex: number) {
		const answer = await asManager(run, {
			method: 'GET',
			path: `${MY_MODE_FEATURES}/commonModes`,
			qs: { featureIds: featureIds.join(',') },
			...settings,
			itemIndex,
		});
		return { featureIds, commonModeNames: answer.commonModeNames ?? [] } as IDataObject;
	},
};
