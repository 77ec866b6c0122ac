import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import type { Json } from '../../helpers/json';
import { dryRunOption, locationIdLocator, optionsCollection } from '../../kit/descriptions';
import { assertNoIssues, requestSettings } from '../../kit/operation';
import type { RequestSettings, WebexOperation } from '../../kit/operation';
import { readChanges, updateInput, withNotSent } from '../update';
import { fromJsonEvent, toScheduleEventChanges } from '../../domain/schedule/body';
import {
	eventsField,
	scheduleIdLocator,
	scheduleTypeField,
	updateEventFields,
} from '../../domain/schedule/fields';
import { readScheduleAt } from '../../domain/schedule/form';
import { readSchedule, writeSchedule } from '../../domain/schedule/requests';
import type { ScheduleAt } from '../../domain/schedule/requests';
import { planScheduleUpdate, scheduleWouldChange } from '../../domain/schedule/update';
import { eventsIssues } from '../../domain/schedule/validate';
import type { ExecutionRun } from '../../transport';

export const description: INodeProperties[] = [
	locationIdLocator,
	scheduleTypeField,
	scheduleIdLocator,
	{
		displayName:
			"Events are matched by name: an event given here changes the fields filled in (blank fields and Keep As It Is keep the event's own), a new name adds an event, and the events you leave out are kept. Renaming the schedule changes its ID: the output carries the new one.",
		name: 'updateNotice',
		type: 'notice',
		default: '',
	},
	...updateInput(
		'location schedule',
		[
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'A new name for the schedule (this changes its ID)',
			},
			{
				...eventsField,
				displayName: 'Events to Add or Change',
				options: [{ displayName: 'Event', name: 'event', values: updateEventFields }],
			},
		],
		{},
	),
	optionsCollection([dryRunOption]),
];

interface Prepared {
	at: ScheduleAt;
	changes: Json;
	settings: RequestSettings;
}

/** The changes in Webex's shape: fields as the form holds them, JSON (a Get's output) as given. */
function changesOf(ctx: IExecuteFunctions, itemIndex: number, issues: InputIssue[]): Json {
	const json = ctx.getNodeParameter('inputMode', itemIndex, 'fields') === 'json';
	const changes = readChanges(
		ctx,
		itemIndex,
		(fields) => {
			const given: Json = { ...fields };
			if (fields.events !== undefined) given.events = toScheduleEventChanges(fields.events);
			return given;
		},
		issues,
	);
	if (changes.events !== undefined) {
		if (json && Array.isArray(changes.events)) changes.events = changes.events.map(fromJsonEvent);
		issues.push(...eventsIssues(changes.events, json ? 'jsonBody.events' : 'updateFields.events'));
	}
	return changes;
}

/**
 * Reads the schedule, merges the changes into the events Webex's PUT describes whole, sends it
 * unless nothing would change, and outputs the schedule read back where it now is (a rename
 * gives it a new ID: `idChanged` and `previousId` say so).
 */
export const update: WebexOperation<Prepared> = {
	option: {
		name: 'Update',
		description:
			'Rename a location schedule, or add and change its events; returns the schedule after the change',
		action: 'Update a location schedule',
	},
	description,

	prepare(this: IExecuteFunctions, itemIndex: number): Prepared {
		const issues: InputIssue[] = [];
		const at = readScheduleAt(this, itemIndex, issues);
		const changes = changesOf(this, itemIndex, issues);
		assertNoIssues(this, itemIndex, issues);
		return { at, changes, settings: requestSettings(this, itemIndex) };
	},

	/**
	 * One item per schedule at a time: the PUT describes the events whole, so two items adding
	 * events to one schedule side by side would each write the list without the other's.
	 */
	async execute(run: ExecutionRun, { at, changes, settings }: Prepared, itemIndex: number) {
		return await run.oneAtATime(`schedule:${at.locationId}:${at.type}:${at.id}`, async () => {
			const current = await readSchedule(run, at, settings, itemIndex);
			const { body, notSent } = planScheduleUpdate(current, changes);
			if (!scheduleWouldChange(current, body)) return withNotSent(current, notSent);
			const after = await writeSchedule(run, at, body as IDataObject, settings, itemIndex);
			return withNotSent(after, notSent);
		});
	},
};
