import { holidayIdFields, modeIdLocator } from '../../kit/descriptions';
import { byIdOperation } from '../byId';
import { holidayPath } from '../../kit/paths';

export const get = byIdOperation({
	option: {
		name: 'Get',
		description: 'Get one holiday of an operating mode',
		action: 'Get a holiday of an operating mode',
	},
	idFields: [modeIdLocator, ...holidayIdFields],
	path: holidayPath,
	method: 'GET',
});
