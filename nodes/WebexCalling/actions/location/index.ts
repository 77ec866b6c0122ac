import { defineResource } from '../../kit/operation';
import { getMany } from './getMany.operation';

const operations = { getMany };

export const resource = defineResource('location', { name: 'Location' }, operations, {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Get Many',
			value: 'getMany',
			description: "List the org's Webex Calling locations, e.g. to roll a schedule out to each",
			action: 'Get many locations',
		},
	],
	default: 'getMany',
});
