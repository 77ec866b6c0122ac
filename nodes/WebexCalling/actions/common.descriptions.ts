/** Parameter descriptions shared by several operations. */
import type { INodeProperties } from 'n8n-workflow';

export const orgIdOption: INodeProperties = {
	displayName: 'Organization ID',
	name: 'orgId',
	type: 'string',
	default: '',
	description:
		'Act on this org instead of the credential\'s (partner admins managing a customer org)',
};

export function optionsCollection(extra: INodeProperties[] = []): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [orgIdOption, ...extra],
	};
}

export const locationIdLocator: INodeProperties = {
	displayName: 'Location',
	name: 'locationId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The Webex Calling location',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchLocations', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OL...',
		},
	],
};

export const workspaceIdLocator: INodeProperties = {
	displayName: 'Workspace',
	name: 'workspaceId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The workspace (it needs a Webex Calling professional license)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchWorkspaces', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'Y2lzY29zcGFyazovL3VzL1BMQUNFL...',
		},
	],
};
