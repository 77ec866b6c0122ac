import { defineResource } from '../../kit/operation';
import { create } from './create.operation';
import { createOrUpdate } from './createOrUpdate.operation';
import { deleteEvent } from './delete.operation';
import { get } from './get.operation';
import { update } from './update.operation';

const operations = { create, createOrUpdate, get, update, delete: deleteEvent };

export const resource = defineResource(
	'locationScheduleEvent',
	{ name: 'Location Schedule Event' },
	operations,
	'create',
);
