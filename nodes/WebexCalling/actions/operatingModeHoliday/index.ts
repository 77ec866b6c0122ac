import { defineResource } from '../../kit/operation';
import { MAX_HOLIDAYS_PER_MODE } from '../../domain/operatingMode/validate';
import { create } from './create.operation';
import { createOrUpdate } from './createOrUpdate.operation';
import { deleteHoliday } from './delete.operation';
import { get } from './get.operation';
import { update } from './update.operation';

const operations = { create, createOrUpdate, get, update, delete: deleteHoliday };

export const resource = defineResource(
	'operatingModeHoliday',
	{ name: 'Operating Mode Holiday' },
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
				description: `Add a holiday to a HOLIDAY operating mode (at most ${MAX_HOLIDAYS_PER_MODE} per mode)`,
				action: 'Add a holiday to an operating mode',
			},
			{
				name: 'Create or Update',
				value: 'createOrUpdate',
				description:
					"Add a holiday, or update the mode's holiday of that name to this definition (safe to run again)",
				action: 'Create or update a holiday of an operating mode',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Remove a holiday from an operating mode',
				action: 'Delete a holiday of an operating mode',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one holiday of an operating mode',
				action: 'Get a holiday of an operating mode',
			},
			{
				name: 'Update',
				value: 'update',
				description: "Change a holiday's name, dates, times or recurrence",
				action: 'Update a holiday of an operating mode',
			},
		],
		default: 'create',
	},
);
