/**
 * What every update shares: the plan of a PUT worked out from the object as Webex has it now and
 * the changes the user asked for, read-only fields dropped, and whether a PUT would change
 * anything. Pure. Each Webex object's own merge rules are in its domain module.
 */
import type { InputIssue } from './issues';
import { isPlainObject } from './json';
import type { Json } from './json';
import { normalizePhoneNumber } from './phoneNumber';

export interface UpdatePlan {
	/** The PUT body */
	body: Json;
	/** Read-only fields the user gave (e.g. a Get's output pasted as is) that were not sent */
	notSent: string[];
	/** Changes Webex cannot make in place; the item fails and nothing is sent */
	problems: InputIssue[];
}

/** Fields a Get outputs that an update cannot send: dropped and reported, never refused. */
export function withoutReadOnly(
	changes: Json,
	readOnly: readonly string[],
): { body: Json; notSent: string[] } {
	const body: Json = {};
	const notSent: string[] = [];
	for (const [key, value] of Object.entries(changes)) {
		if (readOnly.includes(key)) notSent.push(key);
		else body[key] = value;
	}
	return { body, notSent };
}

const PHONE_NUMBER_KEYS = ['destination', 'phoneNumber', 'transferPhoneNumber'];

/**
 * What the node adds to an update's output (`change`, `readOnlyFieldsNotSent`): an output fed to
 * the next update as JSON must not send them to Webex, nor read them back as Webex's.
 */
const NODE_OUTPUT_FIELDS = ['change', 'readOnlyFieldsNotSent'];

/** An object without what the node added to it (NODE_OUTPUT_FIELDS). */
export function withoutNodeOutput(object: Json): Json {
	return withoutReadOnly(object, NODE_OUTPUT_FIELDS).body;
}

/**
 * What Webex reports of an announcement file and does not take back in a PUT (wxc_sdk
 * `wxc_sdk/common/__init__.py`, `AnnAudioFile.update()`): left out wherever a file is sent, as a
 * list (`audioFiles`, `manualAudioFiles`) or one (`audioAnnouncementFile`, in a menu). Webex keeps
 * the file by its ID, so nothing is lost.
 */
const FILE_REPORTED_ONLY = ['fileSize', 'isTextToSpeech'];

export function withoutFileReportedFields(value: unknown, key = ''): unknown {
	if (Array.isArray(value)) return value.map((entry) => withoutFileReportedFields(entry, key));
	if (!isPlainObject(value)) return value;
	const isFile =
		key === 'audioAnnouncementFile' || key === 'audioFiles' || key === 'manualAudioFiles';
	const copy: Json = {};
	for (const [name, entry] of Object.entries(value)) {
		if (isFile && FILE_REPORTED_ONLY.includes(name)) continue;
		copy[name] = withoutFileReportedFields(entry, name);
	}
	return copy;
}

/**
 * An object as read, in the form a PUT of the whole object takes it: without what the node added
 * to an output, what Webex only reports (`reportedOnly`), empty (null) fields, and what Webex
 * only reports of an announcement file.
 */
export function sendableAsRead(current: Json, reportedOnly: readonly string[]): Json {
	const body: Json = {};
	const read = withoutReadOnly(withoutNodeOutput(current), reportedOnly).body;
	for (const [key, value] of Object.entries(read))
		if (value !== null && value !== undefined) body[key] = withoutFileReportedFields(value, key);
	return body;
}

/**
 * The PUT of a whole-object update: the object as read (`sendableAsRead`) with the changes over
 * it; the reported-only fields the changes hold (a Get's output) are not sent, and listed.
 */
export function planWholeUpdate(
	current: Json,
	changes: Json,
	reportedOnly: readonly string[],
): UpdatePlan {
	const { body, notSent } = withoutReadOnly(withoutNodeOutput(changes), reportedOnly);
	const given = withoutFileReportedFields(body) as Json;
	return { body: { ...sendableAsRead(current, reportedOnly), ...given }, notSent, problems: [] };
}

/** A value as Webex would hold it, for comparing: numbers as `+` and digits, no holiday IDs. */
function canonical(value: unknown, key = ''): unknown {
	if (typeof value === 'string' && PHONE_NUMBER_KEYS.includes(key)) {
		return normalizePhoneNumber(value);
	}
	if (Array.isArray(value)) return value.map((entry) => canonical(entry, key));
	if (isPlainObject(value)) {
		const copy: Json = {};
		for (const name of Object.keys(value).sort()) {
			if (key === 'holidays' && name === 'id') continue;
			copy[name] = canonical(value[name], key === 'holidays' ? '' : name);
		}
		return copy;
	}
	return value;
}

/**
 * Whether sending `body` would change `current`: some field of it differs from what Webex has
 * (numbers compared as `+` and digits, holidays without their IDs). A schedule the body sends
 * whole counts as changed only when one of its values differs.
 */
export function wouldChange(current: Json, body: Json): boolean {
	return Object.entries(body).some(
		([key, value]) =>
			JSON.stringify(canonical(value, key)) !== JSON.stringify(canonical(current[key], key)),
	);
}
