/**
 * Mode-based forwarding of Auto Attendants, Call Queues and Hunt Groups: the three kinds, and
 * what a change of a feature's operating modes sends. Pure.
 *
 * Webex's PUT of a feature's call forwarding replaces the operating modes list whole, and
 * refuses the fields it only reports (a mode's name, type and level, the default destination,
 * the current mode and the exception). Evidence: the reference pages ("Update Call Forwarding
 * Settings for an Auto Attendant / a Call Queue / a Hunt Group",
 * https://developer.webex.com/docs/api/v1/features-auto-attendant), and wxc_sdk, whose live
 * tests PUT one mode and read back exactly one, and which drops those fields before a round trip
 * (https://github.com/jeokrohn/wxc_sdk/blob/master/wxc_sdk/telephony/forwarding.py).
 */
import type { InputIssue } from './issues';
import { isPlainObject } from './json';
import type { Json } from './json';
import { normalizePhoneNumber } from './phoneNumber';

export type FeatureType = 'autoAttendant' | 'callQueue' | 'huntGroup';

export interface FeatureKind {
	/** As the form names it */
	label: string;
	/** The path segment under /telephony/config and under a location */
	segment: string;
	/** The array key of the list's answer */
	listKey: string;
	/**
	 * The forward-to field that sends the call to voicemail: the Auto Attendant names it
	 * `sendToVoicemailEnabled`, queues and hunt groups `destinationVoicemailEnabled` (wxc_sdk
	 * forwarding.py, the reference pages of each feature).
	 */
	voicemailKey: string;
}

export const FEATURE_KINDS: Record<FeatureType, FeatureKind> = {
	autoAttendant: {
		label: 'Auto Attendant',
		segment: 'autoAttendants',
		listKey: 'autoAttendants',
		voicemailKey: 'sendToVoicemailEnabled',
	},
	callQueue: {
		label: 'Call Queue',
		segment: 'queues',
		listKey: 'queues',
		voicemailKey: 'destinationVoicemailEnabled',
	},
	huntGroup: {
		label: 'Hunt Group',
		segment: 'huntGroups',
		listKey: 'huntGroups',
		voicemailKey: 'destinationVoicemailEnabled',
	},
};

export function isFeatureType(value: unknown): value is FeatureType {
	return typeof value === 'string' && value in FEATURE_KINDS;
}

/** What the forwarding of one mode may be set to: Webex's `forwardTo.selection`. */
export const SELECTIONS = [
	'DO_NOT_FORWARD',
	'FORWARD_TO_DEFAULT_NUMBER',
	'FORWARD_TO_SPECIFIED_NUMBER',
] as const;

/** One mode as the user sets it; absent fields keep the mode's current values. */
export interface ModeSetting {
	id: string;
	normalOperationEnabled?: boolean;
	selection?: string;
	destination?: string;
	voicemail?: boolean;
}

export interface ModesChange {
	/** Mode-based forwarding on or off; absent: as it is */
	enabled?: boolean;
	/** Modes added, or changed when the feature has them */
	set: ModeSetting[];
	/** Mode IDs taken out of the feature's list */
	remove: string[];
}

/** The writable part of one mode as Webex reports it: what a PUT may send back. */
function writableMode(mode: Json, voicemailKey: string): Json {
	const forwardTo = isPlainObject(mode.forwardTo) ? mode.forwardTo : {};
	const writable: Json = { id: mode.id };
	if (typeof mode.normalOperationEnabled === 'boolean')
		writable.normalOperationEnabled = mode.normalOperationEnabled;
	const to: Json = {};
	if (forwardTo.selection !== undefined) to.selection = forwardTo.selection;
	if (typeof forwardTo.destination === 'string' && forwardTo.destination !== '')
		to.destination = forwardTo.destination;
	if (typeof forwardTo[voicemailKey] === 'boolean') to[voicemailKey] = forwardTo[voicemailKey];
	writable.forwardTo = to;
	return writable;
}

/** The feature's operating modes as a PUT can send them back (read-only fields dropped). */
export function writableOperatingModes(operatingModes: unknown, type: FeatureType): Json {
	const current = isPlainObject(operatingModes) ? operatingModes : {};
	const modes = Array.isArray(current.modes) ? current.modes.filter(isPlainObject) : [];
	return {
		enabled: current.enabled === true,
		modes: modes.map((mode) => writableMode(mode, FEATURE_KINDS[type].voicemailKey)),
	};
}

/**
 * The operating modes to PUT for a change: the feature's current list (its writable part), less
 * the removed modes, with each set mode changed in place or added at the end. Only what the user
 * set changes; the rest of each mode, and the other modes, go back as Webex has them.
 */
