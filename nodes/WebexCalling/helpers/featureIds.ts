/** Lists of feature IDs as users give them: an array (an expression) or text separated by commas. Pure. */

/** The IDs in `value`, trimmed, empty ones and repeats left out, in the order given. */
export function featureIdList(value: unknown): string[] {
	const entries = Array.isArray(value)
		? value
		: typeof value === 'string'
			? value.split(/[,\s]+/)
			: [];
	const ids = entries.map((entry) => String(entry ?? '').trim()).filter(Boolean);
	return [...new Set(ids)];
}

/**
 * A person's managed features after adding and removing: the current list's order kept, the
 * added ones at the end. Webex allows at most 50 a person (see MAX_MANAGED_FEATURES).
 */
export function mergeFeatureIds(current: string[], add: string[], remove: string[]): string[] {
	const removed = new Set(remove);
	const kept = current.filter((id) => !removed.has(id));
	return [...kept, ...add.filter((id) => !kept.includes(id) && !removed.has(id))];
}

/**
 * At most 50 features a person may manage: Webex's reference ("Assign a List of Features to a
 * User for Mode Management") and wxc_sdk
 * (https://github.com/jeokrohn/wxc_sdk/blob/master/wxc_sdk/person_settings/mode_management.py).
 */
export const MAX_MANAGED_FEATURES = 50;

/**
 * An extension of the current mode: 30 to 720 minutes in steps of 30. Webex's reference
 * ("Extend Current Operating Mode Duration") and wxc_sdk
 * (https://github.com/jeokrohn/wxc_sdk/blob/master/wxc_sdk/me/mode_management/__init__.py:
 * "30-minute increments up to 720 minutes (12 hours)").
 */
export function extensionProblem(minutes: unknown): string | undefined {
	if (typeof minutes !== 'number' || !Number.isInteger(minutes))
		return `must be a whole number of minutes, got ${JSON.stringify(minutes)}`;
	if (minutes < 30 || minutes > 720 || minutes % 30 !== 0)
		return `must be 30 to 720 minutes in steps of 30 (Webex's limits), got ${minutes}`;
	return undefined;
}
