/**
 * A call queue closure service's update (holiday service, night service, forced forward,
 * stranded calls): the service as Webex has it, in the form its PUT takes, with the changes over
 * it. Pure.
 *
 * What the PUT takes, read in wxc_sdk's `wxc_sdk/telephony/callqueue/policies.py` (its live
 * tests in `tests/test_telephony_callqueue.py` write these services and put them back):
 * - the lists of schedules a service may use (`holidaySchedules`, `businessHourSchedules`) are
 *   Webex's answer only, left out of every PUT;
 * - an announcement file is sent as `{id, fileName, mediaFileType, level}`: Webex does not take
 *   back the `fileSize` and `isTextToSpeech` its GET reports (wxc_sdk's `AnnAudioFile.update()`);
 * - a PUT of some fields keeps the others (the live tests send four or five fields, or one), so
 *   sending the service whole with the changes over it changes only the fields given.
 */
import { isPlainObject } from '../../helpers/json';
import type { Json } from '../../helpers/json';
import { withoutReadOnly, wouldChange } from '../../helpers/updates';
import type { UpdatePlan } from '../../helpers/updates';

/** The schedule lists a GET reports, and what an Update's output adds (`change`). */
export const QUEUE_SERVICE_READ_ONLY = ['holidaySchedules', 'businessHourSchedules', 'change'];

const AUDIO_FILE_LISTS = ['audioFiles', 'manualAudioFiles'];

const AUDIO_FILE_REPORTED_ONLY = ['fileSize', 'isTextToSpeech'];

function sendableAudioFile(file: unknown): unknown {
	return isPlainObject(file) ? withoutReadOnly(file, AUDIO_FILE_REPORTED_ONLY).body : file;
}

/** A list of announcement files as the PUT takes it. */
function sendableAudioFiles(value: unknown): unknown {
	return Array.isArray(value) ? value.map(sendableAudioFile) : value;
}

/**
 * The service as read, in the form its PUT takes: no schedule lists, no empty (null) fields,
 * announcement files without what Webex only reports.
 */
export function sendableService(current: Json): Json {
	const body: Json = {};
	for (const [key, value] of Object.entries(
		withoutReadOnly(current, QUEUE_SERVICE_READ_ONLY).body,
	)) {
		if (value === null || value === undefined) continue;
		body[key] = AUDIO_FILE_LISTS.includes(key) ? sendableAudioFiles(value) : value;
	}
	return body;
}

/** The PUT: the service as read with the changes over it (a Get's read-only lists not sent). */
export function planQueueServiceUpdate(current: Json, changes: Json): UpdatePlan {
	const { body: given, notSent } = withoutReadOnly(changes, QUEUE_SERVICE_READ_ONLY);
	for (const key of AUDIO_FILE_LISTS) if (key in given) given[key] = sendableAudioFiles(given[key]);
	return { body: { ...sendableService(current), ...given }, notSent, problems: [] };
}

/** Whether the PUT would change the service: a field of it differs from what Webex has. */
export function queueServiceWouldChange(current: Json, body: Json): boolean {
	return wouldChange(sendableService(current), body);
}
