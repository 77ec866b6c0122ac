/**
 * The simulator's own reading of Webex's rules for operating-mode bodies. Written apart from
 * the node's validation on purpose: the tests must catch the node sending what Webex refuses.
 * Where live Webex accepts more than its published schema (schedules past midnight, modes
 * without call forwarding, criteria without a schedule), this accepts it too.
 */
type Json = Record<string, unknown>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TYPES = ['SAME_HOURS_DAILY', 'DIFFERENT_HOURS_DAILY', 'HOLIDAY', 'NONE'];
const LEVELS = ['ORGANIZATION', 'LOCATION'];
const MONTHS = [
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
];
const DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
const WEEKS = ['FIRST', 'SECOND', 'THIRD', 'FOURTH', 'LAST'];

const isObject = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function daySchedule(value: unknown, field: string): string | undefined {
	if (!isObject(value)) return `${field} must be an object`;
	for (const key of ['enabled', 'allDayEnabled']) {
		if (value[key] !== undefined && typeof value[key] !== 'boolean')
			return `${field}.${key} must be a boolean`;
	}
	for (const key of ['startTime', 'endTime']) {
		if (
			value[key] !== undefined &&
			!(typeof value[key] === 'string' && TIME.test(value[key] as string))
		) {
			return `Invalid time format for ${field}.${key}`;
		}
	}
	if (value.enabled === true && value.allDayEnabled !== true) {
		if (value.startTime === undefined || value.endTime === undefined) {
			return `${field}: startTime and endTime are required when allDayEnabled is false`;
		}
		// No start-before-end rule: live Webex takes 17:00 → 08:00 (a schedule past midnight).
	}
	return undefined;
}

export function holidayProblem(value: unknown, field: string): string | undefined {
	if (!isObject(value)) return `${field} must be an object`;
	if (typeof value.name !== 'string' || !value.name) return `${field}.name is required`;
	for (const key of ['startDate', 'endDate']) {
		if (typeof value[key] !== 'string' || !DATE.test(value[key] as string))
			return `${field}.${key} must be YYYY-MM-DD`;
	}
	if ((value.endDate as string) < (value.startDate as string))
		return `${field}.endDate is before startDate`;
	if (value.allDayEnabled !== true) {
		for (const key of ['startTime', 'endTime']) {
			if (typeof value[key] !== 'string' || !TIME.test(value[key] as string)) {
				return `${field}.${key} is mandatory when allDayEnabled is false`;
			}
		}
	}
	if (value.recurrence !== undefined) {
		const r = value.recurrence;
		if (!isObject(r)) return `${field}.recurrence must be an object`;
		const byDate = r.recurYearlyByDate;
		const byDay = r.recurYearlyByDay;
		if ((byDate === undefined) === (byDay === undefined)) {
			return `${field}.recurrence needs exactly one of recurYearlyByDate, recurYearlyByDay`;
		}
		if (byDate !== undefined) {
			if (
				!isObject(byDate) ||
				typeof byDate.dayOfMonth !== 'number' ||
				!MONTHS.includes(byDate.month as string)
			) {
				return `${field}.recurrence.recurYearlyByDate needs dayOfMonth and month`;
			}
		}
		if (byDay !== undefined) {
			if (
				!isObject(byDay) ||
				!DAYS.includes(byDay.day as string) ||
				!WEEKS.includes(byDay.week as string) ||
				!MONTHS.includes(byDay.month as string)
			) {
				return `${field}.recurrence.recurYearlyByDay needs day, week and month`;
			}
		}
	}
	return undefined;
}

