import { listOperation } from '../list';

/** The org's locations: the start of a roll-out to every location. */
export const getMany = listOperation({
	resource: 'location',
	operation: 'getMany',
	path: '/locations',
	itemsKey: 'items',
	filters: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'Only locations whose name contains this text',
		},
	],
});
