import { criteriaIdFields, workspaceIdLocator } from '../common.descriptions';
import { byIdOperation } from '../byId';
import { criteriaPath } from '../paths';

export const get = byIdOperation({
	resource: 'workspaceSimultaneousRingCriteria',
	operation: 'get',
	idFields: [workspaceIdLocator, ...criteriaIdFields],
	path: criteriaPath,
	method: 'GET',
});
