import { criteriaIdFields, workspaceIdLocator } from '../../kit/descriptions';
import { byIdOperation } from '../byId';
import { criteriaPath } from '../../kit/paths';

/** Outputs `{ deleted: true, id }`. */
export const deleteCriteria = byIdOperation({
	idFields: [workspaceIdLocator, ...criteriaIdFields],
	path: criteriaPath,
	method: 'DELETE',
});
