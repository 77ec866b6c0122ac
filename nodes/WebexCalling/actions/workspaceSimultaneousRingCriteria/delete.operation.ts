import { criteriaIdFields, workspaceIdLocator } from '../common.descriptions';
import { byIdOperation } from '../byId';
import { criteriaPath } from '../paths';

/** Outputs `{ deleted: true, id }`. */
export const deleteCriteria = byIdOperation({
	resource: 'workspaceSimultaneousRingCriteria',
	operation: 'delete',
	idFields: [workspaceIdLocator, ...criteriaIdFields],
	path: criteriaPath,
	method: 'DELETE',
});
