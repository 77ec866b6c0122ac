import { locationIdLocator } from '../../kit/descriptions';
import { byIdOperation } from '../byId';
import { scheduleEventPath } from '../../kit/paths';
import { eventIdLocator, scheduleIdLocator, scheduleTypeField } from '../../domain/schedule/fields';

export const get = byIdOperation({
	option: {
		name: 'Get',
		description: "Get one event of a location's schedule",
		action: 'Get a location schedule event',
	},
	idFields: [locationIdLocator, scheduleTypeField, scheduleIdLocator, eventIdLocator],
	path: scheduleEventPath,
	method: 'GET',
});
