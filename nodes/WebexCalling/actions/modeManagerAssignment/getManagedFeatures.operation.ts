import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import { webexApiRequest } from '../../transport';
import { optionsCollection } from '../../kit/descriptions';
import { assertNoIssues, requestSettings } from '../../kit/operation';
import type { RequestSettings, WebexOperation } from '../../kit/operation';
import { personModeManagementPath } from '../../kit/paths';
import { ADMIN_HINTS, personIdFields, readPerson } from './fields';
import type { ExecutionRun } from '../../transport';

export const description: INodeProperties[] = [...personIdFields, optionsCollection()];

interface Prepared {
	person: string;
	settings: RequestSettings;
}

/** The features a person manages now, one per list entry (Webex answers them all at once). */
export async function managedFeatures(
	run: ExecutionRun,
	person: string,
	settings: RequestSettings,
	itemIndex: number,
): Promise<IDataObject[]> {
	const answer = await webexApiRequest(run, {
		method: 'GET',
		path: `${personModeManagementPath(person)}/features`,
		hints: ADMIN_HINTS,
		...settings,
		itemIndex,
	});
	return ((answer.body.features as IDataObject[] | undefined) ?? []).filter(
		(feature) => typeof feature === 'object' && feature !== null,
	);
}

/** The person's managed features, each with its current mode and exception. */
export const getManagedFeatures: WebexOperation<Prepared> = {
	option: {
		name: 'Get Managed Features',
		description: 'List the features a person manages, with their current modes',
		action: 'Get features a person manages',
	},
	description,
	readOnly: true,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		const person = readPerson(this, itemIndex, issues);
		assertNoIssues(this, itemIndex, issues);
		return { person, settings: requestSettings(this, itemIndex) };
	},

	async execute(run: ExecutionRun, { person, settings }: Prepared, itemIndex: number) {
		return await managedFeatures(run, person, settings, itemIndex);
	},
};
