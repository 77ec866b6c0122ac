import { modeIdLocator } from '../common.descriptions';
import { byIdOperation } from '../byId';
import { holidayIdField, holidayPath } from '../operatingMode/paths';

export const get = byIdOperation({
	resource: 'operatingModeHoliday',
	operation: 'get',
	idFields: [modeIdLocator, holidayIdField],
	path: holidayPath,
	method: 'GET',
});
