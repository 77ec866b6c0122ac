import type { INodeProperties } from 'n8n-workflow';

import type { WebexOperation } from '../operation';
import { createSimultaneousRingCriteria } from './createSimultaneousRingCriteria.operation';
import { deleteSimultaneousRingCriteria } from './deleteSimultaneousRingCriteria.operation';
import { getMany } from './getMany.operation';
import { getSimultaneousRing } from './getSimultaneousRing.operation';
import { getSimultaneousRingCriteria } from './getSimultaneousRingCriteria.operation';
import { updateSimultaneousRing } from './updateSimultaneousRing.operation';
import { updateSimultaneousRingCriteria } from './updateSimultaneousRingCriteria.operation';

export const operations: Record<string, WebexOperation<unknown>> = {
	getMany,
	getSimultaneousRing,
	updateSimultaneousRing,
	createSimultaneousRingCriteria,
	getSimultaneousRingCriteria,
	updateSimultaneousRingCriteria,
	deleteSimultaneousRingCriteria,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['workspace'] } },
		options: [
			{
				name: 'Create Simultaneous Ring Criteria',
				value: 'createSimultaneousRingCriteria',
				description: 'Add a schedule-based rule for when a workspace\'s simultaneous ring applies',
				action: 'Create a simultaneous ring criteria for a workspace',
			},
			{
				name: 'Delete Simultaneous Ring Criteria',
				value: 'deleteSimultaneousRingCriteria',
				description: 'Remove a simultaneous ring criteria from a workspace',
				action: 'Delete a simultaneous ring criteria of a workspace',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				description: 'List the org\'s workspaces, e.g. to audit each one\'s settings',
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
				name: 'Get Simultaneous Ring Criteria',
				value: 'getSimultaneousRingCriteria',
				description: 'Get one simultaneous ring criteria of a workspace',
				action: 'Get a simultaneous ring criteria of a workspace',
			},
			{
				name: 'Update Simultaneous Ring',
				value: 'updateSimultaneousRing',
				description: 'Turn simultaneous ring on or off and set the numbers that ring; returns the new settings',
				action: 'Update simultaneous ring settings of a workspace',
			},
			{
				name: 'Update Simultaneous Ring Criteria',
				value: 'updateSimultaneousRingCriteria',
				description: 'Change a simultaneous ring criteria of a workspace',
				action: 'Update a simultaneous ring criteria of a workspace',
			},
		],
		default: 'getSimultaneousRing',
	},
	...Object.values(operations).flatMap((operation) => operation.description),
];
