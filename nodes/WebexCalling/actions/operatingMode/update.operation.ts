import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { buildOperatingModeUpdateBody, parseJsonBody } from '../../helpers/operatingModeBody';
import { validateOperatingModeUpdate } from '../../helpers/validation';
import type { InputIssue } from '../../helpers/validation';
import { inputModeFields, modeIdLocator, optionsCollection } from '../common.descriptions';
import { assertNoIssues, readPathId, requestSettings } from '../operation';
import type { WebexOperation } from '../operation';
import { putAndReadBack, updateFieldsCollection } from '../update';
import type { UpdatePrepared } from '../update';
import { modePath } from './paths';
import {
	callForwardingField,
	differentHoursDailyField,
	holidaysField,
	sameHoursDailyField,
} from './schedule.descriptions';

const properties: INodeProperties[] = [
	modeIdLocator,
	{
		displayName:
			'A mode\'s type, level and location cannot change after it is created; create a new mode instead',
		name: 'updateNotice',
		type: 'notice',
		default: '',
	},
	...inputModeFields({
		fieldsHint: 'Add the fields to change below',
		jsonHint: 'Give the fields to change as JSON',
		example: { name: 'New name' },
		description: 'The fields to change, as in Webex\'s Modify an Operating Mode request',
	}),
	{
		...updateFieldsCollection([
			{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'New unique name' },
			sameHoursDailyField,
			differentHoursDailyField,
			holidaysField,
			callForwardingField,
		]),
		displayOptions: { show: { inputMode: ['fields'] } },
	},
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['operatingMode'], operation: ['update'] } },
	properties,
);

export const update: WebexOperation<UpdatePrepared> = {
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): UpdatePrepared {
		const issues: InputIssue[] = [];
		const modeId = readPathId(this, itemIndex, 'modeId', issues);
		let body: unknown;
		if (this.getNodeParameter('inputMode', itemIndex, 'fields') === 'json') {
			const parsed = parseJsonBody(this.getNodeParameter('jsonBody', itemIndex, ''));
			if (parsed.error) issues.push({ field: 'jsonBody', problem: parsed.error });
			body = parsed.body;
		} else {
			body = buildOperatingModeUpdateBody(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
		}
		if (body !== undefined) issues.push(...validateOperatingModeUpdate(body));
		assertNoIssues(this, itemIndex, issues);
		return { path: modePath(modeId), body: body as IDataObject, settings: requestSettings(this, itemIndex) };
	},

	/** Outputs the mode as it is after the update, read back, so a workflow can check it. */
	execute: putAndReadBack,
};
