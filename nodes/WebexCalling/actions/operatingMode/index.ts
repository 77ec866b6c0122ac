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

export const resource = defineResource(
	'operatingMode',
	{ name: 'Operating Mode' },
	operations,
	'create',
);
