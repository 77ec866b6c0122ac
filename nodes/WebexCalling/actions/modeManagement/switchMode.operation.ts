import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import { assertNoIssues, requestSettings } from '../operation';
import type { RequestSettings, WebexOperation } from '../operation';
import type { ExecutionRun } from '../../transport';
import { dryRunOption, optionsCollection } from '../common.descriptions';
import { myModeFeaturePath } from '../paths';
import {
	asManager,
	checkUserCredential,
	featureNow,
	myFeatureField,
	myFeatureModeField,
	readMyFeature,
} from './fields';

export const description = updateDisplayOptions(
	{ show: { resource: ['modeManagement'], operation: ['switchMode'] } },
	[
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
	],
);

interface Prepared {
	feature: string;
	body: IDataObject;
	settings: RequestSettings;
}

/** Puts one managed feature into a chosen mode now; outputs the feature as it is after. */
export const switchMode: WebexOperation<Prepared> = {
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		checkUserCredential(this, itemIndex, issues);
		const feature = readMyFeature(this, itemIndex, issues);
		const modeId = String(
			this.getNodeParameter('operatingModeId', itemIndex, '', { extractValue: true }) ?? '',
		).trim();
		if (!modeId) issues.push({ field: 'operatingModeId', problem: 'is required' });
		assertNoIssues(this, itemIndex, issues);
		const manual = this.getNodeParameter('switchBack', itemIndex, 'automatic') === 'manual';
		return {
			feature,
			// A JSON boolean, as Webex's reference types it.
			body: { operatingModeId: modeId, isManualSwitchbackEnabled: manual },
			settings: requestSettings(this, itemIndex),
		};
	},

	async execute(run: ExecutionRun, { feature, body, settings }: Prepared, itemIndex: number) {
		await asManager(run, {
			method: 'POST',
			path: `${myModeFeaturePath(feature)}/actions/switchMode/invoke`,
			body,
			idempotent: true,
			...settings,
			itemIndex,
		});
		if (settings.dryRun) return { featureId: decodeURIComponent(feature) };
		return await featureNow(run, feature, settings, itemIndex);
	},
};
