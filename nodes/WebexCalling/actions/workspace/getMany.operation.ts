import { locationIdLocator } from '../../kit/descriptions';
import { listOperation } from '../list';
import { WORKSPACES } from '../../kit/paths';

/** The org's workspaces: the start of an audit across all of them. */
export const getMany = listOperation({
	option: {
		name: 'Get Many',
		description: "List the org's workspaces, e.g. to audit each one's settings",
		action: 'Get many workspaces',
	},
	path: WORKSPACES,
	itemsKey: 'items',
	filters: [
		{
			displayName: 'Display Name',
			name: 'displayName',
			type: 'string',
			default: '',
			description: 'Only workspaces whose name contains this text',
		},
		{
			displayName: 'Calling',
			name: 'calling',
			type: 'options',
			options: [
				{ name: 'Free Calling', value: 'freeCalling' },
				{ name: 'Hybrid Calling', value: 'hybridCalling' },
				{ name: 'None', value: 'none' },
				{ name: 'Third-Party SIP Calling', value: 'thirdPartySipCalling' },
				{
					name: 'Webex Calling',
					value: 'webexCalling',
					description: 'The workspaces that can have simultaneous ring',
				},
				{ name: 'Webex Edge for Devices', value: 'webexEdgeForDevices' },
			],
			default: 'webexCalling',
			description: "Only workspaces with this calling type (Webex's `calling` filter)",
		},
		{
			...locationIdLocator,
			required: false,
			description: 'Only the workspaces of this location',
		},
	],
});
