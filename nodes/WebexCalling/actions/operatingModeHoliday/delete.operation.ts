import { holidayIdFields, modeIdLocator } from '../common.descriptions';
import { byIdOperation } from '../byId';
import { holidayPath } from '../paths';

/** Outputs `{ deleted: true, id }`. */
export const deleteHoliday = byIdOperation({
	resource: 'operatingModeHoliday',
	operation: 'delete',
	idFields: [modeIdLocator, ...holidayIdFields],
	path: holidayPath,
	method: 'DELETE',
});