/** The first problem Webex would report for a create body, or undefined. */
export function operatingModeProblem(body: unknown): string | undefined {
	if (!isObject(body)) return 'Request body must be a JSON object';
	if (typeof body.name !== 'string' || !body.name.trim()) return 'Missing required field: name';
	if (!TYPES.includes(body.type as string)) return `Invalid value for type: ${String(body.type)}`;
	if (!LEVELS.includes(body.level as string))
		return `Invalid value for level: ${String(body.level)}`;
	if (body.level === 'LOCATION' && (typeof body.locationId !== 'string' || !body.locationId)) {
		return 'locationId is mandatory when level is LOCATION';
	}
	// Live Webex creates modes without callForwarding, whatever the schema says.
	const cf = body.callForwarding;
	if (cf !== undefined && !isObject(cf)) return 'callForwarding must be an object';
	if (
		isObject(cf) &&
		cf.enabled === true &&
		(typeof cf.destination !== 'string' || !cf.destination)
	) {
		return 'callForwarding.destination is required when call forwarding is enabled';
	}
	for (const value of Object.values(body)) {
		if (value === '') return 'Empty strings are not valid values';
	}
	if (body.type === 'SAME_HOURS_DAILY') {
		if (!isObject(body.sameHoursDaily))
			return 'sameHoursDaily is mandatory when type is SAME_HOURS_DAILY';
		for (const [key, value] of Object.entries(body.sameHoursDaily)) {
			if (!['mondayToFriday', 'saturdayToSunday'].includes(key))
				return `Unknown field sameHoursDaily.${key}`;
			const problem = daySchedule(value, `sameHoursDaily.${key}`);
			if (problem) return problem;
		}
	}
	if (body.type === 'DIFFERENT_HOURS_DAILY') {
		if (!isObject(body.differentHoursDaily))
			return 'differentHoursDaily is mandatory when type is DIFFERENT_HOURS_DAILY';
		for (const [key, value] of Object.entries(body.differentHoursDaily)) {
			if (!DAYS.map((d) => d.toLowerCase()).includes(key))
				return `Unknown field differentHoursDaily.${key}`;
			const problem = daySchedule(value, `differentHoursDaily.${key}`);
			if (problem) return problem;
		}
	}
	if (body.type === 'HOLIDAY') {
		if (!Array.isArray(body.holidays) || body.holidays.length === 0)
			return 'holidays is mandatory when type is HOLIDAY';
		if (body.holidays.length > 150) return 'An operating mode can have at most 150 holidays';
		for (let i = 0; i < body.holidays.length; i++) {
			const problem = holidayProblem(body.holidays[i], `holidays[${i}]`);
			if (problem) return problem;
		}
	}
	return undefined;
}

/** The first problem Webex would report for a simultaneous-ring criteria body, or undefined. */
export function criteriaProblem(body: unknown): string | undefined {
	if (!isObject(body)) return 'Request body must be a JSON object';
	// No schedule at all means all hours, all days (live behaviour; the schema says required).
	if (
		body.scheduleName !== undefined &&
		(typeof body.scheduleName !== 'string' || !body.scheduleName)
	) {
		return 'scheduleName must be a non-empty string';
	}
	if (
		body.scheduleType !== undefined &&
		!['businessHours', 'holidays'].includes(body.scheduleType as string)
	) {
		return `Invalid value for scheduleType: ${String(body.scheduleType)}`;
	}
	if (
		body.scheduleLevel !== undefined &&
		!['GROUP', 'GLOBAL', 'LOCATION', 'PEOPLE'].includes(body.scheduleLevel as string)
	) {
		return `Invalid value for scheduleLevel: ${String(body.scheduleLevel)}`;
	}
	if (!['ANY_PHONE_NUMBER', 'SELECT_PHONE_NUMBERS'].includes(body.callsFrom as string)) {
		return `Invalid value for callsFrom: ${String(body.callsFrom)}`;
	}
	const numbers = body.phoneNumbers;
	if (
		body.callsFrom === 'SELECT_PHONE_NUMBERS' &&
		(!Array.isArray(numbers) || numbers.length === 0)
	) {
		return 'phoneNumbers is required when callsFrom is SELECT_PHONE_NUMBERS';
	}
	return undefined;
}

/** Numbers Webex takes in a request: `+` and digits, or an extension of digits. */
export function isDialable(value: unknown): boolean {
	return typeof value === 'string' && /^\+?\d{2,15}$/.test(value);
}

/**
 * How Webex shows a stored number: the country code, a dash, the rest (`+1-4085550123`,
 * `+49-61007739765`). Extensions come back as they are.
 */
export function displayNumber(value: unknown): unknown {
	if (typeof value !== 'string' || !value.startsWith('+')) return value;
	const digits = value.slice(1);
	const countryCode =
		digits.startsWith('1') || digits.startsWith('7')
			? 1
			: [
						'20',
						'27',
						'30',
						'31',
						'32',
						'33',
						'34',
						'36',
						'39',
						'40',
						'41',
						'43',
						'44',
						'45',
						'46',
						'47',
						'48',
						'49',
						'51',
						'52',
						'53',
						'54',
						'55',
						'56',
						'57',
						'58',
						'60',
						'61',
						'62',
						'63',
						'64',
						'65',
						'66',
						'81',
						'82',
						'84',
						'86',
						'90',
						'91',
						'92',
						'93',
						'94',
						'95',
						'98',
				  ].includes(digits.slice(0, 2))
				? 2
				: 3;
	return `+${digits.slice(0, countryCode)}-${digits.slice(countryCode)}`;
}
