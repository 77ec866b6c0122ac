import { defineResource } from '../../kit/operation';
import { getCallForwarding } from './getCallForwarding.operation';
import { getMany } from './getMany.operation';
import { getSimultaneousRing } from './getSimultaneousRing.operation';
import { updateSimultaneousRing } from './updateSimultaneousRing.operation';

const operations = {
	getMany,
	getCallForwarding,
	getSimultaneousRing,
	updateSimultaneousRing,
};

export const resource = defineResource('workspace', { name: 'Workspace' }, operations, {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Get Call Forwarding',
			value: 'getCallForwarding',
			description:
				"Get where a workspace's calls are forwarded: always, when busy, when not answered",
			action: 'Get call forwarding settings of a workspace',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			description: "List the org's workspaces, e.g. to audit each one's settings",
			action: 'Get many workspaces',
		},
		{
			name: 'Get Simultaneous Ring',
			value: 'getSimultaneousRing',
			description:
				'Get which extra phones ring along with a workspace, and when (professional workspaces only)',
			action: 'Get simultaneous ring settings of a workspace',
		},
		{
			name: 'Update Simultaneous Ring',
			value: 'updateSimultaneousRing',
			description:
				'Turn simultaneous ring on or off and set the numbers that ring; returns the new settings',
			action: 'Update simultaneous ring settings of a workspace',
		},
	],
	default: 'getSimultaneousRing',
});
