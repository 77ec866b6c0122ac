/**
 * A workspace's simultaneous ring update: the settings as they are with the changes over them.
 * Pure.
 */
import { isPlainObject } from '../../helpers/json';
import type { Json } from '../../helpers/json';
import { normalizePhoneNumber } from '../../helpers/phoneNumber';
import { withoutReadOnly } from '../../helpers/updates';
import type { UpdatePlan } from '../../helpers/updates';

/** One number as Webex's Modify Simultaneous Ring needs it: `+` and digits, confirmation set. */
function ringNumber(entry: unknown): unknown {
	if (!isPlainObject(entry)) return entry;
	const { answerConfirmationEnabled, ...rest } = entry;
	return {
		...rest,
		phoneNumber: normalizePhoneNumber(entry.phoneNumber),
		// Required on each number by the PUT schema; `answerConfirmationEnabled` is its pre-2024
		// name, which older answers still carry (wxc_sdk person_settings/sim_ring.py).
		answerConfirmationRequiredEnabled:
			entry.answerConfirmationRequiredEnabled ?? answerConfirmationEnabled ?? false,
	};
}

/**
 * The PUT body for simultaneous ring: the settings as they are with the changes over them.
 * Webex's PUT schema marks `criteriasEnabled` as required and the phone numbers replace the
 * list, so a PUT of only the changed field would switch criteria off or drop numbers.
 * `criteria` is the read-only summary of the criteria (wxc_sdk's `SimRing.update()` leaves it out).
 */
export function planSimultaneousRingUpdate(current: Json, changes: Json): UpdatePlan {
	const readOnly = ['criteria', 'id'];
	const { body: given, notSent } = withoutReadOnly(changes, readOnly);
	const merged: Json = { ...withoutReadOnly(current, readOnly).body, ...given };
	merged.criteriasEnabled ??= false;
	if (Array.isArray(merged.phoneNumbers)) merged.phoneNumbers = merged.phoneNumbers.map(ringNumber);
	return { body: merged, notSent, problems: [] };
}
