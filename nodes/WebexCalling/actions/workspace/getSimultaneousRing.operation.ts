import { workspaceIdNamedLocator } from '../../kit/descriptions';
import { byIdOperation } from '../byId';
import { workspaceByName } from '../lookups';
import { simultaneousRingPath } from '../../kit/paths';

/** Passed through as Webex sends it, old and new field names alike. */
export const getSimultaneousRing = byIdOperation({
	option: {
		name: 'Get Simultaneous Ring',
		description:
			'Get which extra phones ring along with a workspace, and when (professional workspaces only)',
		action: 'Get simultaneous ring settings of a workspace',
	},
	idFields: [workspaceIdNamedLocator],
	path: simultaneousRingPath,
	method: 'GET',
	names: { workspaceId: workspaceByName },
});
