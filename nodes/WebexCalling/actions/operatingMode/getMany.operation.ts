import { locationIdLocator } from '../../kit/descriptions';
import { listOperation } from '../list';
import { OPERATING_MODES } from '../../kit/paths';

export const getMany = listOperation({
	option: {
		name: 'Get Many',
		description: "List the org's operating modes, filtered by name or location",
		action: 'Get many operating modes',
	},
	path: OPERATING_MODES,
	itemsKey: 'operatingModes',
	filters: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'Only modes whose name contains this text',
		},
		{
			...locationIdLocator,
			displayName: 'Limit to Location',
			name: 'limitToLocationId',
			required: false,
			description: 'Only the modes of this location',
		},
		{
			displayName: 'Limit to Org Level Enabled',
			name: 'limitToOrgLevelEnabled',
			type: 'boolean',
			default: false,
			description:
				"Whether to list organization-level operating modes (Webex's limitToOrgLevelEnabled filter)",
		},
		{
			displayName: 'Order',
			name: 'order',
			type: 'options',
			options: [
				{ name: 'Ascending by Name', value: 'asc' },
				{ name: 'Descending by Name', value: 'desc' },
			],
			default: 'asc',
		},
	],
});
