import { defineResource } from '../../kit/operation';
import { create } from './create.operation';
import { deleteCriteria } from './delete.operation';
import { get } from './get.operation';
import { update } from './update.operation';

/** The schedule-based rules of a workspace's simultaneous ring: a sub-entity, so a resource. */
const operations = { create, get, update, delete: deleteCriteria };

export const resource = defineResource(
	'workspaceSimultaneousRingCriteria',
	{ name: 'Workspace Simultaneous Ring Criterion' },
	operations,
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Create',
				value: 'create',
				description:
					"Add a rule for when a workspace's simultaneous ring applies (all hours, or by schedule)",
				action: 'Create a simultaneous ring criterion for a workspace',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Remove a simultaneous ring criterion from a workspace',
				action: 'Delete a simultaneous ring criterion of a workspace',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one simultaneous ring criteria of a workspace',
				action: 'Get a simultaneous ring criterion of a workspace',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change a simultaneous ring criterion of a workspace',
				action: 'Update a simultaneous ring criterion of a workspace',
			},
		],
		default: 'create',
	},
);
