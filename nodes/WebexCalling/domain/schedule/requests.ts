/**
 * A location schedule's requests: list a location's (or every Calling location's), find one by
 * name, create, write one and read it back where it now is; the same for an event.
 */
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

import { answeredIdSegment } from '../../kit/operation';
import type { RequestSettings } from '../../kit/operation';
import {
	CALLING_LOCATIONS,
	scheduleEventPath,
	scheduleEventsPath,
	schedulePath,
	schedulesPath,
} from '../../kit/paths';
import { scheduleWouldChange } from './update';
import { webexApiList, webexApiRequest } from '../../transport';
import type { ExecutionRun, WebexRun } from '../../transport';

/** Where a schedule is: its location, its type and its ID. */
export interface ScheduleAt {
	locationId: string;
	type: string;
	id: string;
}

/**
 * A location's schedules. Webex's `type` filter, and its `name` filter, which matches names
 * that start with it (wxc_sdk's live tests find schedules by it); exact names are matched here.
 */
export async function schedulesAt(
	run: WebexRun,
	locationId: string,
	qs: IDataObject,
	settings: RequestSettings,
	itemIndex?: number,
	limit?: number,
): Promise<IDataObject[]> {
	return await webexApiList(
		run,
		{ method: 'GET', path: schedulesPath(locationId), qs, ...settings, itemIndex },
		{ itemsKey: 'schedules', limit },
	);
}

/** The location's schedule of exactly this type and name, if there is one. */
export async function scheduleNamed(
	run: ExecutionRun,
	locationId: string,
	type: string,
	name: string,
	settings: RequestSettings,
	itemIndex: number,
): Promise<IDataObject | undefined> {
	const listed = await schedulesAt(run, locationId, { type, name }, settings, itemIndex);
	return listed.find((schedule) => schedule.type === type && schedule.name === name);
}

export async function readSchedule(
	run: WebexRun,
	at: ScheduleAt,
	settings: RequestSettings,
	itemIndex?: number,
): Promise<IDataObject> {
	const path = schedulePath(at.locationId, at.type, at.id);
	return (await webexApiRequest(run, { method: 'GET', path, ...settings, itemIndex })).body;
}

/**
 * Sends a schedule's PUT and reads the schedule back. **A rename changes the ID** (Webex's
 * reference: "The schedule id will change upon modification of the Schedule name"): the read
 * goes to the ID Webex answered, and the output says that it changed; nothing later uses the
 * old one.
 */
export async function writeSchedule(
	run: ExecutionRun,
	at: ScheduleAt,
	body: IDataObject,
	settings: RequestSettings,
	itemIndex: number,
): Promise<IDataObject> {
	const path = schedulePath(at.locationId, at.type, at.id);
	const answer = await webexApiRequest(run, { method: 'PUT', path, body, ...settings, itemIndex });
	if (settings.dryRun) return {};
	let id = at.id;
	if (answer.body?.id !== undefined)
		id = answeredIdSegment(run, answer.body.id, 'a schedule', itemIndex);
	else if (typeof body.newName === 'string') {
		// No ID in the answer: the renamed schedule is found by its new name.
		const found = await scheduleNamed(
			run,
			at.locationId,
			at.type,
			body.newName,
			settings,
			itemIndex,
		);
		if (!found)
			throw new NodeOperationError(
				run.ctx.getNode(),
				`Webex took the rename to "${body.newName}", but its answer had no ID and no schedule of that name can be found`,
				{
					itemIndex,
					description:
						'The rename was sent and not refused: look the schedule up by its new name (Get Many) before running this item again.',
				},
			);
		id = answeredIdSegment(run, found.id, 'a schedule', itemIndex);
	}
	const after = await readSchedule(run, { ...at, id }, settings, itemIndex);
	return id === at.id
		? after
		: { ...after, idChanged: true, previousId: decodeURIComponent(at.id) };
}

/** The org's Calling locations (the schedules' owners), each `{id, name}`. */
export async function callingLocations(
	run: WebexRun,
	settings: RequestSettings,
	itemIndex?: number,
): Promise<IDataObject[]> {
	return await run.lookup(
		`callingLocations:${settings.orgId ?? ''}`,
		async () =>
			await webexApiList(
				run,
				{ method: 'GET', path: CALLING_LOCATIONS, ...settings, itemIndex },
				{ itemsKey: 'locations' },
			),
	);
}

