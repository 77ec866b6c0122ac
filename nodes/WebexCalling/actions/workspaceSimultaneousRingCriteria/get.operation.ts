import { criteriaIdFields, workspaceIdLocator } from '../../kit/descriptions';
import { byIdOperation } from '../byId';
import { criteriaPath } from '../../kit/paths';

export const get = byIdOperation({
	option: {
		name: 'Get',
		description: 'Get one simultaneous ring criteria of a workspace',
		action: 'Get a simultaneous ring criterion of a workspace',
	},
	idFields: [workspaceIdLocator, ...criteriaIdFields],
	path: criteriaPath,
	method: 'GET',
});
