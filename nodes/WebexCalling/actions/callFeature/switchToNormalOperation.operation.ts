import type { INodeProperties } from 'n8n-workflow';

import { webexApiRequest } from '../../transport';
import { dryRunOption, optionsCollection } from '../../kit/descriptions';
import type { WebexOperation } from '../../kit/operation';
import { switchToNormalPath } from '../../kit/paths';
import { featureFields, featureOf, prepareOneFeature } from './fields';
import type { OneFeature } from './fields';
import { readForwarding } from './getCallForwarding.operation';
import type { ExecutionRun } from '../../transport';

export const description: INodeProperties[] = [...featureFields, optionsCollection([dryRunOption])];

type Prepared = OneFeature;

/**
 * Ends a manual switch or an extension: the feature forwards by the mode its schedules say
 * again. Webex's action is a POST with no body (wxc_sdk's forwarding.py sends POST since it
 * found PUT refused); the admin API cannot switch a feature to a chosen mode, a mode manager can.
 * Outputs the call forwarding as it is after the switch.
 */
export const switchToNormalOperation: WebexOperation<Prepared> = {
	option: {
		name: 'Switch to Normal Operation',
		description:
			'End a manual switch or an extension: the feature forwards by the mode its schedules say',
		action: 'Switch a call feature back to normal operation',
	},
	description,

	prepare: prepareOneFeature,

	async execute(run: ExecutionRun, { feature, settings }: Prepared, itemIndex: number) {
		const path = switchToNormalPath(feature.kind.segment, feature.locationId, feature.featureId);
		await webexApiRequest(run, { method: 'POST', path, idempotent: true, ...settings, itemIndex });
		if (settings.dryRun) return featureOf(feature);
		return await readForwarding(run, feature, settings, itemIndex);
	},
};
