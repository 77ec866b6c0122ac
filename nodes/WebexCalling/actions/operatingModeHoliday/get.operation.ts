import { holidayIdFields, modeIdLocator } from '../../kit/descriptions';
import { byIdOperation } from '../byId';
import { holidayPath } from '../../kit/paths';

export const get = byIdOperation({
	idFields: [modeIdLocator, ...holidayIdFields],
	path: holidayPath,
	method: 'GET',
});
