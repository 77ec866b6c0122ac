/**
 * The schedule fields of an operating mode, named and nested exactly as in Webex's body, so
 * Create and Update (and the holiday resource) describe them once.
 */
import type { INodePropertyOptions, INodeProperties } from 'n8n-workflow';

import { MONTHS, WEEKDAYS, WEEKS } from '../../helpers/types';
import { MAX_HOLIDAYS_PER_MODE } from './validate';

function titleCase(value: string): string {
	return value.charAt(0) + value.slice(1).toLowerCase();
}

function enumOptions(values: readonly string[]): INodePropertyOptions[] {
	return values.map((value) => ({ name: titleCase(value), value }));
}

const timeField = (name: 'startTime' | 'endTime'): INodeProperties => ({
	displayName: name === 'startTime' ? 'Start Time' : 'End Time',
	name,
	type: 'string',
	default: '',
	placeholder: name === 'startTime' ? '09:00' : '17:00',
	description: `${name === 'startTime' ? 'Start' : 'End'} time as HH:MM, 24-hour. Not sent when All Day is on.`,
});

export const dayScheduleFields: INodeProperties[] = [
	{
		displayName: 'Enabled',
		name: 'enabled',
		type: 'boolean',
		default: true,
		description: 'Whether the schedule applies on these days',
	},
	{
		displayName: 'All Day',
		name: 'allDayEnabled',
		type: 'boolean',
		default: false,
		description: 'Whether the schedule covers the entire day (no times needed)',
	},
	timeField('startTime'),
	timeField('endTime'),
];

function weekSchedule(
	name: 'sameHoursDaily' | 'differentHoursDaily',
	days: Array<[string, string]>,
): INodeProperties {
	return {
		displayName: name === 'sameHoursDaily' ? 'Same Hours Daily' : 'Different Hours Daily',
		name,
		type: 'fixedCollection',
		placeholder: 'Add Days',
		default: {},
		typeOptions: { multipleValues: false },
		description:
			name === 'sameHoursDaily'
				? 'One schedule for Monday to Friday and one for the weekend'
				: 'A schedule for each day of the week',
		options: days.map(([dayName, displayName]) => ({
			displayName,
			name: dayName,
			values: dayScheduleFields,
		})),
	};
}

export const sameHoursDailyField = weekSchedule('sameHoursDaily', [
	['mondayToFriday', 'Monday to Friday'],
	['saturdayToSunday', 'Saturday to Sunday'],
]);

export const differentHoursDailyField = weekSchedule('differentHoursDaily', [
	['sunday', 'Sunday'],
	['monday', 'Monday'],
	['tuesday', 'Tuesday'],
	['wednesday', 'Wednesday'],
	['thursday', 'Thursday'],
	['friday', 'Friday'],
	['saturday', 'Saturday'],
]);

const monthField: INodeProperties = {
	displayName: 'Month',
	name: 'month',
	type: 'options',
	options: enumOptions(MONTHS),
	default: 'JANUARY',
};

export const recurrenceField: INodeProperties = {
	displayName: 'Recurrence',
	name: 'recurrence',
	type: 'fixedCollection',
	placeholder: 'Add Yearly Recurrence',
	default: {},
	typeOptions: { multipleValues: false },
	description: 'Repeat the holiday every year, by date or by weekday (choose one)',
	options: [
		{
			displayName: 'Yearly by Date',
			name: 'recurYearlyByDate',
			values: [
				{
					displayName: 'Day of Month',
					name: 'dayOfMonth',
					type: 'number',
					typeOptions: { minValue: 1, maxValue: 31 },
					default: 1,
				},
				monthField,
			],
		},
		{
			displayName: 'Yearly by Day',
			name: 'recurYearlyByDay',
			values: [
				{
					displayName: 'Day',
					name: 'day',
					type: 'options',
					options: enumOptions(WEEKDAYS),
					default: 'MONDAY',
				},
				{
					displayName: 'Week',
					name: 'week',
					type: 'options',
					options: enumOptions(WEEKS),
					default: 'FIRST',
				},
				monthField,
			],
		},
	],
};

/** The fields of one holiday, as Webex names them. */
export const holidayFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'New Year',
	},
	{
		displayName: 'All Day',
		name: 'allDayEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether the holiday lasts whole days (no times needed)',
	},
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'First day of the holiday; only the date is sent (YYYY-MM-DD)',
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'Last day of the holiday; only the date is sent (YYYY-MM-DD)',
	},
	timeField('startTime'),
	timeField('endTime'),
	recurrenceField,
];

export const holidaysField: INodeProperties = {
	displayName: 'Holidays',
	name: 'holidays',
	type: 'fixedCollection',
	placeholder: 'Add Holiday',
	default: {},
	typeOptions: { multipleValues: true },
	description: `Up to ${MAX_HOLIDAYS_PER_MODE} holidays`,
	options: [{ displayName: 'Holiday', name: 'holiday', values: holidayFields }],
};

export const callForwardingField: INodeProperties = {
	displayName: 'Call Forwarding',
	name: 'callForwarding',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	description: 'Where calls go while this operating mode is in effect',
	options: [
		{
			displayName: 'Enabled',
			name: 'enabled',
			type: 'boolean',
			default: false,
			description: 'Whether calls are forwarded',
		},
		{
			displayName: 'Destination',
			name: 'destination',
			type: 'string',
			default: '',
			placeholder: '+19705550006',
			description:
				'Phone number (E.164) or extension to forward to; required when forwarding is enabled',
		},
		{
			displayName: 'Destination Voicemail Enabled',
			name: 'destinationVoicemailEnabled',
			type: 'boolean',
			default: false,
			description: "Whether calls go to the destination's voicemail",
		},
	],
};

export const typeOptions: INodePropertyOptions[] = [
	{
		name: 'Same Hours Daily',
		value: 'SAME_HOURS_DAILY',
		description: 'Business hours, same every weekday',
	},
	{
		name: 'Different Hours Daily',
		value: 'DIFFERENT_HOURS_DAILY',
		description: 'Business hours per day',
	},
	{ name: 'Holiday', value: 'HOLIDAY', description: 'Holiday dates' },
	{ name: 'None', value: 'NONE', description: 'No schedule' },
];

/** What holidays given to an update (or a create-or-update) do to the mode's holidays. */
export const holidaysUpdateModeField: INodeProperties = {
	displayName: 'Holidays Update',
	name: 'holidaysUpdateMode',
	type: 'options',
	options: [
		{
			name: 'Merge by Name',
			value: 'merge',
			description:
				"Holidays given replace the mode's holidays of the same name, new names are added, the others are kept",
		},
		{
			name: 'Replace All',
			value: 'replace',
			description:
				"The holidays given become the mode's whole list; an empty list removes every holiday",
		},
	],
	default: 'merge',
	description:
		"What holidays given here do to the mode's holidays. Webex gives every holiday of the mode a new ID whenever holidays are sent.",
};
