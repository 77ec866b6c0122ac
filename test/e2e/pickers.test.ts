/** The resource-locator lists, called the way n8n's editor calls them. */
import type { INodeParameters } from 'n8n-workflow';

import { SEED } from '../simulator/data';
import { webexId } from '../simulator/ids';
import { scheduleIdOf } from '../simulator/schedules';
import { useEnvironment } from '../harness/lifecycle';
import { webexNode } from '../harness/webex';

const env = useEnvironment();

const createNode = (options = {}) =>
	webexNode({ resource: 'operatingMode', operation: 'create', level: 'LOCATION', options });

test("locations: the org's Webex Calling locations only, by name", async () => {
	const result = await env.engine.listSearch(createNode(), 'searchLocations');
	// Lisbon Warehouse has no Webex Calling: it is in /locations, not in Calling's list.
	expect(result.results).toEqual([
		{ name: 'Denver HQ', value: SEED.locations.denver },
		{ name: 'Boston Office', value: SEED.locations.boston },
		{ name: 'Austin Lab', value: SEED.locations.austin },
	]);
	expect(result.paginationToken).toBeUndefined();
	expect(env.simulator.log[0].path).toBe('/telephony/config/locations');
	expect(env.simulator.log[0].query).toEqual({ max: '100' });
});

test('locations: the typed filter goes to Webex as name', async () => {
	const result = await env.engine.listSearch(createNode(), 'searchLocations', 'bost');
	expect(result.results.map((r) => r.name)).toEqual(['Boston Office']);
	expect(env.simulator.log[0].query).toEqual({ max: '100', name: 'bost' });
});

test('locations: more than a page is paged by following the Link header as given', async () => {
	for (let i = 0; i < 150; i++) {
		env.simulator.world.locations.push({
			id: `loc-${i}`,
			name: `Branch ${i}`,
			orgId: SEED.orgId,
			calling: true,
		});
	}
	const first = await env.engine.listSearch(createNode(), 'searchLocations');
	expect(first.results).toHaveLength(100);
	expect(first.paginationToken).toBe(
		`${env.simulator.url}/telephony/config/locations?max=100&start=100`,
	);
	const second = await env.engine.listSearch(
		createNode(),
		'searchLocations',
		undefined,
		first.paginationToken,
	);
	expect(env.simulator.log[1].query).toEqual({ max: '100', start: '100' });
	expect(second.results).toHaveLength(53);
	expect(second.results[52]).toEqual({ name: 'Branch 149', value: 'loc-149' });
	expect(second.paginationToken).toBeUndefined();
});

test("locations: options.orgId lists the customer org's", async () => {
	const result = await env.engine.listSearch(
		createNode({ orgId: SEED.customerOrgId }),
		'searchLocations',
	);
	expect(result.results).toEqual([{ name: 'Customer HQ', value: SEED.locations.customerHq }]);
});

test('workspaces: Webex Calling ones only, by display name', async () => {
	const node = webexNode({ resource: 'workspace', operation: 'getSimultaneousRing' });
	const all = await env.engine.listSearch(node, 'searchWorkspaces');
	// The Lisbon Huddle Room has no Webex Calling, so no simultaneous ring.
	expect(all.results.map((r) => r.name)).toEqual([
		'Denver Lobby',
		'Boston Boardroom',
		'Austin Break Room',
	]);
	const filtered = await env.engine.listSearch(node, 'searchWorkspaces', 'lobby');
	expect(filtered.results).toEqual([{ name: 'Denver Lobby', value: SEED.workspaces.lobby }]);
	expect(env.simulator.log[1].query).toEqual({
		max: '100',
		calling: 'webexCalling',
		displayName: 'lobby',
	});
});

