/**
 * Checks of request bodies before anything is sent. Pure: a body in, a list of problems out,
 * each naming the field by its path in the Webex body (which is also the n8n parameter path).
 */
import {
	DIFFERENT_HOURS_DAILY_KEYS,
	MONTHS,
	OPERATING_MODE_LEVELS,
	OPERATING_MODE_TYPES,
	SAME_HOURS_DAILY_KEYS,
	WEEKDAYS,
	WEEKS,
} from './types';

export interface InputIssue {
	/** Path of the field in the request body, e.g. `holidays[0].startDate` */
	field: string;
	problem: string;
}

/** Webex accepts at most this many holidays in one operating mode. */
export const MAX_HOLIDAYS_PER_MODE = 150;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** E.164 number, or a national number or extension of digits */
const PHONE_OR_EXTENSION = /^\+?\d{2,15}$/;

type Json = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A text option such as an org ID, trimmed; undefined when absent or blank. */
export function optionalText(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function isTime(value: unknown): value is string {
	return typeof value === 'string' && TIME.test(value);
}

/** A `YYYY-MM-DD` string naming a day that exists (no 2026-02-30). */
export function isCalendarDate(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const match = DATE.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

export function isPhoneNumberOrExtension(value: unknown): value is string {
	return typeof value === 'string' && PHONE_OR_EXTENSION.test(value);
}

function join(field: string, key: string): string {
	return field ? `${field}.${key}` : key;
}

function show(value: unknown): string {
	return value === undefined ? 'nothing' : JSON.stringify(value);
}

function oneOf(allowed: readonly string[]): string {
	return allowed.join(', ');
}

class IssueList {
	readonly issues: InputIssue[] = [];

	add(field: string, problem: string) {
		this.issues.push({ field, problem });
	}

	unknownKeys(value: Json, field: string, allowed: readonly string[]) {
		for (const key of Object.keys(value)) {
			if (!allowed.includes(key)) {
				this.add(
					join(field, key),
					`is not a field Webex knows here (expected one of: ${oneOf(allowed)})`,
				);
			}
		}
	}

	optionalBoolean(value: Json, key: string, field: string) {
		if (value[key] !== undefined && typeof value[key] !== 'boolean') {
			this.add(join(field, key), `must be true or false, got ${show(value[key])}`);
		}
	}

	requiredString(value: Json, key: string, field: string) {
		const v = value[key];
		if (typeof v !== 'string' || v.trim() === '') {
			this.add(join(field, key), `is required, got ${show(v)}`);
			return false;
		}
		return true;
	}

	enumValue(value: Json, key: string, field: string, allowed: readonly string[]) {
		const v = value[key];
		if (typeof v !== 'string' || !allowed.includes(v)) {
			this.add(join(field, key), `must be one of ${oneOf(allowed)}, got ${show(v)}`);
			return false;
		}
		return true;
	}

	/** Checks an optional `HH:MM` time; true when it is present and valid. */
	time(value: Json, key: string, field: string, required: boolean): boolean {
		const v = value[key];
		if (v === undefined || v === '') {
			if (required) this.add(join(field, key), 'is required when the schedule is not all day');
			return false;
		}
		if (!isTime(v)) {
			this.add(join(field, key), `must be a time as HH:MM (24-hour, 00:00 to 23:59), got ${show(v)}`);
			return false;
		}
		return true;
	}

	startBeforeEnd(value: Json, field: string) {
		if ((value.startTime as string) >= (value.endTime as string)) {
			this.add(
				join(field, 'endTime'),
				`must be after startTime (${value.startTime as string}), got ${show(value.endTime)}`,
			);
		}
	}
}

function checkDaySchedule(list: IssueList, value: unknown, field: string) {
	if (!isPlainObject(value)) {
		list.add(field, `must be an object with enabled, allDayEnabled, startTime, endTime, got ${show(value)}`);
		return;
	}
	list.unknownKeys(value, field, ['enabled', 'allDayEnabled', 'startTime', 'endTime']);
	list.optionalBoolean(value, 'enabled', field);
	list.optionalBoolean(value, 'allDayEnabled', field);
	const timesRequired = value.enabled === true && value.allDayEnabled !== true;
	const hasStart = list.time(value, 'startTime', field, timesRequired);
	const hasEnd = list.time(value, 'endTime', field, timesRequired);
	if (hasStart && hasEnd) list.startBeforeEnd(value, field);
}

function checkWeekSchedule(
	list: IssueList,
	value: unknown,
	field: string,
	days: readonly string[],
) {
	if (!isPlainObject(value) || Object.keys(value).length === 0) {
		list.add(field, `needs at least one of ${oneOf(days)}`);
		return;
	}
	list.unknownKeys(value, field, days);
	for (const day of days) {
		if (value[day] !== undefined) checkDaySchedule(list, value[day], `${field}.${day}`);
	}
}

function checkRecurrence(list: IssueList, value: unknown, field: string) {
	if (!isPlainObject(value)) {
		list.add(field, `must be an object with recurYearlyByDate or recurYearlyByDay, got ${show(value)}`);
		return;
	}
	list.unknownKeys(value, field, ['recurYearlyByDate', 'recurYearlyByDay']);
	const { recurYearlyByDate: byDate, recurYearlyByDay: byDay } = value;
	if (byDate !== undefined && byDay !== undefined) {
		list.add(field, 'must set either recurYearlyByDate or recurYearlyByDay, not both');
		return;
	}
	if (byDate === undefined && byDay === undefined) {
		list.add(field, 'must set recurYearlyByDate or recurYearlyByDay (or leave recurrence out)');
		return;
	}
	if (byDate !== undefined) {
		const path = `${field}.recurYearlyByDate`;
		if (!isPlainObject(byDate)) {
			list.add(path, `must be an object with dayOfMonth and month, got ${show(byDate)}`);
			return;
		}
		list.unknownKeys(byDate, path, ['dayOfMonth', 'month']);
		const monthOk = list.enumValue(byDate, 'month', path, MONTHS);
		const day = byDate.dayOfMonth;
		if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 31) {
			list.add(`${path}.dayOfMonth`, `must be a whole number from 1 to 31, got ${show(day)}`);
		} else if (monthOk) {
			// A leap year, so that 29 February is allowed as a yearly date.
			const month = MONTHS.indexOf(byDate.month as (typeof MONTHS)[number]) + 1;
			const date = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
			if (!isCalendarDate(date)) {
				list.add(`${path}.dayOfMonth`, `${day} does not exist in ${byDate.month as string}`);
			}
		}
	}
	if (byDay !== undefined) {
		const path = `${field}.recurYearlyByDay`;
		if (!isPlainObject(byDay)) {
			list.add(path, `must be an object with day, week and month, got ${show(byDay)}`);
			return;
		}
		list.unknownKeys(byDay, path, ['day', 'week', 'month']);
		list.enumValue(byDay, 'day', path, WEEKDAYS);
		list.enumValue(byDay, 'week', path, WEEKS);
		list.enumValue(byDay, 'month', path, MONTHS);
	}
}

const HOLIDAY_KEYS = [
	'name',
	'allDayEnabled',
	'startDate',
	'endDate',
	'startTime',
	'endTime',
	'recurrence',
] as const;

/** `partial`: an update, where absent fields keep their current values. */
function checkHolidayInto(list: IssueList, value: unknown, field: string, partial = false) {
	if (!isPlainObject(value)) {
		list.add(field || 'holiday', `must be an object, got ${show(value)}`);
		return;
	}
	list.unknownKeys(value, field, HOLIDAY_KEYS);
	if (!partial || value.name !== undefined) list.requiredString(value, 'name', field);
	list.optionalBoolean(value, 'allDayEnabled', field);
	let datesOk = true;
	for (const key of ['startDate', 'endDate'] as const) {
		const v = value[key];
		if (v === undefined || v === '') {
			if (!partial) list.add(join(field, key), 'is required');
			datesOk = false;
		} else if (!isCalendarDate(v)) {
			list.add(join(field, key), `must be a real date as YYYY-MM-DD, got ${show(v)}`);
			datesOk = false;
		}
	}
	if (datesOk && (value.endDate as string) < (value.startDate as string)) {
		list.add(
			join(field, 'endDate'),
			`must not be before startDate (${value.startDate as string}), got ${show(value.endDate)}`,
		);
	}
	const timesRequired = partial ? value.allDayEnabled === false : value.allDayEnabled !== true;
	const hasStart = list.time(value, 'startTime', field, timesRequired);
	const hasEnd = list.time(value, 'endTime', field, timesRequired);
	if (hasStart && hasEnd && datesOk && value.startDate === value.endDate) {
		list.startBeforeEnd(value, field);
	}
	if (value.recurrence !== undefined) checkRecurrence(list, value.recurrence, join(field, 'recurrence'));
}

function checkCallForwarding(list: IssueList, value: unknown, field: string) {
	if (!isPlainObject(value)) {
		list.add(field, `must be an object with enabled, destination, destinationVoicemailEnabled, got ${show(value)}`);
		return;
	}
	list.unknownKeys(value, field, ['enabled', 'destination', 'destinationVoicemailEnabled']);
	list.optionalBoolean(value, 'enabled', field);
	list.optionalBoolean(value, 'destinationVoicemailEnabled', field);
	const destination = value.destination;
	if (destination === undefined || destination === '') {
		if (value.enabled === true) {
			list.add(`${field}.destination`, 'is required when call forwarding is enabled');
		}
	} else if (!isPhoneNumberOrExtension(destination)) {
		list.add(
			`${field}.destination`,
			`must be a phone number (e.g. +19705550006) or an extension of digits, got ${show(destination)}`,
		);
	}
}

const CREATE_KEYS = [
	'name',
	'type',
	'level',
	'locationId',
	'sameHoursDaily',
	'differentHoursDaily',
	'holidays',
	'callForwarding',
] as const;

/** Checks a body for POST /telephony/config/operatingModes. */
export function validateOperatingModeCreate(body: unknown): InputIssue[] {
	const list = new IssueList();
	if (!isPlainObject(body)) {
		list.add('body', `must be a JSON object, got ${show(body)}`);
		return list.issues;
	}
	list.unknownKeys(body, '', CREATE_KEYS);
	list.requiredString(body, 'name', '');
	const typeOk = list.enumValue(body, 'type', '', OPERATING_MODE_TYPES);
	const levelOk = list.enumValue(body, 'level', '', OPERATING_MODE_LEVELS);

	if (levelOk && body.level === 'LOCATION') {
		list.requiredString(body, 'locationId', '');
	} else if (levelOk && body.locationId !== undefined) {
		list.add('locationId', 'is only allowed when level is LOCATION');
	}

	if (typeOk) {
		checkSchedules(list, body, body.type as string);
	}

	if (body.callForwarding === undefined) {
		list.add('callForwarding', 'is required (at least {"enabled": false})');
	} else {
		checkCallForwarding(list, body.callForwarding, 'callForwarding');
	}
	return list.issues;
}

/** The schedule object a type needs; the others must be absent. */
function checkSchedules(list: IssueList, body: Json, type: string) {
	const schedules = {
		sameHoursDaily: 'SAME_HOURS_DAILY',
		differentHoursDaily: 'DIFFERENT_HOURS_DAILY',
		holidays: 'HOLIDAY',
	} as const;
	for (const [key, owner] of Object.entries(schedules)) {
		if (owner !== type && body[key] !== undefined) {
			list.add(key, `is only used when type is ${owner}, but type is ${type}`);
		}
	}
	if (type === 'SAME_HOURS_DAILY') {
		checkWeekSchedule(list, body.sameHoursDaily, 'sameHoursDaily', SAME_HOURS_DAILY_KEYS);
	} else if (type === 'DIFFERENT_HOURS_DAILY') {
		checkWeekSchedule(list, body.differentHoursDaily, 'differentHoursDaily', DIFFERENT_HOURS_DAILY_KEYS);
	} else if (type === 'HOLIDAY') {
		checkHolidays(list, body.holidays);
	}
}

function checkHolidays(list: IssueList, holidays: unknown) {
	if (!Array.isArray(holidays) || holidays.length === 0) {
		list.add('holidays', 'needs at least one holiday when type is HOLIDAY');
		return;
	}
	if (holidays.length > MAX_HOLIDAYS_PER_MODE) {
		list.add(
			'holidays',
			`has ${holidays.length} holidays; Webex allows at most ${MAX_HOLIDAYS_PER_MODE} per operating mode`,
		);
	}
	holidays.forEach((holiday, index) => checkHolidayInto(list, holiday, `holidays[${index}]`));
}

/** Checks one holiday on its own (the Operating Mode Holiday resource). */
export function validateHoliday(holiday: unknown): InputIssue[] {
	const list = new IssueList();
	checkHolidayInto(list, holiday, '');
	return list.issues;
}

/** Checks the fields of a holiday update; each given field as in a create. */
export function validateHolidayUpdate(fields: Json): InputIssue[] {
	const list = new IssueList();
	if (nothingToUpdate(list, fields, 'holiday')) return list.issues;
	checkHolidayInto(list, fields, '', true);
	return list.issues;
}

function nothingToUpdate(list: IssueList, body: Json, what: string): boolean {
	if (Object.keys(body).length === 0) {
		list.add('updateFields', `is empty: add at least one field to change on the ${what}`);
		return true;
	}
	return false;
}

const UPDATE_KEYS = CREATE_KEYS.filter((key) => !['type', 'level', 'locationId'].includes(key));

/**
 * Checks a body for PUT /telephony/config/operatingModes/{modeId}: only the fields given,
 * each as in a create. A mode's type, level and location cannot change.
 */
export function validateOperatingModeUpdate(body: unknown): InputIssue[] {
	const list = new IssueList();
	if (!isPlainObject(body)) {
		list.add('body', `must be a JSON object, got ${show(body)}`);
		return list.issues;
	}
	if (nothingToUpdate(list, body, 'operating mode')) return list.issues;
	for (const key of ['type', 'level', 'locationId']) {
		if (key in body) list.add(key, "cannot be changed after creation (create a new operating mode instead)");
	}
	list.unknownKeys(body, '', [...UPDATE_KEYS, 'type', 'level', 'locationId']);
	if (body.name !== undefined) list.requiredString(body, 'name', '');
	if (body.sameHoursDaily !== undefined) {
		checkWeekSchedule(list, body.sameHoursDaily, 'sameHoursDaily', SAME_HOURS_DAILY_KEYS);
	}
	if (body.differentHoursDaily !== undefined) {
		checkWeekSchedule(list, body.differentHoursDaily, 'differentHoursDaily', DIFFERENT_HOURS_DAILY_KEYS);
	}
	if (body.holidays !== undefined) checkHolidays(list, body.holidays);
	if (body.callForwarding !== undefined) checkCallForwarding(list, body.callForwarding, 'callForwarding');
	return list.issues;
}

/** Webex rings at most this many extra numbers at once. */
export const MAX_SIMULTANEOUS_RING_NUMBERS = 10;

/** Checks a body for PUT .../simultaneousRing. */
export function validateSimultaneousRingUpdate(body: Json): InputIssue[] {
	const list = new IssueList();
	if (nothingToUpdate(list, body, 'simultaneous ring settings')) return list.issues;
	list.unknownKeys(body, '', ['enabled', 'doNotRingIfOnCallEnabled', 'phoneNumbers', 'criteriasEnabled']);
	for (const key of ['enabled', 'doNotRingIfOnCallEnabled', 'criteriasEnabled']) list.optionalBoolean(body, key, '');
	if (body.phoneNumbers !== undefined) {
		const numbers = body.phoneNumbers;
		if (!Array.isArray(numbers)) {
			list.add('phoneNumbers', `must be a list, got ${show(numbers)}`);
		} else {
			if (numbers.length > MAX_SIMULTANEOUS_RING_NUMBERS) {
				list.add('phoneNumbers', `has ${numbers.length} numbers; Webex rings at most ${MAX_SIMULTANEOUS_RING_NUMBERS}`);
			}
			numbers.forEach((entry, index) => {
				const field = `phoneNumbers[${index}]`;
				if (!isPlainObject(entry)) {
					list.add(field, `must be an object with phoneNumber, got ${show(entry)}`);
					return;
				}
				list.unknownKeys(entry, field, ['phoneNumber', 'answerConfirmationRequiredEnabled']);
				if (!isPhoneNumberOrExtension(entry.phoneNumber)) {
					list.add(`${field}.phoneNumber`, `must be a phone number (E.164, e.g. +19075552859) or an extension, got ${show(entry.phoneNumber)}`);
				}
				list.optionalBoolean(entry, 'answerConfirmationRequiredEnabled', field);
			});
		}
	}
	return list.issues;
}

const CRITERIA_KEYS = [
	'scheduleName',
	'scheduleType',
	'scheduleLevel',
	'callsFrom',
	'anonymousCallersEnabled',
	'unavailableCallersEnabled',
	'phoneNumbers',
	'ringEnabled',
] as const;

/** Checks a simultaneous-ring criteria body; an update checks only the fields it sends. */
export function validateCriteria(body: Json, operation: 'create' | 'update'): InputIssue[] {
	const list = new IssueList();
	if (operation === 'update' && nothingToUpdate(list, body, 'criteria')) return list.issues;
	list.unknownKeys(body, '', CRITERIA_KEYS);
	if (operation === 'create' || body.scheduleName !== undefined) list.requiredString(body, 'scheduleName', '');
	if (body.scheduleType !== undefined) list.enumValue(body, 'scheduleType', '', ['businessHours', 'holidays']);
	if (body.scheduleLevel !== undefined) list.enumValue(body, 'scheduleLevel', '', ['GROUP']);
	if (operation === 'create' || body.callsFrom !== undefined) {
		list.enumValue(body, 'callsFrom', '', ['ANY_PHONE_NUMBER', 'SELECT_PHONE_NUMBERS']);
	}
	for (const key of ['anonymousCallersEnabled', 'unavailableCallersEnabled', 'ringEnabled']) list.optionalBoolean(body, key, '');
	const numbers = body.phoneNumbers;
	if (numbers !== undefined) {
		if (!Array.isArray(numbers)) {
			list.add('phoneNumbers', `must be a list of numbers, got ${show(numbers)}`);
		} else {
			numbers.forEach((number, index) => {
				if (!isPhoneNumberOrExtension(number)) {
					list.add(`phoneNumbers[${index}]`, `must be a phone number or an extension, got ${show(number)}`);
				}
			});
		}
	}
	const hasNumbers = Array.isArray(numbers) && numbers.length > 0;
	if (body.callsFrom === 'SELECT_PHONE_NUMBERS' && !hasNumbers) {
		list.add('phoneNumbers', 'needs at least one number when callsFrom is SELECT_PHONE_NUMBERS');
	}
	if (body.callsFrom === 'ANY_PHONE_NUMBER' && hasNumbers) {
		list.add('phoneNumbers', 'is only used when callsFrom is SELECT_PHONE_NUMBERS');
	}
	return list.issues;
}

/** One line a user can act on: which item, which fields, what is wrong. */
export function describeIssues(issues: InputIssue[], itemIndex: number): string {
	const parts = issues.map((issue) => `${issue.field} ${issue.problem}`);
	return `Invalid input in item ${itemIndex}: ${parts.join('; ')}`;
}
