/**
 * Every workflow in examples/ runs in the engine against the simulator, as users will import
 * it, with n8n's own Manual Trigger and Edit Fields nodes from n8n-nodes-base.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { RunResult, WorkflowDefinition } from '../harness/engine';
import { MANAGED_MODES, SEED, seedModeManagement } from '../simulator/data';
import { useEnvironment } from '../harness/lifecycle';
import { storeExampleCredentials } from '../simulator/credentials';
import { webexId } from '../simulator/ids';

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');
/**
 * The MCP server example is driven by an MCP client through n8n's MCP Server Trigger, which lives
 * in n8n's AI nodes, not in the engine: the real app runs it (test/n8n/mcp.test.ts).
 */
const forAgents = (file: string) =>
	readFileSync(path.join(EXAMPLES, file), 'utf8').includes('"@n8n/n8n-nodes-langchain.');
const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json') && !forAgents(f));

test('the MCP server example is the one left to the app', () =>
	expect(readdirSync(EXAMPLES).filter((f) => f.endsWith('.json') && forAgents(f))).toEqual([
		'mcp-server.json',
	]));

const env = useEnvironment();

async function runExample(file: string): Promise<RunResult> {
	const workflow = JSON.parse(
		readFileSync(path.join(EXAMPLES, file), 'utf8'),
	) as WorkflowDefinition;
	await storeExampleCredentials(env.engine.credentials, env.simulator.url);
	return await env.engine.run(workflow);
}

test('there are examples', () => expect(files.length).toBeGreaterThanOrEqual(3));

/** The examples that need operating modes in use: features forwarding by them, a mode manager */
const usesModes = (file: string) => file.startsWith('storm-') || file.startsWith('audit-features');

test.each(files)('%s runs to the end without a workflow error', async (file) => {
	if (usesModes(file)) seedModeManagement(env.simulator.world);
	const result = await runExample(file);
	expect(result.error).toBeUndefined();
	expect(result.run.status).toBe('success');
	expect(env.simulator.log.length).toBeGreaterThan(0);
});

test('the audit makes one table row per Calling workspace, naming the ones without the feature', async () => {
	const result = await runExample('audit-workspace-simultaneous-ring.json');
	expect(result.output('Audit table').map((row) => row.json)).toEqual([
		{
			workspace: 'Denver Lobby',
			workspaceId: SEED.workspaces.lobby,
			simultaneousRing: 'on',
			// As Webex shows them
			numbers: '+1-9075552859, +1-9186663950',
			doNotRingIfOnCall: true,
			criteria: 1,
		},
		{
			workspace: 'Boston Boardroom',
			workspaceId: SEED.workspaces.boardroom,
			simultaneousRing: 'off',
			numbers: '',
			doNotRingIfOnCall: false,
			criteria: 0,
		},
		{
			workspace: 'Austin Break Room',
			workspaceId: SEED.workspaces.breakRoom,
			simultaneousRing:
				'unavailable: This feature is only available for professional licensed workspaces.',
			numbers: '',
			doNotRingIfOnCall: false,
			criteria: 0,
		},
	]);
});

test('the roll-out creates one holiday mode per location; run again, it reports each unchanged and writes nothing', async () => {
	const first = await runExample('roll-out-holiday-schedule-to-every-location.json');
	const created = first.output('Create or update holiday mode').map((i) => i.json);
	expect(created.map((mode) => [mode.action, mode.name])).toEqual([
		['created', 'Holidays 2027 - Denver HQ'],
		['created', 'Holidays 2027 - Boston Office'],
		['created', 'Holidays 2027 - Austin Lab'],
	]);
	const modes = env.simulator.world.operatingModes;
	expect(modes.map((m) => m.body.locationId)).toEqual([
		SEED.locations.denver,
		SEED.locations.boston,
		SEED.locations.austin,
	]);
	expect((modes[0].body.holidays as unknown[]).length).toBe(5);

	env.simulator.log.length = 0;
	const again = await runExample('roll-out-holiday-schedule-to-every-location.json');
	expect(
		again.output('Create or update holiday mode').map((i) => [i.json.action, i.json.id]),
	).toEqual(modes.map((mode) => ['unchanged', mode.id]));
	expect(env.simulator.log.filter((r) => r.method !== 'GET')).toEqual([]);
	expect(env.simulator.world.operatingModes).toHaveLength(3);
});

