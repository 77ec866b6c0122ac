import type { INodeProperties } from 'n8n-workflow';

import type { WebexOperation } from '../operation';
import { create } from './create.operation';

export const operations: Record<string, WebexOperation<any>> = { create };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['operatingMode'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create an operating mode (business hours, after hours or holidays schedule)',
				action: 'Create an operating mode',
			},
		],
		default: 'create',
	},
	...create.description,
];
