import { locationIdLocator } from '../../kit/descriptions';
import { byIdOperation } from '../byId';
import { scheduleEventPath } from '../../kit/paths';
import { eventIdLocator, scheduleIdLocator, scheduleTypeField } from '../../domain/schedule/fields';

/** Outputs `{ deleted: true, id }`. */
export const deleteEvent = byIdOperation({
	option: {
		name: 'Delete',
		description: "Remove an event from a location's schedule",
		action: 'Delete a location schedule event',
	},
	idFields: [locationIdLocator, scheduleTypeField, scheduleIdLocator, eventIdLocator],
	path: scheduleEventPath,
	method: 'DELETE',
});
