import { resourceProperties } from '../operation';
import { getMany } from './getMany.operation';

export const operations = { getMany };

export const description = resourceProperties(operations, {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['location'] } },
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
