import { modeIdLocator } from '../../kit/descriptions';
import { byIdOperation } from '../byId';
import { modePath } from '../../kit/paths';

export const get = byIdOperation({
	idFields: [modeIdLocator],
	path: modePath,
	method: 'GET',
});
