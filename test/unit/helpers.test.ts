/** Pure helpers: no engine, no network. */
import {
	holidayIssues,
	operatingModeCreateIssues,
} from '../../nodes/WebexCalling/domain/operatingMode/validate';
import { criteriaIssues } from '../../nodes/WebexCalling/domain/simultaneousRing/validate';
import { criteriaBody } from '../../nodes/WebexCalling/domain/simultaneousRing/criteria';
import { REFUSED_BASE_URL, baseUrlExpression } from '../../common/baseUrl';
import { boundedText } from '../../common/redact';
import { describeWebexError, redact, redactDeep } from '../../nodes/WebexCalling/helpers/errors';
import { describeIssues, fieldLabel } from '../../nodes/WebexCalling/helpers/issues';
import { create as createMode } from '../../nodes/WebexCalling/actions/operatingMode/create.operation';
import { update as updateMode } from '../../nodes/WebexCalling/actions/operatingMode/update.operation';
import { create as createHoliday } from '../../nodes/WebexCalling/actions/operatingModeHoliday/create.operation';

const modeForm = createMode.description;
const modeUpdateForm = updateMode.description;
const holidayForm = createHoliday.description;
import { parseJsonBody, quote } from '../../nodes/WebexCalling/helpers/json';
import { buildOperatingModeCreateBody } from '../../nodes/WebexCalling/domain/operatingMode/body';
import { toWebexDate } from '../../nodes/WebexCalling/helpers/calendar';
import { normalizePhoneNumber } from '../../nodes/WebexCalling/helpers/phoneNumber';
import { planOperatingModeUpdate } from '../../nodes/WebexCalling/domain/operatingMode/update';
import { planSimultaneousRingUpdate } from '../../nodes/WebexCalling/domain/simultaneousRing/update';
import {
	idPathSegment,
	isSameOrigin,
	normalizeBaseUrl,
} from '../../nodes/WebexCalling/helpers/url';
import { nextLinkOf } from '../../nodes/WebexCalling/helpers/linkHeader';

