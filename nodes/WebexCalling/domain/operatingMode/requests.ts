/** What Create and Create or Update share: the form of a whole mode, reading it, finding a mode by name. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { isPlainObject, parseJsonBody } from '../../helpers/json';
import { buildOperatingModeCreateBody } from './body';
import type { OperatingModeCreateBody } from './types';
import { webexApiList, webexApiRequest } from '../../transport';
import { inputModeFields, locationIdLocator } from '../../kit/descriptions';
import { answeredIdSegment, assertNoIssues } from '../../kit/operation';
import type { RequestSettings } from '../../kit/operation';
import { planOperatingModeUpdate } from './update';
import { wouldChange } from '../../helpers/updates';
import type { HolidaysUpdateMode } from './update';
import { OPERATING_MODES, modePath } from '../../kit/paths';
import {
	callForwardingField,
	differentHoursDailyField,
	holidaysField,
	sameHoursDailyField,
	typeOptions,
} from './fields';
import type { ExecutionRun } from '../../transport';

/** The shape to fill in; its empty name is refused, so running it unchanged sends nothing. */
const JSON_TEMPLATE = {
	name: '',
	type: 'SAME_HOURS_DAILY',
	level: 'ORGANIZATION',
	sameHoursDaily: {
		mondayToFriday: { enabled: true, allDayEnabled: false, startTime: '09:00', endTime: '17:00' },
		saturdayToSunday: { enabled: true, allDayEnabled: true },
	},
	callForwarding: { enabled: false },
};

const fields = { inputMode: ['fields'] };

/** The form of a whole operating mode: fields or the JSON body, as Webex's create takes it. */
export const modeDefinitionProperties: INodeProperties[] = [
	...inputModeFields({
		fieldsHint: 'Fill in the fields below',
		jsonHint: 'Give the whole Webex request body as JSON',
		example: JSON_TEMPLATE,
		description:
			"The body of Webex's Create an Operating Mode request, checked like the fields before it is sent. Fill in the name: the template's empty name is refused.",
	}),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. After Hours',
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
];

/** The modes of exactly this name (Webex's name filter matches parts of names). */
export async function findModesByName(
	run: ExecutionRun,
	name: string,
	settings: RequestSettings,
	itemIndex: number,
): Promise<IDataObject[]> {
	const modes = await webexApiList(
		run,
		{ method: 'GET', path: OPERATING_MODES, qs: { name }, ...settings, itemIndex },
		{ itemsKey: 'operatingModes' },
	);
	return modes.filter((mode) => mode.name === name);
}

/** The mode the item's form (fields or JSON) defines, as Webex's create body. */
export function readModeDefinition(this: IExecuteFunctions, itemIndex: number): unknown {
	const inputMode = this.getNodeParameter('inputMode', itemIndex, 'fields') as string;
	if (inputMode === 'json') {
		const parsed = parseJsonBody(this.getNodeParameter('jsonBody', itemIndex, ''));
		if (parsed.error)
			assertNoIssues(this, itemIndex, [{ field: 'jsonBody', problem: parsed.error }]);
		// From node version 2 a JSON body's name is trimmed as the form's Name is (one behaviour);
		// version 1 sent it as given, and its saved workflows keep that.
		const body = parsed.body;
		if (this.getNode().typeVersion >= 2 && isPlainObject(body) && typeof body.name === 'string')
			return { ...body, name: body.name.trim() };
		return body;
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

/** The item's Holidays Update choice: merge by name unless Replace All is chosen. */
export function readHolidaysUpdateMode(
	ctx: IExecuteFunctions,
	itemIndex: number,
): HolidaysUpdateMode {
	return ctx.getNodeParameter('holidaysUpdateMode', itemIndex, 'merge') === 'replace'
		? 'replace'
		: 'merge';
}

/**
 * Whether `current` (a mode as Webex has it) is what `body` defines: same type, level and
 * location, and nothing of the definition would change it.
 */
export function isDefinedBy(current: IDataObject, body: OperatingModeCreateBody): boolean {
	const plan = planOperatingModeUpdate(current, body as unknown as IDataObject, 'replace');
	return plan.problems.length === 0 && !wouldChange(current, plan.body);
}

export interface Created {
	/** The new mode's ID (and what else Webex answered) */
	mode: IDataObject;
	/**
	 * The create's answer was lost and a mode of this name was found: `mode` is that mode as
	 * Webex has it now, and `asSent` whether it is what was sent
	 */
	recovered?: { asSent: boolean };
}

/**
 * Creates the mode; a create whose answer was lost is found by its name, never sent twice, and
 * compared with what was sent: a mode that differs was not made by this request (it was there
 * before, and the create was refused with an answer that was lost, or someone else made it).
 */
export async function createMode(
	run: ExecutionRun,
	body: OperatingModeCreateBody,
	settings: RequestSettings,
	itemIndex: number,
): Promise<Created> {
	const response = await webexApiRequest(run, {
		method: 'POST',
		path: OPERATING_MODES,
		body: body as unknown as IDataObject,
		...settings,
		itemIndex,
		// Names are unique within an org: a lost answer is found by name.
		recover: async () => (await findModesByName(run, body.name, settings, itemIndex))[0],
	});
	if (!response.recovered) return { mode: response.body };
	const path = modePath(answeredIdSegment(run, response.body.id, 'an operating mode', itemIndex));
	const found = (await webexApiRequest(run, { method: 'GET', path, ...settings, itemIndex })).body;
	return { mode: found, recovered: { asSent: isDefinedBy(found, body) } };
}

/** The run's look-up key of the org's modes (the node's org override, or the credential's org). */
const modesOf = (settings: RequestSettings) => `operatingModes:${settings.orgId ?? ''}`;

/**
 * The existing modes of this name, for Create or Update. A run of many items (a roll-out to
 * every location) lists the org's modes once, a page per 100 modes, instead of one look-up per
 * item; a single item asks Webex for its name alone.
 */
export async function existingModesNamed(
	run: ExecutionRun,
	name: string,
	settings: RequestSettings,
	itemIndex: number,
): Promise<IDataObject[]> {
	if (run.ctx.getInputData().length <= 1)
		return await findModesByName(run, name, settings, itemIndex);
	const listing = await run.lookup(
		modesOf(settings),
		async () =>
			await webexApiList(
				run,
				{ method: 'GET', path: OPERATING_MODES, ...settings, itemIndex },
				{ itemsKey: 'operatingModes' },
			),
	);
	return listing.filter((mode) => mode.name === name);
}

/** A mode this run created joins the listing, so a later item of the same name finds it. */
export async function rememberCreated(
	run: ExecutionRun,
	mode: IDataObject,
	settings: RequestSettings,
) {
	const listing = await run.lookedUp<IDataObject[]>(modesOf(settings));
	if (listing && !settings.dryRun) listing.push(mode);
}
