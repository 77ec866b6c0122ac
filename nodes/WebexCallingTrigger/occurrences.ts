/**
 * When a holiday next begins, on or after a given day: an operating mode's holiday or a location
 * schedule's event, each as Webex describes it. Pure; dates are `YYYY-MM-DD` calendar days with
 * no time zone (the caller says which day "today" is, in the workflow's time zone).
 *
 * The recurrences are Webex's own: an operating mode holiday's `recurrence` holds
 * `recurYearlyByDate {dayOfMonth, month}` or `recurYearlyByDay {day, week, month}` ("Create an
 * Operating Mode", https://developer.webex.com/docs/api/v1/features-operating-modes); a schedule
 * event's adds `recurWeekly {sunday … saturday}`, `recurForEver` and `recurEndDate` ("Location
 * Call Settings: Schedules", https://developer.webex.com/docs/api/v1/location-call-settings-schedules).
 */
import { MONTHS, WEEKDAYS } from '../WebexCalling/helpers/calendar';
import { isPlainObject } from '../WebexCalling/helpers/json';
import type { Json } from '../WebexCalling/helpers/json';

const DAY_MS = 86_400_000;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` day as days since 1970-01-01, or undefined when it is not one. */
export function dayNumber(date: unknown): number | undefined {
	const match = typeof date === 'string' ? DATE.exec(date.slice(0, 10)) : null;
	if (!match) return undefined;
	const [year, month, day] = match.slice(1).map(Number);
	const ms = Date.UTC(year, month - 1, day);
	const back = new Date(ms);
	// 2027-02-30 is no day: Date.UTC rolls it over, which the check catches.
	if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
	return ms / DAY_MS;
}

export const dayText = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

const yearOf = (day: number) => new Date(day * DAY_MS).getUTCFullYear();

function monthIndex(month: unknown): number | undefined {
	const index = MONTHS.indexOf(String(month).toUpperCase() as (typeof MONTHS)[number]);
	return index < 0 ? undefined : index;
}

function weekdayIndex(day: unknown): number | undefined {
	const index = WEEKDAYS.indexOf(String(day).toUpperCase() as (typeof WEEKDAYS)[number]);
	return index < 0 ? undefined : index;
}

/** `recurYearlyByDate` in one year: that month's day, if the month has it (no 29 February in 2027). */
function byDateIn(year: number, rule: Json): number | undefined {
	const month = monthIndex(rule.month);
	const dayOfMonth = Number(rule.dayOfMonth);
	if (month === undefined || !Number.isInteger(dayOfMonth)) return undefined;
	const text = `${year}-${String(month + 1).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
	return dayNumber(text);
}

const WEEK_NUMBERS: Record<string, number> = { FIRST: 0, SECOND: 1, THIRD: 2, FOURTH: 3 };

/** `recurYearlyByDay` in one year: the first … fourth or last such weekday of the month. */
function byDayIn(year: number, rule: Json): number | undefined {
	const month = monthIndex(rule.month);
	const weekday = weekdayIndex(rule.day);
	const week = String(rule.week).toUpperCase();
	if (month === undefined || weekday === undefined) return undefined;
	if (week === 'LAST') {
		const last = Date.UTC(year, month + 1, 0) / DAY_MS;
		const shift = (new Date(last * DAY_MS).getUTCDay() - weekday + 7) % 7;
		return last - shift;
	}
	if (!(week in WEEK_NUMBERS)) return undefined;
	const first = Date.UTC(year, month, 1) / DAY_MS;
	const shift = (weekday - new Date(first * DAY_MS).getUTCDay() + 7) % 7;
	return first + shift + 7 * WEEK_NUMBERS[week];
}

/** Whether a weekly rule (`sunday: true` …) flags this day's weekday. */
function weeklyOn(day: number, rule: Json): boolean {
	return rule[WEEKDAYS[new Date(day * DAY_MS).getUTCDay()].toLowerCase()] === true;
}

export interface Occurrence {
	/** The day it begins */
	start: number;
	/** The day it ends: the first occurrence's length carried over */
	end: number;
}

/** How many occurrences one holiday may have in a window at most (a weekly one in a year: 366) */
const MAX_OCCURRENCES = 400;

/**
 * Every beginning of the holiday from `from` to `to` (both included): its start date when it
 * does not recur; otherwise each day its recurrence gives, never before the start date nor after
 * the recurrence's end date. A weekly event in a 14-day window has several.
 */
export function occurrencesWithin(holiday: Json, from: number, to: number): Occurrence[] {
	const start = dayNumber(holiday.startDate);
	if (start === undefined) return [];
	const length = Math.max(0, (dayNumber(holiday.endDate) ?? start) - start);
	const recurrence = isPlainObject(holiday.recurrence) ? holiday.recurrence : {};
	const until = recurrence.recurForEver === true ? undefined : dayNumber(recurrence.recurEndDate);
	const earliest = Math.max(from, start);
	const last = until === undefined ? to : Math.min(to, until);
	const days: number[] = [];
	if (isPlainObject(recurrence.recurYearlyByDate) || isPlainObject(recurrence.recurYearlyByDay)) {
		const inYear = isPlainObject(recurrence.recurYearlyByDate)
			? (year: number) => byDateIn(year, recurrence.recurYearlyByDate as Json)
			: (year: number) => byDayIn(year, recurrence.recurYearlyByDay as Json);
		for (let year = yearOf(earliest); year <= yearOf(last); year++) {
			const day = inYear(year);
			if (day !== undefined && day >= earliest && day <= last) days.push(day);
		}
	} else if (isPlainObject(recurrence.recurWeekly)) {
		for (let day = earliest; day <= last && days.length < MAX_OCCURRENCES; day++)
			if (weeklyOn(day, recurrence.recurWeekly)) days.push(day);
	} else if (start >= from && start <= last) {
		days.push(start);
	}
	return days.map((day) => ({ start: day, end: day + length }));
}

/** Today in a time zone (the workflow's), as a day number. */
export function today(timeZone: string, now = new Date()): number {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).format(now);
	return dayNumber(parts) ?? Math.floor(now.getTime() / DAY_MS);
}
