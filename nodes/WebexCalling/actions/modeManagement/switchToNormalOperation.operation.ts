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
	readMyFeature,
} from './fields';

export const description = updateDisplayOptions(
	{ show: { resource: ['modeManagement'], operation: ['switchToNormalOperation'] } },
	[myFeatureField, optionsCollection([dryRunOption])],
);

interface Prepared {
	feature: string;
	settings: RequestSettings;
}

/** Ends the manager's switch or extension: the feature follows its schedules again. */
export const switchToNormalOperation: WebexOperation<Prepared> = {
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		checkUserCredential(this, itemIndex, issues);
		const feature = readMyFeature(this, itemIndex, issues);
		assertNoIssues(this, itemIndex, issues);
		return { feature, settings: requestSettings(this, itemIndex) };
	},

	async execute(run: ExecutionRun, { feature, settings }: Prepared, itemIndex: number) {
		await asManager(run, {
			method: 'POST',
			path: `${myModeFeaturePath(feature)}/actions/switchToNormalOperation/invoke`,
			idempotent: true,
			...settings,
			itemIndex,
		});
		if (settings.dryRun) return { featureId: decodeURIComponent(feature) } as IDataObject;
		return await featureNow(run, feature, settings, itemIndex);
	},
};
