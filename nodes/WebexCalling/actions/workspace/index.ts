import type { INodeProperties } from 'n8n-workflow';

import type { WebexOperation } from '../operation';
import { getSimultaneousRing } from './getSimultaneousRing.operation';

export const operations: Record<string, WebexOperation<any>> = { getSimultaneousRing };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['workspace'] } },
		options: [
			{
				name: 'Get Simultaneous Ring',
				value: 'getSimultaneousRing',
				description:
					'Get which extra phones ring along with a workspace, and when (professional workspaces only)',
				action: 'Get simultaneous ring settings of a workspace',
			},
		],
		default: 'getSimultaneousRing',
	},
	...getSimultaneousRing.description,
];