describe('operating modes at work', () => {
	const exceptionOf = (id: string) =>
		env.simulator.world.features.find((f) => f.id === id)!.operatingModes.exception;

	test("storm day, as the mode manager's own sign-in: the alert switches every feature she manages to Closed - Weather, the all-clear switches them back", async () => {
		seedModeManagement(env.simulator.world);
		const switched = await runExample('storm-day-switch-to-closed.json');
		expect(
			switched
				.output('Switch to Closed - Weather')
				.map((f) => [f.json.name, f.json.currentOperatingModeName]),
		).toEqual([
			['Denver Main Menu', 'Closed - Weather'],
			['Denver Support', 'Closed - Weather'],
		]);
		for (const id of [SEED.features.denverMenu, SEED.features.denverSupport])
			expect(exceptionOf(id)).toEqual({ modeId: MANAGED_MODES.storm, type: 'MANUAL_SWITCH_BACK' });
		// Dana's sign-in, refreshed once (the imported access token had expired).
		expect(env.simulator.oauth.tokenRequests.map((r) => [r.grantType, r.status])).toEqual([
			['refresh_token', 200],
		]);
		// One bulk switch, by the mode's name, for both.
		const apiPosts = env.simulator.requests('POST').filter((r) => r.path !== '/access_token');
		expect(apiPosts.map((r) => r.body)).toEqual([
			{
				featureIds: [SEED.features.denverMenu, SEED.features.denverSupport],
				operatingModeName: 'Closed - Weather',
			},
		]);

		const back = await runExample('storm-day-switch-back.json');
		expect(
			back.output('Back to normal operation').map((f) => f.json.currentOperatingModeId),
		).toEqual([MANAGED_MODES.business, MANAGED_MODES.business]);
		for (const id of [SEED.features.denverMenu, SEED.features.denverSupport])
			expect(exceptionOf(id)).toBeUndefined();
	});

	test("every feature gets its location's holiday mode; run again, it writes nothing", async () => {
		const first = await runExample('give-every-feature-its-location-holiday-mode.json');
		const given = first.output('Give the feature its holiday mode').map((item) => item.json);
		expect(given).toHaveLength(6);
		expect(given.every((item) => item.action === 'updated')).toBe(true);
		const modes = env.simulator.world.operatingModes.map((m) => m.body.name).sort();
		expect(modes).toEqual([
			'Holidays 2027 - Austin Lab',
			'Holidays 2027 - Boston Office',
			'Holidays 2027 - Denver HQ',
		]);
		for (const feature of env.simulator.world.features.filter((f) => f.orgId === SEED.orgId)) {
			const [mode] = feature.operatingModes.modes;
			const named = env.simulator.world.operatingModes.find((m) => m.id === mode.id)!;
			expect(named.body.locationId).toBe(feature.locationId);
			expect(feature.operatingModes.enabled).toBe(true);
		}
		env.simulator.log.length = 0;
		const again = await runExample('give-every-feature-its-location-holiday-mode.json');
		expect(
			again.output('Give the feature its holiday mode').map((item) => item.json.action),
		).toEqual(Array(6).fill('unchanged'));
		expect(env.simulator.log.filter((r) => r.method !== 'GET')).toEqual([]);
	});

	test('the audit lists each mode with the features that use it and whether it is in effect', async () => {
		seedModeManagement(env.simulator.world);
		const result = await runExample('audit-features-by-operating-mode.json');
		expect(
			result
				.output('Audit table')
				.map((row) => [row.json.operatingMode, row.json.feature, row.json.inEffectNow]),
		).toEqual([
			['Business Hours', 'Denver Main Menu', true],
			['Business Hours', 'Denver Support', true],
			['Closed - Weather', 'Denver Main Menu', false],
			['Closed - Weather', 'Denver Support', false],
			['Event', 'Denver Main Menu', false],
		]);
	});
});

describe('location schedules', () => {
	const FILE = 'add-holidays-to-every-location-schedule.json';
	const holidaysOf = (locationId: string) =>
		env.simulator.world.schedules.find(
			(s) => s.locationId === locationId && s.type === 'holidays' && s.name === 'Company Holidays',
		);

	test("the holidays reach every location's holiday schedule: one location failing costs the others nothing, the next run finishes it, a third writes nothing", async () => {
		// Denver has the schedule already: a holiday of its own, and Christmas on another day.
		env.simulator.world.schedules.push({
			orgId: SEED.orgId,
			locationId: SEED.locations.denver,
			type: 'holidays',
			name: 'Company Holidays',
			events: [
				{
					name: 'Founders Day',
					startDate: '2027-03-04',
					endDate: '2027-03-04',
					allDayEnabled: true,
				},
				{
					name: 'Christmas Day',
					startDate: '2027-12-25',
					endDate: '2027-12-25',
					allDayEnabled: true,
				},
			],
		});
		// Boston's create fails once.
		env.simulator.faults.script.push({
			method: 'POST',
			path: `/locations/${SEED.locations.boston}/schedules`,
			status: 400,
		});
		const first = await runExample(FILE);
		expect(first.run.status).toBe('success');
		const added = first.output('Add the holidays').map((item) => item.json);
		expect(added.map((item) => item.action ?? 'error')).toEqual(['updated', 'error', 'created']);
		// Webex's words and trackingId, on Boston's item.
		expect(added[1]).toMatchObject({
			error: 'Simulated failure 400',
			trackingId: expect.stringMatching(/^ROUTERGW_/),
		});
		expect(holidaysOf(SEED.locations.boston)).toBeUndefined();
		const denver = holidaysOf(SEED.locations.denver)!;
		expect(denver.events.map((event) => event.name)).toEqual(
			expect.arrayContaining(['Founders Day', 'Christmas Day', 'Memorial Day', 'Thanksgiving']),
		);
		expect(denver.events).toHaveLength(11);
		expect(denver.events.find((event) => event.name === 'Christmas Day')!.startDate).toBe(
			'2027-12-24',
		);
		const austin = holidaysOf(SEED.locations.austin)!;
		expect(austin.events).toHaveLength(10);
		expect(austin.events.find((event) => event.name === 'Thanksgiving')!.recurrence).toEqual({
			recurForEver: true,
			recurYearlyByDay: { day: 'THURSDAY', week: 'FOURTH', month: 'NOVEMBER' },
		});

		env.simulator.log.length = 0;
		const second = await runExample(FILE);
		expect(second.output('Add the holidays').map((item) => item.json.action)).toEqual([
			'unchanged',
			'created',
			'unchanged',
		]);
		expect(env.simulator.log.filter((r) => r.method !== 'GET').map((r) => r.path)).toEqual([
			`/telephony/config/locations/${SEED.locations.boston}/schedules`,
		]);
		expect(holidaysOf(SEED.locations.boston)!.events).toHaveLength(10);

		env.simulator.log.length = 0;
		const third = await runExample(FILE);
		expect(third.output('Add the holidays').map((item) => item.json.action)).toEqual(
			Array(3).fill('unchanged'),
		);
		expect(env.simulator.log.filter((r) => r.method !== 'GET')).toEqual([]);
	});
});

