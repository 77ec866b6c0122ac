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

export const resource = defineResource('callFeature', { name: 'Call Feature' }, operations, {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Find by Operating Mode',
			value: 'findByOperatingMode',
			description:
				'List the features that forward by an operating mode, and whether it is in effect',
			action: 'Find call features that use an operating mode',
		},
		{
			name: 'Get Call Forwarding',
			value: 'getCallForwarding',
			description:
				"Get a feature's forwarding: its operating modes, the current mode and any exception",
			action: 'Get call forwarding of a call feature',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			description: "List the org's auto attendants, call queues and hunt groups",
			action: 'Get many call features',
		},
		{
			name: 'Switch to Normal Operation',
			value: 'switchToNormalOperation',
			description:
				'End a manual switch or an extension: the feature forwards by the mode its schedules say',
			action: 'Switch a call feature back to normal operation',
		},
		{
			name: 'Update Operating Modes',
			value: 'updateOperatingModes',
			description:
				'Add, change or remove the modes a feature forwards by, or turn mode-based forwarding on or off',
			action: 'Update the operating modes of a call feature',
		},
	],
	default: 'getCallForwarding',
});
