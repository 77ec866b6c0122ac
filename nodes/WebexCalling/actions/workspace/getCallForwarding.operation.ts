import { workspaceIdLocator } from '../../kit/descriptions';
import { byIdOperation } from '../byId';
import { callForwardingPath } from '../../kit/paths';

/** Always, busy and no-answer forwarding, and business continuity: Webex's JSON as it comes. */
export const getCallForwarding = byIdOperation({
	idFields: [workspaceIdLocator],
	path: callForwardingPath,
	method: 'GET',
});
