/**
 * Webex's calendar words and dates, as every schedule (an operating mode's holidays, a location
 * schedule's events) names them. Pure.
 */

export const MONTHS = [
	'JANUARY',
	'FEBRUARY',
	'MARCH',
	'APRIL',
	'MAY',
	'JUNE',
	'JULY',
	'AUGUST',
	'SEPTEMBER',
	'OCTOBER',
	'NOVEMBER',
	'DECEMBER',
] as const;
export type Month = (typeof MONTHS)[number];

export const WEEKDAYS = [
	'SUNDAY',
	'MONDAY',
	'TUESDAY',
	'WEDNESDAY',
	'THURSDAY',
	'FRIDAY',
	'SATURDAY',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The days as Webex's bodies name them for keys (an operating mode's days, a weekly recurrence). */
export const DAY_KEYS = [
	'sunday',
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday',
] as const;

export const WEEKS = ['FIRST', 'SECOND', 'THIRD', 'FOURTH', 'LAST'] as const;
export type Week = (typeof WEEKS)[number];

/**
 * A holiday's date: typed as YYYY-MM-DD, or from an expression as an ISO date-time
 * ("2026-12-25T00:00:00", sometimes with an offset), a Date or a Luxon DateTime; Webex wants
 * the calendar day. The day is read off the text, never through a
 * Date in the server's zone, so no timezone can move it to the day before.
 */
export function toWebexDate(value: unknown): unknown {
	if (typeof value === 'string') {
		const text = value.trim();
		const match = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(text);
		return match ? match[1] : text;
	}
	if (value instanceof Date && !Number.isNaN(value.getTime())) {
		return value.toISOString().slice(0, 10);
	}
	if (typeof value === 'object' && value !== null) {
		// A Luxon DateTime from an expression keeps its own zone: its ISO date is the picked day.
		const toISODate = (value as { toISODate?: () => string | null } | null)?.toISODate;
		if (typeof toISODate === 'function') return toISODate.call(value) ?? value;
	}
	return value;
}
