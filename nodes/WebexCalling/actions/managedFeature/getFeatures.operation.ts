import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import { assertNoIssues, requestSettings } from '../../kit/operation';
import type { RequestSettings, WebexOperation } from '../../kit/operation';
import type { ExecutionRun } from '../../transport';
import { optionsCollection } from '../../kit/descriptions';
import { checkUserCredential } from './fields';
import { myFeatures } from '../../domain/callFeature/requests';

export const description: INodeProperties[] = [optionsCollection()];

interface Prepared {
	settings: RequestSettings;
}

export const getFeatures: WebexOperation<Prepared> = {
	option: {
		name: 'Get Features',
		description: 'The features the signed-in person manages, with their current modes',
		action: 'Get my managed features',
	},
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
