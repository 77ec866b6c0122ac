/** Simultaneous-ring criteria bodies from the node's fields or JSON. Pure. */
import { isBlank, trimmed } from '../../helpers/json';
import type { Json } from '../../helpers/json';
import { normalizePhoneNumber } from '../../helpers/phoneNumber';

/** Only relevant when `callsFrom` is SELECT_PHONE_NUMBERS (Webex's reference). */
const SELECTED_NUMBERS_ONLY = [
	'phoneNumbers',
	'anonymousCallersEnabled',
	'unavailableCallersEnabled',
];

/** Only relevant with a schedule; no schedule means all hours, every day. */
const SCHEDULE_FIELDS = ['scheduleName', 'scheduleLevel'];

/**
 * A criteria body. Numbers in Webex's display format are sent as `+` and digits.
 * - `create`: blank fields are not sent; the schedule fields go only with a schedule type (none:
 *   all hours, every day), the caller-number fields only for Select Phone Numbers.
 * - `update`: the fields added, blank ones left out; choosing a Calls From other than Select Phone
 *   Numbers drops the caller-number fields.
 * - `json`: as given.
 */
export function criteriaBody(fields: Json, source: 'create' | 'update' | 'json'): Json {
	const body: Json = {};
	for (const [key, value] of Object.entries(fields)) {
		if (source !== 'json' && isBlank(value)) continue;
		body[key] = trimmed(value);
	}
	if (Array.isArray(body.phoneNumbers)) {
		body.phoneNumbers = body.phoneNumbers.map(normalizePhoneNumber).filter((n) => !isBlank(n));
	}
	if (source === 'json') return body;
	if (source === 'create' && body.scheduleType === undefined) {
		for (const key of SCHEDULE_FIELDS) delete body[key];
	}
	if (body.callsFrom !== undefined && body.callsFrom !== 'SELECT_PHONE_NUMBERS') {
		for (const key of SELECTED_NUMBERS_ONLY) delete body[key];
	}
	return body;
}
