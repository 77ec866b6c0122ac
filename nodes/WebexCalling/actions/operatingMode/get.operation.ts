import { modeIdLocator } from '../common.descriptions';
import { byIdOperation } from '../byId';
import { modePath } from '../paths';

export const get = byIdOperation({
	resource: 'operatingMode',
	operation: 'get',
	idFields: [modeIdLocator],
	path: modePath,
	method: 'GET',
});
