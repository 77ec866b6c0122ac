import { criteriaIdFields, workspaceIdLocator } from '../../kit/descriptions';
import { byIdOperation } from '../byId';
import { criteriaPath } from '../../kit/paths';

/** Outputs `{ deleted: true, id }`. */
export const deleteCriteria = byIdOperation({
	option: {
		name: 'Delete',
		description: 'Remove a simultaneous ring criterion from a workspace',
		action: 'Delete a simultaneous ring criterion of a workspace',
	},
	idFields: [workspaceIdLocator, ...criteriaIdFields],
	path: criteriaPath,
	method: 'DELETE',
});
