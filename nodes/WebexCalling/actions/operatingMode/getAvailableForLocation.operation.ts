import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import { webexApiRequest } from '../../transport';
import { locationIdLocator, optionsCollection } from '../../kit/descriptions';
import { assertNoIssues, readPathId, requestSettings } from '../../kit/operation';
import { availableModesPath } from '../../kit/paths';
import type { RequestSettings, WebexOperation } from '../../kit/operation';
import type { ExecutionRun } from '../../transport';

export const description: INodeProperties[] = [locationIdLocator, optionsCollection()];

interface Prepared {
	path: string;
	settings: RequestSettings;
}

/** The modes a location's auto attendants, call queues and hunt groups may use: one item each. */
export const getAvailableForLocation: WebexOperation<Prepared> = {
	option: {
		name: 'Get Available for Location',
		description:
			"List the operating modes a location's auto attendants, call queues and hunt groups can use",
		action: 'Get operating modes available for a location',
	},
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
