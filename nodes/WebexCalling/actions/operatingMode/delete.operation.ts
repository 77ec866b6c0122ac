import { modeIdLocator } from '../../kit/descriptions';
import { byIdOperation } from '../byId';
import { modePath } from '../../kit/paths';

/** Outputs `{ deleted: true, id }`. */
export const deleteMode = byIdOperation({
	option: {
		name: 'Delete',
		description: 'Delete an operating mode',
		action: 'Delete an operating mode',
	},
	idFields: [modeIdLocator],
	path: modePath,
	method: 'DELETE',
});
