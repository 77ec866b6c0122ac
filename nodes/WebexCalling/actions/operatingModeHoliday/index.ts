import { defineResource } from '../../kit/operation';
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
	'create',
);