describe("call queues' closure switches", () => {
	const queueOf = (id: string) => env.simulator.world.features.find((f) => f.id === id)!;

	test('storm day: every Denver queue forwards to the answering service, one failing costs the others nothing; the all-clear stops it, the number kept', async () => {
		// A second Denver queue, whose first write Webex refuses.
		const denverSales = webexId('CALL_QUEUE');
		env.simulator.world.features.push({
			...structuredClone(queueOf(SEED.features.denverSupport)),
			id: denverSales,
			name: 'Denver Sales Queue',
		});
		const salesPath = `/telephony/config/locations/${SEED.locations.denver}/queues/${denverSales}/forcedForward`;
		env.simulator.faults.script.push({ method: 'PUT', status: 400, path: salesPath, times: 1 });

		const forwarded = await runExample('storm-day-forward-every-denver-queue.json');
		const output = forwarded.output('Forward new calls to the answering service');
		expect(output.map((item) => [item.json.change, item.json.forcedForwardEnabled])).toEqual([
			['updated', true],
			[undefined, undefined],
		]);
		expect(output[1].json.trackingId).toMatch(/^ROUTERGW_/);
		// Boston's queue is not Denver's: untouched.
		expect(queueOf(SEED.features.bostonBilling).queueServices?.forcedForward).toBeUndefined();

		// Run again: the one that failed is forwarded, the other is already (no PUT for it).
		env.simulator.log.length = 0;
		const again = await runExample('storm-day-forward-every-denver-queue.json');
		expect(
			again.output('Forward new calls to the answering service').map((item) => item.json.change),
		).toEqual(['unchanged', 'updated']);
		expect(env.simulator.requests('PUT').map((r) => r.path)).toEqual([salesPath]);

		const back = await runExample('storm-day-denver-queues-back.json');
		expect(
			back
				.output('Stop forwarding')
				.map((item) => [item.json.forcedForwardEnabled, item.json.transferPhoneNumber]),
		).toEqual([
			[false, '+19705550100'],
			[false, '+19705550100'],
		]);
	});

	test("every queue's holiday service points at its location's holiday schedule; run again, it writes nothing", async () => {
		await runExample('add-holidays-to-every-location-schedule.json');
		env.simulator.log.length = 0;
		const first = await runExample('point-every-queue-holiday-service-at-location-schedule.json');
		const set = first.output('Use the holiday schedule').map((item) => item.json);
		expect(
			set.map((queue) => [queue.change, queue.holidayServiceEnabled, queue.holidayScheduleName]),
		).toEqual([
			['updated', true, 'Company Holidays'],
			['updated', true, 'Company Holidays'],
		]);
		// Each queue's own location has the schedule: Webex lists it among the ones it may use.
		for (const queue of set)
			expect(queue.holidaySchedules).toContainEqual({
				scheduleName: 'Company Holidays',
				scheduleLevel: 'LOCATION',
			});
		expect(env.simulator.requests('PUT')).toHaveLength(2);

		env.simulator.log.length = 0;
		const second = await runExample('point-every-queue-holiday-service-at-location-schedule.json');
		expect(second.output('Use the holiday schedule').map((item) => item.json.change)).toEqual([
			'unchanged',
			'unchanged',
		]);
		expect(env.simulator.log.filter((r) => r.method !== 'GET')).toEqual([]);
	});
});
