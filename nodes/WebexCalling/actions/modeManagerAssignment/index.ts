import { defineResource } from '../../kit/operation';
import { getAvailableFeatures } from './getAvailableFeatures.operation';
import { getManagedFeatures } from './getManagedFeatures.operation';
import { updateManagedFeatures } from './updateManagedFeatures.operation';

const operations = { getAvailableFeatures, getManagedFeatures, updateManagedFeatures };

export const resource = defineResource(
	'modeManager',
	{
		// Who acts: an admin, assigning mode managers.
		name: 'Mode Manager Assignment (as Admin)',
		description: 'Who may switch which features',
	},
	operations,
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
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
	},
);
