/**
 * A location schedule's bodies from the node's fields. Pure: values in, Webex's shape out; the
 * checks are Webex's (the node sends what it is given, and shows Webex's refusal).
 */
import { toWebexDate } from '../../helpers/calendar';
import { isBlank, isPlainObject, trimmed } from '../../helpers/json';
import type { Json } from '../../helpers/json';
import { SCHEDULE_RECURRENCES as RECURRENCES } from './types';

/** One event from its fields: times only when not all day, a recurrence only when one is chosen. */
export function toScheduleEvent(raw: unknown): unknown {
	if (!isPlainObject(raw)) return raw;
	const event: Json = {
		name: trimmed(raw.name ?? ''),
		startDate: toWebexDate(raw.startDate ?? ''),
		endDate: toWebexDate(raw.endDate ?? ''),
		allDayEnabled: raw.allDayEnabled ?? false,
	};
	if (event.allDayEnabled !== true) {
		if (!isBlank(raw.startTime)) event.startTime = trimmed(raw.startTime);
		if (!isBlank(raw.endTime)) event.endTime = trimmed(raw.endTime);
	}
	const chosen = isPlainObject(raw.recurrence) ? raw.recurrence : {};
	const pattern = RECURRENCES.find((key) => chosen[key] !== undefined);
	if (pattern) {
		const recurForEver = raw.recurForEver ?? true;
		event.recurrence = {
			recurForEver,
			...(recurForEver !== true && !isBlank(raw.recurEndDate)
				? { recurEndDate: toWebexDate(raw.recurEndDate) }
				: {}),
			[pattern]: chosen[pattern],
		};
	}
	return event;
}

/** The Events fixedCollection `{ event: [...] }` as Webex's `events` list. */
export function toScheduleEvents(raw: unknown): unknown[] {
	if (!isPlainObject(raw) || !Array.isArray(raw.event)) return [];
	return raw.event.map(toScheduleEvent);
}

/** An event given as JSON, in Webex's own shape: sent as given, its dates as calendar days. */
export function fromJsonEvent(raw: unknown): unknown {
	if (!isPlainObject(raw)) return raw;
	const event: Json = { ...raw };
	for (const key of ['startDate', 'endDate'])
		if (event[key] !== undefined) event[key] = toWebexDate(event[key]);
	if (isPlainObject(event.recurrence) && event.recurrence.recurEndDate !== undefined)
		event.recurrence = {
			...event.recurrence,
			recurEndDate: toWebexDate(event.recurrence.recurEndDate),
		};
	return event;
}

/**
 * The changes an Update Fields collection of an event holds, in Webex's shape: only what is
 * given. Repeat For Ever or Repeat Until without a new recurrence change the event's own.
 */
export function eventChangesFromFields(fields: Json): Json {
	const changes: Json = {};
	for (const key of ['name', 'startTime', 'endTime'])
		if (fields[key] !== undefined) changes[key] = trimmed(fields[key]);
	for (const key of ['startDate', 'endDate'])
		if (fields[key] !== undefined) changes[key] = toWebexDate(fields[key]);
	if (fields.allDayEnabled !== undefined) changes.allDayEnabled = fields.allDayEnabled;
	const recurrence: Json = {};
	const chosen = isPlainObject(fields.recurrence) ? fields.recurrence : {};
	const pattern = RECURRENCES.find((key) => chosen[key] !== undefined);
	if (pattern) recurrence[pattern] = chosen[pattern];
	if (fields.recurForEver !== undefined) recurrence.recurForEver = fields.recurForEver;
	if (!isBlank(fields.recurEndDate)) recurrence.recurEndDate = toWebexDate(fields.recurEndDate);
	if (Object.keys(recurrence).length > 0) changes.recurrence = recurrence;
	return changes;
}

/**
 * An Update's Events fixedCollection as the changes each entry holds: only what is filled in
 * (blank fields and Keep As It Is keep the event's own), each by its name.
 */
export function toScheduleEventChanges(raw: unknown): unknown[] {
	if (!isPlainObject(raw) || !Array.isArray(raw.event)) return [];
	return raw.event.map((entry: unknown) => {
		if (!isPlainObject(entry)) return entry;
		const filled = Object.fromEntries(
			Object.entries(entry).filter(([key, value]) => key === 'name' || !isBlank(value)),
		);
		return eventChangesFromFields(filled);
	});
}
