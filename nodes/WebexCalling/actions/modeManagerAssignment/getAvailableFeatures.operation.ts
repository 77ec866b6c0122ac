import type { INodeProperties } from 'n8n-workflow';

import { personModeManagementPath } from '../../kit/paths';
import { listOperation } from '../list';
import { ADMIN_HINTS, personIdFields, readPerson } from './fields';

const FILTERS: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Only features whose name contains this text',
	},
];

/**
 * The features a person may be given to manage: those with mode-based forwarding on (Webex
 * lists them; the others cannot be assigned).
 */
export const getAvailableFeatures = listOperation({
	option: {
		name: 'Get Available Features',
		description: 'List the features a person may be given to manage (mode-based forwarding on)',
		action: 'Get features a person may manage',
	},
	fields: personIdFields,
	path: (ctx, itemIndex, issues) =>
		`${personModeManagementPath(readPerson(ctx, itemIndex, issues))}/availableFeatures`,
	itemsKey: 'features',
	filters: FILTERS,
	hints: ADMIN_HINTS,
});