describe('phone numbers are normalised as Webex clients do', () => {
	test.each([
		['+1-4085550123', '+14085550123'],
		['+49-61007739765', '+4961007739765'],
		[' +1 (408) 555-0123 ', '+14085550123'],
		['4711', '4711'],
		['*72', '*72'],
		['8001#', '8001#'],
	])('%s → %s', (input, sent) => expect(normalizePhoneNumber(input)).toBe(sent));
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
				saturdayToSunday: {
					enabled: true,
					allDayEnabled: true,
					startTime: '10:00',
					endTime: '12:00',
				},
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

describe('checks refuse only what Webex refuses', () => {
	test('a body that is not an object', () => {
		expect(operatingModeCreateIssues([1])).toEqual([
			{ field: 'body', problem: 'must be a JSON object, got [1]' },
		]);
	});

	test('what live Webex accepts passes: past midnight, no call forwarding, extensions, 24:00', () => {
		const afterHours = {
			name: 'After Hours',
			type: 'SAME_HOURS_DAILY',
			level: 'ORGANIZATION',
			sameHoursDaily: { mondayToFriday: { enabled: true, startTime: '17:00', endTime: '08:00' } },
		};
		expect(operatingModeCreateIssues(afterHours)).toEqual([]);
		expect(operatingModeCreateIssues({ name: 'N', type: 'NONE', level: 'ORGANIZATION' })).toEqual(
			[],
		);
		expect(
			operatingModeCreateIssues({
				...afterHours,
				callForwarding: { enabled: true, destination: '4711' },
				sameHoursDaily: { mondayToFriday: { enabled: true, startTime: '00:00', endTime: '24:00' } },
			}),
		).toEqual([]);
		expect(
			operatingModeCreateIssues({
				name: 'H',
				type: 'HOLIDAY',
				level: 'ORGANIZATION',
				holidays: [],
			}),
		).toEqual([]);
	});

	test('several problems at once, each named as the form shows it, with its path', () => {
		const issues = operatingModeCreateIssues({ name: ' ', type: 'WEEKLY', level: 'LOCATION' });
		expect(issues.map((i) => i.field)).toEqual(['name', 'type', 'locationId']);
		expect(describeIssues(issues, 4, modeForm)).toBe(
			'Invalid input in item 4: Name is required, got " "; Type must be one of SAME_HOURS_DAILY, DIFFERENT_HOURS_DAILY, HOLIDAY, NONE, got "WEEKLY"; Location (locationId) is required when Level is Location, got nothing',
		);
		expect(fieldLabel('sameHoursDaily.mondayToFriday.startTime', modeForm)).toBe(
			'Same Hours Daily → Monday to Friday → Start Time',
		);
		expect(fieldLabel('holidays[2].recurrence.recurYearlyByDay.week', modeForm)).toBe(
			'Holidays → #3 → Recurrence → Yearly by Day → Week',
		);
		// The same API name, named as each form shows it
		expect(fieldLabel('name', holidayForm)).toBe('Holiday Name');
		expect(fieldLabel('holidays[0].name', modeForm)).toBe('Holidays → #1 → Holiday Name');
		// Through an Update Fields collection, which the API path does not name
		expect(fieldLabel('sameHoursDaily.saturdayToSunday.endTime', modeUpdateForm)).toBe(
			'Same Hours Daily → Saturday to Sunday → End Time',
		);
		// A field only JSON can give keeps its API name
		expect(fieldLabel('location.id', modeForm)).toBe('location → id');
		expect(fieldLabel('phones[1].number', modeForm)).toBe('phones → #2 → number');
	});

	test('a timed holiday needs its times; an all-day one does not', () => {
		expect(
			holidayIssues({ name: 'X', startDate: '2027-01-01', endDate: '2027-01-01' }).map(
				(i) => i.field,
			),
		).toEqual(['startTime', 'endTime']);
		expect(
			holidayIssues({
				name: 'X',
				allDayEnabled: true,
				startDate: '2027-01-01',
				endDate: '2027-01-01',
			}),
		).toEqual([]);
		// An update of the name alone keeps the holiday's own times.
		expect(holidayIssues({ name: 'Renamed' }, '', true)).toEqual([]);
	});

	test("a week or month outside the calendar is refused; a type's own schedule is required", () => {
		expect(
			holidayIssues({
				name: 'X',
				allDayEnabled: true,
				startDate: 'a',
				endDate: 'b',
				recurrence: { recurYearlyByDay: { day: 'MONDAY', week: 'FIFTH', month: 'MAY' } },
			}),
		).toEqual([
			{
				field: 'recurrence.recurYearlyByDay.week',
				problem: 'must be one of FIRST, SECOND, THIRD, FOURTH, LAST, got "FIFTH"',
			},
		]);
		expect(
			operatingModeCreateIssues({
				name: 'D',
				type: 'DIFFERENT_HOURS_DAILY',
				level: 'ORGANIZATION',
			}),
		).toEqual([
			{
				field: 'differentHoursDaily',
				problem: 'is required when Type is DIFFERENT_HOURS_DAILY, got nothing',
			},
		]);
	});

	test('a huge value is quoted as a short prefix', () => {
		const issues = operatingModeCreateIssues({
			name: 'x',
			type: 'x'.repeat(1_000_000),
			level: 'ORGANIZATION',
		});
		expect(describeIssues(issues, 0, modeForm).length).toBeLessThan(300);
		expect(quote('y'.repeat(500))).toMatch(/… \(502 characters\)$/);
	});

	test('criteria: no schedule is fine; Select Phone Numbers needs numbers', () => {
		expect(criteriaIssues({ callsFrom: 'ANY_PHONE_NUMBER', ringEnabled: true })).toEqual([]);
		expect(criteriaIssues({ callsFrom: 'SELECT_PHONE_NUMBERS' }).map((i) => i.field)).toEqual([
			'phoneNumbers',
		]);
	});
});

describe('criteria bodies send only what was chosen', () => {
	test('no schedule type: no schedule fields; Any Phone Number: no number fields', () => {
		expect(
			criteriaBody(
				{
					scheduleType: null,
					scheduleName: null,
					scheduleLevel: null,
					callsFrom: 'ANY_PHONE_NUMBER',
					phoneNumbers: null,
					ringEnabled: false,
				},
				'create',
			),
		).toEqual({ callsFrom: 'ANY_PHONE_NUMBER', ringEnabled: false });
		expect(
			criteriaBody(
				{
					scheduleType: 'holidays',
					scheduleName: ' Xmas ',
					scheduleLevel: 'GLOBAL',
					callsFrom: 'SELECT_PHONE_NUMBERS',
					phoneNumbers: ['+1-4085550123', ' '],
					ringEnabled: true,
				},
				'create',
			),
		).toEqual({
			scheduleType: 'holidays',
			scheduleName: 'Xmas',
			scheduleLevel: 'GLOBAL',
			callsFrom: 'SELECT_PHONE_NUMBERS',
			phoneNumbers: ['+14085550123'],
			ringEnabled: true,
		});
	});
});

describe('updates merge the changes into what Webex replaces whole', () => {
	const mode = {
		id: 'M1',
		name: 'Hours',
		type: 'SAME_HOURS_DAILY',
		level: 'LOCATION',
		location: { id: 'L1', name: 'Denver' },
		sameHoursDaily: {
			mondayToFriday: { enabled: true, allDayEnabled: false, startTime: '09:00', endTime: '17:00' },
			saturdayToSunday: { enabled: true, allDayEnabled: true },
		},
		callForwarding: {
			enabled: true,
			destination: '+1-9705550006',
			destinationVoicemailEnabled: false,
		},
	};

	test('a Get fed back unchanged sends the schedule as it is, and reports the read-only fields', () => {
		const plan = planOperatingModeUpdate(mode, structuredClone(mode));
		expect(plan.problems).toEqual([]);
		expect(plan.notSent).toEqual(['id', 'type', 'level', 'location']);
		expect(plan.body).toEqual({
			name: 'Hours',
			sameHoursDaily: mode.sameHoursDaily,
			callForwarding: {
				enabled: true,
				destination: '+19705550006',
				destinationVoicemailEnabled: false,
			},
		});
	});

	test('one day changed: the other day is sent as it is', () => {
		const plan = planOperatingModeUpdate(mode, {
			sameHoursDaily: { mondayToFriday: { endTime: '18:00' } },
		});
		expect(plan.body).toEqual({
			sameHoursDaily: {
				mondayToFriday: {
					enabled: true,
					allDayEnabled: false,
					startTime: '09:00',
					endTime: '18:00',
				},
				saturdayToSunday: { enabled: true, allDayEnabled: true },
			},
		});
	});

	test('type, level and location cannot change', () => {
		const plan = planOperatingModeUpdate(mode, { type: 'NONE', location: { id: 'L2' } });
		expect(plan.problems.map((p) => p.field)).toEqual(['type', 'location']);
	});

	test('holidays merge by name unless replacing is chosen', () => {
		const holidayMode = {
			type: 'HOLIDAY',
			holidays: [
				{ id: 'h1', name: 'A', allDayEnabled: true },
				{ id: 'h2', name: 'B', allDayEnabled: true },
			],
		};
		expect(
			planOperatingModeUpdate(holidayMode, { holidays: [{ name: 'C', allDayEnabled: true }] }).body
				.holidays,
		).toEqual([
			{ name: 'A', allDayEnabled: true },
			{ name: 'B', allDayEnabled: true },
			{ name: 'C', allDayEnabled: true },
		]);
		expect(
			planOperatingModeUpdate(holidayMode, { holidays: [{ name: 'B', allDayEnabled: false }] }).body
				.holidays,
		).toEqual([
			{ name: 'A', allDayEnabled: true },
			{ name: 'B', allDayEnabled: false },
		]);
		expect(planOperatingModeUpdate(holidayMode, { holidays: [] }).body).toEqual({});
		expect(planOperatingModeUpdate(holidayMode, { holidays: [] }, 'replace').body).toEqual({
			holidays: [],
		});
	});

	test('simultaneous ring: criteriasEnabled and every number kept, numbers normalised', () => {
		const ring = {
			enabled: true,
			doNotRingIfOnCallEnabled: false,
			phoneNumbers: [{ phoneNumber: '+1-9075552859', answerConfirmationEnabled: true }],
			criteria: [{ id: 'c1' }],
			criteriasEnabled: true,
		};
		expect(planSimultaneousRingUpdate(ring, { enabled: false }).body).toEqual({
			enabled: false,
			doNotRingIfOnCallEnabled: false,
			phoneNumbers: [{ phoneNumber: '+19075552859', answerConfirmationRequiredEnabled: true }],
			criteriasEnabled: true,
		});
	});
});

describe('URLs', () => {
	test('base URLs: https anywhere, http only on loopback', () => {
		const problem = (raw: string) => {
			const checked = normalizeBaseUrl(raw);
			return checked.ok ? undefined : checked.problem;
		};
		expect(normalizeBaseUrl('https://webexapis.com/v1/')).toEqual({
			ok: true,
			value: 'https://webexapis.com/v1',
		});
		expect(normalizeBaseUrl('')).toEqual({ ok: true, value: 'https://webexapis.com/v1' });
		expect(normalizeBaseUrl('http://127.0.0.1:8787/v1')).toEqual({
			ok: true,
			value: 'http://127.0.0.1:8787/v1',
		});
		expect(normalizeBaseUrl('http://localhost:8787/v1')).toEqual({
			ok: true,
			value: 'http://localhost:8787/v1',
		});
		expect(problem('http://webexapis.com/v1')).toMatch(/must use https/);
		expect(problem('ftp://x')).toMatch(/must use https/);
		expect(problem('not a url')).toMatch(/not a valid URL/);
		expect(problem('https://u:p@webexapis.com/v1')).toMatch(/user info/);
	});

	test('same origin means scheme, host and port', () => {
		expect(isSameOrigin('https://webexapis.com/v1/x?start=2', 'https://webexapis.com/v1')).toBe(
			true,
		);
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

	test('next-page links, absolute or relative, as written', () => {
		const next = (header: unknown) => {
			const read = nextLinkOf(header);
			if (!read.ok) throw new Error(read.problem);
			return read.value;
		};
		expect(next('<https://webexapis.com/v1/locations?start=100&max=100>; rel="next"')).toBe(
			'https://webexapis.com/v1/locations?start=100&max=100',
		);
		expect(
			next('<https://x/v1/a?start=0>; rel="prev", <https://x/v1/a?start=200>; rel="next"'),
		).toBe('https://x/v1/a?start=200');
		expect(next('</v1/a?start=1>; rel="next"')).toBe('/v1/a?start=1');
		expect(next('<https://x/v1/a?start=0>; rel="first"')).toBeUndefined();
		expect(next(undefined)).toBeUndefined();
		// RFC 8288: a URL may hold commas and semicolons; rel is a list of types, compared whole.
		expect(next('<https://x/v1/a?name=a,b;c&start=100>; rel="next"')).toBe(
			'https://x/v1/a?name=a,b;c&start=100',
		);
		expect(next('<https://x/v1/a?start=9>; rel="next-archive"')).toBeUndefined();
		expect(
			next(
				'<https://x/v1/a?start=9>; rel="next-archive", <https://x/v1/a?start=5>; rel="prev next"',
			),
		).toBe('https://x/v1/a?start=5');
		expect(next('<https://x/v1/a?start=5>; title="a, \\"b\\"; c"; REL=next')).toBe(
			'https://x/v1/a?start=5',
		);
		expect(next(['<https://x/a?start=1>; rel="prev"', '<https://x/a?start=3>; rel=next'])).toBe(
			'https://x/a?start=3',
		);
	});

	test('a Link header that cannot be read says so, rather than ending the list', () => {
		for (const bad of [
			'https://x/v1/a?start=1; rel="next"',
			'<https://x/v1/a?start=1; rel="next"',
			'<https://x/v1/a?start=1>; rel="next',
			'<https://x/v1/a?start=1> rel="next"',
			5,
		])
			expect(nextLinkOf(bad).ok).toBe(false);
	});
});

describe('Webex errors', () => {
	test('message, descriptions with error codes, hint, status and trackingId', () => {
		expect(
			describeWebexError(
				409,
				{
					message: 'Name exists',
					errors: [
						{ description: 'Name exists' },
						{ description: 'Pick another', errorCode: 4311 },
					],
					trackingId: 'T1',
				},
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
		expect(redact('token abcd1234 and Bearer xyz.789', ['abcd1234'])).toBe(
			'token [redacted] and Bearer [redacted]',
		);
	});

	test('a trackingId that echoes the token is redacted', () => {
		expect(
			describeWebexError(401, { message: 'no', trackingId: 'X_abcd1234' }, {}, ['abcd1234'])
				.trackingId,
		).toBe('X_[redacted]');
		expect(describeWebexError(401, {}, { trackingid: 'abcd1234' }, ['abcd1234']).trackingId).toBe(
			'[redacted]',
		);
	});

	const TOKEN = 'ZDI3MGEwYjMtOTFkOC00ZWQ1LWFkYWYtOTk5NjFmYTQ1YzE5_PF84_org';

	test('a token at the cut of a long message is redacted before the message is cut', () => {
		// 495 characters, then the token: cutting first to 500 would keep its first five.
		const message = `${'x'.repeat(495)}${TOKEN} and more`;
		const details = describeWebexError(400, { message, errors: [{ description: message }] }, {}, [
			TOKEN,
		]);
		expect(details.message).toMatch(/^x{495}\[reda… \(\d+ characters\)$/);
		expect(details.message).toMatch(/\(\d+ characters\)$/);
		expect(details.description).not.toContain(TOKEN.slice(0, 5));
	});

	test('a cut-off start or end of a secret (8 characters or more) is redacted; shorter runs are not', () => {
		expect(redact(`n8n quoted: {"error":"bad ${TOKEN.slice(0, 30)}`, [TOKEN])).toBe(
			'n8n quoted: {"error":"bad [redacted]',
		);
		expect(redact(`…${TOKEN.slice(-12)} was refused`, [TOKEN])).toBe('…[redacted] was refused');
		expect(redact(`a ${TOKEN.slice(10, 18)} b`, [TOKEN])).toBe('a [redacted] b');
		expect(redact(`a ${TOKEN.slice(10, 17)} b`, [TOKEN])).toBe(`a ${TOKEN.slice(10, 17)} b`);
		expect(redact('nothing secret here at all', [TOKEN])).toBe('nothing secret here at all');
	});

	test('a secret saved with spaces or a newline is redacted as it was sent (trimmed)', () => {
		expect(redact(`secret ${TOKEN} echoed`, [`${TOKEN}\n`])).toBe('secret [redacted] echoed');
		expect(redactDeep({ a: `x${TOKEN}` }, [`  ${TOKEN}`])).toEqual({ a: 'x[redacted]' });
	});

	test('object keys are redacted too, and the rest of the object is kept', () => {
		expect(redactDeep({ [TOKEN]: 'k', other: 1 }, [TOKEN])).toEqual({
			'[redacted]': 'k',
			other: 1,
		});
		expect(redactDeep([{ nested: { [`pre-${TOKEN}`]: TOKEN } }], [TOKEN])).toEqual([
			{ nested: { 'pre-[redacted]': '[redacted]' } },
		]);
	});

	test('a long answer is redacted, then bounded (5 MB)', () => {
		const huge = `${'y'.repeat(5_000_000)}${TOKEN}`;
		const text = boundedText(`${TOKEN.slice(3)}${huge}`, [TOKEN], 500);
		expect(text.startsWith('[redacted]y')).toBe(true);
		expect(text).toMatch(/… \(5000\d{3} characters\)$/);
		expect(text.length).toBeLessThan(600);
	});

	test('redactDeep copies only what holds a secret', () => {
		const clean = { a: [{ b: 'x' }] };
		expect(redactDeep(clean, ['abcd1234'])).toBe(clean);
		expect(redactDeep({ a: [{ b: 'abcd1234' }], c: 1 }, ['abcd1234'])).toEqual({
			a: [{ b: '[redacted]' }],
			c: 1,
		});
	});
});

describe('the Base URL rule as an n8n expression (Test credential, OAuth2 sign-in)', () => {
	const evaluate = (baseUrl: unknown) => {
		const code = baseUrlExpression('$credentials.baseUrl').slice(2, -2);
		return new Function('$credentials', `return (${code});`)({ baseUrl }) as string;
	};

	test.each([
		'https://webexapis.com/v1',
		'https://webexapis.com/v1/',
		'  https://webexapis.com/v1  ',
		'http://127.0.0.1:4000/v1',
		'http://localhost:5678/v1',
		'http://[::1]:8080/v1',
		'http://webex.example.com/v1',
		'http://127.0.0.1.example.com/v1',
		'ftp://webexapis.com/v1',
		'https://user:pw@webexapis.com/v1',
		'https://webexapis.com/v1?x=1',
		'',
		undefined,
	])('%j: the same verdict as the node', (raw) => {
		const checked = normalizeBaseUrl(raw);
		expect(evaluate(raw)).toBe(checked.ok ? checked.value : REFUSED_BASE_URL);
	});
});

test("a token in Webex's errorCode, with no message, reaches neither the message nor the description", () => {
	const token = 'ZDI3MGEwYjMtOTFkOC00ZWQ1LWFkYWYtOTk5NjFmYTQ1YzE5_PF84_org';
	const details = describeWebexError(
		400,
		{ errors: [{ description: 'x', errorCode: `${token}${'9'.repeat(5_000_000)}` }] },
		{},
		[token],
	);
	for (const text of [details.message, details.description]) {
		expect(text).not.toContain(token.slice(0, 8));
		expect(text.length).toBeLessThan(2000);
	}
});
