/** The rest of the lifecycle: every operating-mode, holiday and simultaneous-ring operation. */
import { SEED } from '../simulator/data';
import { webexId } from '../simulator/ids';
import { useEnvironment } from '../harness/lifecycle';
import { allOperations } from '../harness/operations';
import { webexNode } from '../harness/webex';

const env = useEnvironment();

const MODES = '/telephony/config/operatingModes';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const fromList = (value: string) => ({ __rl: true, mode: 'list', value });

/** Puts modes straight into the simulator, as if made earlier in Control Hub. */
function seedModes(count: number, extra: (i: number) => Record<string, unknown> = () => ({})) {
	const ids: string[] = [];
	for (let i = 0; i < count; i++) {
		const id = webexId('OPERATING_MODE');
		ids.push(id);
		env.simulator.world.operatingModes.push({
			id,
			orgId: SEED.orgId,
			body: {
				name: `Mode ${String(i).padStart(3, '0')}`,
				type: 'NONE',
				level: 'ORGANIZATION',
				callForwarding: { enabled: false },
				...extra(i),
			},
		});
	}
	return ids;
}

function holidayMode(holidays = 0) {
	const [id] = seedModes(1, () => ({
		name: 'Holidays',
		type: 'HOLIDAY',
		holidays: Array.from({ length: holidays }, (_, i) => ({
			id: webexId('OPERATING_MODE_HOLIDAY'),
			name: `Day ${i}`,
			allDayEnabled: true,
			startDate: '2027-01-01',
			endDate: '2027-01-01',
		})),
	}));
	return id;
}