/**
 * Creates a schedule and answers its ID. Names are unique per location and type, so an answer
 * that was lost is found by name, never sent twice; what was found is compared with what was
 * sent, and one that differs fails the item (it was there before, or someone made it meanwhile).
 */
export async function createSchedule(
	run: ExecutionRun,
	at: Omit<ScheduleAt, 'id'>,
	body: IDataObject,
	settings: RequestSettings,
	itemIndex: number,
): Promise<string> {
	const name = String(body.name);
	const answer = await webexApiRequest(run, {
		method: 'POST',
		path: schedulesPath(at.locationId),
		body,
		...settings,
		itemIndex,
		recover: async () =>
			await scheduleNamed(run, at.locationId, at.type, name, settings, itemIndex),
	});
	if (settings.dryRun) return '';
	const id = answeredIdSegment(run, answer.body.id, 'a schedule', itemIndex);
	if (!answer.recovered) return decodeURIComponent(id);
	const found = await readSchedule(run, { ...at, id }, settings, itemIndex);
	const asSent = {
		name,
		events: ((body.events as IDataObject[] | undefined) ?? []).map((e) => ({
			...e,
			newName: e.name,
		})),
	};
	if (scheduleWouldChange(found, asSent))
		throw new NodeOperationError(
			run.ctx.getNode(),
			`Webex's answer to the create was lost, and the schedule named "${name}" found instead is not the one sent (ID ${String(found.id)})`,
			{
				itemIndex,
				description:
					'This item did not create it: it was there before, or someone else made it meanwhile. Use Create or Update to update an existing schedule.',
			},
		);
	return decodeURIComponent(id);
}

/** Where an event is: its schedule, and its ID. */
export interface EventAt extends ScheduleAt {
	eventId: string;
}

export async function readEvent(
	run: ExecutionRun,
	at: EventAt,
	settings: RequestSettings,
	itemIndex: number,
): Promise<IDataObject> {
	const path = scheduleEventPath(at.locationId, at.type, at.id, at.eventId);
	return (await webexApiRequest(run, { method: 'GET', path, ...settings, itemIndex })).body;
}

/** Adds an event to a schedule; a lost answer is found by the event's name, never sent twice. */
export async function createEvent(
	run: ExecutionRun,
	at: ScheduleAt,
	event: IDataObject,
	settings: RequestSettings,
	itemIndex: number,
): Promise<{ id: string; recovered: boolean }> {
	const answer = await webexApiRequest(run, {
		method: 'POST',
		path: scheduleEventsPath(at.locationId, at.type, at.id),
		body: event,
		...settings,
		itemIndex,
		recover: async () => {
			const schedule = await readSchedule(run, at, settings, itemIndex);
			return ((schedule.events as IDataObject[] | undefined) ?? []).find(
				(e) => e.name === event.name,
			);
		},
	});
	if (settings.dryRun) return { id: '', recovered: false };
	const id = answeredIdSegment(run, answer.body.id, 'a schedule event', itemIndex);
	return { id: decodeURIComponent(id), recovered: answer.recovered === true };
}

/**
 * Sends an event's PUT (`name` as it is, `newName` as it will be) and reads the event back at
 * the ID Webex answered: a rename changes it, as a schedule's.
 */
export async function writeEvent(
	run: ExecutionRun,
	at: EventAt,
	body: IDataObject,
	settings: RequestSettings,
	itemIndex: number,
): Promise<IDataObject> {
	const path = scheduleEventPath(at.locationId, at.type, at.id, at.eventId);
	const answer = await webexApiRequest(run, { method: 'PUT', path, body, ...settings, itemIndex });
	if (settings.dryRun) return {};
	let eventId = at.eventId;
	if (answer.body?.id !== undefined)
		eventId = answeredIdSegment(run, answer.body.id, 'a schedule event', itemIndex);
	else if (body.newName !== undefined && body.newName !== body.name) {
		// No ID in the answer: the renamed event is found in its schedule by its new name.
		const schedule = await readSchedule(run, at, settings, itemIndex);
		const found = ((schedule.events as IDataObject[] | undefined) ?? []).find(
			(e) => e.name === body.newName,
		);
		if (found) eventId = answeredIdSegment(run, found.id, 'a schedule event', itemIndex);
	}
	const after = await readEvent(run, { ...at, eventId }, settings, itemIndex);
	return eventId === at.eventId
		? after
		: { ...after, idChanged: true, previousId: decodeURIComponent(at.eventId) };
}
