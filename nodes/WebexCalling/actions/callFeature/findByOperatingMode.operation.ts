import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { FEATURE_KINDS } from '../../helpers/forwarding';
import type { FeatureType } from '../../helpers/forwarding';
import type { InputIssue } from '../../helpers/issues';
import { isPlainObject } from '../../helpers/json';
import { idPathSegment } from '../../helpers/url';
import { webexApiRequest } from '../../transport';
import { DEFAULT_CONCURRENCY, modeIdLocator, optionsCollection } from '../../kit/descriptions';
import { assertNoIssues, readPathId } from '../../kit/operation';
import { forEachAtMost } from '../../kit/runItems';
import { featureForwardingPath } from '../../kit/paths';
import { featureFilters, featureTypesField, readFeatureListing } from './getMany.operation';
import { listFeatures } from '../../domain/callFeature/requests';
import type { FeatureListing } from '../../domain/callFeature/requests';
import type { WebexOperation } from '../../kit/operation';
import type { ExecutionRun } from '../../transport';

export const description: INodeProperties[] = [
	{ ...modeIdLocator, description: 'The operating mode to look for' },
	featureTypesField,
	featureFilters,
	optionsCollection(),
];

interface Prepared extends FeatureListing {
	modeId: string;
	concurrency: number;
}

/**
 * The features that forward by an operating mode: Webex has no query for it, so every feature
 * of the chosen kinds is listed and its call forwarding read (Concurrency at a time, the node's
 * option). One item per feature that has the mode, saying whether it is the current one.
 */
export const findByOperatingMode: WebexOperation<Prepared> = {
	option: {
		name: 'Find by Operating Mode',
		description: 'List the features that forward by an operating mode, and whether it is in effect',
		action: 'Find call features that use an operating mode',
	},
	description,
	readOnly: true,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		const modeId = decodeURIComponent(readPathId(this, itemIndex, 'modeId', issues));
		const listing = readFeatureListing(this, itemIndex, issues);
		assertNoIssues(this, itemIndex, issues);
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const concurrency = Number(options.concurrency ?? DEFAULT_CONCURRENCY);
		return {
			...listing,
			modeId,
			concurrency: Number.isInteger(concurrency) && concurrency > 0 ? concurrency : 1,
		};
	},

	async execute(run: ExecutionRun, prepared: Prepared, itemIndex: number) {
		const { modeId, settings } = prepared;
		const features = await listFeatures(run, prepared, itemIndex);
		const found: Array<IDataObject | undefined> = new Array(features.length);
		const usesMode = async (feature: IDataObject): Promise<IDataObject | undefined> => {
			const kind = FEATURE_KINDS[feature.featureType as FeatureType];
			const location = idPathSegment(feature.locationId);
			const id = idPathSegment(feature.id);
			if (!location.ok || !id.ok) return undefined;
			const answer = await webexApiRequest(run, {
				method: 'GET',
				path: featureForwardingPath(kind.segment, location.value, id.value),
				...settings,
				itemIndex,
			});
			const operatingModes = (answer.body.callForwarding as IDataObject | undefined)
				?.operatingModes as IDataObject | undefined;
			const modes = Array.isArray(operatingModes?.modes) ? operatingModes.modes : [];
			const mode = modes.filter(isPlainObject).find((entry) => entry.id === modeId);
			if (!mode) return undefined;
			return {
				featureType: feature.featureType,
				featureId: feature.id,
				name: feature.name,
				locationId: feature.locationId,
				locationName: feature.locationName,
				modeBasedForwardingEnabled: operatingModes?.enabled === true,
				current: operatingModes?.currentOperatingModeId === modeId,
				mode,
			} as IDataObject;
		};
		// The features' forwarding read as the run's items are: Concurrency at a time, in order.
		await forEachAtMost(features.length, prepared.concurrency, async (index) => {
			found[index] = await usesMode(features[index]);
		});
		return found.filter((entry): entry is IDataObject => entry !== undefined);
	},
};
