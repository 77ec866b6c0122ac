import { defineResource } from '../../kit/operation';
import { getCallForwarding } from './getCallForwarding.operation';
import { getMany } from './getMany.operation';
import { getSimultaneousRing } from './getSimultaneousRing.operation';
import { updateSimultaneousRing } from './updateSimultaneousRing.operation';

const operations = {
	getMany,
	getCallForwarding,
	getSimultaneousRing,
	updateSimultaneousRing,
};

export const resource = defineResource(
	'workspace',
	{ name: 'Workspace' },
	operations,
	'getSimultaneousRing',
);
