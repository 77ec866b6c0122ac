import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import { assertNoIssues, requestSettings } from '../operation';
import type { RequestSettings, WebexOperation } from '../operation';
import type { ExecutionRun } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { MY_MODE_FEATURES } from '../paths';
import { asManager, checkUserCredential } from './fields';

export const description = updateDisplayOptions(
	{ show: { resource: ['modeManagement'], operation: ['getFeatures'] } },
	[optionsCollection()],
);

interface Prepared {
	settings: RequestSettings;
}

/** The features the signed-in person manages, each with its current mode and exception. */
export async function myFeatures(run: ExecutionRun, settings: RequestSettings, itemIndex: number) {
	const answer = await asManager(run, {
		method: 'GET',
		path: MY_MODE_FEATURES,
		...settings,
		itemIndex,
	});
	return ((answer.features as IDataObject[] | undefined) ?? []).filter(
		(feature) => typeof feature === 'object' && feature !== null,
	);
}

export const getFeatures: WebexOperation<Prepared> = {
	description,
	readOnly: true,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		checkUserCredential(this, itemIndex, issues);
		assertNoIssues(this, itemIndex, issues);
		return { settings: requestSettings(this, itemIndex) };
	},

	async execute(run: ExecutionRun, { settings }: Prepared, itemIndex: number) {
		return await myFeatures(run, settings, itemIndex);
	},
};
