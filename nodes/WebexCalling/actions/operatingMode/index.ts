import { defineResource } from '../../kit/operation';
import { create } from './create.operation';
import { createOrUpdate } from './createOrUpdate.operation';
import { deleteMode } from './delete.operation';
import { get } from './get.operation';
import { getAvailableForLocation } from './getAvailableForLocation.operation';
import { getMany } from './getMany.operation';
import { update } from './update.operation';

const operations = {
	create,
	createOrUpdate,
	get,
	getMany,
	update,
	delete: deleteMode,
	getAvailableForLocation,
};

export const resource = defineResource('operatingMode', { name: 'Operating Mode' }, operations, {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Create',
			value: 'create',
			description: 'Create an operating mode (business hours, after hours or holidays schedule)',
			action: 'Create an operating mode',
		},
		{
			name: 'Create or Update',
			value: 'createOrUpdate',
			description:
				'Create an operating mode, or update the one of that name to this definition (safe to run again)',
			action: 'Create or update an operating mode',
		},
		{
			name: 'Delete',
			value: 'delete',
			description: 'Delete an operating mode',
			action: 'Delete an operating mode',
		},
		{
			name: 'Get',
			value: 'get',
			description: 'Get an operating mode with its full schedule and holidays',
			action: 'Get an operating mode',
		},
		{
			name: 'Get Available for Location',
			value: 'getAvailableForLocation',
			description:
				"List the operating modes a location's auto attendants, call queues and hunt groups can use",
			action: 'Get operating modes available for a location',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			description: "List the org's operating modes, filtered by name or location",
			action: 'Get many operating modes',
		},
		{
			name: 'Update',
			value: 'update',
			description:
				"Change an operating mode's name, schedule, holidays or forwarding; returns the mode after the change",
			action: 'Update an operating mode',
		},
	],
	default: 'create',
});
