/**
 * The schedule fields of an operating mode, named and nested exactly as in Webex's body, so
 * Create and Update (and the holiday resource) describe them once.
 */
import type { INodePropertyOptions, INodeProperties } from 'n8n-workflow';

import { yearlyRecurrences } from '../../kit/descriptions';
import { MAX_HOLIDAYS_PER_MODE } from './validate';

/**
 * A 24-hour HH:MM time, shown only when All Day is off. Day schedules start with real business
 * hours (a grey placeholder looked filled in but was empty); a holiday's times start empty.
 */
const timeField = (name: 'startTime' | 'endTime', defaultTime: string): INodeProperties => ({
	displayName: name === 'startTime' ? 'Start Time' : 'End Time',
	name,
	type: 'string',
	default: defaultTime,
	placeholder: name === 'startTime' ? 'e.g. 09:00' : 'e.g. 17:00',
	hint: '24-hour time as HH:MM; an end before the start runs past midnight (17:00 → 08:00)',
	displayOptions: { show: { allDayEnabled: [false] } },
});

/** A day's times show only for a day that is on and not all day. */
const dayTimeField = (name: 'startTime' | 'endTime', defaultTime: string): INodeProperties => ({
	...timeField(name, defaultTime),
	displayOptions: { show: { enabled: [true], allDayEnabled: [false] } },
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
	dayTimeField('startTime', '09:00'),
	dayTimeField('endTime', '17:00'),
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

/**
 * Not a default of weekdays 09:00-17:00 here: n8n 2.41 fails to load a saved workflow whose
 * single-value fixedCollection equals a non-empty default (it reads the omitted value). One
 * click on Add Days → Monday to Friday gives 09:00-17:00, the time fields' own defaults.
 */
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

export const recurrenceField: INodeProperties = {
	displayName: 'Recurrence',
	name: 'recurrence',
	type: 'fixedCollection',
	placeholder: 'Add Yearly Recurrence',
	default: {},
	typeOptions: { multipleValues: false },
	description: 'Repeat the holiday every year, by date or by weekday (choose one)',
	options: yearlyRecurrences,
};

/** The fields of one holiday, as Webex names them. */
export const holidayFields: INodeProperties[] = [
	{
		// Not just "Name": n8n's required-field warning would not tell it from the mode's Name.
		displayName: 'Holiday Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. New Year',
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
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 2027-12-25',
		hint: 'A date as YYYY-MM-DD (a date-time from an expression works too: its date is used)',
		description: 'First day of the holiday',
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 2027-12-25',
		hint: 'A date as YYYY-MM-DD (a date-time from an expression works too: its date is used)',
		description: 'Last day of the holiday',
	},
	timeField('startTime', ''),
	timeField('endTime', ''),
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
			placeholder: 'e.g. +19705550006',
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
