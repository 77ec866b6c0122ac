/**
 * The fields of a location schedule and its events, named and nested as in Webex's body, so
 * every schedule operation describes them once.
 */
import type { INodeProperties } from 'n8n-workflow';

import {
	pickerField,
	scheduleTypeOptions,
	titleCase,
	yearlyRecurrences,
} from '../../kit/descriptions';
import { SCHEDULE_WEEKDAYS } from './types';

export const scheduleTypeField: INodeProperties = {
	displayName: 'Schedule Type',
	name: 'scheduleType',
	type: 'options',
	options: scheduleTypeOptions,
	default: 'holidays',
	description: 'Whether the schedule holds business hours or holidays',
};

export const scheduleIdLocator: INodeProperties = pickerField(
	{
		name: 'scheduleId',
		displayName: 'Schedule',
		description:
			"One of the location's schedules of the type above (its ID changes when it is renamed: pick it again, or use the ID an Update outputs)",
	},
	'searchLocationSchedules',
	'Y2lzY29zcGFyazovL3VzL1NDSEVEVUxFL...',
);

export const eventIdLocator: INodeProperties = pickerField(
	{
		name: 'eventId',
		displayName: 'Event',
		description:
			"One of the chosen schedule's events (its ID changes when it is renamed, as the schedule's does)",
	},
	'searchScheduleEvents',
	'Y2lzY29zcGFyazovL3VzL1NDSEVEVUxFX0VWRU5UL...',
);

/** A schedule's name, unique among the location's schedules of its type. */
export const scheduleNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. Holidays 2027',
	description:
		"The schedule's name: features and simultaneous ring criteria choose it by this name",
};

const timeField = (name: 'startTime' | 'endTime'): INodeProperties => ({
	displayName: name === 'startTime' ? 'Start Time' : 'End Time',
	name,
	type: 'string',
	default: '',
	placeholder: name === 'startTime' ? 'e.g. 08:00' : 'e.g. 18:00',
	hint: '24-hour time as HH:MM',
	displayOptions: { show: { allDayEnabled: [false] } },
});

const recurrenceField: INodeProperties = {
	displayName: 'Recurrence',
	name: 'recurrence',
	type: 'fixedCollection',
	placeholder: 'Add Recurrence',
	default: {},
	typeOptions: { multipleValues: false },
	description: 'Repeat the event weekly (business hours) or yearly (holidays): choose one',
	options: [
		{
			displayName: 'Weekly',
			name: 'recurWeekly',
			values: SCHEDULE_WEEKDAYS.map((day) => ({
				displayName: titleCase(day),
				name: day,
				type: 'boolean' as const,
				default: false,
			})),
		},
		...yearlyRecurrences,
	],
};

/** One event's fields (a fixedCollection entry), as Webex's event body names them. */
export const eventFields: INodeProperties[] = [
	{
		displayName: 'Event Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Christmas Day',
	},
	{
		displayName: 'All Day',
		name: 'allDayEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether the event lasts whole days (no times needed)',
	},
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 2027-12-25',
		hint: 'A date as YYYY-MM-DD (a date-time from an expression works too: its date is used)',
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 2027-12-25',
		hint: 'A date as YYYY-MM-DD (a date-time from an expression works too: its date is used)',
	},
	timeField('startTime'),
	timeField('endTime'),
	{
		displayName: 'Repeat For Ever',
		name: 'recurForEver',
		type: 'boolean',
		default: true,
		description:
			'Whether a recurring event repeats with no end (otherwise until the Repeat Until date)',
	},
	{
		displayName: 'Repeat Until',
		name: 'recurEndDate',
		type: 'string',
		default: '',
		placeholder: 'e.g. 2030-12-31',
		displayOptions: { show: { recurForEver: [false] } },
	},
	recurrenceField,
];

/** The events of a schedule as a list of entries. */
export const eventsField: INodeProperties = {
	displayName: 'Events',
	name: 'events',
	type: 'fixedCollection',
	placeholder: 'Add Event',
	default: {},
	typeOptions: { multipleValues: true },
	options: [{ displayName: 'Event', name: 'event', values: eventFields }],
};

/** Keep As It Is, Yes, No: a switch an Update may leave alone (a boolean cannot be left out). */
const keepOrSet = (field: INodeProperties, yes: string, no: string): INodeProperties => ({
	...field,
	type: 'options',
	options: [
		{
			name: 'Keep As It Is',
			value: '',
			description: 'As the event has it (a new event: Webex decides)',
		},
		{ name: yes, value: true },
		{ name: no, value: false },
	],
	default: '',
});

/**
 * An event's fields in an Update: each one left blank (or Keep As It Is) keeps the event's own,
 * since every entry of a list shows all its fields and the switches always hold a value.
 */
export const updateEventFields: INodeProperties[] = eventFields.map((field) => {
	if (field.name === 'allDayEnabled') return keepOrSet(field, 'All Day', 'Timed');
	if (field.name === 'recurForEver')
		return keepOrSet(field, 'Repeat For Ever', 'Repeat Until a Date');
	if (field.name === 'startTime' || field.name === 'endTime')
		return { ...field, displayOptions: { show: { allDayEnabled: [false, ''] } } };
	if (field.name === 'recurEndDate')
		return { ...field, displayOptions: { show: { recurForEver: [false, ''] } } };
	if (field.name === 'startDate' || field.name === 'endDate')
		return { ...field, required: false, hint: `${field.hint}. Blank: the event's own is kept` };
	return field;
});

const EVENTS_EXAMPLE = [
	{
		name: 'Christmas Day',
		startDate: '2027-12-25',
		endDate: '2027-12-25',
		allDayEnabled: true,
		recurrence: { recurForEver: true, recurYearlyByDate: { dayOfMonth: 25, month: 'DECEMBER' } },
	},
];

/** A schedule's events, as fields or as a JSON list in Webex's shape (e.g. from an earlier node). */
export const eventsInputFields: INodeProperties[] = [
	{
		displayName: 'Events Input',
		name: 'eventsInput',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Fields', value: 'fields', description: 'Add the events one by one below' },
			{
				name: 'JSON',
				value: 'json',
				description: "Give the events as a JSON list, as Webex's schedule shows them",
			},
		],
		default: 'fields',
	},
	{ ...eventsField, displayOptions: { show: { eventsInput: ['fields'] } } },
	{
		displayName: 'Events (JSON)',
		name: 'eventsJson',
		type: 'json',
		default: JSON.stringify(EVENTS_EXAMPLE, null, 2),
		description:
			"The events as Webex names them: name, startDate and endDate (YYYY-MM-DD), allDayEnabled or startTime and endTime (HH:MM), recurrence. A Get's events work as they are.",
		displayOptions: { show: { eventsInput: ['json'] } },
	},
];
