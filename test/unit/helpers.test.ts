/** Pure helpers: no engine, no network. */
import { describeWebexError, redact } from '../../nodes/WebexCalling/helpers/errors';
import {
	buildOperatingModeCreateBody,
	parseJsonBody,
	toWebexDate,
} from '../../nodes/WebexCalling/helpers/operatingModeBody';
import { idPathSegment, isSameOrigin, normalizeBaseUrl } from '../../nodes/WebexCalling/helpers/url';
import {
	describeIssues,
	isCalendarDate,
	isTime,
	validateHoliday,
	validateOperatingModeCreate,
} from '../../nodes/WebexCalling/helpers/validation';
import { nextPageUrl } from '../../nodes/WebexCalling/transport';

describe('times and dates', () => {
	test.each(['00:00', '09:30', '23:59'])('%s is a time', (t) => expect(isTime(t)).toBe(true));
	test.each(['24:00', '9:30', '09:60', '0930', '', ' 09:30', 930])('%s is not a time', (t) =>
		expect(isTime(t)).toBe(false),
	);
	test.each(['2024-02-29', '2027-12-31'])('%s is a date', (d) => expect(isCalendarDate(d)).toBe(true));
	test.each(['2027-02-29', '2027-13-01', '2027-04-31', '2027-1-01', '2027-01-01T00:00:00'])(
		'%s is not a date',
		(d) => expect(isCalendarDate(d)).toBe(false),
	);
});

describe('toWebexDate keeps the picked day whatever the zone', () => {
	test.each([
		['2027-01-01T00:00:00', '2027-01-01'],
		['2027-01-01T23:30:00.000-10:00', '2027-01-01'],
		['2027-01-01T00:30:00.000+14:00', '2027-01-01'],
		['2027-01-01', '2027-01-01'],
		['2027-01-01 08:00', '2027-01-01'],
		['  2027-01-01  ', '2027-01-01'],
		['next tuesday', 'next tuesday'],
	])('%s → %s', (input, day) => expect(toWebexDate(input)).toBe(day));

	test('a Luxon-like DateTime uses its own ISO date', () => {
		expect(toWebexDate({ toISODate: () => '2027-07-04' })).toBe('2027-07-04');
	});
});

describe('building the create body', () => {
	test('times are not sent for all-day schedules, nor as empty strings', () => {
		const body = buildOperatingModeCreateBody({
			name: ' Hours ',
			type: 'SAME_HOURS_DAILY',
			level: 'ORGANIZATION',
			sameHoursDaily: {
				saturdayToSunday: { enabled: true, allDayEnabled: true, startTime: '10:00', endTime: '12:00' },
				mondayToFriday: { enabled: true, allDayEnabled: false, startTime: '', endTime: ' 17:00 ' },
			},
			differentHoursDaily: { monday: { enabled: true } },
			callForwarding: {},
		});
		expect(JSON.stringify(body)).toBe(
			JSON.stringify({
				name: 'Hours',
				type: 'SAME_HOURS_DAILY',
				level: 'ORGANIZATION',
				sameHoursDaily: {
					mondayToFriday: { enabled: true, allDayEnabled: false, endTime: '17:00' },
					saturdayToSunday: { enabled: true, allDayEnabled: true },
				},
				callForwarding: { enabled: false },
			}),
		);
	});

	test('parseJsonBody accepts text and objects, and explains what is wrong', () => {
		expect(parseJsonBody('{"a":1}')).toEqual({ body: { a: 1 } });
		expect(parseJsonBody({ a: 1 })).toEqual({ body: { a: 1 } });
		expect(parseJsonBody('  ').error).toMatch(/is empty/);
		expect(parseJsonBody('{').error).toMatch(/is not valid JSON/);
	});
});

describe('validation names every problem', () => {
	test('a body that is not an object', () => {
		expect(validateOperatingModeCreate([1])).toEqual([{ field: 'body', problem: 'must be a JSON object, got [1]' }]);
	});

	test('several problems at once, each with its path', () => {
		const issues = validateOperatingModeCreate({
			name: 'x',
			type: 'WEEKLY',
			level: 'ORGANIZATION',
			locationId: 'abc',
			callForwarding: { enabled: 'yes' },
		});
		expect(issues.map((i) => i.field)).toEqual(['type', 'locationId', 'callForwarding.enabled']);
		expect(describeIssues(issues, 4)).toMatch(
			/^Invalid input in item 4: type must be one of SAME_HOURS_DAILY, DIFFERENT_HOURS_DAILY, HOLIDAY, NONE, got "WEEKLY"; locationId is only allowed/,
		);
	});

	test('a standalone holiday has paths without a prefix', () => {
		expect(validateHoliday({ name: 'X', allDayEnabled: true, startDate: '2027-01-02', endDate: '2027-01-01' })).toEqual([
			{ field: 'endDate', problem: 'must not be before startDate (2027-01-02), got "2027-01-01"' },
		]);
	});

	test('a multi-day timed holiday may end earlier in the day than it starts', () => {
		expect(
			validateHoliday({ name: 'X', startDate: '2027-01-01', endDate: '2027-01-02', startTime: '18:00', endTime: '08:00' }),
		).toEqual([]);
		expect(
			validateHoliday({ name: 'X', startDate: '2027-01-01', endDate: '2027-01-01', startTime: '18:00', endTime: '08:00' }),
		).toEqual([{ field: 'endTime', problem: 'must be after startTime (18:00), got "08:00"' }]);
	});

	test('29 February is a valid yearly date', () => {
		expect(
			validateHoliday({
				name: 'Leap',
				allDayEnabled: true,
				startDate: '2028-02-29',
				endDate: '2028-02-29',
				recurrence: { recurYearlyByDate: { dayOfMonth: 29, month: 'FEBRUARY' } },
			}),
		).toEqual([]);
	});
});

