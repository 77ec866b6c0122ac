/**
 * Operating Mode → Create, executed by n8n-core's engine against the simulator.
 */
import seedRequest from '../fixtures/seed-create-operating-mode.request.json';
import { SEED } from '../simulator/data';
import { bodyOf, useEnvironment } from '../harness/lifecycle';

const env = useEnvironment();

const OPERATING_MODES = '/telephony/config/operatingModes';

/** The seed's example, as a user enters it through the node's fields. */
const seedFields = {
	resource: 'operatingMode',
	operation: 'create',
	name: 'Day Operating Mode',
	type: 'SAME_HOURS_DAILY',
	level: 'LOCATION',
	locationId: { __rl: true, mode: 'list', value: SEED.locations.denver, cachedResultName: 'Denver HQ' },
	sameHoursDaily: {
		mondayToFriday: { enabled: true, allDayEnabled: false, startTime: '09:00', endTime: '17:00' },
		saturdayToSunday: { enabled: true, allDayEnabled: true, startTime: '', endTime: '' },
	},
	callForwarding: { enabled: true, destination: '+19705550006', destinationVoicemailEnabled: false },
};

function creates() {
	return env.simulator.requests('POST', OPERATING_MODES);
}

describe('the seed example', () => {
	test('entered through the fields, it sends the seed body byte for byte', async () => {
		const result = await env.runNode(seedFields);
		expect(result.error).toBeUndefined();
		expect(creates()).toHaveLength(1);
		expect(creates()[0].rawBody).toBe(JSON.stringify(seedRequest));
		expect(creates()[0].headers.authorization).toBe(`Bearer ${SEED.token}`);
		expect(creates()[0].headers['content-type']).toMatch(/application\/json/);

		const [item] = result.output('Webex Calling');
		const stored = env.simulator.world.operatingModes;
		expect(stored).toHaveLength(1);
		expect(item.json).toEqual({
			id: stored[0].id,
			name: 'Day Operating Mode',
			type: 'SAME_HOURS_DAILY',
			level: 'LOCATION',
			locationId: SEED.locations.denver,
		});
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	test('given as JSON, it sends the same body', async () => {
		const result = await env.runNode({
			resource: 'operatingMode',
			operation: 'create',
			inputMode: 'json',
			jsonBody: JSON.stringify(seedRequest, null, 2),
		});
		expect(result.error).toBeUndefined();
		expect(creates()[0].rawBody).toBe(JSON.stringify(seedRequest));
	});

	test('the location can be given by ID and by expression from the input item', async () => {
		const result = await env.runNode(
			{
				...seedFields,
				name: '={{ $json.modeName }}',
				locationId: { __rl: true, mode: 'id', value: '={{ $json.location }}' },
			},
			[
				{ modeName: 'Denver hours', location: SEED.locations.denver },
				{ modeName: 'Boston hours', location: SEED.locations.boston },
			],
		);
		expect(result.error).toBeUndefined();
		expect(creates().map((r) => [bodyOf(r).name, bodyOf(r).locationId])).toEqual([
			['Denver hours', SEED.locations.denver],
			['Boston hours', SEED.locations.boston],
		]);
		expect(result.output('Webex Calling').map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe('every schedule type and level', () => {
	test('DIFFERENT_HOURS_DAILY at organization level sends only the days given', async () => {
		const result = await env.runNode({
			resource: 'operatingMode',
			operation: 'create',
			name: 'Week hours',
			type: 'DIFFERENT_HOURS_DAILY',
			level: 'ORGANIZATION',
			differentHoursDaily: {
				monday: { enabled: true, allDayEnabled: false, startTime: '08:00', endTime: '18:00' },
				friday: { enabled: true, allDayEnabled: false, startTime: '08:00', endTime: '15:30' },
				sunday: { enabled: false, allDayEnabled: false },
			},
		});
		expect(result.error).toBeUndefined();
		expect(creates()[0].body).toEqual({
			name: 'Week hours',
			type: 'DIFFERENT_HOURS_DAILY',
			level: 'ORGANIZATION',
			differentHoursDaily: {
				sunday: { enabled: false, allDayEnabled: false },
				monday: { enabled: true, allDayEnabled: false, startTime: '08:00', endTime: '18:00' },
				friday: { enabled: true, allDayEnabled: false, startTime: '08:00', endTime: '15:30' },
			},
			callForwarding: { enabled: false },
		});
		expect(creates()[0].query).toEqual({});
	});

	test('HOLIDAY turns date-picker values into calendar days and keeps recurrences', async () => {
		const result = await env.runNode({
			resource: 'operatingMode',
			operation: 'create',
			name: 'Holidays 2027',
			type: 'HOLIDAY',
			level: 'LOCATION',
			locationId: { __rl: true, mode: 'id', value: SEED.locations.boston },
			holidays: {
				holiday: [
					{
						name: 'New Year',
						allDayEnabled: true,
						// What n8n's date picker stores, and the same instant late in a western zone
						startDate: '2027-01-01T00:00:00',
						endDate: '2027-01-01T23:30:00.000-10:00',
						startTime: '',
						endTime: '',
						recurrence: { recurYearlyByDate: { dayOfMonth: 1, month: 'JANUARY' } },
					},
					{
						name: 'Thanksgiving afternoon',
						allDayEnabled: false,
						startDate: '2026-11-26',
						endDate: '2026-11-26',
						startTime: '12:00',
						endTime: '17:00',
						recurrence: { recurYearlyByDay: { day: 'THURSDAY', week: 'FOURTH', month: 'NOVEMBER' } },
					},
				],
			},
		});
		expect(result.error).toBeUndefined();
		expect(bodyOf(creates()[0]).holidays).toEqual([
			{
				name: 'New Year',
				allDayEnabled: true,
				startDate: '2027-01-01',
				endDate: '2027-01-01',
				recurrence: { recurYearlyByDate: { dayOfMonth: 1, month: 'JANUARY' } },
			},
			{
				name: 'Thanksgiving afternoon',
				allDayEnabled: false,
				startDate: '2026-11-26',
				endDate: '2026-11-26',
				startTime: '12:00',
				endTime: '17:00',
				recurrence: { recurYearlyByDay: { day: 'THURSDAY', week: 'FOURTH', month: 'NOVEMBER' } },
			},
		]);
	});

	test('NONE sends no schedule at all', async () => {
		const result = await env.runNode({
			resource: 'operatingMode',
			operation: 'create',
			name: 'Emergency',
			type: 'NONE',
			level: 'ORGANIZATION',
			callForwarding: { enabled: true, destination: '2001' },
		});
		expect(result.error).toBeUndefined();
		expect(creates()[0].body).toEqual({
			name: 'Emergency',
			type: 'NONE',
			level: 'ORGANIZATION',
			callForwarding: { enabled: true, destination: '2001' },
		});
	});

	test('options.orgId overrides the credential org for this node', async () => {
		const result = await env.runNode({
			resource: 'operatingMode',
			operation: 'create',
			name: 'Customer hours',
			type: 'NONE',
			level: 'ORGANIZATION',
			options: { orgId: SEED.customerOrgId },
		});
		expect(result.error).toBeUndefined();
		expect(creates()[0].query).toEqual({ orgId: SEED.customerOrgId });
		expect(env.simulator.world.operatingModes[0].orgId).toBe(SEED.customerOrgId);
	});
});

/** Runs the node, expects it to stop on a bad item with nothing sent, and returns the error. */
async function expectRejected(parameters: Record<string, unknown>, items?: Array<Record<string, unknown>>) {
	const result = await env.runNode({ resource: 'operatingMode', operation: 'create', ...parameters }, items);
	expect(result.error).toBeDefined();
	expect(env.simulator.log).toHaveLength(0);
	return result.error!;
}

const valid = {
	name: 'Valid',
	type: 'SAME_HOURS_DAILY',
	level: 'ORGANIZATION',
	sameHoursDaily: { mondayToFriday: { enabled: true, allDayEnabled: false, startTime: '09:00', endTime: '17:00' } },
};

describe('bad input is refused before anything is sent, naming the field and the item', () => {
	test.each([
		['a name that resolves to nothing', { name: '={{ "" }}' }, /item 0: name is required/],
		['a location that resolves to nothing for level LOCATION', { level: 'LOCATION', locationId: { __rl: true, mode: 'id', value: '={{ "" }}' } }, /locationId is required/],
		['a type without its schedule', { sameHoursDaily: {} }, /sameHoursDaily needs at least one of mondayToFriday, saturdayToSunday/],
		['a time that is not HH:MM', { sameHoursDaily: { mondayToFriday: { enabled: true, startTime: '9am', endTime: '17:00' } } }, /sameHoursDaily\.mondayToFriday\.startTime must be a time as HH:MM.*"9am"/],
		['an hour past 23', { sameHoursDaily: { mondayToFriday: { enabled: true, startTime: '09:00', endTime: '24:00' } } }, /mondayToFriday\.endTime must be a time as HH:MM/],
		['start not before end', { sameHoursDaily: { mondayToFriday: { enabled: true, startTime: '17:00', endTime: '09:00' } } }, /mondayToFriday\.endTime must be after startTime \(17:00\)/],
		['a missing end time', { sameHoursDaily: { saturdayToSunday: { enabled: true, allDayEnabled: false, startTime: '10:00', endTime: '' } } }, /saturdayToSunday\.endTime is required when the schedule is not all day/],
		['forwarding enabled without a destination', { callForwarding: { enabled: true } }, /callForwarding\.destination is required when call forwarding is enabled/],
		['a destination that is not a number', { callForwarding: { enabled: true, destination: 'reception desk' } }, /callForwarding\.destination must be a phone number/],
	])('%s', async (_label, override, message) => {
		const error = await expectRejected({ ...valid, ...override });
		expect(error.message).toMatch(message);
		expect(error.message).toMatch(/^Invalid input in item 0: /);
	});

	test('a required field left empty in the editor is refused by n8n itself', async () => {
		await expect(
			env.runNode({ resource: 'operatingMode', operation: 'create', ...valid, name: '' }),
		).rejects.toThrow(/node has issues/);
		expect(env.simulator.log).toHaveLength(0);
	});

	const holiday = (extra: Record<string, unknown>) => ({
		type: 'HOLIDAY',
		holidays: { holiday: [{ name: 'Day off', allDayEnabled: true, startDate: '2027-05-01', endDate: '2027-05-01', ...extra }] },
	});

	test.each([
		['no holidays for type HOLIDAY', { type: 'HOLIDAY', holidays: {} }, /holidays needs at least one holiday/],
		['an impossible date', holiday({ startDate: '2027-02-30T00:00:00', endDate: '2027-03-01' }), /holidays\[0\]\.startDate must be a real date as YYYY-MM-DD, got "2027-02-30"/],
		['an end date before the start date', holiday({ startDate: '2027-05-02', endDate: '2027-05-01' }), /holidays\[0\]\.endDate must not be before startDate \(2027-05-02\)/],
		['a timed holiday without times', holiday({ allDayEnabled: false }), /holidays\[0\]\.startTime is required.*holidays\[0\]\.endTime is required/],
		['both recurrences', holiday({ recurrence: { recurYearlyByDate: { dayOfMonth: 1, month: 'MAY' }, recurYearlyByDay: { day: 'MONDAY', week: 'FIRST', month: 'MAY' } } }), /recurrence must set either recurYearlyByDate or recurYearlyByDay, not both/],
		['a half-filled recurrence', holiday({ recurrence: { recurYearlyByDay: { day: 'MONDAY', week: '', month: 'MAY' } } }), /recurrence\.recurYearlyByDay\.week must be one of FIRST/],
		['a day that the month does not have', holiday({ recurrence: { recurYearlyByDate: { dayOfMonth: 31, month: 'APRIL' } } }), /recurYearlyByDate\.dayOfMonth 31 does not exist in APRIL/],
	])('%s', async (_label, override, message) => {
		const error = await expectRejected({ ...valid, sameHoursDaily: undefined, ...override });
		expect(error.message).toMatch(message);
	});

	test('151 holidays are refused (Webex allows 150)', async () => {
		const many = Array.from({ length: 151 }, (_, i) => ({
			name: `Day ${i}`,
			allDayEnabled: true,
			startDate: '2027-01-01',
			endDate: '2027-01-01',
		}));
		const error = await expectRejected({ ...valid, sameHoursDaily: undefined, type: 'HOLIDAY', holidays: { holiday: many } });
		expect(error.message).toMatch(/holidays has 151 holidays; Webex allows at most 150/);
	});

	test.each([
		['text that is not JSON', '{"name": "x",', /jsonBody is not valid JSON/],
		['an empty body', '', /jsonBody is empty/],
		['a typo in a field name', JSON.stringify({ ...seedRequest, sameHoursdaily: {} }), /sameHoursdaily is not a field Webex knows here/],
		['a schedule that does not fit the type', JSON.stringify({ ...seedRequest, holidays: [] }), /holidays is only used when type is HOLIDAY/],
		['a missing callForwarding', JSON.stringify({ ...seedRequest, callForwarding: undefined }), /callForwarding is required/],
	])('a malformed jsonBody: %s', async (_label, jsonBody, message) => {
		const error = await expectRejected({ inputMode: 'json', jsonBody });
		expect(error.message).toMatch(message);
	});

	test('one bad item among good ones stops the run before the first request', async () => {
		const error = await expectRejected({ ...valid, name: '={{ $json.name }}' }, [
			{ name: 'First' },
			{ name: 'Second' },
			{ name: '' },
		]);
		expect(error.message).toMatch(/^Invalid input in item 2: name is required/);
		expect(error.context?.itemIndex).toBe(2);
	});

	test('with Continue On Fail, bad items become error items and good ones are sent', async () => {
		const result = await env.runNode(
			{ resource: 'operatingMode', operation: 'create', ...valid, name: '={{ $json.name }}' },
			[{ name: 'First' }, { name: '' }, { name: 'Third' }],
			{ onError: 'continueRegularOutput' },
		);
		expect(result.error).toBeUndefined();
		expect(creates().map((r) => bodyOf(r).name)).toEqual(['First', 'Third']);
		const output = result.output('Webex Calling');
		expect(output.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(output[0].json.name).toBe('First');
		expect(output[1].json.error).toMatch(/Invalid input in item 1: name is required/);
		expect(output[2].json.name).toBe('Third');
	});
});
