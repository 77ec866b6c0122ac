/**
 * Two catalogues of bad inputs across every operation, each run over two items with Continue On
 * Fail: what the node refuses (each item's error names the field and that item, and the
 * simulator receives nothing), and what it sends for Webex to decide.
 */
import { SEED } from '../simulator/data';
import { useEnvironment } from '../harness/lifecycle';
import { allOperations } from '../harness/operations';

const env = useEnvironment();

const id = (value: string) => ({ __rl: true, mode: 'id', value });
/** A value that reaches the node at run time (an expression), as data from earlier nodes does */
const runtime = (value: unknown) => `={{ ${JSON.stringify(value)} }}`;
const mode = id(SEED.locations.denver);
const workspace = id(SEED.workspaces.lobby);
const okMode = { name: 'Valid', type: 'NONE', level: 'ORGANIZATION' };
const okHoliday = {
	name: 'Day off',
	allDayEnabled: true,
	startDate: '2027-05-01',
	endDate: '2027-05-01',
};
const sameHours = (day: Record<string, unknown>) => ({
	type: 'SAME_HOURS_DAILY',
	sameHoursDaily: { mondayToFriday: day },
});

type Case = [
	label: string,
	resource: string,
	operation: string,
	parameters: Record<string, unknown>,
	/** The field as the error names it: the form's words, then the API path where it differs */
	field: string,
];

/**
 * Refused by the node, before anything is sent: each rule has evidence that Webex refuses it
 * too (see the validate.ts beside each resource), or keeps an ID from changing the URL path.
 */
const denverMenu = {
	featureType: 'autoAttendant',
	locationId: mode,
	featureId: id(SEED.features.denverMenu),
};

