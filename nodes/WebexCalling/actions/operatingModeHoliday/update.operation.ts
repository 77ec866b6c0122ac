import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { buildHolidayUpdateBody } from '../../helpers/operatingModeBody';
import { validateHolidayUpdate } from '../../helpers/validation';
import type { InputIssue } from '../../helpers/validation';
import { pathFromIds } from '../byId';
import { modeIdLocator, optionsCollection } from '../common.descriptions';
import { assertNoIssues, requestSettings } from '../operation';
import type { WebexOperation } from '../operation';
import { putAndReadBack, updateFieldsCollection } from '../update';
import type { UpdatePrepared } from '../update';
import { holidayIdField, holidayPath } from '../operatingMode/paths';
import { holidayFields } from '../operatingMode/schedule.descriptions';

const idFields = [modeIdLocator, holidayIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['operatingModeHoliday'], operation: ['update'] } },
	[
		...idFields,
		updateFieldsCollection(holidayFields.map((field) => ({ ...field, required: false }))),
		optionsCollection(),
	],
);

export const update: WebexOperation<UpdatePrepared> = {
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): UpdatePrepared {
		const issues: InputIssue[] = [];
		const { path } = pathFromIds(this, itemIndex, idFields, holidayPath, issues);
		const body = buildHolidayUpdateBody(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
		issues.push(...validateHolidayUpdate(body));
		assertNoIssues(this, itemIndex, issues);
		return { path, body: body as IDataObject, settings: requestSettings(this, itemIndex) };
	},

	/** Outputs the holiday as it is after the update, read back. */
	execute: putAndReadBack,
};
