/**
 * An auto attendant's update: the auto attendant as Webex has it, sent back whole with the
 * changes over it (helpers/updates.ts `planWholeUpdate`), less what Webex only reports.
 *
 * Read in wxc_sdk's `wxc_sdk/telephony/autoattendant.py`: `AutoAttendantApi.update()` sends the
 * object it read back whole (`AutoAttendant.create_or_update()`: menus included) except the
 * fields below, which Webex reports but the PUT does not take; its live tests
 * (`tests/test_telephony_autoattendant.py`) change a menu that way and put the original back. So
 * the menus and every other field stay as they are unless given. A menu's announcement file goes
 * without the size and text-to-speech flag Webex only reports, as for a call queue's.
 */

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
