/**
 * An auto attendant's own settings as the simulator plays them ("Get Details for an Auto
 * Attendant", "Update an Auto Attendant"), from wxc_sdk's `wxc_sdk/telephony/autoattendant.py`
 * and its live tests, apart from the node's own reading:
 * - it names its schedules (`businessSchedule`, `holidaySchedule`), it holds no schedule ID;
 * - a PUT of some fields keeps the others (every field of the PUT is optional in Webex's
 *   reference; wxc_sdk's tests send a whole object back and get it as it was);
 * - the fields wxc_sdk leaves out of its PUT (the ID, the location, `enabled`, `tollFreeNumber`,
 *   `language`, `esn`, `routingPrefix`) are refused in one (what live Webex does with them is not
 *   documented).
 */
import type { Call, Reply } from './server';
import type { CallFeature } from './features';

type Json = Record<string, unknown>;

const REPORTED_ONLY = [
	'id',
	'locationName',
	'locationId',
	'enabled',
	'tollFreeNumber',
	'language',
	'esn',
	'routingPrefix',
];

const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const menu = (keys: Json[]) => ({
	greeting: 'DEFAULT',
	extensionEnabled: true,
	keyConfigurations: keys,
});

/** A new auto attendant's settings, as Webex sets them up (its business schedule given at creation). */
function initialSettings(feature: CallFeature): Json {
	return {
		name: feature.name,
		phoneNumber: feature.phoneNumber,
		extension: feature.phoneNumber.slice(-4),
		firstName: feature.name,
		lastName: '.',
		alternateNumbers: [],
		languageCode: 'en_us',
		businessSchedule: 'Denver Business Hours',
		extensionDialing: 'ENTERPRISE',
		nameDialing: 'ENTERPRISE',
		timeZone: 'America/Denver',
		businessHoursMenu: menu([{ key: '0', action: 'TRANSFER_TO_OPERATOR', value: '1000' }]),
		afterHoursMenu: menu([{ key: '1', action: 'PLAY_ANNOUNCEMENT' }]),
	};
}

export function autoAttendantSettings(feature: CallFeature): Json {
	feature.autoAttendant ??= initialSettings(feature);
	return feature.autoAttendant;
}

/** GET: what "Get Details for an Auto Attendant" answers. */
export function autoAttendantDetails(feature: CallFeature): Json {
	return {
		id: feature.id,
		enabled: true,
		tollFreeNumber: false,
		language: 'English',
		...structuredClone(autoAttendantSettings(feature)),
	};
}

/** PUT: the fields given replace theirs; 204. */
export function updateAutoAttendant(
	feature: CallFeature,
	call: Call,
	error: (status: number, message: string, errorCode?: number) => Reply,
): Reply {
	const body = call.body;
	if (!isObject(body)) return error(400, 'Invalid request body', 4003);
	const refused = REPORTED_ONLY.find((key) => key in body);
	if (refused) return error(400, `Invalid field: ${refused} cannot be updated`, 4003);
	const settings = autoAttendantSettings(feature);
	for (const [key, value] of Object.entries(body)) if (value !== null) settings[key] = value;
	if (typeof body.name === 'string') feature.name = body.name;
	return { status: 204 };
}
