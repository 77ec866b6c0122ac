import { defineResource } from '../../kit/operation';
import { findByOperatingMode } from './findByOperatingMode.operation';
import { getCallForwarding } from './getCallForwarding.operation';
import { getMany } from './getMany.operation';
import { switchToNormalOperation } from './switchToNormalOperation.operation';
import { updateOperatingModes } from './updateOperatingModes.operation';

const operations = {
	findByOperatingMode,
	getCallForwarding,
	getMany,
	switchToNormalOperation,
	updateOperatingModes,
};

export const resource = defineResource(
	'callFeature',
	{ name: 'Call Feature' },
	operations,
	'getCallForwarding',
);
