/**
 * A catalogue of bad inputs across every operation. Each is run over two items with Continue
 * On Fail, so each item's error must name the field and that item, and the simulator must
 * have received nothing at all.
 */
import { SEED } from '../simulator/data';
import { useEnvironment } from '../harness/lifecycle';

const env = useEnvironment();

const id = (value: string) => ({ __rl: true, mode: 'id', value });
/** A value that reaches the node at run time (an expression), as data from earlier nodes does */
const runtime = (value: unknown) => `={{ ${JSON.stringify(value)} }}`;
const mode = id(SEED.locations.denver);
const workspace = id(SEED.workspaces.lobby);
const okMode = { name: 'Valid', type: 'NONE', level: 'ORGANIZATION' };
const okHoliday = { name: 'Day off', allDayEnabled: true, startDate: '2027-05-01', endDate: '2027-05-01' };
const sameHours = (day: Record<string, unknown>) => ({ type: 'SAME_HOURS_DAILY', sameHoursDaily: { mondayToFriday: day } });

type Case = [label: string, resource: string, operation: string, parameters: Record<string, unknown>, field: string];

const catalogue: Case[] = [
	// Operating Mode → Create
	['name resolves to nothing', 'operatingMode', 'create', { ...okMode, name: runtime('') }, 'name'],
	['type not a Webex type (JSON)', 'operatingMode', 'create', { inputMode: 'json', jsonBody: JSON.stringify({ ...okMode, type: 'WEEKLY', callForwarding: {} }) }, 'type'],
	['level not a Webex level (JSON)', 'operatingMode', 'create', { inputMode: 'json', jsonBody: JSON.stringify({ ...okMode, level: 'SITE', callForwarding: {} }) }, 'level'],
	['LOCATION level without a location', 'operatingMode', 'create', { ...okMode, level: 'LOCATION', locationId: id(runtime('')) }, 'locationId'],
	['locationId for ORGANIZATION level (JSON)', 'operatingMode', 'create', { inputMode: 'json', jsonBody: JSON.stringify({ ...okMode, locationId: 'x', callForwarding: {} }) }, 'locationId'],
	['SAME_HOURS_DAILY without days', 'operatingMode', 'create', { ...okMode, type: 'SAME_HOURS_DAILY', sameHoursDaily: {} }, 'sameHoursDaily'],
	['DIFFERENT_HOURS_DAILY without days', 'operatingMode', 'create', { ...okMode, type: 'DIFFERENT_HOURS_DAILY', differentHoursDaily: {} }, 'differentHoursDaily'],
	['12-hour time', 'operatingMode', 'create', { ...okMode, ...sameHours({ enabled: true, startTime: '9:00 AM', endTime: '17:00' }) }, 'sameHoursDaily.mondayToFriday.startTime'],
	['minutes past 59', 'operatingMode', 'create', { ...okMode, ...sameHours({ enabled: true, startTime: '09:60', endTime: '17:00' }) }, 'sameHoursDaily.mondayToFriday.startTime'],
	['start equals end', 'operatingMode', 'create', { ...okMode, ...sameHours({ enabled: true, startTime: '09:00', endTime: '09:00' }) }, 'sameHoursDaily.mondayToFriday.endTime'],
	['enabled day without times', 'operatingMode', 'create', { ...okMode, ...sameHours({ enabled: true, allDayEnabled: false }) }, 'sameHoursDaily.mondayToFriday.startTime'],
	['enabled not a boolean', 'operatingMode', 'create', { ...okMode, ...sameHours({ enabled: runtime('yes'), allDayEnabled: true }) }, 'sameHoursDaily.mondayToFriday.enabled'],
	['HOLIDAY without holidays', 'operatingMode', 'create', { ...okMode, type: 'HOLIDAY', holidays: {} }, 'holidays'],
	['holiday with a February 30th', 'operatingMode', 'create', { ...okMode, type: 'HOLIDAY', holidays: { holiday: [{ ...okHoliday, startDate: '2027-02-30' }] } }, 'holidays[0].startDate'],
	['forwarding on, no destination', 'operatingMode', 'create', { ...okMode, callForwarding: { enabled: true } }, 'callForwarding.destination'],
	['forwarding to a name', 'operatingMode', 'create', { ...okMode, callForwarding: { enabled: true, destination: 'front desk' } }, 'callForwarding.destination'],
	['JSON body that is an array', 'operatingMode', 'create', { inputMode: 'json', jsonBody: '[1, 2]' }, 'body'],
	['JSON body cut short', 'operatingMode', 'create', { inputMode: 'json', jsonBody: '{"name": "x"' }, 'jsonBody'],
	// Operating Mode → Get, Delete, Get Available, Get Many
	['mode ID resolves to nothing', 'operatingMode', 'get', { modeId: id(runtime('')) }, 'modeId'],
	['mode ID with a slash', 'operatingMode', 'get', { modeId: id('abc/../people') }, 'modeId'],
	['mode ID of dots', 'operatingMode', 'delete', { modeId: id('..') }, 'modeId'],
	['location ID with a space', 'operatingMode', 'getAvailableForLocation', { locationId: id('abc def') }, 'locationId'],
	['limit of zero', 'operatingMode', 'getMany', { returnAll: false, limit: runtime(0) }, 'limit'],
	['fractional limit', 'operatingMode', 'getMany', { returnAll: false, limit: runtime(2.5) }, 'limit'],
	// Operating Mode → Update
	['nothing to update', 'operatingMode', 'update', { modeId: mode, updateFields: {} }, 'updateFields'],
	['renamed to nothing', 'operatingMode', 'update', { modeId: mode, updateFields: { name: runtime('') } }, 'name'],
	['update with an hour of 25', 'operatingMode', 'update', { modeId: mode, updateFields: { sameHoursDaily: { mondayToFriday: { enabled: true, startTime: '25:00', endTime: '26:00' } } } }, 'sameHoursDaily.mondayToFriday.startTime'],
	['update changing the type (JSON)', 'operatingMode', 'update', { modeId: mode, inputMode: 'json', jsonBody: '{"type": "HOLIDAY"}' }, 'type'],
	['update changing the location (JSON)', 'operatingMode', 'update', { modeId: mode, inputMode: 'json', jsonBody: JSON.stringify({ locationId: SEED.locations.boston }) }, 'locationId'],
	['update with an unknown field (JSON)', 'operatingMode', 'update', { modeId: mode, inputMode: 'json', jsonBody: '{"nmae": "typo"}' }, 'nmae'],
	['update forwarding on, no destination', 'operatingMode', 'update', { modeId: mode, updateFields: { callForwarding: { enabled: true } } }, 'callForwarding.destination'],
	// Operating Mode Holiday
	['holiday name resolves to nothing', 'operatingModeHoliday', 'create', { modeId: mode, ...okHoliday, name: runtime('') }, 'name'],
	['holiday date in US format', 'operatingModeHoliday', 'create', { modeId: mode, ...okHoliday, startDate: runtime('05/01/2027') }, 'startDate'],
	['holiday ends before it starts', 'operatingModeHoliday', 'create', { modeId: mode, ...okHoliday, endDate: '2027-04-30' }, 'endDate'],
	['timed holiday without times', 'operatingModeHoliday', 'create', { modeId: mode, ...okHoliday, allDayEnabled: false }, 'startTime'],
	['timed holiday ending before it starts', 'operatingModeHoliday', 'create', { modeId: mode, ...okHoliday, allDayEnabled: false, startTime: '15:00', endTime: '14:00' }, 'endTime'],
	['both yearly recurrences', 'operatingModeHoliday', 'create', { modeId: mode, ...okHoliday, recurrence: { recurYearlyByDate: { dayOfMonth: 1, month: 'MAY' }, recurYearlyByDay: { day: 'MONDAY', week: 'FIRST', month: 'MAY' } } }, 'recurrence'],
	['recurrence by day without a week', 'operatingModeHoliday', 'create', { modeId: mode, ...okHoliday, recurrence: { recurYearlyByDay: { day: 'MONDAY', week: runtime(''), month: 'MAY' } } }, 'recurrence.recurYearlyByDay.week'],
	['recurrence on 30 February', 'operatingModeHoliday', 'create', { modeId: mode, ...okHoliday, recurrence: { recurYearlyByDate: { dayOfMonth: 30, month: 'FEBRUARY' } } }, 'recurrence.recurYearlyByDate.dayOfMonth'],
	['holiday for a mode ID with a slash', 'operatingModeHoliday', 'create', { modeId: id('a/b'), ...okHoliday }, 'modeId'],
	['holiday ID resolves to nothing', 'operatingModeHoliday', 'get', { modeId: mode, holidayId: runtime('') }, 'holidayId'],
	['holiday ID with a slash', 'operatingModeHoliday', 'delete', { modeId: mode, holidayId: 'x/y' }, 'holidayId'],
	['holiday update with nothing', 'operatingModeHoliday', 'update', { modeId: mode, holidayId: 'h', updateFields: {} }, 'updateFields'],
	['holiday update to a bad date', 'operatingModeHoliday', 'update', { modeId: mode, holidayId: 'h', updateFields: { endDate: runtime('2027-13-01') } }, 'endDate'],
	// Workspace
	['workspace ID with whitespace', 'workspace', 'getSimultaneousRing', { workspaceId: id('lobby phone') }, 'workspaceId'],
	['simultaneous ring update with nothing', 'workspace', 'updateSimultaneousRing', { workspaceId: workspace, updateFields: {} }, 'updateFields'],
	['eleven numbers to ring', 'workspace', 'updateSimultaneousRing', { workspaceId: workspace, updateFields: { phoneNumbers: { number: Array.from({ length: 11 }, (_, i) => ({ phoneNumber: `+1415555011${i}` })) } } }, 'phoneNumbers'],
	['a number with letters', 'workspace', 'updateSimultaneousRing', { workspaceId: workspace, updateFields: { phoneNumbers: { number: [{ phoneNumber: '+1 415 CALL NOW' }] } } }, 'phoneNumbers[0].phoneNumber'],
	['an empty number', 'workspace', 'updateSimultaneousRing', { workspaceId: workspace, updateFields: { phoneNumbers: { number: [{ phoneNumber: '' }] } } }, 'phoneNumbers[0].phoneNumber'],
	['criteria without a schedule name', 'workspace', 'createSimultaneousRingCriteria', { workspaceId: workspace, scheduleName: runtime(''), callsFrom: 'ANY_PHONE_NUMBER' }, 'scheduleName'],
	['select numbers, but none given', 'workspace', 'createSimultaneousRingCriteria', { workspaceId: workspace, scheduleName: 'Hours', callsFrom: 'SELECT_PHONE_NUMBERS', phoneNumbers: [] }, 'phoneNumbers'],
	['any number, yet numbers given', 'workspace', 'createSimultaneousRingCriteria', { workspaceId: workspace, scheduleName: 'Hours', callsFrom: 'ANY_PHONE_NUMBER', phoneNumbers: ['+14155550100'] }, 'phoneNumbers'],
	['a criteria number that is not one', 'workspace', 'createSimultaneousRingCriteria', { workspaceId: workspace, scheduleName: 'Hours', callsFrom: 'SELECT_PHONE_NUMBERS', phoneNumbers: ['boss'] }, 'phoneNumbers[0]'],
	['criteria update with nothing', 'workspace', 'updateSimultaneousRingCriteria', { workspaceId: workspace, criteriaId: 'c', updateFields: {} }, 'updateFields'],
	['criteria ID resolves to nothing', 'workspace', 'getSimultaneousRingCriteria', { workspaceId: workspace, criteriaId: runtime('') }, 'criteriaId'],
	['criteria ID with a slash', 'workspace', 'deleteSimultaneousRingCriteria', { workspaceId: workspace, criteriaId: '../x' }, 'criteriaId'],
	['criteria switched to select numbers without any', 'workspace', 'updateSimultaneousRingCriteria', { workspaceId: workspace, criteriaId: 'c', updateFields: { callsFrom: 'SELECT_PHONE_NUMBERS' } }, 'phoneNumbers'],
	['negative workspace limit', 'workspace', 'getMany', { returnAll: false, limit: runtime(-1) }, 'limit'],
	['zero location limit', 'location', 'getMany', { returnAll: false, limit: runtime(0) }, 'limit'],
];

test('the catalogue holds at least 40 cases across every resource', () => {
	expect(catalogue.length).toBeGreaterThanOrEqual(40);
	expect(new Set(catalogue.map(([, resource, operation]) => `${resource}.${operation}`)).size).toBeGreaterThanOrEqual(15);
});

test.each(catalogue)('%s (%s → %s)', async (_label, resource, operation, parameters, field) => {
	const result = await env.runNode({ resource, operation, ...parameters }, [{}, {}], { onError: 'continueRegularOutput' });
	expect(result.error).toBeUndefined();
	const output = result.output('Webex Calling');
	expect(output).toHaveLength(2);
	for (const [index, item] of output.entries()) {
		const message = String(item.json.error);
		expect(message.startsWith(`Invalid input in item ${index}: `)).toBe(true);
		// The field is named by its path, followed by what is wrong with it
		expect(message).toContain(`${field} `);
		expect(item.pairedItem).toEqual({ item: index });
	}
	expect(env.simulator.log).toHaveLength(0);
});
