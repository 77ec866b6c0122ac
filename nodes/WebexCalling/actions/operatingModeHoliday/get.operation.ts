import { holidayIdFields, modeIdLocator } from '../common.descriptions';
import { byIdOperation } from '../byId';
import { holidayPath } from '../paths';

export const get = byIdOperation({
	resource: 'operatingModeHoliday',
	operation: 'get',
	idFields: [modeIdLocator, ...holidayIdFields],
	path: holidayPath,
	method: 'GET',
});
