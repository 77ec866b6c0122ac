/**
 * A call queue closure service's update (holiday service, night service, forced forward,
 * stranded calls): the service as Webex has it, sent back whole with the changes over it
 * (helpers/updates.ts `planWholeUpdate`). Pure.
 *
 * What the PUT takes, read in wxc_sdk's `wxc_sdk/telephony/callqueue/policies.py` (its live
 * tests in `tests/test_telephony_callqueue.py` write these services and put them back):
 * - the lists of schedules a service may use (`holidaySchedules`, `businessHourSchedules`) are
 *   Webex's answer only, left out of every PUT;
 * - an announcement file is sent as `{id, fileName, mediaFileType, level}`: Webex does not take
 *   back the `fileSize` and `isTextToSpeech` its GET reports (wxc_sdk's `AnnAudioFile.update()`);
 * - a schedule is named with its level; picked by name alone from the service's own list, where
 *   the name is there once, the level is the list's;
 * - a PUT of some fields keeps the others (the live tests send four or five fields, or one), so
 *   sending the service whole with the changes over it changes only the fields given.
 */
import { isPlainObject } from '../../helpers/json';
import type { Json } from '../../helpers/json';

/** The schedule lists a GET reports: the schedules the service may use. */
export const QUEUE_SERVICE_READ_ONLY = ['holidaySchedules', 'businessHourSchedules'];

/** Each schedule name field, its level field and the list the GET reports them in. */
const SCHEDULE_FIELDS = [
	{ name: 'holidayScheduleName', level: 'holidayScheduleLevel', list: 'holidaySchedules' },
	{ name: 'businessHoursName', level: 'businessHoursLevel', list: 'businessHourSchedules' },
];

/** A schedule named without its level takes the level the service's own list gives that name. */
export function withListedLevels(changes: Json, current: Json): Json {
	const body = { ...changes };
	for (const field of SCHEDULE_FIELDS) {
		if (typeof body[field.name] !== 'string' || field.level in body) continue;
		const listed = Array.isArray(current[field.list]) ? (current[field.list] as unknown[]) : [];
		const same = listed.filter(
			(entry) => isPlainObject(entry) && entry.scheduleName === body[field.name],
		) as Json[];
		if (same.length === 1 && typeof same[0].scheduleLevel === 'string')
			body[field.level] = same[0].scheduleLevel;
	}
	return body;
}
