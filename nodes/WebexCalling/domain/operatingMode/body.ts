/**
 * Turns the node's parameters into Webex request bodies. Pure: the values n8n hands the node in,
 * a body shaped exactly as Webex expects out. Checking is left to the resource's validate.ts, so a body typed
 * as JSON and a body built from fields go through the same checks.
 */
import { toWebexDate } from '../../helpers/calendar';
import { isBlank, isPlainObject, trimmed } from '../../helpers/json';
import type { Json } from '../../helpers/json';
import { normalizePhoneNumber } from '../../helpers/phoneNumber';
import { DIFFERENT_HOURS_DAILY_KEYS, SAME_HOURS_DAILY_KEYS } from './types';
import type { OperatingModeCreateBody } from './types';

/** A day's schedule; times are sent only when given and the day is not all-day. */
export function toDaySchedule(raw: unknown): unknown {
	if (!isPlainObject(raw)) return raw;
	const schedule: Json = {
		enabled: raw.enabled ?? false,
		allDayEnabled: raw.allDayEnabled ?? false,
	};
	if (schedule.allDayEnabled !== true) {
		if (!isBlank(raw.startTime)) schedule.startTime = trimmed(raw.startTime);
		if (!isBlank(raw.endTime)) schedule.endTime = trimmed(raw.endTime);
	}
	return schedule;
}

/** The fixedCollection value `{ mondayToFriday: {...}, ... }`, in the order the days were given. */
export function toWeekSchedule(raw: unknown, days: readonly string[]): Json | undefined {
	if (!isPlainObject(raw)) return undefined;
	const week: Json = {};
	for (const day of days) {
		if (raw[day] !== undefined) week[day] = toDaySchedule(raw[day]);
	}
	return week;
}

function withoutBlanks(raw: unknown): unknown {
	if (!isPlainObject(raw)) return raw;
	const copy: Json = {};
	for (const [key, value] of Object.entries(raw)) {
		if (!isBlank(value)) copy[key] = trimmed(value);
	}
	return copy;
}

/** The recurrence fixedCollection `{ recurYearlyByDate?: {...}, recurYearlyByDay?: {...} }`. */
export function toRecurrence(raw: unknown): unknown {
	if (!isPlainObject(raw)) return raw ?? undefined;
	const recurrence: Json = {};
	for (const key of ['recurYearlyByDate', 'recurYearlyByDay']) {
		if (raw[key] !== undefined) recurrence[key] = withoutBlanks(raw[key]);
	}
	return Object.keys(recurrence).length > 0 ? recurrence : undefined;
}

/** One holiday from the node's fields, in Webex's shape. */
export function toHoliday(raw: unknown): unknown {
	if (!isPlainObject(raw)) return raw;
	const holiday: Json = {
		name: trimmed(raw.name ?? ''),
		allDayEnabled: raw.allDayEnabled ?? false,
		startDate: toWebexDate(raw.startDate ?? ''),
		endDate: toWebexDate(raw.endDate ?? ''),
	};
	if (holiday.allDayEnabled !== true) {
		if (!isBlank(raw.startTime)) holiday.startTime = trimmed(raw.startTime);
		if (!isBlank(raw.endTime)) holiday.endTime = trimmed(raw.endTime);
	}
	const recurrence = toRecurrence(raw.recurrence);
	if (recurrence !== undefined) holiday.recurrence = recurrence;
	return holiday;
}

/** The holidays fixedCollection `{ holiday: [...] }` as Webex's `holidays` array. */
export function toHolidays(raw: unknown): unknown[] {
	if (!isPlainObject(raw) || !Array.isArray(raw.holiday)) return [];
	return raw.holiday.map(toHoliday);
}

/**
 * Call forwarding from its collection. A create starts from `enabled: false`; an update sends
 * only the fields added, so the others keep their values. A destination in Webex's display
 * format is sent as `+` and digits.
 */
export function toCallForwarding(raw: unknown, partial = false): unknown {
	if (!isPlainObject(raw)) return raw ?? { enabled: false };
	const forwarding: Json = partial ? {} : { enabled: raw.enabled ?? false };
	if (partial && raw.enabled !== undefined) forwarding.enabled = raw.enabled;
	if (!isBlank(raw.destination)) forwarding.destination = normalizePhoneNumber(raw.destination);
	if (raw.destinationVoicemailEnabled !== undefined) {
		forwarding.destinationVoicemailEnabled = raw.destinationVoicemailEnabled;
	}
	return forwarding;
}

export interface OperatingModeFields {
	name: unknown;
	type: unknown;
	level: unknown;
	locationId?: unknown;
	sameHoursDaily?: unknown;
	differentHoursDaily?: unknown;
	holidays?: unknown;
	callForwarding?: unknown;
}

/**
 * The create body, keys in the order of Webex's reference, carrying only the schedule that
 * the chosen type uses.
 */
export function buildOperatingModeCreateBody(fields: OperatingModeFields): OperatingModeCreateBody {
	const body: Json = {
		name: trimmed(fields.name),
		type: fields.type,
		level: fields.level,
	};
	if (fields.level === 'LOCATION') body.locationId = trimmed(fields.locationId ?? '');
	if (fields.type === 'SAME_HOURS_DAILY') {
		body.sameHoursDaily = toWeekSchedule(fields.sameHoursDaily, SAME_HOURS_DAILY_KEYS) ?? {};
	} else if (fields.type === 'DIFFERENT_HOURS_DAILY') {
		body.differentHoursDaily =
			toWeekSchedule(fields.differentHoursDaily, DIFFERENT_HOURS_DAILY_KEYS) ?? {};
	} else if (fields.type === 'HOLIDAY') {
		body.holidays = toHolidays(fields.holidays);
	}
	body.callForwarding = toCallForwarding(fields.callForwarding);
	return body as unknown as OperatingModeCreateBody;
}

/** An update body from an `updateFields` collection: only the keys the user added. */
export function buildOperatingModeUpdateBody(fields: Json): Json {
	const body: Json = {};
	if (fields.name !== undefined) body.name = trimmed(fields.name);
	if (fields.sameHoursDaily !== undefined) {
		body.sameHoursDaily =
			toWeekSchedule(fields.sameHoursDaily, SAME_HOURS_DAILY_KEYS) ?? fields.sameHoursDaily;
	}
	if (fields.differentHoursDaily !== undefined) {
		body.differentHoursDaily =
			toWeekSchedule(fields.differentHoursDaily, DIFFERENT_HOURS_DAILY_KEYS) ??
			fields.differentHoursDaily;
	}
	if (fields.holidays !== undefined) body.holidays = toHolidays(fields.holidays);
	if (fields.callForwarding !== undefined)
		body.callForwarding = toCallForwarding(fields.callForwarding, true);
	return body;
}

/** A holiday update body: only the fields the user added, dates as calendar days. */
export function buildHolidayUpdateBody(fields: Json): Json {
	const body: Json = {};
	for (const [key, value] of Object.entries(fields)) {
		if (key === 'startDate' || key === 'endDate') body[key] = toWebexDate(value);
		else if (key === 'recurrence') {
			const recurrence = toRecurrence(value);
			if (recurrence !== undefined) body.recurrence = recurrence;
		} else if (key === 'startTime' || key === 'endTime') {
			if (!isBlank(value)) body[key] = trimmed(value);
		} else body[key] = trimmed(value);
	}
	return body;
}
