/** What the schedule and event operations share: reading where and which events from an item, and adding an event. */
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { InputIssue } from '../../helpers/issues';
import { parseJsonBody, trimmed } from '../../helpers/json';
import { assertNoIssues, readFields, readPathId, requestSettings } from '../../kit/operation';
import type { RequestSettings } from '../../kit/operation';
import type { ExecutionRun } from '../../transport';
import { fromJsonEvent, toScheduleEvent, toScheduleEvents } from './body';
import { eventFields } from './fields';
import { createEvent, readEvent } from './requests';
import type { ScheduleAt } from './requests';
import { eventDiffers, mergedEvent } from './update';
import { eventIssues, eventsIssues, scheduleNameIssues } from './validate';

/** The Location, Schedule Type and Schedule of an item; problems are collected. */
export function readScheduleAt(
	ctx: IExecuteFunctions,
	itemIndex: number,
	issues: InputIssue[],
): ScheduleAt {
	return {
		locationId: readPathId(ctx, itemIndex, 'locationId', issues),
		type: readPathId(ctx, itemIndex, 'scheduleType', issues),
		id: readPathId(ctx, itemIndex, 'scheduleId', issues),
	};
}

/** The events of an item (Events Input: fields or a JSON list), in Webex's shape, checked. */
export function readEvents(
	ctx: IExecuteFunctions,
	itemIndex: number,
	issues: InputIssue[],
): unknown[] {
	if (ctx.getNodeParameter('eventsInput', itemIndex, 'fields') !== 'json') {
		const events = toScheduleEvents(ctx.getNodeParameter('events', itemIndex, {}));
		issues.push(...eventsIssues(events, 'events.event'));
		return events;
	}
	const raw = ctx.getNodeParameter('eventsJson', itemIndex, '[]');
	const parsed = Array.isArray(raw) ? { body: raw } : parseJsonBody(raw);
	if (parsed.error) {
		issues.push({ field: 'eventsJson', problem: parsed.error.replace('JSON object', 'JSON list') });
		return [];
	}
	if (!Array.isArray(parsed.body)) {
		issues.push({ field: 'eventsJson', problem: 'must be a JSON list of events' });
		return [];
	}
	const events = parsed.body.map(fromJsonEvent);
	issues.push(...eventsIssues(events, 'eventsJson'));
	return events;
}

export interface SchedulePrepared {
	at: Omit<ScheduleAt, 'id'>;
	/** `{name, type, events}`, as Webex's create takes it */
	body: IDataObject;
	settings: RequestSettings;
}

/** The location, type, name and events of an item, checked; nothing is sent. */
export function prepareSchedule(this: IExecuteFunctions, itemIndex: number): SchedulePrepared {
	const issues: InputIssue[] = [];
	const locationId = readPathId(this, itemIndex, 'locationId', issues);
	const type = readPathId(this, itemIndex, 'scheduleType', issues);
	const name = trimmed(this.getNodeParameter('name', itemIndex, ''));
	issues.push(...scheduleNameIssues(name));
	const events = readEvents(this, itemIndex, issues);
	assertNoIssues(this, itemIndex, issues);
	return {
		at: { locationId, type },
		body: { name, type: decodeURIComponent(type), events } as IDataObject,
		settings: requestSettings(this, itemIndex),
	};
}

/** What a schedule's create outputs: where it is and what it holds. */
export function createdSchedule(id: string, { at, body }: SchedulePrepared): IDataObject {
	return { id, ...body, locationId: decodeURIComponent(at.locationId) };
}

export interface EventPrepared {
	at: ScheduleAt;
	/** The event as Webex's create takes it */
	body: IDataObject;
	settings: RequestSettings;
}

/** The schedule and the event the item's fields define, checked; nothing is sent. */
export function prepareEvent(this: IExecuteFunctions, itemIndex: number): EventPrepared {
	const issues: InputIssue[] = [];
	const at = readScheduleAt(this, itemIndex, issues);
	const body = toScheduleEvent(readFields(this, itemIndex, eventFields));
	issues.push(...eventIssues(body, ''));
	assertNoIssues(this, itemIndex, issues);
	return { at, body: body as IDataObject, settings: requestSettings(this, itemIndex) };
}

/**
 * Adds the event and outputs it with its ID. An add whose answer was lost is found by name,
 * never sent twice; one found that is not the event sent fails the item.
 */
export async function addEvent(
	run: ExecutionRun,
	{ at, body, settings }: EventPrepared,
	itemIndex: number,
): Promise<IDataObject> {
	const added = await createEvent(run, at, body, settings, itemIndex);
	if (added.recovered) {
		const found = await readEvent(
			run,
			{ ...at, eventId: encodeURIComponent(added.id) },
			settings,
			itemIndex,
		);
		if (eventDiffers(found, mergedEvent(undefined, body)))
			throw new NodeOperationError(
				run.ctx.getNode(),
				`Webex's answer to the add was lost, and the event named "${String(body.name)}" found instead is not the one sent (ID ${added.id})`,
				{
					itemIndex,
					description:
						'This item did not add it: it was there before, or someone else added it meanwhile. Use Create or Update to update an existing event.',
				},
			);
	}
	return { id: added.id, ...body };
}
