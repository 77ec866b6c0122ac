import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { buildHolidayUpdateBody } from '../../helpers/operatingModeBody';
import { validateHolidayUpdate } from '../../helpers/validation';
import type { InputIssue } from '../../helpers/validation';
import { webexApiRequest } from '../../transport';
import { pathFromIds } from '../byId';
import { modeIdLocator, optionsCollection } from '../common.descriptions';
import { assertNoIssues, requestSettings } from '../operation';
import type { RequestSettings, WebexOperation } from '../operation';
import { holidayIdField, holidayPath } from '../operatingMode/paths';
import { holidayFields } from '../operatingMode/schedule.descriptions';

const idFields = [modeIdLocator, holidayIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['operatingModeHoliday'], operation: ['update'] } },
	[
		...idFields,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; the others keep their values',
			options: holidayFields.map((field) => ({ ...field, required: false })),
		},
		optionsCollection(),
	],
);

interface Prepared {
	path: string;
	body: IDataObject;
	settings: RequestSettings;
}

export const update: WebexOperation<Prepared> = {
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		const { path } = pathFromIds(this, itemIndex, idFields, holidayPath, issues);
		const body = buildHolidayUpdateBody(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
		issues.push(...validateHolidayUpdate(body));
		assertNoIssues(this, itemIndex, issues);
		return { path, body: body as IDataObject, settings: requestSettings(this, itemIndex) };
	},

	/** Outputs the holiday as it is after the update, read back. */
	async execute(this: IExecuteFunctions, { path, body, settings }: Prepared, itemIndex: number) {
		await webexApiRequest.call(this, { method: 'PUT', path, body, ...settings, itemIndex });
		return (await webexApiRequest.call(this, { method: 'GET', path, ...settings, itemIndex })).body;
	},
};