export function planModesChange(
	operatingModes: unknown,
	change: ModesChange,
	type: FeatureType,
): { body: Json; notOnFeature: string[] } {
	const voicemailKey = FEATURE_KINDS[type].voicemailKey;
	const current = writableOperatingModes(operatingModes, type);
	const present = new Set((current.modes as Json[]).map((mode) => String(mode.id)));
	// Removing a mode the feature does not have is already done: ignored (and reported), as
	// Update Managed Features ignores removing a feature the person does not manage.
	const notOnFeature = change.remove.filter((id) => !present.has(id));
	const removed = new Set(change.remove);
	const modes: Json[] = (current.modes as Json[])
		.filter((mode) => !removed.has(String(mode.id)))
		.map((mode) => ({ ...mode, forwardTo: { ...(mode.forwardTo as Json) } }));
	for (const setting of change.set) {
		let mode = modes.find((entry) => entry.id === setting.id);
		if (!mode) {
			mode = { id: setting.id, forwardTo: {} };
			modes.push(mode);
		}
		const forwardTo = mode.forwardTo as Json;
		if (setting.normalOperationEnabled !== undefined)
			mode.normalOperationEnabled = setting.normalOperationEnabled;
		if (setting.selection !== undefined) forwardTo.selection = setting.selection;
		if (setting.destination !== undefined) {
			if (setting.destination === '') delete forwardTo.destination;
			else forwardTo.destination = setting.destination;
		}
		if (setting.voicemail !== undefined) forwardTo[voicemailKey] = setting.voicemail;
	}
	return { body: { enabled: change.enabled ?? current.enabled, modes }, notOnFeature };
}

/**
 * A feature's operating modes given as JSON (a Get Call Forwarding's output, or just its
 * `operatingModes`), read-only fields dropped: `modes` becomes the feature's whole list, and
 * `enabled` turns mode-based forwarding on or off; either left out stays as it is, so `{}`
 * changes nothing.
 */
export function modesFromJson(given: Json): { enabled?: unknown; modes?: unknown } {
	const operatingModes = isPlainObject(given.operatingModes) ? given.operatingModes : given;
	return {
		...(operatingModes.enabled !== undefined ? { enabled: operatingModes.enabled } : {}),
		...(operatingModes.modes !== undefined ? { modes: operatingModes.modes } : {}),
	};
}

/**
 * The operating modes to PUT for modes given as JSON: the given list (or the current one when
 * none is given), its read-only fields dropped; `enabled` as given, else as it is.
 */
export function planModesFromJson(
	operatingModes: unknown,
	given: { enabled?: unknown; modes?: unknown },
	type: FeatureType,
): { body: Json; problems: InputIssue[] } {
	const current = writableOperatingModes(operatingModes, type);
	const problems: InputIssue[] = [];
	if (given.modes !== undefined && !Array.isArray(given.modes))
		problems.push({ field: 'jsonBody', problem: 'modes must be a list' });
	const whole = writableOperatingModes(
		{ enabled: given.enabled ?? current.enabled, modes: given.modes ?? current.modes },
		type,
	);
	// `enabled` goes as given (Webex says what it accepts); only a missing one keeps the current.
	if (given.enabled !== undefined) whole.enabled = given.enabled;
	return { body: whole, problems };
}

/** Modes by ID, each mode's fields in one order, numbers in one form: for comparing lists. */
function canonicalModes(operatingModes: Json): string {
	const modes = (Array.isArray(operatingModes.modes) ? operatingModes.modes : [])
		.filter(isPlainObject)
		.map((mode) => {
			const forwardTo = { ...(isPlainObject(mode.forwardTo) ? mode.forwardTo : {}) };
			if (typeof forwardTo.destination === 'string')
				forwardTo.destination = normalizePhoneNumber(forwardTo.destination);
			return JSON.stringify([
				mode.id,
				mode.normalOperationEnabled ?? null,
				Object.keys(forwardTo)
					.sort()
					.map((key) => [key, forwardTo[key]]),
			]);
		})
		.sort();
	return JSON.stringify([operatingModes.enabled ?? null, modes]);
}

/**
 * Whether PUTting `modes` (what planModesChange or modesFromJson made) would change the
 * feature's operating modes as Webex reports them: the same modes with the same forwarding, in
 * any order, change nothing.
 */
export function modesWouldChange(operatingModes: unknown, modes: Json, type: FeatureType): boolean {
	return canonicalModes(writableOperatingModes(operatingModes, type)) !== canonicalModes(modes);
}