const schedules = { locationId: id(SEED.locations.denver), scheduleType: 'holidays' };
const schedule = { ...schedules, scheduleId: id('s') };
const refused: Case[] = [
	// Location schedules: Webex's reference marks the schedule's and an event's name required;
	// the IDs are path segments.
	['a schedule without a name', 'locationSchedule', 'create', { ...schedules, name: ' ' }, 'Name'],
	[
		'an event without a name (fields)',
		'locationSchedule',
		'createOrUpdate',
		{
			...schedules,
			name: 'Holidays',
			events: { event: [{ name: runtime(' '), startDate: '2027-01-01', endDate: '2027-01-01' }] },
		},
		'Events',
	],
	[
		'events JSON that is not a list',
		'locationSchedule',
		'create',
		{ ...schedules, name: 'Holidays', eventsInput: 'json', eventsJson: '{"name":"x"}' },
		'Events (JSON)',
	],
	[
		'a schedule ID with a slash',
		'locationSchedule',
		'get',
		{ ...schedules, scheduleId: id('a/b') },
		'Schedule',
	],
	[
		'a schedule ID that climbs',
		'locationSchedule',
		'delete',
		{ ...schedules, scheduleId: id('..') },
		'Schedule',
	],
	['a Limit of 0', 'locationSchedule', 'getMany', { ...schedules, limit: 0 }, 'Limit'],
	[
		'events to change without a name (JSON)',
		'locationSchedule',
		'update',
		{ ...schedule, inputMode: 'json', jsonBody: '{"events":[{"startDate":"2027-01-01"}]}' },
		'JSON Body → events → #1 → name',
	],
	[
		'an event without a name',
		'locationScheduleEvent',
		'create',
		{ ...schedule, name: runtime(''), startDate: '2027-01-01', endDate: '2027-01-01' },
		'Event Name',
	],
	[
		'an event without a name (create or update)',
		'locationScheduleEvent',
		'createOrUpdate',
		{ ...schedule, name: runtime(' '), startDate: '2027-01-01', endDate: '2027-01-01' },
		'Event Name',
	],
	[
		'an event ID with a slash',
		'locationScheduleEvent',
		'get',
		{ ...schedule, eventId: id('e/1') },
		'Event',
	],
	[
		'an event ID that climbs',
		'locationScheduleEvent',
		'delete',
		{ ...schedule, eventId: id('..') },
		'Event',
	],
	[
		'an event renamed to nothing',
		'locationScheduleEvent',
		'update',
		{ ...schedule, eventId: id('e'), updateFields: { name: ' ' } },
		'Event Name',
	],
	// Mode Manager and Mode Management
	[
		'more than 50 features for a person',
		'modeManager',
		'updateManagedFeatures',
		{
			personId: SEED.people.manager,
			addFeatureIds: runtime(Array.from({ length: 51 }, (_, i) => `f${i}`)),
		},
		'Features to Add',
	],
	[
		'a person ID that is not one',
		'modeManager',
		'getManagedFeatures',
		{ personId: runtime('a/b') },
		'Person ID',
	],
	[
		'available features with a Limit of 0',
		'modeManager',
		'getAvailableFeatures',
		{ personId: SEED.people.manager, returnAll: false, limit: runtime(0) },
		'Limit',
	],
	[
		'an extension of 45 minutes',
		'modeManagement',
		'extendMode',
		{ featureId: id('f'), extendBy: 'minutes', extensionTime: runtime(45) },
		'Minutes',
	],
	[
		'an extension past 12 hours',
		'modeManagement',
		'extendMode',
		{ featureId: id('f'), extendBy: 'minutes', extensionTime: runtime(750) },
		'Minutes',
	],
	[
		'common modes of no feature',
		'modeManagement',
		'getCommonModes',
		{ featureIds: runtime(' , ') },
		'Feature IDs',
	],
	[
		'a bulk switch without a mode name',
		'modeManagement',
		'switchModeForMany',
		{ featureIds: 'f', operatingModeName: runtime(' ') },
		'Operating Mode Name',
	],
	[
		'a switch without a mode',
		'modeManagement',
		'switchMode',
		{ featureId: id('f'), operatingModeId: id(runtime('')) },
		'Operating Mode',
	],
	[
		'a managed feature that is not an ID',
		'modeManagement',
		'getFeature',
		{ featureId: id(runtime('a/b')) },
		'Feature',
	],
	[
		'my features with a service app',
		'modeManagement',
		'getFeatures',
		{ authentication: 'serviceApp' },
		'Authentication',
	],
	[
		'a switch back with a service app',
		'modeManagement',
		'switchToNormalOperation',
		{ authentication: 'serviceApp', featureId: id('f') },
		'Authentication',
	],
	// Call Feature
	[
		'a feature type that is none of the three',
		'callFeature',
		'getCallForwarding',
		{ ...denverMenu, featureType: runtime('voicemailGroup') },
		'Feature Type',
	],
	[
		'a mode to set without its ID',
		'callFeature',
		'updateOperatingModes',
		{
			...denverMenu,
			modesToSet: { mode: [{ operatingModeId: id(runtime('')), selection: 'DO_NOT_FORWARD' }] },
		},
		'Modes to Add or Change',
	],
	[
		'a listing of an unknown kind',
		'callFeature',
		'getMany',
		{ featureTypes: runtime(['autoAttendant', 'pagingGroup']) },
		'Feature Types',
	],
	[
		'a switch back without the feature',
		'callFeature',
		'switchToNormalOperation',
		{ ...denverMenu, featureId: id(runtime('')) },
		'Feature',
	],
	[
		'a search for no mode',
		'callFeature',
		'findByOperatingMode',
		{ modeId: id(runtime('')) },
		'Operating Mode',
	],
	// Operating Mode → Create
	['name resolves to nothing', 'operatingMode', 'create', { ...okMode, name: runtime('') }, 'Name'],
	[
		'type not a Webex type (JSON)',
		'operatingMode',
		'create',
		{ inputMode: 'json', jsonBody: JSON.stringify({ ...okMode, type: 'WEEKLY' }) },
		'Type',
	],
	[
		'level not a Webex level (JSON)',
		'operatingMode',
		'create',
		{ inputMode: 'json', jsonBody: JSON.stringify({ ...okMode, level: 'SITE' }) },
		'Level',
	],
	[
		'LOCATION level without a location',
		'operatingMode',
		'create',
		{ ...okMode, level: 'LOCATION', locationId: id(runtime('')) },
		'Location (locationId)',
	],
	[
		'SAME_HOURS_DAILY without its schedule (JSON)',
		'operatingMode',
		'create',
		{ inputMode: 'json', jsonBody: JSON.stringify({ ...okMode, type: 'SAME_HOURS_DAILY' }) },
		'Same Hours Daily',
	],
	[
		'HOLIDAY with holidays that are not a list (JSON)',
		'operatingMode',
		'create',
		{ inputMode: 'json', jsonBody: JSON.stringify({ ...okMode, type: 'HOLIDAY', holidays: {} }) },
		'Holidays',
	],
	[
		'JSON body that is an array',
		'operatingMode',
		'create',
		{ inputMode: 'json', jsonBody: '[1, 2]' },
		'body',
	],
	[
		'JSON body cut short',
		'operatingMode',
		'create',
		{ inputMode: 'json', jsonBody: '{"name": "x"' },
		'JSON Body',
	],
	// Operating Mode → Get, Delete, Get Available, Get Many, Update
	[
		'mode ID resolves to nothing',
		'operatingMode',
		'get',
		{ modeId: id(runtime('')) },
		'Operating Mode (modeId)',
	],
	[
		'mode ID with a slash',
		'operatingMode',
		'get',
		{ modeId: id('abc/../people') },
		'Operating Mode (modeId)',
	],
	['mode ID of dots', 'operatingMode', 'delete', { modeId: id('..') }, 'Operating Mode (modeId)'],
	[
		'location ID with a space',
		'operatingMode',
		'getAvailableForLocation',
		{ locationId: id('abc def') },
		'Location (locationId)',
	],
	['limit of zero', 'operatingMode', 'getMany', { returnAll: false, limit: runtime(0) }, 'Limit'],
	[
		'fractional limit',
		'operatingMode',
		'getMany',
		{ returnAll: false, limit: runtime(2.5) },
		'Limit',
	],
	[
		'renamed to nothing',
		'operatingMode',
		'update',
		{ modeId: mode, updateFields: { name: runtime('') } },
		'Name',
	],
	// Operating Mode Holiday
	[
		"create-or-update of a mode without its type's schedule (JSON)",
		'operatingMode',
		'createOrUpdate',
		{ inputMode: 'json', jsonBody: JSON.stringify({ ...okMode, type: 'DIFFERENT_HOURS_DAILY' }) },
		'Different Hours Daily',
	],
	[
		'create-or-update of a timed holiday without times',
		'operatingModeHoliday',
		'createOrUpdate',
		{ modeId: mode, ...okHoliday, allDayEnabled: false },
		'Start Time',
	],
	[
		'holiday name resolves to nothing',
		'operatingModeHoliday',
		'create',
		{ modeId: mode, ...okHoliday, name: runtime('') },
		'Holiday Name (name)',
	],
	[
		'timed holiday without times',
		'operatingModeHoliday',
		'create',
		{ modeId: mode, ...okHoliday, allDayEnabled: false },
		'Start Time',
	],
	[
		'recurrence in a fifth week',
		'operatingModeHoliday',
		'create',
		{
			modeId: mode,
			...okHoliday,
			recurrence: { recurYearlyByDay: { day: 'MONDAY', week: runtime('FIFTH'), month: 'MAY' } },
		},
		'Recurrence → Yearly by Day → Week (recurrence.recurYearlyByDay.week)',
	],
	[
		'recurrence in a month that is not one',
		'operatingModeHoliday',
		'create',
		{
			modeId: mode,
			...okHoliday,
			recurrence: { recurYearlyByDate: { dayOfMonth: 1, month: runtime('MAYO') } },
		},
		'Recurrence → Yearly by Date → Month (recurrence.recurYearlyByDate.month)',
	],
	[
		'holiday for a mode ID with a slash',
		'operatingModeHoliday',
		'create',
		{ modeId: id('a/b'), ...okHoliday },
		'Operating Mode (modeId)',
	],
	[
		'holiday ID resolves to nothing',
		'operatingModeHoliday',
		'get',
		{ modeId: mode, holidayId: runtime('') },
		'Holiday (holidayId)',
	],
	[
		'holiday ID with a slash',
		'operatingModeHoliday',
		'delete',
		{ modeId: mode, holidayId: 'x/y' },
		'Holiday (holidayId)',
	],
	// Workspace
	[
		'workspace ID with whitespace',
		'workspace',
		'getSimultaneousRing',
		{ workspaceId: id('lobby phone') },
		'Workspace (workspaceId)',
	],
	[
		'workspace ID with a slash',
		'workspace',
		'getCallForwarding',
		{ workspaceId: id('a/b') },
		'Workspace (workspaceId)',
	],
	[
		'eleven numbers to ring',
		'workspace',
		'updateSimultaneousRing',
		{
			workspaceId: workspace,
			updateFields: {
				phoneNumbers: {
					number: Array.from({ length: 11 }, (_, i) => ({ phoneNumber: `+1415555011${i}` })),
				},
			},
		},
		'Phone Numbers',
	],
	[
		'select numbers, but none given',
		'workspaceSimultaneousRingCriteria',
		'create',
		{ workspaceId: workspace, callsFrom: 'SELECT_PHONE_NUMBERS', phoneNumbers: [] },
		'Phone Numbers',
	],
	[
		'criteria ID resolves to nothing',
		'workspaceSimultaneousRingCriteria',
		'get',
		{ workspaceId: workspace, criteriaId: runtime('') },
		'Criteria (criteriaId)',
	],
	[
		'criteria ID with a slash',
		'workspaceSimultaneousRingCriteria',
		'delete',
		{ workspaceId: workspace, criteriaId: '../x' },
		'Criteria (criteriaId)',
	],
	[
		'negative workspace limit',
		'workspace',
		'getMany',
		{ returnAll: false, limit: runtime(-1) },
		'Limit',
	],
	['zero location limit', 'location', 'getMany', { returnAll: false, limit: runtime(0) }, 'Limit'],
	// Auto Attendant
	[
		'an auto attendant ID that would change the path',
		'autoAttendant',
		'get',
		{ locationId: mode, autoAttendantId: id(runtime('../people')) },
		'Auto Attendant',
	],
	[
		'no auto attendant',
		'autoAttendant',
		'update',
		{ locationId: mode, autoAttendantId: id(runtime('')), updateFields: {} },
		'Auto Attendant',
	],
	// Call Queue: its closure services
	...['HolidayService', 'NightService', 'ForcedForward', 'StrandedCalls'].flatMap(
		(service): Case[] => [
			[
				'a queue ID that would change the path',
				'callQueue',
				`get${service}`,
				{ locationId: mode, queueId: id(runtime('../people')) },
				'Call Queue',
			],
			[
				'no queue',
				'callQueue',
				`update${service}`,
				{ locationId: mode, queueId: id(runtime('')), updateFields: { transferPhoneNumber: '1' } },
				'Call Queue',
			],
		],
	),
];

