/**
 * An operating mode's update, worked out from the mode as Webex has it now and the changes the
 * user asked for, so that "only the fields you set change" holds against Webex's real PUT
 * semantics. Pure: the current mode and the changes in, the request body out.
 */
import type { InputIssue } from '../../helpers/issues';
import { isPlainObject, quote } from '../../helpers/json';
import type { Json } from '../../helpers/json';
import { normalizePhoneNumber } from '../../helpers/phoneNumber';
import type { UpdatePlan } from '../../helpers/updates';
import { DIFFERENT_HOURS_DAILY_KEYS, SAME_HOURS_DAILY_KEYS, SCHEDULE_OF_TYPE } from './types';

/**
 * `merge` (default): holidays given by name replace the mode's holidays of that name, new names
 * are added, the others are kept. `replace`: the given list becomes the mode's whole list.
 */
export type HolidaysUpdateMode = 'merge' | 'replace';

const WEEK_DAYS = {
	sameHoursDaily: SAME_HOURS_DAILY_KEYS,
	differentHoursDaily: DIFFERENT_HOURS_DAILY_KEYS,
};

/** A day changed field by field; switching All Day on without times drops the old times. */
function mergeDay(current: unknown, change: unknown): unknown {
	if (!isPlainObject(change)) return change ?? current;
	const day: Json = { ...(isPlainObject(current) ? current : {}), ...change };
	if (
		change.allDayEnabled === true &&
		change.startTime === undefined &&
		change.endTime === undefined
	) {
		delete day.startTime;
		delete day.endTime;
	}
	return day;
}

/**
 * The whole weekly schedule, every day Webex has, with the changed days merged in: Webex's
 * Modify schema marks the weekly schedule as one required object, so a day left out of it
 * would not be "kept" (Webex's reference: Modify an Operating Mode,
 * https://developer.webex.com/docs/api/v1/features-operating-modes/modify-an-operating-mode).
 */
function mergeWeek(current: unknown, change: unknown, days: readonly string[]): Json {
	const now = isPlainObject(current) ? current : {};
	const changes = isPlainObject(change) ? change : {};
	const week: Json = {};
	for (const day of days) {
		const merged = mergeDay(now[day], changes[day]);
		if (merged !== undefined) week[day] = merged;
	}
	for (const [key, value] of Object.entries(changes)) if (!(key in week)) week[key] = value;
	return week;
}

/** A holiday without its ID: Webex's holidays update takes none (and gives new ones). */
function withoutId(holiday: unknown): unknown {
	if (!isPlainObject(holiday) || !('id' in holiday)) return holiday;
	const copy = { ...holiday };
	delete copy.id;
	return copy;
}

function mergeHolidays(current: unknown, given: unknown[], mode: HolidaysUpdateMode): unknown[] {
	if (mode === 'replace') return given;
	const merged = (Array.isArray(current) ? current : []).map(withoutId);
	for (const holiday of given) {
		const name = isPlainObject(holiday) ? holiday.name : undefined;
		const index = merged.findIndex((entry) => isPlainObject(entry) && entry.name === name);
		if (index >= 0) merged[index] = holiday;
		else merged.push(holiday);
	}
	return merged;
}

function locationIdOf(value: unknown): unknown {
	return isPlainObject(value) ? value.id : value;
}

/**
 * The PUT body for an operating mode. Webex's Modify an Operating Mode takes name, the weekly
 * schedules, holidays and call forwarding; type, level and location are fixed at creation
 * (the Modify schema has no such fields, and wxc_sdk's `OperatingMode.update()` leaves them out).
 */
export function planOperatingModeUpdate(
	current: Json,
	changes: Json,
	holidaysMode: HolidaysUpdateMode = 'merge',
): UpdatePlan {
	const notSent: string[] = [];
	const problems: InputIssue[] = [];
	const body: Json = {};

	for (const [key, value] of Object.entries(changes)) {
		if (key === 'id') {
			notSent.push('id');
		} else if (key === 'type' || key === 'level') {
			if (value === current[key]) notSent.push(key);
			else
				problems.push({
					field: key,
					problem: `cannot change from ${quote(current[key])} to ${quote(value)}: Webex fixes a mode's ${key} when it is created (create a new operating mode instead)`,
				});
		} else if (key === 'location' || key === 'locationId') {
			if (locationIdOf(value) === locationIdOf(current.location)) notSent.push(key);
			else
				problems.push({
					field: key,
					problem: `cannot change from ${quote(locationIdOf(current.location))} to ${quote(locationIdOf(value))}: Webex fixes a mode's location when it is created`,
				});
		} else if (key === 'holidays') {
			if (!Array.isArray(value)) {
				body.holidays = value;
				continue;
			}
			const given = value.map((holiday, index) => {
				if (isPlainObject(holiday) && 'id' in holiday) notSent.push(`holidays[${index}].id`);
				return withoutId(holiday);
			});
			// Merging nothing in changes nothing: the holidays (and their IDs) stay as they are.
			if (holidaysMode === 'merge' && given.length === 0) continue;
			body.holidays = mergeHolidays(current.holidays, given, holidaysMode);
		} else if (key === 'callForwarding' && isPlainObject(value)) {
			const forwarding: Json = {
				...(isPlainObject(current.callForwarding) ? current.callForwarding : {}),
				...value,
			};
			if (forwarding.destination !== undefined)
				forwarding.destination = normalizePhoneNumber(forwarding.destination);
			body.callForwarding = forwarding;
		} else if (key !== 'sameHoursDaily' && key !== 'differentHoursDaily') {
			body[key] = value;
		}
	}

	const weekly = SCHEDULE_OF_TYPE[current.type as string];
	for (const key of Object.keys(WEEK_DAYS) as Array<keyof typeof WEEK_DAYS>) {
		if (key === weekly) {
			body[key] = mergeWeek(current[key], changes[key], WEEK_DAYS[key]);
		} else if (changes[key] !== undefined) {
			// Another type's schedule: Webex decides what it does with it.
			body[key] = changes[key];
		}
	}
	return { body, notSent, problems };
}
