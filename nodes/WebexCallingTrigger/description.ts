/**
 * The trigger's form. Webex pushes no configuration change (its webhooks cover calls, voicemail
 * and batch jobs: https://developer.webex.com/docs/api/guides/webhooks), so the trigger polls on
 * n8n's Poll Times and compares what it reads with the last poll.
 */
import type { INodeProperties } from 'n8n-workflow';

import { authenticationProperty, optionsCollection } from '../WebexCalling/kit/descriptions';

const forEvent = (event: string) => ({ show: { events: [event] } });

const locationField = (name: string, description: string, event: string): INodeProperties => ({
	displayName: 'Location',
	name,
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	description,
	displayOptions: forEvent(event),
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
			placeholder: 'Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLy4uLg',
		},
	],
});

export const triggerProperties: INodeProperties[] = [
	authenticationProperty,
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		default: ['featureModeChanged'],
		options: [
			{
				// n8n's nodes panel offers each as a trigger: "On feature mode changed".
				name: 'Feature Mode Changed',
				value: 'featureModeChanged',
				description:
					'An auto attendant, call queue or hunt group switched mode, started, ended or extended an exception, or turned mode-based forwarding on or off',
			},
			{
				name: 'Holiday Starts Soon',
				value: 'holidayStartsSoon',
				description:
					"A holiday of an operating mode or a location's holiday schedule begins within the next days (each told once)",
			},
			{
				name: 'Operating Mode Changed',
				value: 'operatingModeChanged',
				description:
					'An operating mode was made, edited (its schedules, holidays, forwarding) or deleted',
			},
		],
		description:
			'What starts the workflow. The first poll records what is there and starts nothing; each later poll tells what changed since the one before.',
	},
	{
		displayName: 'Read Features As',
		name: 'featureSource',
		type: 'options',
		default: 'admin',
		displayOptions: forEvent('featureModeChanged'),
		options: [
			{
				name: 'Admin (Features of the Org)',
				value: 'admin',
				description:
					"An admin's credential: the chosen features' call forwarding, read Concurrency at a time",
			},
			{
				name: 'Mode Manager (Features I Manage)',
				value: 'modeManager',
				description:
					"A mode manager's own OAuth2 sign-in: all their features in one request a poll",
			},
		],
	},
	{
		displayName: 'Feature Types',
		name: 'featureTypes',
		type: 'multiOptions',
		default: ['autoAttendant', 'callQueue', 'huntGroup'],
		displayOptions: { show: { events: ['featureModeChanged'], featureSource: ['admin'] } },
		options: [
			{ name: 'Auto Attendant', value: 'autoAttendant' },
			{ name: 'Call Queue', value: 'callQueue' },
			{ name: 'Hunt Group', value: 'huntGroup' },
		],
		description: 'Which kinds of feature to watch',
	},
	{
		...locationField(
			'featureLocationId',
			'Only the features of this location (empty: every location)',
			'featureModeChanged',
		),
		displayOptions: { show: { events: ['featureModeChanged'], featureSource: ['admin'] } },
	},
	{
		displayName: 'Only These Features',
		name: 'featureIds',
		type: 'multiOptions',
		typeOptions: {
			loadOptionsMethod: 'getWatchableFeatures',
			loadOptionsDependsOn: ['featureSource', 'featureTypes', 'featureLocationId.value'],
		},
		default: [],
		displayOptions: forEvent('featureModeChanged'),
		description:
			'Watch only these (empty: every feature above). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Within Days',
		name: 'withinDays',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 366 },
		default: 14,
		displayOptions: forEvent('holidayStartsSoon'),
		description: 'Tell a holiday when it begins today or within this many days',
	},
	{
		displayName: 'Holidays Of',
		name: 'holidaySources',
		type: 'multiOptions',
		default: ['operatingMode', 'locationSchedule'],
		displayOptions: forEvent('holidayStartsSoon'),
		options: [
			{ name: 'Operating Modes (Holiday Type)', value: 'operatingMode' },
			{ name: "Locations' Holiday Schedules", value: 'locationSchedule' },
		],
	},
	locationField(
		'holidayLocationId',
		"Only this location's holiday schedules and the operating modes it may use (empty: the whole org)",
		'holidayStartsSoon',
	),
	locationField(
		'modeLocationId',
		"Only this location's operating modes and the org's (empty: every operating mode)",
		'operatingModeChanged',
	),
	optionsCollection(),
];
