import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parseJsonBody } from '../../helpers/json';
import { buildOperatingModeCreateBody } from '../../helpers/operatingModeBody';
import type { OperatingModeCreateBody } from '../../helpers/types';
import { webexApiList, webexApiRequest } from '../../transport';
import { inputModeFields, locationIdLocator, optionsCollection } from '../common.descriptions';
import { assertNoIssues, requestSettings } from '../operation';
import type { RequestSettings, WebexOperation } from '../operation';
import { OPERATING_MODES } from '../paths';
import {
	callForwardingField,
	differentHoursDailyField,
	holidaysField,
	sameHoursDailyField,
	typeOptions,
} from './schedule.descriptions';
import { operatingModeCreateIssues } from './validate';

const SEED_EXAMPLE = {
	name: 'Day Operating Mode',
	type: 'SAME_HOURS_DAILY',
	level: 'ORGANIZATION',
	sameHoursDaily: {
		mondayToFriday: { enabled: true, allDayEnabled: false, startTime: '09:00', endTime: '17:00' },
		saturdayToSunday: { enabled: true, allDayEnabled: true },
	},
	callForwarding: { enabled: false },
};

const fields = { inputMode: ['fields'] };

const properties: INodeProperties[] = [
	...inputModeFields({
		fieldsHint: 'Fill in the fields below',
		jsonHint: 'Give the whole Webex request body as JSON',
		example: SEED_EXAMPLE,
		description:
			"The body of Webex's Create an Operating Mode request; checked like the fields before it is sent",
	}),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Day Operating Mode',
		description: 'Unique name of the operating mode',
		displayOptions: { show: fields },
	},
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: typeOptions,
		default: 'SAME_HOURS_DAILY',
		description: 'How the operating mode is scheduled',
		displayOptions: { show: fields },
	},
	{
		displayName: 'Level',
		name: 'level',
		type: 'options',
		options: [
			{ name: 'Organization', value: 'ORGANIZATION' },
			{ name: 'Location', value: 'LOCATION' },
		],
		default: 'ORGANIZATION',
		description: 'Whether the mode belongs to the whole org or to one location',
		displayOptions: { show: fields },
	},
	{ ...locationIdLocator, displayOptions: { show: { ...fields, level: ['LOCATION'] } } },
	{ ...sameHoursDailyField, displayOptions: { show: { ...fields, type: ['SAME_HOURS_DAILY'] } } },
	{
		...differentHoursDailyField,
		displayOptions: { show: { ...fields, type: ['DIFFERENT_HOURS_DAILY'] } },
	},
	{ ...holidaysField, displayOptions: { show: { ...fields, type: ['HOLIDAY'] } } },
	{ ...callForwardingField, displayOptions: { show: fields } },
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['operatingMode'], operation: ['create'] } },
	properties,
);

interface Prepared {
	body: OperatingModeCreateBody;
	settings: RequestSettings;
}

/** The mode of this exact name, if the org has one (names are unique within an org). */
async function findByName(
	ctx: IExecuteFunctions,
	name: string,
	settings: RequestSettings,
	itemIndex: number,
): Promise<IDataObject | undefined> {
	const modes = await webexApiList.call(
		ctx,
		{ method: 'GET', path: OPERATING_MODES, qs: { name }, ...settings, itemIndex },
		{ itemsKey: 'operatingModes' },
	);
	return modes.find((mode) => mode.name === name);
}

function readBody(this: IExecuteFunctions, itemIndex: number): unknown {
	const inputMode = this.getNodeParameter('inputMode', itemIndex, 'fields') as string;
	if (inputMode === 'json') {
		const parsed = parseJsonBody(this.getNodeParameter('jsonBody', itemIndex, ''));
		if (parsed.error)
			assertNoIssues(this, itemIndex, [{ field: 'jsonBody', problem: parsed.error }]);
		return parsed.body;
	}
	const type = this.getNodeParameter('type', itemIndex) as string;
	const level = this.getNodeParameter('level', itemIndex) as string;
	return buildOperatingModeCreateBody({
		name: this.getNodeParameter('name', itemIndex, ''),
		type,
		level,
		locationId:
			level === 'LOCATION'
				? this.getNodeParameter('locationId', itemIndex, '', { extractValue: true })
				: undefined,
		sameHoursDaily:
			type === 'SAME_HOURS_DAILY'
				? this.getNodeParameter('sameHoursDaily', itemIndex, {})
				: undefined,
		differentHoursDaily:
			type === 'DIFFERENT_HOURS_DAILY'
				? this.getNodeParameter('differentHoursDaily', itemIndex, {})
				: undefined,
		holidays: type === 'HOLIDAY' ? this.getNodeParameter('holidays', itemIndex, {}) : undefined,
		callForwarding: this.getNodeParameter('callForwarding', itemIndex, {}),
	});
}

export const create: WebexOperation<Prepared> = {
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const body = readBody.call(this, itemIndex);
		assertNoIssues(this, itemIndex, operatingModeCreateIssues(body));
		return { body: body as OperatingModeCreateBody, settings: requestSettings(this, itemIndex) };
	},

	async execute(this: IExecuteFunctions, { body, settings }: Prepared, itemIndex: number) {
		const response = await webexApiRequest.call(this, {
			method: 'POST',
			path: OPERATING_MODES,
			body: body as unknown as IDataObject,
			...settings,
			itemIndex,
			recover: async () => await findByName(this, body.name, settings, itemIndex),
		});
		const output: IDataObject = {
			id: response.body.id,
			name: body.name,
			type: body.type,
			level: body.level,
		};
		if (body.locationId) output.locationId = body.locationId;
		return output;
	},
};
