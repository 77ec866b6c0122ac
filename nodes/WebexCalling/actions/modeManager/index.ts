import { resourceProperties } from '../operation';
import { getAvailableFeatures } from './getAvailableFeatures.operation';
import { getManagedFeatures } from './getManagedFeatures.operation';
import { updateManagedFeatures } from './updateManagedFeatures.operation';

export const operations = { getAvailableFeatures, getManagedFeatures, updateManagedFeatures };

export const description = resourceProperties(operations, {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['modeManager'] } },
	options: [
		{
			name: 'Get Available Features',
			value: 'getAvailableFeatures',
			description: 'List the features a person may be given to manage (mode-based forwarding on)',
			action: 'Get features a person may manage',
		},
		{
			name: 'Get Managed Features',
			value: 'getManagedFeatures',
			description: 'List the features a person manages, with their current modes',
			action: 'Get features a person manages',
		},
		{
			name: 'Update Managed Features',
			value: 'updateManagedFeatures',
			description: 'Add or remove features a person manages (at most 50); the others stay',
			action: 'Update the features a person manages',
		},
	],
	default: 'getManagedFeatures',
});
