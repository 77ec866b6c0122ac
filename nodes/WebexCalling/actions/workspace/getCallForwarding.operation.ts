import { workspaceIdLocator } from '../../kit/descriptions';
import { byIdOperation } from '../byId';
import { callForwardingPath } from '../../kit/paths';

/** Always, busy and no-answer forwarding, and business continuity: Webex's JSON as it comes. */
export const getCallForwarding = byIdOperation({
	option: {
		name: 'Get Call Forwarding',
		description:
			"Get where a workspace's calls are forwarded: always, when busy, when not answered",
		action: 'Get call forwarding settings of a workspace',
	},
	idFields: [workspaceIdLocator],
	path: callForwardingPath,
	method: 'GET',
});
