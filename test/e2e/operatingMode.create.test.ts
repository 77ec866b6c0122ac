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
	locationId: {
		__rl: true,
		mode: 'list',
		value: SEED.locations.denver,
		cachedResultName: 'Denver HQ',
	},
	sameHoursDaily: {
		mondayToFriday: { enabled: true, allDayEnabled: false, startTime: '09:00', endTime: '17:00' },
		saturdayToSunday: { enabled: true, allDayEnabled: true, startTime: '', endTime: '' },
	},
	callForwarding: {
		enabled: true,
		destination: '+19705550006',
		destinationVoicemailEnabled: false,
	},
};

const valid = {
	name: 'Valid',
	type: 'SAME_HOURS_DAILY',
	level: 'ORGANIZATION',
	sameHoursDaily: {
		mondayToFriday: { enabled: true, allDayEnabled: false, startTime: '09:00', endTime: '17:00' },
	},
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
		expect(result.output('Webex Calling').map((i) => i.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
		]);
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
						recurrence: {
							recurYearlyByDay: { day: 'THURSDAY', week: 'FOURTH', month: 'NOVEMBER' },
						},
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
async function expectRejected(
	parameters: Record<string, unknown>,
	items?: Array<Record<string, unknown>>,
) {
	const result = await env.runNode(
		{ resource: 'operatingMode', operation: 'create', ...parameters },
		items,
	);
	expect(result.error).toBeDefined();
	expect(env.simulator.log).toHaveLength(0);
	return result.error!;
}

describe('what live Webex accepts is sent', () => {
	test('the standard after-hours mode, 17:00 → 08:00 past midnight, is created', async () => {
		const result = await env.runNode({
			resource: 'operatingMode',
			operation: 'create',
			name: 'After Hours',
			type: 'SAME_HOURS_DAILY',
			level: 'ORGANIZATION',
			sameHoursDaily: {
				mondayToFriday: {
					enabled: true,
					allDayEnabled: false,
					startTime: '17:00',
					endTime: '08:00',
				},
				saturdayToSunday: { enabled: true, allDayEnabled: true },
			},
		});
		expect(result.error).toBeUndefined();
		expect(bodyOf(creates()[0]).sameHoursDaily).toEqual({
			mondayToFriday: { enabled: true, allDayEnabled: false, startTime: '17:00', endTime: '08:00' },
			saturdayToSunday: { enabled: true, allDayEnabled: true },
		});
		expect(env.simulator.world.operatingModes).toHaveLength(1);
	});

	test.each([
		[
			'a JSON body without callForwarding',
			{ ...seedRequest, callForwarding: undefined, level: 'ORGANIZATION', locationId: undefined },
		],
		[
			'forwarding to an extension',
			{ ...seedRequest, callForwarding: { enabled: true, destination: '4711' } },
		],
		[
			'a HOLIDAY mode with no holidays yet',
			{ name: 'Holidays later', type: 'HOLIDAY', level: 'ORGANIZATION', holidays: [] },
		],
		[
			'a schedule until 24:00',
			{
				name: 'Late',
				type: 'SAME_HOURS_DAILY',
				level: 'ORGANIZATION',
				sameHoursDaily: { mondayToFriday: { enabled: true, startTime: '20:00', endTime: '24:00' } },
			},
		],
	])('%s is sent as given', async (_label, body) => {
		const result = await env.runNode({
			resource: 'operatingMode',
			operation: 'create',
			inputMode: 'json',
			jsonBody: JSON.stringify(body),
		});
		expect(creates()).toHaveLength(1);
		expect(creates()[0].rawBody).toBe(JSON.stringify(body));
		// What the simulator (an independent reading of Webex) refuses comes back as Webex's own error.
		if (result.error) expect(result.error.description).toMatch(/trackingId/);
	});

	test('a recurrence Webex may take half-filled is sent (its schema makes every part optional)', async () => {
		const result = await env.runNode({
			resource: 'operatingMode',
			operation: 'create',
			...valid,
			sameHoursDaily: undefined,
			type: 'HOLIDAY',
			holidays: {
				holiday: [
					{
						name: 'Day off',
						allDayEnabled: true,
						startDate: '2027-05-01',
						endDate: '2027-05-01',
						recurrence: { recurYearlyByDay: { day: 'MONDAY', week: '', month: 'MAY' } },
					},
				],
			},
		});
		expect(creates()).toHaveLength(1);
		expect(result.error?.message).toBe(
			'holidays[0].recurrence.recurYearlyByDay needs day, week and month',
		);
	});

	test('where Webex decides, its error reaches the user with its message and trackingId', async () => {
		const result = await env.runNode({
			resource: 'operatingMode',
			operation: 'create',
			...valid,
			sameHoursDaily: {
				mondayToFriday: { enabled: true, allDayEnabled: false, startTime: '9am', endTime: '17:00' },
			},
		});
		expect(creates()).toHaveLength(1);
		expect(result.error?.message).toBe(
			'Invalid time format for sameHoursDaily.mondayToFriday.startTime',
		);
		expect(result.error?.description).toContain(`trackingId ${creates()[0].trackingId}`);
	});
});

describe('what Webex refuses (by its reference) is refused before anything is sent, naming the field and the item', () => {
	test.each([
		['a name that resolves to nothing', { name: '={{ "" }}' }, /item 0: Name is required/],
		[
			'a location that resolves to nothing for level LOCATION',
			{ level: 'LOCATION', locationId: { __rl: true, mode: 'id', value: '={{ "" }}' } },
			/Location \(locationId\) is required when Level is Location/,
		],
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
		holidays: {
			holiday: [
				{
					name: 'Day off',
					allDayEnabled: true,
					startDate: '2027-05-01',
					endDate: '2027-05-01',
					...extra,
				},
			],
		},
	});

	test.each([
		[
			'a timed holiday without times',
			holiday({ allDayEnabled: false }),
			/Holidays → #1 → Start Time \(holidays\[0\]\.startTime\) is required when All Day is off.*Holidays → #1 → End Time/,
		],
		[
			'a week outside the calendar',
			holiday({
				recurrence: { recurYearlyByDay: { day: 'MONDAY', week: '={{ "FIFTH" }}', month: 'MAY' } },
			}),
			/Holidays → #1 → Recurrence → Yearly by Day → Week \(holidays\[0\]\.recurrence\.recurYearlyByDay\.week\) must be one of FIRST, SECOND, THIRD, FOURTH, LAST, got "FIFTH"/,
		],
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
		const error = await expectRejected({
			...valid,
			sameHoursDaily: undefined,
			type: 'HOLIDAY',
			holidays: { holiday: many },
		});
		expect(error.message).toMatch(/Holidays has 151 holidays; Webex allows at most 150/);
	});

	test.each([
		['text that is not JSON', '{"name": "x",', /JSON Body is not valid JSON/],
		['an empty body', '', /JSON Body is empty/],
		[
			'a type without its schedule',
			JSON.stringify({ ...seedRequest, sameHoursDaily: undefined }),
			/Same Hours Daily is required when Type is SAME_HOURS_DAILY/,
		],
	])('a malformed jsonBody: %s', async (_label, jsonBody, message) => {
		const error = await expectRejected({ inputMode: 'json', jsonBody });
		expect(error.message).toMatch(message);
	});

	test('a 1 MB bad value is quoted as a short prefix', async () => {
		const error = await expectRejected({
			inputMode: 'json',
			jsonBody: JSON.stringify({ ...seedRequest, type: 'X'.repeat(1_000_000) }),
		});
		expect(error.message.length).toBeLessThan(400);
		expect(error.message).toMatch(/1000002 characters/);
	});

	test('one bad item among good ones stops the run before the first request', async () => {
		const error = await expectRejected({ ...valid, name: '={{ $json.name }}' }, [
			{ name: 'First' },
			{ name: 'Second' },
			{ name: '' },
		]);
		expect(error.message).toMatch(/^Invalid input in item 2: Name is required/);
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
		expect(output[1].json.error).toMatch(/Invalid input in item 1: Name is required/);
		expect(output[2].json.name).toBe('Third');
	});
});

describe("a JSON body's name", () => {
	const json = (name: string) => ({
		resource: 'operatingMode',
		operation: 'create',
		inputMode: 'json',
		jsonBody: JSON.stringify({ name, type: 'NONE', level: 'ORGANIZATION' }),
	});

	test('is trimmed from node version 2, as the Name field is', async () => {
		const result = await env.runNode(json('  Storm Day '), [{}], { typeVersion: 2 });
		expect(result.error).toBeUndefined();
		expect(bodyOf(env.simulator.requests('POST', OPERATING_MODES)[0]).name).toBe('Storm Day');
	});

	test('is sent as given by version 1, as workflows saved with it expect', async () => {
		const result = await env.runNode(json('  Storm Day '), [{}], { typeVersion: 1 });
		expect(result.error).toBeUndefined();
		expect(bodyOf(env.simulator.requests('POST', OPERATING_MODES)[0]).name).toBe('  Storm Day ');
	});
});
