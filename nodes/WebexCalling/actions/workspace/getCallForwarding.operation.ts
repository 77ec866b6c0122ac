import { workspaceIdLocator } from '../common.descriptions';
import { byIdOperation } from '../byId';
import { callForwardingPath } from '../paths';

/** Always, busy and no-answer forwarding, and business continuity: Webex's JSON as it comes. */
export const getCallForwarding = byIdOperation({
	resource: 'workspace',
	operation: 'getCallForwarding',
	idFields: [workspaceIdLocator],
	path: callForwardingPath,
	method: 'GET',
});
