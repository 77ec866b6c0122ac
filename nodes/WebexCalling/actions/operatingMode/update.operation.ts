import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { buildOperatingModeUpdateBody, parseJsonBody } from '../../helpers/operatingModeBody';
import { validateOperatingModeUpdate } from '../../helpers/validation';
import type { InputIssue } from '../../helpers/validation';
import { webexApiRequest } from '../../transport';
import { modeIdLocator, optionsCollection } from '../common.descriptions';
import { assertNoIssues, readPathId, requestSettings } from '../operation';
import type { RequestSettings, WebexOperation } from '../operation';
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
	{
		displayName: 'Input Mode',
		name: 'inputMode',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Fields', value: 'fields', description: 'Add the fields to change below' },
			{ name: 'JSON', value: 'json', description: 'Give the fields to change as JSON' },
		],
		default: 'fields',
	},
	{
		displayName: 'JSON Body',
		name: 'jsonBody',
		type: 'json',
		default: '{\n  "name": "New name"\n}',
		required: true,
		description: 'The fields to change, as in Webex\'s Modify an Operating Mode request',
		displayOptions: { show: { inputMode: ['json'] } },
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here are sent; the others keep their values',
		displayOptions: { show: { inputMode: ['fields'] } },
		options: [
			{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'New unique name' },
			sameHoursDailyField,
			differentHoursDailyField,
			holidaysField,
			callForwardingField,
		],
	},
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['operatingMode'], operation: ['update'] } },
	properties,
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
	async execute(this: IExecuteFunctions, { path, body, settings }: Prepared, itemIndex: number) {
		await webexApiRequest.call(this, { method: 'PUT', path, body, ...settings, itemIndex });
		const response = await webexApiRequest.call(this, { method: 'GET', path, ...settings, itemIndex });
		return response.body;
	},
};
