import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { WebexOperation } from '../../kit/operation';
import type { ExecutionRun } from '../../transport';
import { dryRunOption, optionsCollection } from '../../kit/descriptions';
import { actOnMyFeature, myFeatureField, myFeatureModeField, prepareMyFeature } from './fields';
import type { MyFeature } from './fields';

export const description: INodeProperties[] = [
	myFeatureField,
	myFeatureModeField,
	{
		displayName: 'Switch Back',
		name: 'switchBack',
		type: 'options',
		options: [
			{
				name: 'Automatically',
				value: 'automatic',
				description: 'Back to normal operation when the mode would end by its schedule',
			},
			{
				name: 'Manually',
				value: 'manual',
				description: 'Stays until someone switches it back (Switch to Normal Operation)',
			},
		],
		default: 'automatic',
	},
	optionsCollection([dryRunOption]),
];

interface Prepared extends MyFeature {
	body: IDataObject;
}

/** Puts one managed feature into a chosen mode now; outputs the feature as it is after. */
export const switchMode: WebexOperation<Prepared> = {
	option: {
		name: 'Switch Mode',
		description: 'Put one feature into a chosen mode now (storm day, event)',
		action: 'Switch a managed feature to a mode',
	},
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		return prepareMyFeature(this, itemIndex, (issues) => {
			const modeId = String(
				this.getNodeParameter('operatingModeId', itemIndex, '', { extractValue: true }) ?? '',
			).trim();
			// Required by Webex's reference ("Switch Mode for Single Feature": operatingModeId).
			if (!modeId) issues.push({ field: 'operatingModeId', problem: 'is required' });
			const manual = this.getNodeParameter('switchBack', itemIndex, 'automatic') === 'manual';
			// A JSON boolean, as Webex's reference types it.
			return { body: { operatingModeId: modeId, isManualSwitchbackEnabled: manual } };
		});
	},

	async execute(run: ExecutionRun, prepared: Prepared, itemIndex: number) {
		return await actOnMyFeature(run, prepared, 'switchMode', itemIndex, prepared.body);
	},
};
