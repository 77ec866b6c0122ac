import { defineResource } from '../../kit/operation';
import { create } from './create.operation';
import { createOrUpdate } from './createOrUpdate.operation';
import { deleteSchedule } from './delete.operation';
import { get } from './get.operation';
import { getMany } from './getMany.operation';
import { update } from './update.operation';

const operations = { create, createOrUpdate, get, getMany, update, delete: deleteSchedule };

export const resource = defineResource(
	'locationSchedule',
	{ name: 'Location Schedule' },
	operations,
	'getMany',
);
