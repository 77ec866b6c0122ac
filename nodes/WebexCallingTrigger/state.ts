/**
 * What the trigger keeps between polls, in the workflow's static data: for each event, what was
 * there at the last good poll, a few fields an object, never whole answers. Pure.
 *
 * n8n saves a poller's static data when a poll emits and after the poll made at activation; a
 * poll that emits nothing changes nothing worth saving here (only changes are emitted), so a
 * restart compares against the last saved state and reports what changed meanwhile.
 */

/** Bumped when the shape below changes: a state of another version is recorded anew. */
export const STATE_VERSION = 1;

/** A feature as last seen: name, kind, current mode's name and ID hash, exception, forwarding on */
export type FeatureMark = [
	name: string,
	type: string,
	modeName: string,
	modeHash: string,
	exceptionType: string,
	enabled: 0 | 1,
];

/** An operating mode as last seen: name, level, location, and a hash per top-level field */
export type ModeMark = [
	name: string,
	level: string,
	location: string,
	fields: Record<string, string>,
];

export interface Recorded<T> {
	/** What the event watched (its settings): other settings are recorded anew, not compared */
	scope: string;
	seen: Record<string, T>;
}

export interface TriggerState {
	version: number;
	features?: Recorded<FeatureMark>;
	modes?: Recorded<ModeMark>;
	/** Holiday occurrences already reported, each with its first day, until that day has passed */
	holidays?: Recorded<number>;
}

/** The trigger's state from the static data, or an empty one when there is none of this version. */
export function stateFrom(staticData: Record<string, unknown>): TriggerState {
	const state = staticData.webexCalling as TriggerState | undefined;
	return state?.version === STATE_VERSION ? state : { version: STATE_VERSION };
}

/** A short fingerprint (FNV-1a, 32 bits, hex): enough to tell that a value changed. */
export function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

/** JSON with object keys sorted, so the same content always hashes the same. */
export function stableJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
	if (typeof value === 'object' && value !== null) {
		const entries = Object.keys(value)
			.sort()
			.map(
				(key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`,
			);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}
