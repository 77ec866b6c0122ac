/** When a holiday next begins: Webex's recurrences on a fixed calendar. */
import { newHolidays, upcomingHolidays } from '../../nodes/WebexCallingTrigger/holidays';
import {
	dayNumber,
	dayText,
	occurrencesWithin,
	today,
} from '../../nodes/WebexCallingTrigger/occurrences';

const on = (date: string) => dayNumber(date)!;
/** The first beginning on or after `from` within eight years (a 29 February recurs every fourth) */
const next = (holiday: Record<string, unknown>, from: string) => {
	const [found] = occurrencesWithin(holiday, on(from), on(from) + 8 * 366);
	return found && [dayText(found.start), dayText(found.end)];
};

test('a one-off holiday: its dates, until they have passed', () => {
	const holiday = { startDate: '2026-12-24', endDate: '2026-12-26' };
	expect(next(holiday, '2026-12-06')).toEqual(['2026-12-24', '2026-12-26']);
	expect(next(holiday, '2026-12-24')).toEqual(['2026-12-24', '2026-12-26']);
	expect(next(holiday, '2026-12-25')).toBeUndefined();
});

test('yearly by date: this year if still to come, else next year; never before its start date', () => {
	const christmas = {
		startDate: '2019-12-25',
		endDate: '2019-12-25',
		recurrence: { recurYearlyByDate: { dayOfMonth: 25, month: 'DECEMBER' } },
	};
	expect(next(christmas, '2026-12-06')).toEqual(['2026-12-25', '2026-12-25']);
	expect(next(christmas, '2026-12-26')).toEqual(['2027-12-25', '2027-12-25']);
	expect(next({ ...christmas, startDate: '2030-12-25' }, '2026-12-06')?.[0]).toBe('2030-12-25');
	// 29 February only in leap years
	const leap = {
		startDate: '2024-02-29',
		recurrence: { recurYearlyByDate: { dayOfMonth: 29, month: 'FEBRUARY' } },
	};
	expect(next(leap, '2026-12-06')?.[0]).toBe('2028-02-29');
});

test('yearly by day: the fourth Thursday of November, the last Monday of May', () => {
	const thanksgiving = {
		startDate: '2020-11-26',
		endDate: '2020-11-27',
		recurrence: { recurYearlyByDay: { day: 'THURSDAY', week: 'FOURTH', month: 'NOVEMBER' } },
	};
	expect(next(thanksgiving, '2026-12-06')).toEqual(['2027-11-25', '2027-11-26']);
	expect(next(thanksgiving, '2026-11-01')).toEqual(['2026-11-26', '2026-11-27']);
	const memorial = {
		startDate: '2020-05-25',
		recurrence: { recurYearlyByDay: { day: 'MONDAY', week: 'LAST', month: 'MAY' } },
	};
	expect(next(memorial, '2027-01-01')?.[0]).toBe('2027-05-31');
	expect(next(memorial, '2026-01-01')?.[0]).toBe('2026-05-25');
});

test('a recurrence that ends: none after its end date; weekly: the next flagged weekday', () => {
	const ended = {
		startDate: '2020-07-04',
		recurrence: {
			recurForEver: false,
			recurEndDate: '2026-12-31',
			recurYearlyByDate: { dayOfMonth: 4, month: 'JULY' },
		},
	};
	expect(next(ended, '2026-12-06')).toBeUndefined();
	const fridays = {
		startDate: '2026-01-02',
		recurrence: { recurForEver: true, recurWeekly: { friday: true } },
	};
	// 2026-12-06 is a Sunday
	expect(next(fridays, '2026-12-06')?.[0]).toBe('2026-12-11');
});

test('what is not a date is no occurrence; today follows the time zone', () => {
	expect(next({ startDate: '2027-02-30' }, '2026-12-06')).toBeUndefined();
	expect(next({ name: 'no date' }, '2026-12-06')).toBeUndefined();
	const late = new Date('2026-12-06T23:30:00Z');
	expect(dayText(today('UTC', late))).toBe('2026-12-06');
	expect(dayText(today('Asia/Tokyo', late))).toBe('2026-12-07');
	expect(dayText(today('America/Denver', late))).toBe('2026-12-06');
});

test('a weekly event has every occurrence in the window, not only the next', () => {
	const mondaysAndWednesdays = {
		startDate: '2027-01-04',
		recurrence: { recurForEver: true, recurWeekly: { monday: true, wednesday: true } },
	};
	// 2027-03-01 is a Monday: two weeks hold four
	expect(
		occurrencesWithin(mondaysAndWednesdays, on('2027-03-01'), on('2027-03-14')).map((o) =>
			dayText(o.start),
		),
	).toEqual(['2027-03-01', '2027-03-03', '2027-03-08', '2027-03-10']);
	// a yearly one over a window longer than a year: each year's
	const newYear = {
		startDate: '2020-01-01',
		recurrence: { recurYearlyByDate: { dayOfMonth: 1, month: 'JANUARY' } },
	};
	expect(
		occurrencesWithin(newYear, on('2026-12-06'), on('2028-01-01')).map((o) => dayText(o.start)),
	).toEqual(['2027-01-01', '2028-01-01']);
});

test('two holidays never share a key: each is told (their IDs once collided in a 32-bit hash)', () => {
	const christmas = {
		name: 'Christmas',
		allDayEnabled: true,
		startDate: '2026-12-25',
		endDate: '2026-12-25',
	};
	const found = [
		'Y2lzY29zcGFyazovL3VzL1NDSEVEVUxFLzZiMWM0ZTYwLThmZTAtNGZlMS05NTQyLWVmNjk2OGY0ZGJmZA',
		'Y2lzY29zcGFyazovL3VzL1NDSEVEVUxFL2NjZGI4NThhLTY4MTctNGFkOC04MGQ2LWJmMjZjOTVlYjZlYw',
	].map((id) => ({
		source: 'locationSchedule' as const,
		holiday: christmas,
		holder: { id, name: 'Holidays' },
	}));
	const upcoming = upcomingHolidays(found, on('2026-12-06'), 30, 'now');
	expect(newHolidays({}, upcoming, on('2026-12-06')).items).toHaveLength(2);
});