test('a page that links to itself ends the list; a relative link is resolved against the page', async () => {
	env.simulator.faults.script.push({
		method: 'GET',
		path: '/telephony/config/locations',
		headers: { Link: '</v1/telephony/config/locations?max=100>; rel="next"' },
	});
	const looped = await env.engine.listSearch(createNode(), 'searchLocations');
	expect(looped.paginationToken).toBeUndefined();
	env.simulator.faults.script.push({
		method: 'GET',
		path: '/telephony/config/locations',
		headers: { Link: '</v1/telephony/config/locations?start=1&max=100>; rel="next"' },
	});
	const relative = await env.engine.listSearch(createNode(), 'searchLocations');
	expect(relative.paginationToken).toBe(
		`${env.simulator.url}/telephony/config/locations?start=1&max=100`,
	);
});

test('a pagination token on another host is refused before anything is sent there', async () => {
	await expect(
		env.engine.listSearch(
			createNode(),
			'searchLocations',
			undefined,
			'https://evil.example/v1/telephony/config/locations?start=100',
		),
	).rejects.toThrow(
		"Webex's next-page link points to another host (https://evil.example); it was not followed",
	);
	expect(env.simulator.log).toHaveLength(0);
});

test("a picker error carries Webex's message", async () => {
	await env.setCredential({ accessToken: 'bad', baseUrl: env.simulator.url });
	await expect(env.engine.listSearch(createNode(), 'searchLocations')).rejects.toThrow(
		'The request requires a valid access token set in the Authorization request header.',
	);
	await env.setCredential();
});

describe('pickers that depend on the field above (node version 2)', () => {
	const v2 = (parameters: INodeParameters) => ({
		...webexNode(parameters),
		typeVersion: 2,
	});

	function seedHolidayMode() {
		const modeId = webexId('OPERATING_MODE');
		const holidays = [
			{
				id: 'h-1',
				name: 'New Year',
				allDayEnabled: true,
				startDate: '2027-01-01',
				endDate: '2027-01-01',
			},
			{
				id: 'h-2',
				name: 'Plant Shutdown',
				allDayEnabled: true,
				startDate: '2027-07-01',
				endDate: '2027-07-14',
			},
		];
		env.simulator.world.operatingModes.push({
			id: modeId,
			orgId: SEED.orgId,
			body: { name: 'Holidays', type: 'HOLIDAY', level: 'ORGANIZATION', holidays },
		});
		return modeId;
	}

	test('holidays: those of the chosen mode, by name, with their dates', async () => {
		const modeId = seedHolidayMode();
		const node = v2({
			resource: 'operatingModeHoliday',
			operation: 'get',
			modeId: { __rl: true, mode: 'list', value: modeId },
		});
		expect((await env.engine.listSearch(node, 'searchHolidays')).results).toEqual([
			{ name: 'New Year (2027-01-01)', value: 'h-1' },
			{ name: 'Plant Shutdown (2027-07-01 – 2027-07-14)', value: 'h-2' },
		]);
		expect((await env.engine.listSearch(node, 'searchHolidays', 'plant')).results).toEqual([
			{ name: 'Plant Shutdown (2027-07-01 – 2027-07-14)', value: 'h-2' },
		]);
		expect(env.simulator.requests('GET').map((r) => r.path)).toEqual([
			`/telephony/config/operatingModes/${modeId}`,
			`/telephony/config/operatingModes/${modeId}`,
		]);
	});

	test('holidays: without a mode, or with an ID that is not one, it says so and sends nothing', async () => {
		const none = v2({ resource: 'operatingModeHoliday', operation: 'get' });
		await expect(env.engine.listSearch(none, 'searchHolidays')).rejects.toThrow(
			'Choose the Operating Mode first: its ID is required, got ""',
		);
		const unsafe = v2({
			resource: 'operatingModeHoliday',
			operation: 'get',
			modeId: { __rl: true, mode: 'id', value: '../../people' },
		});
		await expect(env.engine.listSearch(unsafe, 'searchHolidays')).rejects.toThrow(
			'Choose the Operating Mode first: its ID "../../people" is not a Webex ID',
		);
		expect(env.simulator.log).toHaveLength(0);
	});

	test("criteria: those of the chosen workspace's simultaneous ring", async () => {
		const node = v2({
			resource: 'workspaceSimultaneousRingCriteria',
			operation: 'get',
			workspaceId: { __rl: true, mode: 'list', value: SEED.workspaces.lobby },
		});
		expect((await env.engine.listSearch(node, 'searchCriteria')).results).toEqual([
			{
				name: 'Business Vacation (ring, calls from all numbers)',
				value: 'Y2lzY29zcGFyazovL3VzL0NSSVRFUklBLzg2NTAxZDFlLTg1MWMtNDgwYi1hZmE2LTA5MTU4NzQ3NzdmZQ',
			},
		]);
	});

	test('a holiday picked from the list is read; version 1 takes the same ID as text', async () => {
		const modeId = seedHolidayMode();
		const parameters = {
			resource: 'operatingModeHoliday',
			operation: 'get',
			modeId: { __rl: true, mode: 'list', value: modeId },
		};
		const picked = await env.runNode(
			{ ...parameters, holidayId: { __rl: true, mode: 'list', value: 'h-2' } },
			[{}],
			{ typeVersion: 2 },
		);
		const typed = await env.runNode({ ...parameters, holidayId: 'h-2' }, [{}], { typeVersion: 1 });
		for (const result of [picked, typed]) {
			expect(result.error).toBeUndefined();
			expect(result.output('Webex Calling')[0].json).toMatchObject({
				id: 'h-2',
				name: 'Plant Shutdown',
			});
		}
	});
});

