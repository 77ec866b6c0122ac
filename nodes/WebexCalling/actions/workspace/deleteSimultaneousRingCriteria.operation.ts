import { criteriaIdField, workspaceIdLocator } from '../common.descriptions';
import { byIdOperation } from '../byId';
import { criteriaPath } from '../paths';

/** Outputs `{ deleted: true, id }`. */
export const deleteSimultaneousRingCriteria = byIdOperation({
	resource: 'workspace',
	operation: 'deleteSimultaneousRingCriteria',
	idFields: [workspaceIdLocator, criteriaIdField],
	path: criteriaPath,
	method: 'DELETE',
});
