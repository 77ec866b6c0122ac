/**
 * The trigger's option lists: the features it may watch, as its Read Features As reads them (an
 * admin's lists of the chosen kinds and location, or the mode manager's own features).
 */
import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { listFeatures, myFeatures } from '../WebexCalling/domain/callFeature/requests';
import { FEATURE_KINDS, isFeatureType } from '../WebexCalling/helpers/forwarding';
import { optionalText } from '../WebexCalling/helpers/json';
import { DEFAULT_RETRY_POLICY } from '../WebexCalling/helpers/retry';
import { WebexRun } from '../WebexCalling/transport';

/** How many features the list offers at most (an expression can give any) */
const MAX_OPTIONS = 1000;

export async function getWatchableFeatures(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const run = new WebexRun(this);
	const options = (this.getCurrentNodeParameter('options') ?? {}) as IDataObject;
	const settings = { orgId: optionalText(options.orgId), retry: DEFAULT_RETRY_POLICY };
	if (this.getCurrentNodeParameter('featureSource') === 'modeManager') {
		return (await myFeatures(run, settings)).map((feature) => ({
			name: String(feature.name ?? feature.id),
			value: String(feature.id),
		}));
	}
	const chosen = this.getCurrentNodeParameter('featureTypes');
	const types = (Array.isArray(chosen) ? chosen : []).filter(isFeatureType);
	const location = optionalText(
		this.getCurrentNodeParameter('featureLocationId', { extractValue: true }),
	);
	const features = await listFeatures(
		run,
		{
			types: types.length > 0 ? types : (Object.keys(FEATURE_KINDS) as typeof types),
			qs: location ? { locationId: location } : {},
			settings,
		},
		undefined,
		MAX_OPTIONS,
	);
	return features.map((feature) => ({
		name: `${String(feature.name ?? feature.id)} (${
			isFeatureType(feature.featureType) ? FEATURE_KINDS[feature.featureType].label : ''
		}${typeof feature.locationName === 'string' ? `, ${feature.locationName}` : ''})`,
		value: String(feature.id),
	}));
}
