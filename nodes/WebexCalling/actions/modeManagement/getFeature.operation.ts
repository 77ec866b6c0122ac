import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import { assertNoIssues, requestSettings } from '../operation';
import type { RequestSettings, WebexOperation } from '../operation';
import type { ExecutionRun } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { checkUserCredential, featureNow, myFeatureField, readMyFeature } from './fields';

export const description = updateDisplayOptions(
	{ show: { resource: ['modeManagement'], operation: ['getFeature'] } },
	[myFeatureField, optionsCollection()],
);

interface Prepared {
	feature: string;
	settings: RequestSettings;
}

/** One managed feature: its modes, the current one, how long it lasts and any exception. */
export const getFeature: WebexOperation<Prepared> = {
	description,
	readOnly: true,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		checkUserCredential(this, itemIndex, issues);
		const feature = readMyFeature(this, itemIndex, issues);
		assertNoIssues(this, itemIndex, issues);
		return { feature, settings: requestSettings(this, itemIndex) };
	},

	async execute(run: ExecutionRun, { feature, settings }: Prepared, itemIndex: number) {
		return (await featureNow(run, feature, settings, itemIndex)) as IDataObject;
	},
};
