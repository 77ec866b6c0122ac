/**
 * The checks a simultaneous-ring body and a criteria body must pass before they are sent. Pure.
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

/**
 * Checks a criteria body. REF, Create Simultaneous Ring Criteria: phoneNumbers "Value for this
 * attribute is required if callsFrom is SELECT_PHONE_NUMBERS".
 *
 * Deliberately NOT checked: the schedule. wxc_sdk tests/test_person_simring.py
 * `test_criteria_create_read_update_delete` creates a criteria with no scheduleName nor
 * scheduleType against live Webex ("creates a criteria for all hours all days", wxc_sdk
 * common/selective.py), and `scheduleLevel` takes GLOBAL, LOCATION and PEOPLE besides the
 * reference's GROUP (wxc_sdk `SelectiveScheduleLevel`). Numbers, callsFrom values and name
 * lengths are left to Webex too.
 */
export function criteriaIssues(body: Json): InputIssue[] {
	const numbers = body.phoneNumbers;
	if (
		body.callsFrom === 'SELECT_PHONE_NUMBERS' &&
		!(Array.isArray(numbers) && numbers.length > 0)
	) {
		return [
			{
				field: 'phoneNumbers',
				problem: 'needs at least one number when Calls From is Select Phone Numbers',
			},
		];
	}
	return [];
}
