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

/** How requests are retried; see the README on why n8n's own Retry On Fail should stay off. */
export const retryOptions: INodeProperties[] = [
	{
		displayName: 'Max Retries',
		name: 'maxRetries',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 10 },
		default: 3,
		description:
			'How often a request is tried again after a Webex server error (5xx) or a network failure. Creates are looked up rather than sent twice.',
	},
	{
		displayName: 'Max Retry Wait (Seconds)',
		name: 'maxRetryWait',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 60,
		description:
			'Longest total time one request waits for Webex rate limits (429) or locks (423) to clear before its item fails',
	},
	{
		displayName: 'Timeout (Seconds)',
		name: 'timeout',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 30,
		description: 'How long one attempt may take before it counts as a network failure',
	},
];

export function optionsCollection(extra: INodeProperties[] = []): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [orgIdOption, ...retryOptions, ...extra],
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
