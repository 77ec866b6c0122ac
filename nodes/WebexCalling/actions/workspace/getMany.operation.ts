import { locationIdLocator } from '../common.descriptions';
import { listOperation } from '../list';

/** The org's workspaces: the start of an audit across all of them. */
export const getMany = listOperation({
	resource: 'workspace',
	operation: 'getMany',
	path: '/workspaces',
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
			...locationIdLocator,
			required: false,
			description: 'Only the workspaces of this location',
		},
	],
});
