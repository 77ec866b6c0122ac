import { holidayIdFields, modeIdLocator } from '../../kit/descriptions';
import { byIdOperation } from '../byId';
import { holidayPath } from '../../kit/paths';

/** Outputs `{ deleted: true, id }`. */
export const deleteHoliday = byIdOperation({
	option: {
		name: 'Delete',
		description: 'Remove a holiday from an operating mode',
		action: 'Delete a holiday of an operating mode',
	},
	idFields: [modeIdLocator, ...holidayIdFields],
	path: holidayPath,
	method: 'DELETE',
});
