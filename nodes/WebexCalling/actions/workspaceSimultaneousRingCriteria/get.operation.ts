import { criteriaIdFields, workspaceIdLocator } from '../../kit/descriptions';
import { byIdOperation } from '../byId';
import { criteriaPath } from '../../kit/paths';

export const get = byIdOperation({
	idFields: [workspaceIdLocator, ...criteriaIdFields],
	path: criteriaPath,
	method: 'GET',
});
