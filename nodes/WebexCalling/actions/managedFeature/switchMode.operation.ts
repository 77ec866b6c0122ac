import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { WebexOperation } from '../../kit/operation';
import { quote } from '../../helpers/json';
import { readReference } from '../../kit/reference';
import type { Reference } from '../../kit/reference';
import type { ExecutionRun } from '../../transport';
import { dryRunOption, optionsCollection } from '../../kit/descriptions';
import {
	actOnMyFeature,
	findMyFeature,
	findMyFeatureMode,
	myFeatureField,
	myFeatureModeField,
	prepareMyFeature,
} from './fields';
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
	mode: Reference;
	isManualSwitchbackEnabled: boolean;
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
			// Required by Webex's reference ("Switch Mode for Single Feature": operatingModeId).
			const mode = readReference(this, itemIndex, 'operatingModeId', issues, { inBody: true });
			// The form's two values, in any case (an AI agent writes "Manual"); any other is not
			// taken for automatic in silence.
			const given = this.getNodeParameter('switchBack', itemIndex, 'automatic');
			const switchBack = typeof given === 'string' ? given.trim().toLowerCase() : given;
			if (switchBack !== 'automatic' && switchBack !== 'manual')
				issues.push({
					field: 'switchBack',
					problem: `is ${quote(given)}: choose automatic or manual`,
				});
			return { mode, isManualSwitchbackEnabled: switchBack === 'manual' };
		});
	},

	async execute(run: ExecutionRun, prepared: Prepared, itemIndex: number) {
		const found = await findMyFeature(run, prepared, itemIndex);
		const mode = await findMyFeatureMode(run, found, prepared.mode, itemIndex);
		// A JSON boolean, as Webex's reference types it.
		const body = {
			operatingModeId: mode.operatingModeId,
			isManualSwitchbackEnabled: prepared.isManualSwitchbackEnabled,
		};
		return await actOnMyFeature(run, found, 'switchMode', itemIndex, body, mode);
	},
};
