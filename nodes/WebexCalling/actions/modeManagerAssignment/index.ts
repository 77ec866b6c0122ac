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
	'getManagedFeatures',
);
