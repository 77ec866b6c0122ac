import { workspaceIdLocator } from '../../kit/descriptions';
import { byIdOperation } from '../byId';
import { simultaneousRingPath } from '../../kit/paths';

/** Passed through as Webex sends it, old and new field names alike. */
export const getSimultaneousRing = byIdOperation({
	idFields: [workspaceIdLocator],
	path: simultaneousRingPath,
	method: 'GET',
});
