/**
 * The checks a simultaneous-ring body must pass before it is sent. Pure.
 *
 * Only what Webex is known to refuse is refused here; each rule names its evidence. REF is
 * Webex's API reference, "Workspace Call Settings"
 * (https://developer.webex.com/docs/api/v1/workspace-call-settings; the same schema as
 * jeokrohn/wxc_sdk open_api/generated/.../workspace-call-settings-2_auto.py).
 */
import type { InputIssue } from '../../helpers/issues';
import { quote } from '../../helpers/json';
import type { Json } from '../../helpers/json';

/** REF, Modify Simultaneous Ring: "Enter up to 10 phone numbers to ring simultaneously". */
export const MAX_SIMULTANEOUS_RING_NUMBERS = 10;

/** Checks the PUT body of simultaneous ring, as it will be sent (merged with the current settings). */
export function simultaneousRingIssues(body: Json): InputIssue[] {
	const numbers = body.phoneNumbers;
	if (numbers === undefined) return [];
	if (!Array.isArray(numbers))
		return [{ field: 'phoneNumbers', problem: `must be a list, got ${quote(numbers)}` }];
	if (numbers.length > MAX_SIMULTANEOUS_RING_NUMBERS) {
		return [
			{
				field: 'phoneNumbers',
				problem: `has ${numbers.length} numbers; Webex rings at most ${MAX_SIMULTANEOUS_RING_NUMBERS}`,
			},
		];
	}
	return [];
}
