/** The fields of a simultaneous-ring criteria, as Webex names them. */
import type { INodeProperties } from 'n8n-workflow';

export const criteriaFields: INodeProperties[] = [
	{
		displayName: 'Schedule Name',
		name: 'scheduleName',
		type: 'string',
		default: '',
		placeholder: 'Business Hours',
		description: 'Name of the location schedule that decides when this criteria applies',
	},
	{
		displayName: 'Schedule Type',
		name: 'scheduleType',
		type: 'options',
		options: [
			{ name: 'Business Hours', value: 'businessHours' },
			{ name: 'Holidays', value: 'holidays' },
		],
		default: 'businessHours',
	},
	{
		displayName: 'Schedule Level',
		name: 'scheduleLevel',
		type: 'options',
		options: [{ name: 'Group (Location)', value: 'GROUP' }],
		default: 'GROUP',
	},
	{
		displayName: 'Calls From',
		name: 'callsFrom',
		type: 'options',
		options: [
			{ name: 'Any Phone Number', value: 'ANY_PHONE_NUMBER' },
			{ name: 'Select Phone Numbers', value: 'SELECT_PHONE_NUMBERS' },
		],
		default: 'ANY_PHONE_NUMBER',
		description: 'Whether the criteria applies to all callers or only to the numbers below',
	},
	{
		displayName: 'Anonymous Callers Enabled',
		name: 'anonymousCallersEnabled',
		type: 'boolean',
		default: false,
		description: 'Whether calls from private numbers match (Select Phone Numbers only)',
	},
	{
		displayName: 'Unavailable Callers Enabled',
		name: 'unavailableCallersEnabled',
		type: 'boolean',
		default: false,
		description: 'Whether calls with an unavailable number match (Select Phone Numbers only)',
	},
	{
		displayName: 'Phone Numbers',
		name: 'phoneNumbers',
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Number' },
		default: [],
		placeholder: '+14155550100',
		description: 'Callers this criteria applies to (Select Phone Numbers only)',
	},
	{
		displayName: 'Ring Enabled',
		name: 'ringEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether matching calls ring the other numbers (criteria that do not ring take priority)',
	},
];
