/**
 * The checks an operating-mode or holiday body must pass before it is sent. Pure.
 *
 * Only what Webex is known to refuse is refused here, and every rule names its evidence:
 * - REF: Webex's API reference, "Features: Operating Modes"
 *   (https://developer.webex.com/docs/api/v1/features-operating-modes; the same
 *   schema as jeokrohn/wxc_sdk open_api/generated/.../features-operating-modes_auto.py).
 * - Where live Webex accepts more than the reference says, live behaviour wins (see the notes
 *   on the rules that are NOT here, at the end of this file).
 */
import type { InputIssue } from '../../helpers/issues';
import { isBlank, isPlainObject, quote } from '../../helpers/json';
import type { Json } from '../../helpers/json';
import { MONTHS, WEEKDAYS, WEEKS } from '../../helpers/calendar';
import { OPERATING_MODE_LEVELS, OPERATING_MODE_TYPES, SCHEDULE_OF_TYPE } from './types';

/** REF, Create an Operating Mode Holiday: "An Operating Mode can have a max of 150 holidays." */
export const MAX_HOLIDAYS_PER_MODE = 150;

function at(field: string, key: string): string {
	return field ? `${field}.${key}` : key;
}

function oneOf(
	issues: InputIssue[],
	value: Json,
	key: string,
	field: string,
	allowed: readonly string[],
): boolean {
	if (typeof value[key] === 'string' && allowed.includes(value[key] as string)) return true;
	issues.push({
		field: at(field, key),
		problem: `must be one of ${allowed.join(', ')}, got ${quote(value[key])}`,
	});
	return false;
}

function required(
	issues: InputIssue[],
	value: Json,
	key: string,
	field: string,
	why = 'is required',
) {
	if (isBlank(value[key]))
		issues.push({ field: at(field, key), problem: `${why}, got ${quote(value[key])}` });
}

/** REF, recurYearlyByDate / recurYearlyByDay: month, day and week are closed enums. */
function checkRecurrence(issues: InputIssue[], recurrence: unknown, field: string) {
	if (!isPlainObject(recurrence)) return;
	const { recurYearlyByDate: byDate, recurYearlyByDay: byDay } = recurrence;
	if (isPlainObject(byDate) && byDate.month !== undefined) {
		oneOf(issues, byDate, 'month', at(field, 'recurYearlyByDate'), MONTHS);
	}
	if (isPlainObject(byDay)) {
		const path = at(field, 'recurYearlyByDay');
		if (byDay.day !== undefined) oneOf(issues, byDay, 'day', path, WEEKDAYS);
		if (byDay.week !== undefined) oneOf(issues, byDay, 'week', path, WEEKS);
		if (byDay.month !== undefined) oneOf(issues, byDay, 'month', path, MONTHS);
	}
}

/**
 * One holiday. `partial`: an update, where absent fields keep their values (wxc_sdk
 * tests/test_telephony_operating_modes.py `test_holidays_and_change_holiday` updates a holiday
 * with its name alone against live Webex).
 */
export function holidayIssues(holiday: unknown, field = '', partial = false): InputIssue[] {
	const issues: InputIssue[] = [];
	if (!isPlainObject(holiday)) {
		return [{ field: field || 'holiday', problem: `must be an object, got ${quote(holiday)}` }];
	}
	// REF, holiday create: name, startDate and endDate are required.
	for (const key of ['name', 'startDate', 'endDate']) {
		if (!partial || key in holiday) required(issues, holiday, key, field);
	}
	// REF: "startTime: Mandatory if allDayEnabled is false"; allDayEnabled is "False if the flag
	// is not set". An update may rely on the times the holiday already has: Webex decides there.
	const allDay = holiday.allDayEnabled === true || holiday.allDayEnabled === 'true';
	if (!allDay && !partial) {
		for (const key of ['startTime', 'endTime']) {
			required(issues, holiday, key, field, 'is required when All Day is off');
		}
	}
	checkRecurrence(issues, holiday.recurrence, at(field, 'recurrence'));
	return issues;
}

/** REF: `holidays` is "Mandatory if type is HOLIDAY", a list, at most 150 entries. */
function holidayListIssues(holidays: unknown): InputIssue[] {
	if (!Array.isArray(holidays)) {
		return [{ field: 'holidays', problem: `must be a list of holidays, got ${quote(holidays)}` }];
	}
	const issues: InputIssue[] = [];
	if (holidays.length > MAX_HOLIDAYS_PER_MODE) {
		issues.push({
			field: 'holidays',
			problem: `has ${holidays.length} holidays; Webex allows at most ${MAX_HOLIDAYS_PER_MODE} per operating mode`,
		});
	}
	holidays.forEach((holiday, index) =>
		issues.push(...holidayIssues(holiday, `holidays[${index}]`)),
	);
	return issues;
}

/** Checks a body for POST /telephony/config/operatingModes. */
export function operatingModeCreateIssues(body: unknown): InputIssue[] {
	if (!isPlainObject(body))
		return [{ field: 'body', problem: `must be a JSON object, got ${quote(body)}` }];
	const issues: InputIssue[] = [];
	// REF: name, type and level are required; type and level are enums.
	required(issues, body, 'name', '');
	const typeOk = oneOf(issues, body, 'type', '', OPERATING_MODE_TYPES);
	const levelOk = oneOf(issues, body, 'level', '', OPERATING_MODE_LEVELS);
	// REF: locationId "Mandatory if level is LOCATION".
	if (levelOk && body.level === 'LOCATION')
		required(issues, body, 'locationId', '', 'is required when Level is Location');
	const schedule = typeOk ? SCHEDULE_OF_TYPE[body.type as string] : undefined;
	if (schedule === 'holidays') {
		issues.push(...holidayListIssues(body.holidays));
	} else if (schedule && !isPlainObject(body[schedule])) {
		issues.push({
			field: schedule,
			problem: `is required when Type is ${body.type as string}, got ${quote(body[schedule])}`,
		});
	}
	return issues;
}

/**
 * Checks the changes of an operating-mode update, after they are merged with the mode as it
 * is (a name given must not be blank; holidays as in a create).
 */
export function operatingModeUpdateIssues(body: Json): InputIssue[] {
	const issues: InputIssue[] = [];
	if ('name' in body) required(issues, body, 'name', '');
	if (body.holidays !== undefined) issues.push(...holidayListIssues(body.holidays));
	for (const key of ['sameHoursDaily', 'differentHoursDaily', 'callForwarding']) {
		if (body[key] !== undefined && !isPlainObject(body[key])) {
			issues.push({ field: key, problem: `must be an object, got ${quote(body[key])}` });
		}
	}
	return issues;
}

/*
 * Rules deliberately NOT here, because live Webex accepts what they would refuse:
 * - startTime before endTime: wxc_sdk tests/test_telephony_mode_management.py
 *   `two_modes_with_schedules` creates a SAME_HOURS_DAILY mode from `mode1_to` to `mode1_from`,
 *   a schedule that runs past midnight, against live Webex.
 * - callForwarding required: wxc_sdk tests/test_telephony_operating_modes.py `test_create_org`
 *   creates a NONE mode without it.
 * - forwarding destinations as E.164 only: the same tests forward to the extension '4711'.
 * - time and date formats, "24:00", calendar dates, end before start, name lengths, an empty
 *   holiday list, unknown fields: Webex's behaviour is not documented; the node sends and shows
 *   Webex's own error (message and trackingId).
 */
