/**
 * A location schedule's PUT, worked out from the schedule as Webex has it and the changes.
 * Pure. Webex's Modify a Schedule takes the schedule's `name` (and `newName` to rename it) and
 * its `events`, each by `name` with its own `newName` (wxc_sdk `ScheduleApi.update` sends both
 * for every event). What Webex does with an event left out of the list is not documented, so
 * every event is sent: the ones not given as they are, the ones given (by name) merged into the
 * event of that name (only the fields given change), new names added.
 */
import { isPlainObject } from '../../helpers/json';
import type { Json } from '../../helpers/json';
import type { UpdatePlan } from '../../helpers/updates';
import { SCHEDULE_RECURRENCES as RECURRENCES } from './types';

/** What a Get outputs that is not the schedule's to send. */
export const SCHEDULE_READ_ONLY = ['id', 'type', 'locationId', 'locationName'];

/**
 * An event merged with the fields given for it: the given ones replace Webex's, an all-day event
 * keeps no times. A new recurrence pattern replaces the old one but keeps how the event ends
 * unless that is given too (Webex needs `recurForEver` or `recurEndDate` with a pattern); a
 * Repeat Until alone ends a recurrence that repeated for ever. `whole`: the given event is the
 * event's whole definition (Create or Update), nothing of the current one is kept but its name.
 * Without its ID; `newName` as it will be named.
 */
export function mergedEvent(current: Json | undefined, given: Json, whole = false): Json {
	const kept = whole ? { name: current?.name } : (current ?? {});
	const merged: Json = { ...kept, ...given };
	if (!whole && isPlainObject(given.recurrence) && isPlainObject(current?.recurrence)) {
		const was = current.recurrence;
		const asked = given.recurrence;
		const pattern = RECURRENCES.some((key) => asked[key as never] !== undefined);
		const recurrence: Json = pattern
			? {
					...(was.recurForEver !== undefined ? { recurForEver: was.recurForEver } : {}),
					...(was.recurEndDate !== undefined ? { recurEndDate: was.recurEndDate } : {}),
					...asked,
				}
			: { ...was, ...asked };
		if (asked.recurEndDate !== undefined && asked.recurForEver === undefined)
			recurrence.recurForEver = false;
		if (recurrence.recurForEver === true) delete recurrence.recurEndDate;
		merged.recurrence = recurrence;
	}
	delete merged.id;
	if (merged.allDayEnabled === true) {
		delete merged.startTime;
		delete merged.endTime;
	}
	merged.name = current?.name ?? given.name;
	merged.newName = given.newName ?? given.name ?? merged.name;
	return merged;
}

const eventsOf = (schedule: Json): Json[] =>
	(Array.isArray(schedule.events) ? schedule.events : []).filter(isPlainObject);

/**
 * `whole`: each given event is its event's whole definition (Create or Update), rather than the
 * fields to change in it (Update). A rename is `newName` (Webex's PUT, e.g. as JSON) or a `name`
 * other than the schedule's.
 */
export function planScheduleUpdate(current: Json, changes: Json, whole = false): UpdatePlan {
	const notSent = Object.keys(changes).filter((key) => SCHEDULE_READ_ONLY.includes(key));
	const body: Json = { name: current.name };
	const asked = typeof changes.newName === 'string' ? changes.newName : changes.name;
	const rename = typeof asked === 'string' ? asked.trim() : '';
	if (rename !== '' && rename !== current.name) body.newName = rename;
	const currentEvents = eventsOf(current);
	const events = currentEvents.map((event) => mergedEvent(event, {}));
	for (const given of Array.isArray(changes.events) ? changes.events.filter(isPlainObject) : []) {
		const index = events.findIndex((event) => event.name === given.name);
		if (index >= 0) events[index] = mergedEvent(currentEvents[index], given, whole);
		else events.push(mergedEvent(undefined, given));
	}
	body.events = events;
	return { body, notSent, problems: [] };
}

/** Whether an event as a PUT describes it differs from the event as Webex has it. */
export function eventDiffers(current: Json | undefined, sent: Json): boolean {
	if (!current) return true;
	const kept: Json = { ...current };
	delete kept.id;
	const { newName, ...given } = sent;
	return canonical({ ...given, name: newName ?? sent.name }) !== canonical(kept);
}

/** Whether the PUT would change the schedule: a new name, or an event added or differing. */
export function scheduleWouldChange(current: Json, body: Json): boolean {
	if (body.newName !== undefined && body.newName !== current.name) return true;
	const now = new Map(eventsOf(current).map((event) => [event.name, event]));
	const sent = eventsOf(body);
	if (sent.length !== now.size) return true;
	return sent.some((event) => eventDiffers(now.get(event.name), event));
}

/** A value as text for comparing: keys sorted, absent and null alike. */
function canonical(value: unknown): string {
	const sorted = (v: unknown): unknown =>
		Array.isArray(v)
			? v.map(sorted)
			: isPlainObject(v)
				? Object.fromEntries(
						Object.keys(v)
							.filter((key) => v[key] !== null && v[key] !== undefined)
							.sort()
							.map((key) => [key, sorted(v[key])]),
					)
				: v;
	return JSON.stringify(sorted(value));
}
