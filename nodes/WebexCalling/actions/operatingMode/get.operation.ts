import { modeIdLocator } from '../../kit/descriptions';
import { byIdOperation } from '../byId';
import { modePath } from '../../kit/paths';

export const get = byIdOperation({
	option: {
		name: 'Get',
		description: 'Get an operating mode with its full schedule and holidays',
		action: 'Get an operating mode',
	},
	idFields: [modeIdLocator],
	path: modePath,
	method: 'GET',
});
