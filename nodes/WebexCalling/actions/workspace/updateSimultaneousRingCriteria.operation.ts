import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { validateCriteria } from '../../helpers/validation';
import type { InputIssue } from '../../helpers/validation';
import { webexApiRequest } from '../../transport';
import { pathFromIds } from '../byId';
import { optionsCollection, workspaceIdLocator } from '../common.descriptions';
import { assertNoIssues, requestSettings } from '../operation';
import type { RequestSettings, WebexOperation } from '../operation';
import { criteriaBody } from './createSimultaneousRingCriteria.operation';
import { criteriaFields } from './criteria.descriptions';
import { criteriaIdField, criteriaPath } from './paths';

const idFields = [workspaceIdLocator, criteriaIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['workspace'], operation: ['updateSimultaneousRingCriteria'] } },
	[
		...idFields,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; the others keep their values',
			options: criteriaFields,
		},
		optionsCollection(),
	],
);

interface Prepared {
	path: string;
	body: IDataObject;
	settings: RequestSettings;
}

export const updateSimultaneousRingCriteria: WebexOperation<Prepared> = {
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		const { path } = pathFromIds(this, itemIndex, idFields, criteriaPath, issues);
		const body = criteriaBody(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
		issues.push(...validateCriteria(body, 'update'));
		assertNoIssues(this, itemIndex, issues);
		return { path, body, settings: requestSettings(this, itemIndex) };
	},

	/** Outputs the criteria as it is after the update, read back. */
	async execute(this: IExecuteFunctions, { path, body, settings }: Prepared, itemIndex: number) {
		await webexApiRequest.call(this, { method: 'PUT', path, body, ...settings, itemIndex });
		return (await webexApiRequest.call(this, { method: 'GET', path, ...settings, itemIndex })).body;
	},
};
