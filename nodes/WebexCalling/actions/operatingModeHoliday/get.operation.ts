import { holidayIdField, modeIdLocator } from '../common.descriptions';
import { byIdOperation } from '../byId';
import { holidayPath } from '../paths';

export const get = byIdOperation({
	resource: 'operatingModeHoliday',
	operation: 'get',
	idFields: [modeIdLocator, holidayIdField],
	path: holidayPath,
	method: 'GET',
});
