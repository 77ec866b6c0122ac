import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { validateCriteria } from '../../helpers/validation';
import type { InputIssue } from '../../helpers/validation';
import { webexApiRequest } from '../../transport';
import { pathFromIds } from '../byId';
import { optionsCollection, workspaceIdLocator } from '../common.descriptions';
import { assertNoIssues, requestSettings } from '../operation';
import type { RequestSettings, WebexOperation } from '../operation';
import { criteriaFields } from './criteria.descriptions';
import { criteriaListPath } from './paths';

export const description = updateDisplayOptions(
	{ show: { resource: ['workspace'], operation: ['createSimultaneousRingCriteria'] } },
	[
		workspaceIdLocator,
		...criteriaFields.map((field) => (field.name === 'scheduleName' ? { ...field, required: true } : field)),
		optionsCollection(),
	],
);

interface Prepared {
	path: string;
	body: IDataObject;
	settings: RequestSettings;
}

/** Criteria bodies from the node's fields: numbers trimmed, and sent only for SELECT_PHONE_NUMBERS. */
export function criteriaBody(fields: IDataObject): IDataObject {
	const body: IDataObject = { ...fields };
	if (typeof body.scheduleName === 'string') body.scheduleName = body.scheduleName.trim();
	if (Array.isArray(body.phoneNumbers)) {
		body.phoneNumbers = body.phoneNumbers
			.map((n) => (typeof n === 'string' ? n.trim() : n))
			.filter((n) => n !== '');
		if ((body.phoneNumbers as unknown[]).length === 0 && body.callsFrom === 'ANY_PHONE_NUMBER') delete body.phoneNumbers;
	}
	return body;
}

export const createSimultaneousRingCriteria: WebexOperation<Prepared> = {
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		const { path } = pathFromIds(this, itemIndex, [workspaceIdLocator], criteriaListPath, issues);
		const fields: IDataObject = {};
		for (const field of criteriaFields) fields[field.name] = this.getNodeParameter(field.name, itemIndex);
		const body = criteriaBody(fields);
		issues.push(...validateCriteria(body, 'create'));
		assertNoIssues(this, itemIndex, issues);
		return { path, body, settings: requestSettings(this, itemIndex) };
	},

	async execute(this: IExecuteFunctions, { path, body, settings }: Prepared, itemIndex: number) {
		// No unique key to look a lost answer up by: a create whose answer was lost is not resent.
		const response = await webexApiRequest.call(this, { method: 'POST', path, body, ...settings, itemIndex });
		return { id: response.body.id, ...body };
	},
};