describe("a location's schedules and a schedule's events", () => {
	const denver = { __rl: true, mode: 'list', value: SEED.locations.denver };
	const holidaysId = scheduleIdOf({
		locationId: SEED.locations.denver,
		type: 'holidays',
		name: 'Denver Holidays',
	});

	test("the schedules of the chosen location, of the chosen type, searched by Webex's name filter", async () => {
		const node = (scheduleType: string) =>
			webexNode({
				resource: 'locationSchedule',
				operation: 'get',
				locationId: denver,
				scheduleType,
			});
		expect(
			(await env.engine.listSearch(node('holidays'), 'searchLocationSchedules')).results,
		).toEqual([expect.objectContaining({ name: 'Denver Holidays', value: holidaysId })]);
		expect(
			(await env.engine.listSearch(node('businessHours'), 'searchLocationSchedules')).results,
		).toEqual([expect.objectContaining({ name: 'Denver Business Hours' })]);
		expect(
			(await env.engine.listSearch(node('holidays'), 'searchLocationSchedules', 'Boston')).results,
		).toEqual([]);
		// The type and the search text go to Webex, which filters.
		const sent = env.simulator.requests('GET').map((r) => r.query);
		expect(sent).toEqual([
			expect.objectContaining({ type: 'holidays' }),
			expect.objectContaining({ type: 'businessHours' }),
			expect.objectContaining({ type: 'holidays', name: 'Boston' }),
		]);
	});

	test('without a location it says so and sends nothing', async () => {
		const node = webexNode({
			resource: 'locationSchedule',
			operation: 'get',
			scheduleType: 'holidays',
		});
		await expect(env.engine.listSearch(node, 'searchLocationSchedules')).rejects.toThrow(
			/Choose the Location first/,
		);
		expect(env.simulator.log).toHaveLength(0);
	});

	test('the events of the chosen schedule, with their dates, filtered by the search text', async () => {
		const node = webexNode({
			resource: 'locationScheduleEvent',
			operation: 'get',
			locationId: denver,
			scheduleType: 'holidays',
			scheduleId: { __rl: true, mode: 'list', value: holidaysId },
		});
		const all = (await env.engine.listSearch(node, 'searchScheduleEvents')).results;
		expect(all).toEqual([
			expect.objectContaining({ name: expect.stringMatching(/^New Year \(2027-01-01/) }),
		]);
		expect((await env.engine.listSearch(node, 'searchScheduleEvents', 'year')).results).toEqual(
			all,
		);
		expect((await env.engine.listSearch(node, 'searchScheduleEvents', 'xmas')).results).toEqual([]);
		expect(env.simulator.requests('GET').map((r) => r.path)).toEqual(
			Array(3).fill(
				`/telephony/config/locations/${SEED.locations.denver}/schedules/holidays/${holidaysId}`,
			),
		);
	});
});

describe("a simultaneous-ring criteria's Schedule Name, picked from the workspace's location (version 4)", () => {
	const lobby = { __rl: true, mode: 'list', value: SEED.workspaces.lobby };
	const criteriaNode = (parameters: INodeParameters) =>
		webexNode({ resource: 'workspaceSimultaneousRingCriteria', workspaceId: lobby, ...parameters });

	test("the schedules of the workspace's location, of the chosen type, by name", async () => {
		const create = (scheduleType: string) => criteriaNode({ operation: 'create', scheduleType });
		expect(
			(await env.engine.listSearch(create('holidays'), 'searchWorkspaceSchedules')).results,
		).toEqual([{ name: 'Denver Holidays', value: 'Denver Holidays' }]);
		expect(
			(await env.engine.listSearch(create('businessHours'), 'searchWorkspaceSchedules', ' Den '))
				.results,
		).toEqual([{ name: 'Denver Business Hours', value: 'Denver Business Hours' }]);
		// Update holds the type among its fields; with none chosen yet, both types, each named.
		const update = (updateFields: INodeParameters) =>
			criteriaNode({ operation: 'update', updateFields });
		expect(
			(
				await env.engine.listSearch(
					update({ scheduleType: 'holidays' }),
					'searchWorkspaceSchedules',
				)
			).results,
		).toEqual([{ name: 'Denver Holidays', value: 'Denver Holidays' }]);
		expect((await env.engine.listSearch(update({}), 'searchWorkspaceSchedules')).results).toEqual([
			{ name: 'Denver Business Hours (Business Hours)', value: 'Denver Business Hours' },
			{ name: 'Denver Holidays (Holidays)', value: 'Denver Holidays' },
		]);
		// Each search reads the workspace for its location, then lets Webex filter the schedules.
		const denverSchedules = `/telephony/config/locations/${SEED.locations.denver}/schedules`;
		expect(env.simulator.requests('GET').map((r) => [r.path, r.query])).toEqual([
			[`/workspaces/${SEED.workspaces.lobby}`, {}],
			[denverSchedules, { max: '100', type: 'holidays' }],
			[`/workspaces/${SEED.workspaces.lobby}`, {}],
			[denverSchedules, { max: '100', type: 'businessHours', name: 'Den' }],
			[`/workspaces/${SEED.workspaces.lobby}`, {}],
			[denverSchedules, { max: '100', type: 'holidays' }],
			[`/workspaces/${SEED.workspaces.lobby}`, {}],
			[denverSchedules, { max: '100' }],
		]);
	});

	test("in Update with no Schedule Type among the fields, the criteria's own type: a name picked alone matches it", async () => {
		const businessVacation =
			'Y2lzY29zcGFyazovL3VzL0NSSVRFUklBLzg2NTAxZDFlLTg1MWMtNDgwYi1hZmE2LTA5MTU4NzQ3NzdmZQ';
		const node = criteriaNode({
			operation: 'update',
			criteriaId: { __rl: true, mode: 'list', value: businessVacation },
			updateFields: {},
		});
		expect((await env.engine.listSearch(node, 'searchWorkspaceSchedules')).results).toEqual([
			{ name: 'Denver Holidays', value: 'Denver Holidays' },
		]);
		expect(env.simulator.requests('GET').map((r) => [r.path, r.query])).toEqual([
			[`/workspaces/${SEED.workspaces.lobby}`, {}],
			[
				`/telephony/config/workspaces/${SEED.workspaces.lobby}/simultaneousRing/criteria/${businessVacation}`,
				{},
			],
			[
				`/telephony/config/locations/${SEED.locations.denver}/schedules`,
				{ max: '100', type: 'holidays' },
			],
		]);
	});

	test("a partner admin's search reads the customer's workspace and schedules with its orgId", async () => {
		const node = webexNode({
			resource: 'workspaceSimultaneousRingCriteria',
			operation: 'create',
			workspaceId: { __rl: true, mode: 'id', value: SEED.workspaces.customerReception },
			scheduleType: 'holidays',
			options: { orgId: SEED.customerOrgId },
		});
		expect((await env.engine.listSearch(node, 'searchWorkspaceSchedules')).results).toEqual([]);
		expect(env.simulator.requests('GET').map((r) => [r.path, r.query.orgId])).toEqual([
			[`/workspaces/${SEED.workspaces.customerReception}`, SEED.customerOrgId],
			[`/telephony/config/locations/${SEED.locations.customerHq}/schedules`, SEED.customerOrgId],
		]);
	});

	test('without a workspace it says so and sends nothing', async () => {
		const node = webexNode({
			resource: 'workspaceSimultaneousRingCriteria',
			operation: 'create',
			scheduleType: 'holidays',
		});
		await expect(env.engine.listSearch(node, 'searchWorkspaceSchedules')).rejects.toThrow(
			/Choose the Workspace first/,
		);
		expect(env.simulator.log).toHaveLength(0);
	});

	test('a picked or typed name is sent as the name; version 3 takes it as text', async () => {
		const create = {
			resource: 'workspaceSimultaneousRingCriteria',
			operation: 'create',
			workspaceId: lobby,
			scheduleType: 'holidays',
			scheduleLevel: 'GROUP',
			ringEnabled: false,
		};
		const picked = await env.runNode({
			...create,
			scheduleName: { __rl: true, mode: 'list', value: 'Denver Holidays' },
		});
		const typed = await env.runNode({
			...create,
			scheduleName: { __rl: true, mode: 'name', value: ' Denver Holidays ' },
		});
		const v3 = await env.runNode({ ...create, scheduleName: 'Denver Holidays' }, [{}], {
			typeVersion: 3,
		});
		for (const result of [picked, typed, v3]) expect(result.error).toBeUndefined();
		expect(env.simulator.requests('POST').map((r) => r.body)).toEqual(
			Array(3).fill({
				scheduleType: 'holidays',
				scheduleName: 'Denver Holidays',
				scheduleLevel: 'GROUP',
				callsFrom: 'ANY_PHONE_NUMBER',
				ringEnabled: false,
			}),
		);

		// Update: the picker sits among the fields to change.
		const criteriaId = picked.output('Webex Calling')[0].json.id as string;
		const update = {
			resource: 'workspaceSimultaneousRingCriteria',
			operation: 'update',
			workspaceId: lobby,
			criteriaId,
		};
		const renamed = await env.runNode({
			...update,
			updateFields: {
				scheduleType: 'businessHours',
				scheduleName: { __rl: true, mode: 'list', value: 'Denver Business Hours' },
			},
		});
		expect(renamed.error).toBeUndefined();
		const v3Update = await env.runNode(
			{ ...update, updateFields: { scheduleType: 'holidays', scheduleName: 'Denver Holidays' } },
			[{}],
			{ typeVersion: 3 },
		);
		expect(v3Update.error).toBeUndefined();
		expect(env.simulator.requests('PUT').map((r) => r.body)).toEqual([
			{ scheduleType: 'businessHours', scheduleName: 'Denver Business Hours' },
			{ scheduleType: 'holidays', scheduleName: 'Denver Holidays' },
		]);
		expect(v3Update.output('Webex Calling')[0].json).toMatchObject({
			id: criteriaId,
			scheduleName: 'Denver Holidays',
		});
	});
});
