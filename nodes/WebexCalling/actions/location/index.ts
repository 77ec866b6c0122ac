import type { INodeProperties } from 'n8n-workflow';

import type { WebexOperation } from '../operation';
import { getMany } from './getMany.operation';

export const operations: Record<string, WebexOperation<unknown>> = { getMany };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['location'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getMany',
				description: 'List the org\'s Webex Calling locations, e.g. to roll a schedule out to each',
				action: 'Get many locations',
			},
		],
		default: 'getMany',
	},
	...getMany.description,
];
