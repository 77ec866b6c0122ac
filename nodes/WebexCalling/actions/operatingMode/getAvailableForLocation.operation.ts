import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import { webexApiRequest } from '../../transport';
import { locationIdLocator, optionsCollection } from '../common.descriptions';
import { assertNoIssues, readPathId, requestSettings } from '../operation';
import { availableModesPath } from '../paths';
import type { RequestSettings, WebexOperation } from '../operation';
import type { ExecutionRun } from '../../transport';

export const description = updateDisplayOptions(
	{ show: { resource: ['operatingMode'], operation: ['getAvailableForLocation'] } },
	[locationIdLocator, optionsCollection()],
);

interface Prepared {
	path: string;
	settings: RequestSettings;
}

/** The modes a location's auto attendants, call queues and hunt groups may use: one item each. */
export const getAvailableForLocation: WebexOperation<Prepared> = {
	description,
	readOnly: true,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		const locationId = readPathId(this, itemIndex, 'locationId', issues);
		assertNoIssues(this, itemIndex, issues);
		return {
			path: availableModesPath(locationId),
			settings: requestSettings(this, itemIndex),
		};
	},

	async execute(run: ExecutionRun, { path, settings }: Prepared, itemIndex: number) {
		const response = await webexApiRequest(run, {
			method: 'GET',
			path,
			...settings,
			itemIndex,
		});
		return (response.body.operatingModes as IDataObject[] | undefined) ?? [];
	},
};
