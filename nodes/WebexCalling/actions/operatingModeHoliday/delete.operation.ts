import { holidayIdFields, modeIdLocator } from '../../kit/descriptions';
import { byIdOperation } from '../byId';
import { holidayPath } from '../../kit/paths';

/** Outputs `{ deleted: true, id }`. */
export const deleteHoliday = byIdOperation({
	idFields: [modeIdLocator, ...holidayIdFields],
	path: holidayPath,
	method: 'DELETE',
});
