import { criteriaIdField, workspaceIdLocator } from '../common.descriptions';
import { byIdOperation } from '../byId';
import { criteriaPath } from '../paths';

export const getSimultaneousRingCriteria = byIdOperation({
	resource: 'workspace',
	operation: 'getSimultaneousRingCriteria',
	idFields: [workspaceIdLocator, criteriaIdField],
	path: criteriaPath,
	method: 'GET',
});
