import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import { webexApiRequest } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { assertNoIssues, requestSettings } from '../operation';
import type { RequestSettings, WebexOperation } from '../operation';
import { featureForwardingPath } from '../paths';
import { featureFields, featureOf, readFeature } from './fields';
import type { FeatureRef } from './fields';
import type { ExecutionRun } from '../../transport';

export const description = updateDisplayOptions(
	{ show: { resource: ['callFeature'], operation: ['getCallForwarding'] } },
	[...featureFields, optionsCollection()],
);

interface Prepared {
	feature: FeatureRef;
	settings: RequestSettings;
}

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
	description,
	readOnly: true,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		const feature = readFeature(this, itemIndex, issues);
		assertNoIssues(this, itemIndex, issues);
		return { feature, settings: requestSettings(this, itemIndex) };
	},

	async execute(run: ExecutionRun, { feature, settings }: Prepared, itemIndex: number) {
		return await readForwarding(run, feature, settings, itemIndex);
	},
};
