import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { webexApiRequest } from '../../transport';
import { optionsCollection } from '../../kit/descriptions';
import type { RequestSettings, WebexOperation } from '../../kit/operation';
import { featureForwardingPath } from '../../kit/paths';
import { featureFields, featureOf, prepareOneFeature } from './fields';
import type { FeatureRef, OneFeature } from './fields';
import type { ExecutionRun } from '../../transport';

export const description: INodeProperties[] = [...featureFields, optionsCollection()];

type Prepared = OneFeature;

/** A feature's call forwarding as Webex has it, with the feature it is about. */
export async function readForwarding(
	run: ExecutionRun,
	feature: FeatureRef,
	settings: RequestSettings,
	itemIndex: number,
): Promise<IDataObject> {
	const path = featureForwardingPath(feature.kind.segment, feature.locationId, feature.featureId);
	const answer = await webexApiRequest(run, { method: 'GET', path, ...settings, itemIndex });
	const forwarding = answer.body.callForwarding;
	return { ...featureOf(feature), ...((forwarding ?? {}) as IDataObject) };
}

/**
 * Always and selective forwarding, and the operating modes: which the feature forwards by, its
 * current mode and exception (a manual switch or an extension), each mode's forwarding.
 */
export const getCallForwarding: WebexOperation<Prepared> = {
	option: {
		name: 'Get Call Forwarding',
		description:
			"Get a feature's forwarding: its operating modes, the current mode and any exception",
		action: 'Get call forwarding of a call feature',
	},
	description,
	readOnly: true,

	prepare: prepareOneFeature,

	async execute(run: ExecutionRun, { feature, settings }: Prepared, itemIndex: number) {
		return await readForwarding(run, feature, settings, itemIndex);
	},
};
