/** The fields of a simultaneous-ring criteria, as Webex names them. */
import type { INodeProperties } from 'n8n-workflow';

import { namePicker, scheduleTypeOptions, versionedField } from '../../kit/descriptions';

const withSchedule = { scheduleType: ['businessHours', 'holidays'] };
const selectedNumbers = { callsFrom: ['SELECT_PHONE_NUMBERS'] };

const scheduleTypeForUpdate: INodeProperties = {
	displayName: 'Schedule Type',
	name: 'scheduleType',
	type: 'options',
	options: scheduleTypeOptions,
	default: 'businessHours',
	description: 'Which kind of schedule decides when this criteria applies',
};

/** A create may have no schedule at all: Webex then applies the criteria at all hours, every day. */
const scheduleTypeForCreate: INodeProperties = {
	...scheduleTypeForUpdate,
	options: [
		{
			name: 'All Hours, Every Day (No Schedule)',
			value: '',
			description: 'No schedule is sent; Webex applies the criteria at all times',
		},
		...(scheduleTypeForUpdate.options ?? []),
	],
	default: '',
};

const scheduleNameText: INodeProperties = {
	displayName: 'Schedule Name',
	name: 'scheduleName',
	type: 'string',
	default: '',
	placeholder: 'e.g. Business Hours',
	description: 'Name of the schedule that decides when this criteria applies',
};

/**
 * The schedule's name (a criteria names its schedule; it holds no ID): picked from the
 * schedules of the workspace's location, which Schedule Level Group names, or typed.
 */
const scheduleNamePicker = namePicker({
	name: 'scheduleName',
	displayName: 'Schedule Name',
	searchListMethod: 'searchWorkspaceSchedules',
	example: 'Business Vacation',
	description:
		"The schedule that decides when this criteria applies. The list holds the workspace's location's schedules (Schedule Level: Group); By Name takes any schedule's name.",
});

/**
 * `show` conditions apply to the Create form; inside Update Fields (a collection) they are
 * dropped, since there each field is added on its own.
 */
export function criteriaFields(forCreate: boolean): INodeProperties[] {
	const when = (show: Record<string, string[]>) => (forCreate ? { displayOptions: { show } } : {});
	return [
		forCreate ? scheduleTypeForCreate : scheduleTypeForUpdate,
		// Version 4 picks the name from the workspace's location's schedules; saved nodes of
		// versions 1 to 3 keep the text field (n8n's 1.x editor gives a newly added collection
		// field the first definition's default, so the text field comes first).
		...versionedField(scheduleNameText, scheduleNamePicker, 4).map((field) =>
			forCreate
				? {
						...field,
						displayOptions: { show: { ...field.displayOptions?.show, ...withSchedule } },
					}
				: field,
		),
		{
			displayName: 'Schedule Level',
			name: 'scheduleLevel',
			type: 'options',
			options: [
				{ name: 'Group (Location Schedule)', value: 'GROUP' },
				{ name: 'Global (Organization Schedule)', value: 'GLOBAL' },
				{ name: 'Location', value: 'LOCATION' },
				{ name: 'People (Personal Schedule)', value: 'PEOPLE' },
			],
			default: 'GROUP',
			description: 'Where the schedule named above is defined',
			...when(withSchedule),
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
			displayName: 'Phone Numbers',
			name: 'phoneNumbers',
			type: 'string',
			typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Number' },
			default: [],
			placeholder: 'e.g. +14155550100',
			description: 'Callers this criteria applies to (Select Phone Numbers only)',
			...when(selectedNumbers),
		},
		{
			displayName: 'Anonymous Callers Enabled',
			name: 'anonymousCallersEnabled',
			type: 'boolean',
			default: false,
			description: 'Whether calls from private numbers match (Select Phone Numbers only)',
			...when(selectedNumbers),
		},
		{
			displayName: 'Unavailable Callers Enabled',
			name: 'unavailableCallersEnabled',
			type: 'boolean',
			default: false,
			description: 'Whether calls with an unavailable number match (Select Phone Numbers only)',
			...when(selectedNumbers),
		},
		{
			displayName: 'Ring Enabled',
			name: 'ringEnabled',
			type: 'boolean',
			default: true,
			description:
				'Whether matching calls ring the other numbers (criteria that do not ring take priority)',
		},
	];
}
