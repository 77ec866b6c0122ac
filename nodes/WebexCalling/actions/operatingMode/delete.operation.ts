import { modeIdLocator } from '../../kit/descriptions';
import { byIdOperation } from '../byId';
import { modePath } from '../../kit/paths';

/** Outputs `{ deleted: true, id }`. */
export const deleteMode = byIdOperation({
	idFields: [modeIdLocator],
	path: modePath,
	method: 'DELETE',
});
