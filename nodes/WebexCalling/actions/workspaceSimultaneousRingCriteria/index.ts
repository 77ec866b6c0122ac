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
	'create',
);
