import { AUTO_ATTENDANT_NOT_SENT } from '../../domain/autoAttendant/update';
import { featurePath } from '../../kit/paths';
import { wholeUpdateOperation } from '../update';
import { autoAttendantIdFields, autoAttendantScheduleFields } from './fields';

/**
 * Sets an auto attendant's schedules (or, as JSON, anything its PUT takes: menus, names): the
 * auto attendant is read and sent back whole with the changes, so the menus and the rest stay as
 * they are unless given.
 */
export const update = wholeUpdateOperation({
	option: {
		name: 'Update',
		description:
			"Set an auto attendant's business hours and holiday schedules (or its menus, as JSON); only the fields given change",
		action: 'Update an auto attendant',
	},
	idFields: autoAttendantIdFields,
	path: (locationId, autoAttendantId) => featurePath('autoAttendants', locationId, autoAttendantId),
	what: 'auto attendant',
	fields: autoAttendantScheduleFields,
	reportedOnly: AUTO_ATTENDANT_NOT_SENT,
});
