import { workspaceIdLocator } from '../common.descriptions';
import { byIdOperation } from '../byId';
import { simultaneousRingPath } from '../paths';

/** Passed through as Webex sends it, old and new field names alike. */
export const getSimultaneousRing = byIdOperation({
	resource: 'workspace',
	operation: 'getSimultaneousRing',
	idFields: [workspaceIdLocator],
	path: simultaneousRingPath,
	method: 'GET',
});
