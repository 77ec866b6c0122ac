import { locationIdLocator } from '../../kit/descriptions';
import { byIdOperation } from '../byId';
import { schedulePath } from '../../kit/paths';
import { scheduleIdLocator, scheduleTypeField } from '../../domain/schedule/fields';

export const get = byIdOperation({
	option: {
		name: 'Get',
		description: "Get a location's business hours or holiday schedule, with its events",
		action: 'Get a location schedule',
	},
	idFields: [locationIdLocator, scheduleTypeField, scheduleIdLocator],
	path: schedulePath,
	method: 'GET',
});
