import { locationIdLocator } from '../../kit/descriptions';
import { byIdOperation } from '../byId';
import { schedulePath } from '../../kit/paths';
import { scheduleIdLocator, scheduleTypeField } from '../../domain/schedule/fields';

/** Outputs `{ deleted: true, id }`. */
export const deleteSchedule = byIdOperation({
	option: {
		name: 'Delete',
		description: "Delete a location's schedule and its events",
		action: 'Delete a location schedule',
	},
	idFields: [locationIdLocator, scheduleTypeField, scheduleIdLocator],
	path: schedulePath,
	method: 'DELETE',
});
