/**
 * What Webex refuses in a location schedule, checked before anything is sent. Pure. Only what
 * Webex's reference marks required is checked ("Create a Schedule", "Create a Schedule Event":
 * https://developer.webex.com/docs/api/v1/location-call-settings-schedules: a schedule's
 * `name`, an event's `name`); the rest (dates, times, recurrences) is sent and Webex's own
 * refusal shown, since its live rules are not all documented.
 */
import type { InputIssue } from '../../helpers/issues';
import { isBlank, isPlainObject } from '../../helpers/json';

/** An event must be an object with a name: the node, like Webex, finds events by name. */
export function eventIssues(event: unknown, field: string): InputIssue[] {
	if (!isPlainObject(event)) return [{ field, problem: 'must be an object (an event)' }];
	if (typeof event.name !== 'string' || isBlank(event.name))
		return [{ field: field ? `${field}.name` : 'name', problem: 'is required (the event name)' }];
	return [];
}

/** A list of events, each with a name. */
export function eventsIssues(events: unknown, field: string): InputIssue[] {
	if (!Array.isArray(events)) return [{ field, problem: 'must be a list of events' }];
	return events.flatMap((event, index) => eventIssues(event, `${field}[${index}]`));
}

/** A schedule's name is required to create it. */
export function scheduleNameIssues(name: unknown, field = 'name'): InputIssue[] {
	return typeof name === 'string' && !isBlank(name)
		? []
		: [{ field, problem: 'is required (the schedule name)' }];
}