describe('Operating Mode', () => {
	test('Get returns the mode with its schedule', async () => {
		const [id] = seedModes(1, () => ({
			type: 'SAME_HOURS_DAILY',
			sameHoursDaily: { mondayToFriday: { enabled: true, allDayEnabled: true } },
		}));
		const result = await env.runNode({
			resource: 'operatingMode',
			operation: 'get',
			modeId: fromList(id),
		});
		expect(result.output('Webex Calling')[0].json).toEqual({
			id,
			name: 'Mode 000',
			type: 'SAME_HOURS_DAILY',
			level: 'ORGANIZATION',
			sameHoursDaily: { mondayToFriday: { enabled: true, allDayEnabled: true } },
			callForwarding: { enabled: false },
		});
		expect(env.simulator.log.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${MODES}/${id}`]);
	});

	describe('Get Many', () => {
		const getMany = (extra: Record<string, unknown> = {}) => ({
			resource: 'operatingMode',
			operation: 'getMany',
			...extra,
		});

		test('Return All follows the Link pages to the end, one item per mode', async () => {
			seedModes(250);
			const result = await env.runNode(getMany({ returnAll: true }));
			const output = result.output('Webex Calling');
			expect(output).toHaveLength(250);
			expect(output[249].json.name).toBe('Mode 249');
			expect(output.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
			expect(env.simulator.log.map((r) => [r.query.start ?? '0', r.query.max])).toEqual([
				['0', '100'],
				['100', '100'],
				['200', '100'],
			]);
		});

		test('exactly one full page is one request', async () => {
			seedModes(100);
			const result = await env.runNode(getMany({ returnAll: true }));
			expect(result.output('Webex Calling')).toHaveLength(100);
			expect(env.simulator.log).toHaveLength(1);
		});

		test('an empty result outputs nothing and is not an error', async () => {
			const result = await env.runNode(getMany({ returnAll: true }));
			expect(result.error).toBeUndefined();
			expect(result.output('Webex Calling')).toEqual([]);
		});

		test('Limit stops at that many, across pages', async () => {
			seedModes(250);
			const result = await env.runNode(getMany({ returnAll: false, limit: 150 }));
			expect(result.output('Webex Calling')).toHaveLength(150);
			expect(env.simulator.log).toHaveLength(2);
			const small = await env.runNode(getMany({ limit: 5 }));
			expect(small.output('Webex Calling')).toHaveLength(5);
			expect(env.simulator.log[2].query.max).toBe('5');
		});

		test('filters go to Webex as its query parameters', async () => {
			seedModes(3);
			seedModes(2, (i) => ({
				name: `Denver ${i}`,
				level: 'LOCATION',
				locationId: SEED.locations.denver,
			}));
			const result = await env.runNode(
				getMany({
					returnAll: true,
					filters: {
						name: 'e',
						limitToLocationId: fromList(SEED.locations.denver),
						limitToOrgLevelEnabled: true,
						order: 'desc',
					},
				}),
			);
			expect(env.simulator.log[0].query).toEqual({
				max: '100',
				name: 'e',
				limitToLocationId: SEED.locations.denver,
				limitToOrgLevelEnabled: 'true',
				order: 'desc',
			});
			expect(result.output('Webex Calling').map((i) => i.json.name)).toEqual([
				'Mode 002',
				'Mode 001',
				'Mode 000',
				'Denver 1',
				'Denver 0',
			]);
		});

		test('a next-page link to another host is refused before anything is sent there', async () => {
			seedModes(3);
			env.simulator.faults.script.push({
				method: 'GET',
				status: 200,
				body: { operatingModes: [{ id: 'x', name: 'first page' }] },
				headers: {
					Link: '<https://attacker.example/v1/telephony/config/operatingModes?start=1>; rel="next"',
				},
			});
			const result = await env.runNode(getMany({ returnAll: true }));
			expect(result.error?.message).toBe(
				"Webex's next-page link points to another host (https://attacker.example); it was not followed",
			);
			expect(env.simulator.log).toHaveLength(1);
		});
	});

	test('Update sends only the fields set, then outputs the mode read back', async () => {
		const [id] = seedModes(1, () => ({
			type: 'SAME_HOURS_DAILY',
			sameHoursDaily: { mondayToFriday: { enabled: true, allDayEnabled: true } },
		}));
		const result = await env.runNode({
			resource: 'operatingMode',
			operation: 'update',
			modeId: byId(id),
			updateFields: {
				name: 'Renamed',
				sameHoursDaily: {
					mondayToFriday: {
						enabled: true,
						allDayEnabled: false,
						startTime: '08:00',
						endTime: '16:00',
					},
				},
			},
		});
		expect(result.error).toBeUndefined();
		// Read first: Webex's PUT replaces the weekly schedule whole, so the changes are merged in.
		expect(env.simulator.log.map((r) => `${r.method} ${r.status}`)).toEqual([
			'GET 200',
			'PUT 204',
			'GET 200',
		]);
		expect(env.simulator.log[1].rawBody).toBe(
			JSON.stringify({
				name: 'Renamed',
				sameHoursDaily: {
					mondayToFriday: {
						enabled: true,
						allDayEnabled: false,
						startTime: '08:00',
						endTime: '16:00',
					},
				},
			}),
		);
		expect(result.output('Webex Calling')[0].json).toMatchObject({
			id,
			name: 'Renamed',
			type: 'SAME_HOURS_DAILY',
		});
	});

	test('Update as JSON refuses a type change (Webex fixes it at creation), sending no write', async () => {
		const [id] = seedModes(1);
		const result = await env.runNode({
			resource: 'operatingMode',
			operation: 'update',
			modeId: byId(id),
			inputMode: 'json',
			jsonBody: JSON.stringify({ type: 'HOLIDAY', name: 'x' }),
		});
		expect(result.error?.message).toMatch(
			/item 0: Type cannot change from "NONE" to "HOLIDAY": Webex fixes a mode's type when it is created/,
		);
		expect(env.simulator.log.map((r) => r.method)).toEqual(['GET']);
	});

	test('Delete outputs { deleted, id }', async () => {
		const [id] = seedModes(1);
		const result = await env.runNode({
			resource: 'operatingMode',
			operation: 'delete',
			modeId: byId(id),
		});
		expect(result.output('Webex Calling')[0].json).toEqual({ deleted: true, id });
		expect(env.simulator.world.operatingModes).toHaveLength(0);
	});

	test("Get Available for Location lists organization modes and that location's", async () => {
		seedModes(1);
		seedModes(1, () => ({
			name: 'Boston only',
			level: 'LOCATION',
			locationId: SEED.locations.boston,
		}));
		seedModes(1, () => ({
			name: 'Denver only',
			level: 'LOCATION',
			locationId: SEED.locations.denver,
		}));
		const result = await env.runNode({
			resource: 'operatingMode',
			operation: 'getAvailableForLocation',
			locationId: fromList(SEED.locations.denver),
		});
		expect(result.output('Webex Calling').map((i) => i.json.name)).toEqual([
			'Mode 000',
			'Denver only',
		]);
		expect(env.simulator.log[0].path).toBe(
			`/telephony/config/locations/${SEED.locations.denver}/operatingModes/availableOperatingModes`,
		);
	});

	test('the operating-mode picker searches by name', async () => {
		const ids = seedModes(3);
		const node = webexNode({ resource: 'operatingMode', operation: 'get' });
		const result = await env.engine.listSearch(node, 'searchOperatingModes', '001');
		expect(result.results).toEqual([{ name: 'Mode 001', value: ids[1] }]);
		expect(env.simulator.log[0].query).toEqual({ max: '100', name: '001' });
	});
});

describe('Operating Mode Holiday', () => {
	const holidayFields = {
		name: 'Independence Day',
		allDayEnabled: true,
		startDate: '2027-07-04T00:00:00',
		endDate: '2027-07-04T00:00:00',
		recurrence: { recurYearlyByDate: { dayOfMonth: 4, month: 'JULY' } },
	};

	test('Create adds a holiday to the mode and outputs it with its id', async () => {
		const modeId = holidayMode();
		const result = await env.runNode({
			resource: 'operatingModeHoliday',
			operation: 'create',
			modeId: byId(modeId),
			...holidayFields,
		});
		expect(result.error).toBeUndefined();
		const post = env.simulator.requests('POST')[0];
		expect(post.path).toBe(`${MODES}/${modeId}/holidays`);
		expect(post.rawBody).toBe(
			JSON.stringify({
				name: 'Independence Day',
				allDayEnabled: true,
				startDate: '2027-07-04',
				endDate: '2027-07-04',
				recurrence: { recurYearlyByDate: { dayOfMonth: 4, month: 'JULY' } },
			}),
		);
		const stored = env.simulator.world.operatingModes[0].body.holidays as Array<{ id: string }>;
		expect(result.output('Webex Calling')[0].json).toMatchObject({
			id: stored[0].id,
			modeId,
			name: 'Independence Day',
		});
	});

	test('the 151st holiday is refused clearly, and nothing is created', async () => {
		const modeId = holidayMode(150);
		const result = await env.runNode({
			resource: 'operatingModeHoliday',
			operation: 'create',
			modeId: byId(modeId),
			...holidayFields,
		});
		expect(result.error?.message).toBe(
			'The operating mode already has 150 holidays, Webex\'s maximum of 150; holiday "Independence Day" was not added',
		);
		expect(env.simulator.requests('POST')).toHaveLength(0);
	});

	test('Get, Update (only the fields set, read back) and Delete', async () => {
		const modeId = holidayMode(2);
		const holidayId = (
			env.simulator.world.operatingModes[0].body.holidays as Array<{ id: string }>
		)[1].id;
		const ids = { modeId: fromList(modeId), holidayId };

		const got = await env.runNode({ resource: 'operatingModeHoliday', operation: 'get', ...ids });
		expect(got.output('Webex Calling')[0].json).toMatchObject({ id: holidayId, name: 'Day 1' });

		const updated = await env.runNode({
			resource: 'operatingModeHoliday',
			operation: 'update',
			...ids,
			updateFields: { endDate: '2027-01-03T00:00:00', name: 'Long weekend' },
		});
		expect(updated.error).toBeUndefined();
		const put = env.simulator.requests('PUT')[0];
		expect(put.body).toEqual({ endDate: '2027-01-03', name: 'Long weekend' });
		expect(updated.output('Webex Calling')[0].json).toMatchObject({
			id: holidayId,
			name: 'Long weekend',
			startDate: '2027-01-01',
			endDate: '2027-01-03',
		});

		const deleted = await env.runNode({
			resource: 'operatingModeHoliday',
			operation: 'delete',
			...ids,
		});
		expect(deleted.output('Webex Calling')[0].json).toEqual({ deleted: true, id: holidayId });
		expect(env.simulator.world.operatingModes[0].body.holidays).toHaveLength(1);
	});

	test("a time whose format Webex has not documented is sent, and Webex's error shown", async () => {
		const modeId = holidayMode(1);
		const holidayId = (
			env.simulator.world.operatingModes[0].body.holidays as Array<{ id: string }>
		)[0].id;
		const result = await env.runNode({
			resource: 'operatingModeHoliday',
			operation: 'update',
			modeId: byId(modeId),
			holidayId,
			updateFields: { allDayEnabled: false, startTime: '25:00', endTime: '10:00' },
		});
		expect(env.simulator.requests('PUT')).toHaveLength(1);
		expect(result.error?.message).toBe(
			'holiday.startTime is mandatory when allDayEnabled is false',
		);
		expect(result.error?.description).toMatch(/trackingId ROUTERGW_/);
	});
});

describe('Workspace simultaneous ring', () => {
	test('Update sends only the fields set, then outputs the settings read back', async () => {
		const result = await env.runNode({
			resource: 'workspace',
			operation: 'updateSimultaneousRing',
			workspaceId: fromList(SEED.workspaces.boardroom),
			updateFields: {
				enabled: true,
				phoneNumbers: {
					number: [
						{ phoneNumber: ' +14155550123 ', answerConfirmationRequiredEnabled: true },
						{ phoneNumber: '2001' },
					],
				},
			},
		});
		expect(result.error).toBeUndefined();
		// Read first: Webex's PUT needs criteriasEnabled and replaces the numbers.
		expect(env.simulator.log.map((r) => `${r.method} ${r.status}`)).toEqual([
			'GET 200',
			'PUT 204',
			'GET 200',
		]);
		expect(env.simulator.log[1].rawBody).toBe(
			JSON.stringify({
				enabled: true,
				doNotRingIfOnCallEnabled: false,
				phoneNumbers: [
					{ phoneNumber: '+14155550123', answerConfirmationRequiredEnabled: true },
					{ phoneNumber: '2001', answerConfirmationRequiredEnabled: false },
				],
				criteriasEnabled: false,
			}),
		);
		expect(result.output('Webex Calling')[0].json).toMatchObject({
			enabled: true,
			doNotRingIfOnCallEnabled: false,
			phoneNumbers: [
				{ phoneNumber: '+1-4155550123', answerConfirmationRequiredEnabled: true },
				{ phoneNumber: '2001', answerConfirmationRequiredEnabled: false },
			],
		});
	});

	test('more than 10 numbers are refused before sending', async () => {
		const number = Array.from({ length: 11 }, (_, i) => ({ phoneNumber: `+1415555010${i}` }));
		const result = await env.runNode({
			resource: 'workspace',
			operation: 'updateSimultaneousRing',
			workspaceId: byId(SEED.workspaces.boardroom),
			updateFields: { phoneNumbers: { number } },
		});
		expect(result.error?.message).toMatch(
			/item 0: Phone Numbers has 11 numbers; Webex rings at most 10/,
		);
		expect(env.simulator.log).toHaveLength(0);
	});

	test('criteria: Create, Get, Update, Delete', async () => {
		const workspaceId = fromList(SEED.workspaces.lobby);
		const created = await env.runNode({
			resource: 'workspaceSimultaneousRingCriteria',
			operation: 'create',
			workspaceId,
			scheduleName: 'After Hours',
			scheduleType: 'businessHours',
			scheduleLevel: 'GROUP',
			callsFrom: 'SELECT_PHONE_NUMBERS',
			anonymousCallersEnabled: false,
			unavailableCallersEnabled: true,
			phoneNumbers: ['+14155550100', ' 2001 '],
			ringEnabled: false,
		});
		expect(created.error).toBeUndefined();
		const post = env.simulator.requests('POST')[0];
		expect(post.path).toBe(
			`/telephony/config/workspaces/${SEED.workspaces.lobby}/simultaneousRing/criteria`,
		);
		expect(post.rawBody).toBe(
			JSON.stringify({
				scheduleType: 'businessHours',
				scheduleName: 'After Hours',
				scheduleLevel: 'GROUP',
				callsFrom: 'SELECT_PHONE_NUMBERS',
				phoneNumbers: ['+14155550100', '2001'],
				anonymousCallersEnabled: false,
				unavailableCallersEnabled: true,
				ringEnabled: false,
			}),
		);
		const criteriaId = created.output('Webex Calling')[0].json.id as string;
		expect(criteriaId).toBeTruthy();

		const got = await env.runNode({
			resource: 'workspaceSimultaneousRingCriteria',
			operation: 'get',
			workspaceId,
			criteriaId,
		});
		expect(got.output('Webex Calling')[0].json).toMatchObject({
			id: criteriaId,
			scheduleName: 'After Hours',
			ringEnabled: false,
		});

		const updated = await env.runNode({
			resource: 'workspaceSimultaneousRingCriteria',
			operation: 'update',
			workspaceId,
			criteriaId,
			updateFields: { ringEnabled: true },
		});
		expect(env.simulator.requests('PUT')[0].body).toEqual({ ringEnabled: true });
		expect(updated.output('Webex Calling')[0].json).toMatchObject({
			id: criteriaId,
			ringEnabled: true,
		});

		const deleted = await env.runNode({
			resource: 'workspaceSimultaneousRingCriteria',
			operation: 'delete',
			workspaceId,
			criteriaId,
		});
		expect(deleted.output('Webex Calling')[0].json).toEqual({ deleted: true, id: criteriaId });
		const ring = await env.runNode({
			resource: 'workspace',
			operation: 'getSimultaneousRing',
			workspaceId,
		});
		expect(
			(ring.output('Webex Calling')[0].json.criteria as unknown[]).map(
				(c) => (c as { scheduleName: string }).scheduleName,
			),
		).toEqual(['Business Vacation']);
	});

	test('SELECT_PHONE_NUMBERS without numbers is refused before sending', async () => {
		const result = await env.runNode({
			resource: 'workspaceSimultaneousRingCriteria',
			operation: 'create',
			workspaceId: byId(SEED.workspaces.lobby),
			scheduleName: 'After Hours',
			callsFrom: 'SELECT_PHONE_NUMBERS',
			phoneNumbers: [],
		});
		expect(result.error?.message).toMatch(
			/item 0: Phone Numbers needs at least one number when Calls From is Select Phone Numbers/,
		);
		expect(env.simulator.log).toHaveLength(0);
	});
});

describe("every operation honours options.orgId (the mode manager's own sends none)", () => {
	const customer = SEED.workspaces.customerReception;
	const customerMenu = {
		featureType: 'autoAttendant',
		locationId: byId(SEED.locations.customerHq),
		featureId: byId(SEED.features.customerMenu),
	};
	const customerMenuOf = (idField: string) => ({
		locationId: byId(SEED.locations.customerHq),
		[idField]: byId(SEED.features.customerMenu),
	});
	const customerSchedules = {
		locationId: byId(SEED.locations.customerHq),
		scheduleType: 'holidays',
	};
	const day = { name: 'Day', allDayEnabled: true, startDate: '2027-01-01', endDate: '2027-01-01' };
	/** The least each operation needs to send something; a missing entry fails the test below. */
	const parameters: Record<string, Record<string, unknown>> = {
		'location.getMany': { returnAll: true },
		'locationSchedule.getMany': { ...customerSchedules, returnAll: true },
		'locationSchedule.get': { ...customerSchedules, scheduleId: byId('s') },
		'locationSchedule.create': { ...customerSchedules, name: 'Customer holidays' },
		'locationSchedule.createOrUpdate': { ...customerSchedules, name: 'Customer holidays' },
		'locationSchedule.update': {
			...customerSchedules,
			scheduleId: byId('s'),
			updateFields: { name: 'x' },
		},
		'locationSchedule.delete': { ...customerSchedules, scheduleId: byId('s') },
		'locationScheduleEvent.create': { ...customerSchedules, scheduleId: byId('s'), ...day },
		'locationScheduleEvent.createOrUpdate': {
			...customerSchedules,
			scheduleId: byId('s'),
			...day,
		},
		'locationScheduleEvent.get': {
			...customerSchedules,
			scheduleId: byId('s'),
			eventId: byId('e'),
		},
		'locationScheduleEvent.update': {
			...customerSchedules,
			scheduleId: byId('s'),
			eventId: byId('e'),
			updateFields: { name: 'x' },
		},
		'locationScheduleEvent.delete': {
			...customerSchedules,
			scheduleId: byId('s'),
			eventId: byId('e'),
		},
		'callFeature.getMany': { returnAll: true },
		'callFeature.getCallForwarding': customerMenu,
		'callFeature.updateOperatingModes': { ...customerMenu, modeBasedForwarding: 'on' },
		'callFeature.switchToNormalOperation': customerMenu,
		'callFeature.findByOperatingMode': { modeId: byId('unknown-mode') },
		'autoAttendant.get': customerMenuOf('autoAttendantId'),
		'autoAttendant.update': {
			...customerMenuOf('autoAttendantId'),
			updateFields: { holidaySchedule: byId('Holidays') },
		},
		...Object.fromEntries(
			['HolidayService', 'NightService', 'ForcedForward', 'StrandedCalls'].flatMap((service) => {
				const queue = { locationId: byId(SEED.locations.customerHq), queueId: byId('q') };
				return [
					[`callQueue.get${service}`, queue],
					[`callQueue.update${service}`, { ...queue, updateFields: { transferPhoneNumber: '1' } }],
				];
			}),
		),
		'modeManager.getAvailableFeatures': { personId: SEED.people.manager, returnAll: true },
		'modeManager.getManagedFeatures': { personId: SEED.people.manager },
		'modeManager.updateManagedFeatures': { personId: SEED.people.manager, addFeatureIds: 'f' },
		// The mode manager's own settings: Webex takes the token's person, never an orgId.
		'modeManagement.getFeatures': {},
		'modeManagement.getFeature': { featureId: byId('f') },
		'modeManagement.getCommonModes': { featureIds: 'f' },
		'modeManagement.switchMode': { featureId: byId('f'), operatingModeId: byId('m') },
		'modeManagement.switchModeForMany': { featureIds: 'f', operatingModeName: 'Storm' },
		'modeManagement.extendMode': { featureId: byId('f') },
		'modeManagement.switchToNormalOperation': { featureId: byId('f') },
		'operatingMode.create': { name: 'Customer hours', type: 'NONE', level: 'ORGANIZATION' },
		'operatingMode.get': { modeId: byId('unknown-mode') },
		'operatingMode.createOrUpdate': { name: 'Customer hours', type: 'NONE', level: 'ORGANIZATION' },
		'operatingModeHoliday.createOrUpdate': {
			modeId: byId('unknown-mode'),
			name: 'Day',
			allDayEnabled: true,
			startDate: '2027-01-01',
			endDate: '2027-01-01',
		},
		'operatingMode.getMany': { returnAll: true },
		'operatingMode.update': { modeId: byId('unknown-mode'), updateFields: { name: 'x' } },
		'operatingMode.delete': { modeId: byId('unknown-mode') },
		'operatingMode.getAvailableForLocation': { locationId: byId(SEED.locations.customerHq) },
		'operatingModeHoliday.create': {
			modeId: byId('unknown-mode'),
			name: 'Day',
			allDayEnabled: true,
			startDate: '2027-01-01',
			endDate: '2027-01-01',
		},
		'operatingModeHoliday.get': { modeId: byId('unknown-mode'), holidayId: 'h' },
		'operatingModeHoliday.update': {
			modeId: byId('unknown-mode'),
			holidayId: 'h',
			updateFields: { name: 'x' },
		},
		'operatingModeHoliday.delete': { modeId: byId('unknown-mode'), holidayId: 'h' },
		'workspace.getMany': { returnAll: true },
		'workspace.getCallForwarding': { workspaceId: byId(customer) },
		'workspace.getSimultaneousRing': { workspaceId: byId(customer) },
		'workspace.updateSimultaneousRing': {
			workspaceId: byId(customer),
			updateFields: { enabled: false },
		},
		'workspaceSimultaneousRingCriteria.create': { workspaceId: byId(customer) },
		'workspaceSimultaneousRingCriteria.get': { workspaceId: byId(customer), criteriaId: 'c' },
		'workspaceSimultaneousRingCriteria.update': {
			workspaceId: byId(customer),
			criteriaId: 'c',
			updateFields: { ringEnabled: true },
		},
		'workspaceSimultaneousRingCriteria.delete': { workspaceId: byId(customer), criteriaId: 'c' },
	};

	test.each(allOperations())('%s → %s', async (resource, operation) => {
		const given = parameters[`${resource}.${operation}`];
		expect(given).toBeDefined();
		await env.runNode(
			{ resource, operation, ...given, options: { orgId: SEED.customerOrgId } },
			[{}],
			{ onError: 'continueRegularOutput' },
		);
		expect(env.simulator.log.length).toBeGreaterThan(0);
		const orgId = resource === 'modeManagement' ? undefined : SEED.customerOrgId;
		for (const request of env.simulator.log) expect(request.query.orgId).toBe(orgId);
	});
});
