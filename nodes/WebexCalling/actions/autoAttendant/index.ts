import { defineResource } from '../../kit/operation';
import { get } from './get.operation';
import { update } from './update.operation';

/**
 * An auto attendant's own settings, where it chooses its schedules by name (its forwarding by
 * operating mode is under Call Feature).
 */
const operations = { get, update };

export const resource = defineResource(
	'autoAttendant',
	{ name: 'Auto Attendant' },
	operations,
	'get',
);
