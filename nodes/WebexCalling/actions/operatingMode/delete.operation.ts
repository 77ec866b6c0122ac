import { modeIdLocator } from '../common.descriptions';
import { byIdOperation } from '../byId';
import { modePath } from '../paths';

/** Outputs `{ deleted: true, id }`. */
export const deleteMode = byIdOperation({
	resource: 'operatingMode',
	operation: 'delete',
	idFields: [modeIdLocator],
	path: modePath,
	method: 'DELETE',
});