/**
 * Sent to Webex, which decides: the node has no evidence that Webex refuses these (several,
 * like schedules past midnight, Webex is known to accept). What the simulator refuses comes back
 * as Webex's own error, with its trackingId.
 */
const sent: Array<
	[label: string, resource: string, operation: string, parameters: Record<string, unknown>]
> = [
	[
		'an event date Webex must judge',
		'locationSchedule',
		'create',
		{
			...schedules,
			name: 'Holidays 2028',
			events: { event: [{ name: 'Soon', startDate: 'soon', endDate: 'soon' }] },
		},
	],
	[
		'a timed event without times',
		'locationScheduleEvent',
		'create',
		{
			...schedules,
			scheduleId: id('s'),
			name: 'Meeting',
			allDayEnabled: false,
			startDate: '2027-01-01',
			endDate: '2027-01-01',
		},
	],
	[
		'a business hours schedule with a yearly event (Webex decides)',
		'locationSchedule',
		'create',
		{
			locationId: id(SEED.locations.denver),
			scheduleType: 'businessHours',
			name: 'Odd hours',
			eventsInput: 'json',
			eventsJson:
				'[{"name":"Yearly","startDate":"2027-01-01","endDate":"2027-01-01","allDayEnabled":true,"recurrence":{"recurForEver":true,"recurYearlyByDate":{"dayOfMonth":1,"month":"JANUARY"}}}]',
		},
	],
	[
		'a mode this location may not use (Webex says which)',
		'callFeature',
		'updateOperatingModes',
		{
			...denverMenu,
			modesToSet: { mode: [{ operatingModeId: id('not-a-mode'), selection: 'DO_NOT_FORWARD' }] },
		},
	],
	[
		'a specified number left empty (Webex decides)',
		'callFeature',
		'updateOperatingModes',
		{
			...denverMenu,
			inputMode: 'json',
			jsonBody: JSON.stringify({
				modes: [{ id: 'not-a-mode', forwardTo: { selection: 'FORWARD_TO_SPECIFIED_NUMBER' } }],
			}),
		},
	],
	[
		'locationId for ORGANIZATION level (JSON)',
		'operatingMode',
		'create',
		{
			inputMode: 'json',
			jsonBody: JSON.stringify({ ...okMode, locationId: SEED.locations.denver }),
		},
	],
	[
		'SAME_HOURS_DAILY with no days',
		'operatingMode',
		'create',
		{ ...okMode, type: 'SAME_HOURS_DAILY', sameHoursDaily: {} },
	],
	[
		'12-hour time',
		'operatingMode',
		'create',
		{ ...okMode, ...sameHours({ enabled: true, startTime: '9:00 AM', endTime: '17:00' }) },
	],
	[
		'start equals end',
		'operatingMode',
		'create',
		{ ...okMode, ...sameHours({ enabled: true, startTime: '09:00', endTime: '09:00' }) },
	],
	[
		'past midnight',
		'operatingMode',
		'create',
		{ ...okMode, ...sameHours({ enabled: true, startTime: '17:00', endTime: '08:00' }) },
	],
	[
		'enabled day without times',
		'operatingMode',
		'create',
		{ ...okMode, ...sameHours({ enabled: true, allDayEnabled: false }) },
	],
	[
		'enabled not a boolean',
		'operatingMode',
		'create',
		{ ...okMode, ...sameHours({ enabled: runtime('yes'), allDayEnabled: true }) },
	],
	[
		'HOLIDAY with no holidays yet',
		'operatingMode',
		'create',
		{ ...okMode, type: 'HOLIDAY', holidays: {} },
	],
	[
		'holiday on February 30th',
		'operatingMode',
		'create',
		{
			...okMode,
			type: 'HOLIDAY',
			holidays: { holiday: [{ ...okHoliday, startDate: '2027-02-30' }] },
		},
	],
	[
		'forwarding on, no destination',
		'operatingMode',
		'create',
		{ ...okMode, callForwarding: { enabled: true } },
	],
	[
		'forwarding to a name',
		'operatingMode',
		'create',
		{ ...okMode, callForwarding: { enabled: true, destination: 'front desk' } },
	],
	['nothing to update', 'operatingMode', 'update', { modeId: mode, updateFields: {} }],
	[
		'update with an unknown field (JSON)',
		'operatingMode',
		'update',
		{ modeId: mode, inputMode: 'json', jsonBody: '{"nmae": "typo"}' },
	],
	[
		'holiday date in US format',
		'operatingModeHoliday',
		'create',
		{ modeId: mode, ...okHoliday, startDate: runtime('05/01/2027') },
	],
	[
		'holiday ends before it starts',
		'operatingModeHoliday',
		'create',
		{ modeId: mode, ...okHoliday, endDate: '2027-04-30' },
	],
	[
		'both yearly recurrences',
		'operatingModeHoliday',
		'create',
		{
			modeId: mode,
			...okHoliday,
			recurrence: {
				recurYearlyByDate: { dayOfMonth: 1, month: 'MAY' },
				recurYearlyByDay: { day: 'MONDAY', week: 'FIRST', month: 'MAY' },
			},
		},
	],
	[
		'recurrence on 30 February',
		'operatingModeHoliday',
		'create',
		{
			modeId: mode,
			...okHoliday,
			recurrence: { recurYearlyByDate: { dayOfMonth: 30, month: 'FEBRUARY' } },
		},
	],
	[
		'holiday update with nothing',
		'operatingModeHoliday',
		'update',
		{ modeId: mode, holidayId: 'h', updateFields: {} },
	],
	[
		'simultaneous ring update with nothing',
		'workspace',
		'updateSimultaneousRing',
		{ workspaceId: workspace, updateFields: {} },
	],
	[
		'a number with letters',
		'workspace',
		'updateSimultaneousRing',
		{
			workspaceId: workspace,
			updateFields: { phoneNumbers: { number: [{ phoneNumber: '+1 415 CALL NOW' }] } },
		},
	],
	[
		'criteria with no schedule (all hours)',
		'workspaceSimultaneousRingCriteria',
		'create',
		{ workspaceId: workspace, callsFrom: 'ANY_PHONE_NUMBER' },
	],
	[
		'a criteria number that is not one',
		'workspaceSimultaneousRingCriteria',
		'create',
		{ workspaceId: workspace, callsFrom: 'SELECT_PHONE_NUMBERS', phoneNumbers: ['boss'] },
	],
	[
		'criteria switched to select numbers (the criteria may have some)',
		'workspaceSimultaneousRingCriteria',
		'update',
		{
			workspaceId: workspace,
			criteriaId: 'c',
			updateFields: { callsFrom: 'SELECT_PHONE_NUMBERS' },
		},
	],
	[
		'a schedule name the location may not have (Webex decides)',
		'autoAttendant',
		'update',
		{
			locationId: mode,
			autoAttendantId: id(SEED.features.denverMenu),
			updateFields: { holidaySchedule: { __rl: true, mode: 'name', value: 'No such' } },
		},
	],
	// Call Queue: values Webex checks, not the node (no evidence of what it refuses)
	...['HolidayService', 'NightService', 'ForcedForward', 'StrandedCalls'].map(
		(service): [string, string, string, Record<string, unknown>] => [
			'an action or schedule the node has no list of',
			'callQueue',
			`update${service}`,
			{
				locationId: mode,
				queueId: id(SEED.features.denverSupport),
				inputMode: 'json',
				jsonBody: JSON.stringify({ action: 'VOICEMAIL', holidayScheduleName: 'No such' }),
			},
		],
	),
	...['HolidayService', 'NightService', 'ForcedForward', 'StrandedCalls'].map(
		(service): [string, string, string, Record<string, unknown>] => [
			'a queue Webex does not know',
			'callQueue',
			`get${service}`,
			{ locationId: mode, queueId: id('not-a-queue') },
		],
	),
];

