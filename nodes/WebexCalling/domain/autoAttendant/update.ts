/**
 * An auto attendant's update: the auto attendant as Webex has it, in the form its PUT takes, with
 * the changes over it. Pure.
 *
 * Read in wxc_sdk's `wxc_sdk/telephony/autoattendant.py`: `AutoAttendantApi.update()` sends the
 * object it read back whole (`AutoAttendant.create_or_update()`: menus included) except the
 * fields below, which Webex reports but the PUT does not take; its live tests
 * (`tests/test_telephony_autoattendant.py`) change a menu that way and put the original back. So
 * the menus and every other field stay as they are unless given. A menu's announcement file goes
 * without the size and text-to-speech flag Webex only reports, as for a call queue's.
 */
import {
	withoutFileReportedFields,
	withoutNodeOutput,
	withoutReadOnly,
	wouldChange,
} from '../../helpers/updates';
import type { UpdatePlan } from '../../helpers/updates';
import type { Json } from '../../helpers/json';

/** What Webex reports and the PUT does not take (wxc_sdk's exclude list). */
export const AUTO_ATTENDANT_NOT_SENT = [
	'id',
	'locationName',
	'locationId',
	'enabled',
	'tollFreeNumber',
	'language',
	'esn',
	'routingPrefix',
];

/** The auto attendant as read, in the form its PUT takes: no reported-only or empty fields. */
export function sendableAutoAttendant(current: Json): Json {
	const body: Json = {};
	const read = withoutReadOnly(withoutNodeOutput(current), AUTO_ATTENDANT_NOT_SENT).body;
	for (const [key, value] of Object.entries(read))
		if (value !== null && value !== undefined) body[key] = withoutFileReportedFields(value, key);
	return body;
}

/** The PUT: the auto attendant as read with the changes over it. */
export function planAutoAttendantUpdate(current: Json, changes: Json): UpdatePlan {
	const { body, notSent } = withoutReadOnly(withoutNodeOutput(changes), AUTO_ATTENDANT_NOT_SENT);
	const given = withoutFileReportedFields(body) as Json;
	return { body: { ...sendableAutoAttendant(current), ...given }, notSent, problems: [] };
}

export function autoAttendantWouldChange(current: Json, body: Json): boolean {
	return wouldChange(sendableAutoAttendant(current), body);
}
