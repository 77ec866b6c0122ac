import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import { assertNoIssues, requestSettings } from '../../kit/operation';
import type { RequestSettings, WebexOperation } from '../../kit/operation';
import type { ExecutionRun } from '../../transport';
import { dryRunOption, optionsCollection } from '../../kit/descriptions';
import { MY_MODE_FEATURES } from '../../kit/paths';
import { checkUserCredential } from './fields';
import { asManager, myFeatures } from '../../domain/callFeature/requests';
import { featureIdsField, readFeatureIds } from './getCommonModes.operation';

export const description: INodeProperties[] = [
	featureIdsField,
	{
		displayName: 'Operating Mode Name',
		name: 'operatingModeName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Closed - Weather',
		description: 'A mode every one of the features has (Get Common Modes lists them), by its name',
	},
	optionsCollection([dryRunOption]),
];

interface Prepared {
	featureIds: string[];
	operatingModeName: string;
	settings: RequestSettings;
}

/**
 * Switches several managed features to one mode at once, by the mode's name (Webex's bulk
 * switch). Outputs the features as they are after, one item each.
 */
export const switchModeForMany: WebexOperation<Prepared> = {
	option: {
		name: 'Switch Mode for Many',
		description: 'Put several features into the mode of one name at once',
		action: 'Switch managed features to a mode by name',
	},
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		checkUserCredential(this, itemIndex, issues);
		const featureIds = readFeatureIds(this, itemIndex, issues);
		const name = String(this.getNodeParameter('operatingModeName', itemIndex, '') ?? '').trim();
		// Required by Webex's reference ("Switch Mode for Multiple Features": operatingModeName).
		if (!name) issues.push({ field: 'operatingModeName', problem: 'is required' });
		assertNoIssues(this, itemIndex, issues);
		return { featureIds, operatingModeName: name, settings: requestSettings(this, itemIndex) };
	},

	async execute(run: ExecutionRun, prepared: Prepared, itemIndex: number) {
		const { featureIds, operatingModeName, settings } = prepared;
		await asManager(run, {
			method: 'POST',
			path: `${MY_MODE_FEATURES}/actions/switchMode/invoke`,
			body: { featureIds, operatingModeName },
			idempotent: true,
			...settings,
			itemIndex,
		});
		if (settings.dryRun) return { featureIds, operatingModeName };
		const wanted = new Set(featureIds);
		return (await myFeatures(run, settings, itemIndex)).filter((f) => wanted.has(String(f.id)));
	},
};
