import { criteriaIdField, workspaceIdLocator } from '../common.descriptions';
import { byIdOperation } from '../byId';
import { criteriaPath } from '../paths';

export const get = byIdOperation({
	resource: 'workspaceSimultaneousRingCriteria',
	operation: 'get',
	idFields: [workspaceIdLocator, criteriaIdField],
	path: criteriaPath,
	method: 'GET',
});
