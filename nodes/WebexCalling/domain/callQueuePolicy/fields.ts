/**
 * The fields of a call queue's closure services, named as Webex names them (wxc_sdk
 * `wxc_sdk/telephony/callqueue/policies.py`; Webex's reference, "Features: Call Queue"), and
 * the services themselves: where each one lives and which fields it has.
 */
import type { INodeProperties } from 'n8n-workflow';

import { namePicker } from '../../kit/descriptions';

const enabledField = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'boolean',
	default: false,
	description,
});

const transferPhoneNumber: INodeProperties = {
	displayName: 'Transfer Phone Number',
	name: 'transferPhoneNumber',
	type: 'string',
	default: '',
	placeholder: 'e.g. +19705550100',
	description: 'Where calls go when the action is Transfer (a phone number or extension)',
};

const busyOrTransfer: INodeProperties = {
	displayName: 'Action',
	name: 'action',
	type: 'options',
	// No option descriptions: n8n's lint reads a field named `action` as an operation selector.
	options: [
		{ name: 'Busy', value: 'BUSY' },
		{ name: 'Transfer', value: 'TRANSFER' },
	],
	default: 'TRANSFER',
	description:
		'What happens to calls while the service is in effect: a busy signal, or a transfer to the Transfer Phone Number',
};

const playAnnouncementBefore = enabledField(
	'playAnnouncementBeforeEnabled',
	'Play Announcement Before',
	'Whether callers hear an announcement before the action',
);

const greeting = (name: string, displayName: string): INodeProperties => ({
	displayName,
	name,
	type: 'options',
	options: [
		{ name: 'Default', value: 'DEFAULT' },
		{ name: 'Custom', value: 'CUSTOM', description: "The queue's own announcement files" },
	],
	default: 'DEFAULT',
	description: 'Which announcement callers hear',
});

const scheduleLevel = (name: string, displayName: string): INodeProperties => ({
	displayName,
	name,
	type: 'options',
	options: [
		{ name: 'Location', value: 'LOCATION' },
		{ name: 'Organization', value: 'ORGANIZATION' },
	],
	default: 'LOCATION',
	description: 'Where the schedule named above is defined',
});

/** A schedule the service may use, by name: from the service's own list, or typed. */
const scheduleName = (
	name: string,
	displayName: string,
	searchListMethod: string,
	example: string,
): INodeProperties =>
	namePicker({
		name,
		displayName,
		searchListMethod,
		example,
		description:
			"The schedule, by name: the list holds the ones Webex offers this queue's service, with their level, which is set with it unless given",
	});

export interface QueueService {
	/** The path segment after the queue's path, as Webex names it */
	segment: 'holidayService' | 'nightService' | 'forcedForward' | 'strandedCalls';
	/** How the form and the outputs name it */
	label: string;
	/** The fields offered under Update Fields */
	fields: INodeProperties[];
}

export const HOLIDAY_SERVICE: QueueService = {
	segment: 'holidayService',
	label: 'Holiday Service',
	fields: [
		enabledField(
			'holidayServiceEnabled',
			'Holiday Service Enabled',
			'Whether the action applies during the holiday schedule',
		),
		busyOrTransfer,
		transferPhoneNumber,
		scheduleName(
			'holidayScheduleName',
			'Holiday Schedule Name',
			'searchQueueHolidaySchedules',
			'Denver Holidays',
		),
		scheduleLevel('holidayScheduleLevel', 'Holiday Schedule Level'),
		playAnnouncementBefore,
		greeting('audioMessageSelection', 'Audio Message Selection'),
	],
};

export const NIGHT_SERVICE: QueueService = {
	segment: 'nightService',
	label: 'Night Service',
	fields: [
		enabledField(
			'nightServiceEnabled',
			'Night Service Enabled',
			'Whether the action applies outside the business hours schedule',
		),
		enabledField(
			'forceNightServiceEnabled',
			'Force Night Service Enabled',
			'Whether night service applies now, whatever the business hours say (on a storm day)',
		),
		busyOrTransfer,
		transferPhoneNumber,
		scheduleName(
			'businessHoursName',
			'Business Hours Name',
			'searchQueueBusinessHourSchedules',
			'Denver Business Hours',
		),
		scheduleLevel('businessHoursLevel', 'Business Hours Level'),
		playAnnouncementBefore,
		{
			displayName: 'Announcement Mode',
			name: 'announcementMode',
			type: 'options',
			options: [
				{ name: 'Normal', value: 'NORMAL', description: 'The night announcement' },
				{
					name: 'Manual',
					value: 'MANUAL',
					description: 'The announcement for forced night service',
				},
			],
			default: 'NORMAL',
			description: 'Which announcement plays',
		},
		greeting('audioMessageSelection', 'Audio Message Selection'),
		greeting('manualAudioMessageSelection', 'Manual Audio Message Selection'),
	],
};

export const FORCED_FORWARD: QueueService = {
	segment: 'forcedForward',
	label: 'Forced Forward',
	fields: [
		enabledField(
			'forcedForwardEnabled',
			'Forced Forward Enabled',
			'Whether new calls go to the Transfer Phone Number now, whatever the schedules say',
		),
		transferPhoneNumber,
		playAnnouncementBefore,
		greeting('audioMessageSelection', 'Audio Message Selection'),
	],
};

export const STRANDED_CALLS: QueueService = {
	segment: 'strandedCalls',
	label: 'Stranded Calls',
	fields: [
		{
			displayName: 'Action',
			name: 'action',
			type: 'options',
			options: [
				{ name: 'Announcement', value: 'ANNOUNCEMENT' },
				{ name: 'Busy', value: 'BUSY' },
				{ name: 'Night Service', value: 'NIGHT_SERVICE' },
				{ name: 'None', value: 'NONE' },
				{ name: 'Ringing', value: 'RINGING' },
				{ name: 'Transfer', value: 'TRANSFER' },
			],
			default: 'NONE',
			description:
				"What happens to calls waiting when no agent is left to take them: an announcement on a loop, a busy signal, the queue's night service, nothing (they stay in the queue), ringing, or a transfer to the Transfer Phone Number",
		},
		transferPhoneNumber,
		greeting('audioMessageSelection', 'Audio Message Selection'),
		enabledField(
			'triggerPolicyWhenAllAgentsAreUnreachableEnabled',
			'Trigger Policy When All Agents Are Unreachable',
			'Whether the action also applies when agents are signed in but none can be reached',
		),
	],
};