describe('URLs', () => {
	test('base URLs: https anywhere, http only on loopback', () => {
		const problem = (raw: string) => {
			const checked = normalizeBaseUrl(raw);
			return checked.ok ? undefined : checked.problem;
		};
		expect(normalizeBaseUrl('https://webexapis.com/v1/')).toEqual({ ok: true, value: 'https://webexapis.com/v1' });
		expect(normalizeBaseUrl('')).toEqual({ ok: true, value: 'https://webexapis.com/v1' });
		expect(normalizeBaseUrl('http://127.0.0.1:8787/v1')).toEqual({ ok: true, value: 'http://127.0.0.1:8787/v1' });
		expect(normalizeBaseUrl('http://localhost:8787/v1')).toEqual({ ok: true, value: 'http://localhost:8787/v1' });
		expect(problem('http://webexapis.com/v1')).toMatch(/must use https/);
		expect(problem('ftp://x')).toMatch(/must use https/);
		expect(problem('not a url')).toMatch(/not a valid URL/);
		expect(problem('https://u:p@webexapis.com/v1')).toMatch(/user info/);
	});

	test('same origin means scheme, host and port', () => {
		expect(isSameOrigin('https://webexapis.com/v1/x?start=2', 'https://webexapis.com/v1')).toBe(true);
		expect(isSameOrigin('https://evil.example/v1/x', 'https://webexapis.com/v1')).toBe(false);
		expect(isSameOrigin('http://webexapis.com/v1/x', 'https://webexapis.com/v1')).toBe(false);
		expect(isSameOrigin('https://webexapis.com:8443/v1', 'https://webexapis.com/v1')).toBe(false);
	});

	test('IDs become one encoded path segment or are refused', () => {
		expect(idPathSegment('Y2lz+Y29=')).toEqual({ ok: true, value: 'Y2lz%2BY29%3D' });
		for (const bad of ['a/b', '..', 'a b', 'a\\b', '', '  ', undefined, 5]) {
			expect(idPathSegment(bad).ok).toBe(false);
		}
	});

	test('next-page links', () => {
		expect(nextPageUrl('<https://webexapis.com/v1/locations?start=100&max=100>; rel="next"')).toBe(
			'https://webexapis.com/v1/locations?start=100&max=100',
		);
		expect(
			nextPageUrl('<https://x/v1/a?start=0>; rel="prev", <https://x/v1/a?start=200>; rel="next"'),
		).toBe('https://x/v1/a?start=200');
		expect(nextPageUrl('<https://x/v1/a?start=0>; rel="first"')).toBeUndefined();
		expect(nextPageUrl(undefined)).toBeUndefined();
	});
});

describe('Webex errors', () => {
	test('message, descriptions with error codes, hint, status and trackingId', () => {
		expect(
			describeWebexError(
				409,
				{ message: 'Name exists', errors: [{ description: 'Name exists' }, { description: 'Pick another', errorCode: 4311 }], trackingId: 'T1' },
				{},
				[],
			),
		).toEqual({
			message: 'Name exists',
			description:
				'Pick another (errorCode 4311)\nThe request conflicts with what exists already (e.g. a name in use).\nHTTP 409, trackingId T1 (quote it to Webex support)',
			httpCode: '409',
			trackingId: 'T1',
		});
	});

	test('the TrackingID header stands in when the body has none; HTML pages are not shown', () => {
		const details = describeWebexError(502, '<html>Bad Gateway</html>', { trackingid: 'H1' }, []);
		expect(details.message).toBe('Webex answered HTTP 502');
		expect(details.trackingId).toBe('H1');
	});

	test('secrets and bearer tokens are redacted', () => {
		expect(redact('token abcd1234 and Bearer xyz.789', ['abcd1234'])).toBe('token [redacted] and Bearer [redacted]');
	});
});