test('every operation of the node has a case in the catalogues', () => {
	const covered = new Set(
		[...refused, ...sent].map(([, resource, operation]) => `${resource}.${operation}`),
	);
	expect(
		allOperations()
			.map(([resource, operation]) => `${resource}.${operation}`)
			.filter((op) => !covered.has(op)),
	).toEqual([]);
});

test.each(refused)(
	'refused: %s (%s → %s)',
	async (_label, resource, operation, parameters, field) => {
		const result = await env.runNode({ resource, operation, ...parameters }, [{}, {}], {
			onError: 'continueRegularOutput',
		});
		expect(result.error).toBeUndefined();
		const output = result.output('Webex Calling');
		expect(output).toHaveLength(2);
		for (const [index, item] of output.entries()) {
			const message = String(item.json.error);
			expect(message.startsWith(`Invalid input in item ${index}: `)).toBe(true);
			// The field is named as the form shows it (with its API path where that differs)
			expect(message).toContain(`: ${field} `);
			expect(item.pairedItem).toEqual({ item: index });
		}
		expect(env.simulator.log).toHaveLength(0);
	},
);

test.each(sent)(
	'sent, Webex decides: %s (%s → %s)',
	async (_label, resource, operation, parameters) => {
		const result = await env.runNode({ resource, operation, ...parameters }, [{}, {}], {
			onError: 'continueRegularOutput',
		});
		expect(result.error).toBeUndefined();
		const output = result.output('Webex Calling');
		expect(output).toHaveLength(2);
		expect(env.simulator.log.length).toBeGreaterThanOrEqual(2);
		for (const item of output) {
			expect(String(item.json.error ?? '')).not.toMatch(/^Invalid input/);
			// An error is Webex's own, with the trackingId to quote to its support
			if (item.json.error !== undefined) expect(item.json.trackingId).toMatch(/^ROUTERGW_/);
		}
	},
);
