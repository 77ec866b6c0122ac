import { featurePath } from '../../kit/paths';
import { byIdOperation } from '../byId';
import { autoAttendantIdFields } from './fields';

/** Webex's "Get Details for an Auto Attendant", as it answers: its schedules by name, its menus. */
export const get = byIdOperation({
	option: {
		name: 'Get',
		description:
			'Get an auto attendant: its business and holiday schedules, its menus, its numbers',
		action: 'Get an auto attendant',
	},
	idFields: autoAttendantIdFields,
	path: (locationId, autoAttendantId) => featurePath('autoAttendants', locationId, autoAttendantId),
	method: 'GET',
});
