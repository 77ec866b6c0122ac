/**
 * Call Feature: auto attendants, call queues and hunt groups, and the operating modes they
 * forward by. Through n8n's engine against the simulator.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { SEED } from '../simulator/data';
import { webexId } from '../simulator/ids';
import { useEnvironment } from '../harness/lifecycle';
import { webexNode } from '../harness/webex';

const env = useEnvironment();

const locator = (value: string) => ({ __rl: true, mode: 'id', value });

/** An operating mode in the org, as if made before (level Organization unless a location is given). */
function seedMode(name: string, type = 'NONE', locationId?: string): string {
	const id = webexId('OPERATING_MODE');
	env.simulator.world.operatingModes.push({
		id,
		orgId: SEED.orgId,
		body: {
			name,
			type,
			level: locationId ? 'LOCATION' : 'ORGANIZATION',
			...(locationId ? { locationId } : {}),
		},
	});
	return id;
}

const denverMenu = {
	featureType: 'autoAttendant',
	locationId: locator(SEED.locations.denver),
	featureId: locator(SEED.features.denverMenu),
};

const denverSupport = {
	featureType: 'callQueue',
	locationId: locator(SEED.locations.denver),
	featureId: locator(SEED.features.denverSupport),
};

const featureNamed = (id: string) => env.simulator.world.features.find((f) => f.id === id)!;

async function run(parameters: Record<string, unknown>, items?: IDataObject[], options = {}) {
	const result = await env.runNode({ resource: 'callFeature', ...parameters }, items, options);
	expect(result.error).toBeUndefined();
	return result.output('Webex Calling').map((item) => item.json);
}

const setModes = (
	feature: Record<string, unknown>,
	modes: IDataObject[],
	extra: Record<string, unknown> = {},
) => ({
	operation: 'updateOperatingModes',
	...feature,
	modesToSet: {
		mode: modes.map((mode) => ({
			...mode,
			operatingModeId: locator(String(mode.id)),
			id: undefined,
		})),
	},
	...extra,
});

describe('Call Feature → Get Many', () => {
	test("lists the org's three kinds, each item saying its type; filters by kind, location and name", async () => {
		const all = await run({ operation: 'getMany', returnAll: true });
		expect(all.map((f) => [f.featureType, f.name])).toEqual([
			['autoAttendant', 'Denver Main Menu'],
			['autoAttendant', 'Boston Reception'],
			['callQueue', 'Denver Support'],
			['callQueue', 'Boston Billing'],
			['huntGroup', 'Denver Sales'],
			['huntGroup', 'Austin Lab Team'],
		]);
		const denver = await run({
			operation: 'getMany',
			returnAll: true,
			filters: { locationId: locator(SEED.locations.denver) },
		});
		expect(denver.map((f) => f.name)).toEqual([
			'Denver Main Menu',
			'Denver Support',
			'Denver Sales',
		]);
		const queues = await run({
			operation: 'getMany',
			returnAll: true,
			featureTypes: ['callQueue'],
		});
		expect(queues.map((f) => f.name)).toEqual(['Denver Support', 'Boston Billing']);
		const named = await run({ operation: 'getMany', returnAll: true, filters: { name: 'boston' } });
		expect(named.map((f) => f.name)).toEqual(['Boston Reception', 'Boston Billing']);
		const limited = await run({ operation: 'getMany', limit: 3 });
		expect(limited).toHaveLength(3);
	});
});

describe('Call Feature → Update Operating Modes', () => {
	test("adds modes with their forwarding; an Auto Attendant's voicemail goes under its own field name", async () => {
		const business = seedMode('Business Hours', 'SAME_HOURS_DAILY');
		const storm = seedMode('Closed - Weather');
		const [updated] = await run(
			setModes(
				denverMenu,
				[
					{ id: business, selection: 'FORWARD_TO_DEFAULT_NUMBER', normalOperationEnabled: true },
					{
						id: storm,
						selection: 'FORWARD_TO_SPECIFIED_NUMBER',
						destination: '+19705550199',
						voicemail: true,
					},
				],
				{ modeBasedForwarding: 'on' },
			),
		);
		expect(updated.action).toBe('updated');
		const operatingModes = updated.operatingModes as IDataObject;
		expect(operatingModes.enabled).toBe(true);
		expect(operatingModes.currentOperatingModeId).toBe(business);
		expect((operatingModes.modes as IDataObject[]).map((m) => [m.name, m.forwardTo])).toEqual([
			['Business Hours', expect.objectContaining({ selection: 'FORWARD_TO_DEFAULT_NUMBER' })],
			[
				'Closed - Weather',
				expect.objectContaining({
					selection: 'FORWARD_TO_SPECIFIED_NUMBER',
					destination: '+19705550199',
					sendToVoicemailEnabled: true,
				}),
			],
		]);
		// Read-only fields never went into the PUT.
		const [put] = env.simulator.requests('PUT');
		expect(JSON.stringify(put.body)).not.toMatch(
			/"name"|defaultDestination|currentOperatingModeId/,
		);
	});

	test("a call queue's voicemail goes under destinationVoicemailEnabled", async () => {
		const storm = seedMode('Closed - Weather');
		const [updated] = await run(
			setModes(denverSupport, [
				{
					id: storm,
					selection: 'FORWARD_TO_SPECIFIED_NUMBER',
					destination: '1234',
					voicemail: true,
				},
			]),
		);
		const [mode] = (updated.operatingModes as IDataObject).modes as IDataObject[];
		expect(mode.forwardTo).toMatchObject({
			destination: '1234',
			destinationVoicemailEnabled: true,
		});
	});

	test('the same again changes nothing and sends no PUT; a removal keeps the other modes as they were', async () => {
		const business = seedMode('Business Hours', 'SAME_HOURS_DAILY');
		const storm = seedMode('Closed - Weather');
		const both = setModes(denverMenu, [
			{ id: business, selection: 'FORWARD_TO_DEFAULT_NUMBER', normalOperationEnabled: true },
			{ id: storm, selection: 'FORWARD_TO_SPECIFIED_NUMBER', destination: '+19705550199' },
		]);
		await run(both);
		env.simulator.log.length = 0;
		const [again] = await run(both);
		expect(again.action).toBe('unchanged');
		expect(env.simulator.requests('PUT')).toHaveLength(0);

		const [removed] = await run({
			operation: 'updateOperatingModes',
			...denverMenu,
			modesToRemove: { mode: [{ operatingModeId: locator(business) }] },
		});
		expect(removed.action).toBe('updated');
		expect(featureNamed(SEED.features.denverMenu).operatingModes.modes).toEqual([
			{
				id: storm,
				normalOperationEnabled: false,
				forwardTo: {
					selection: 'FORWARD_TO_SPECIFIED_NUMBER',
					destination: '+19705550199',
					sendToVoicemailEnabled: false,
				},
			},
		]);
	});

	test('mode-based forwarding off keeps the modes', async () => {
		const storm = seedMode('Closed - Weather');
		await run(
			setModes(denverMenu, [{ id: storm, selection: 'DO_NOT_FORWARD' }], {
				modeBasedForwarding: 'on',
			}),
		);
		const [off] = await run({
			operation: 'updateOperatingModes',
			...denverMenu,
			modeBasedForwarding: 'off',
		});
		expect(off.operatingModes).toMatchObject({
			enabled: false,
			modes: [expect.objectContaining({ id: storm })],
		});
	});

	test("a Get Call Forwarding's output fed back as JSON changes nothing (no PUT)", async () => {
		const storm = seedMode('Closed - Weather');
		await run(
			setModes(
				denverMenu,
				[
					{
						id: storm,
						selection: 'FORWARD_TO_SPECIFIED_NUMBER',
						destination: '+19705550199',
						voicemail: true,
					},
				],
				{ modeBasedForwarding: 'on' },
			),
		);
		const [read] = await run({ operation: 'getCallForwarding', ...denverMenu });
		env.simulator.log.length = 0;
		const [again] = await run({
			operation: 'updateOperatingModes',
			...denverMenu,
			inputMode: 'json',
			jsonBody: JSON.stringify(read),
		});
		expect(again.action).toBe('unchanged');
		expect(env.simulator.requests('PUT')).toHaveLength(0);
	});

	test('removing a mode the feature does not have is ignored and said; nothing to change sends no PUT', async () => {
		const storm = seedMode('Closed - Weather');
		const [result] = await run({
			operation: 'updateOperatingModes',
			...denverMenu,
			modesToRemove: { mode: [{ operatingModeId: locator(storm) }] },
		});
		expect(result).toMatchObject({
			action: 'unchanged',
			featureName: 'Denver Main Menu',
			modesNotOnFeature: [storm],
			notes: [`Not removed, as the feature does not have it: ${storm}.`],
		});
		expect(env.simulator.requests('PUT')).toHaveLength(0);
	});

	test('the output names the feature, and says when its modes route no calls (mode-based forwarding off)', async () => {
		const storm = seedMode('Closed - Weather');
		const [off] = await run(
			setModes(denverSupport, [{ id: storm, selection: 'DO_NOT_FORWARD' }], {
				modeBasedForwarding: 'off',
			}),
		);
		expect(off).toMatchObject({
			action: 'updated',
			featureType: 'callQueue',
			featureName: 'Denver Support',
			notes: [expect.stringMatching(/^Mode-based forwarding is off on this feature/)],
		});
		const [on] = await run(
			setModes(denverSupport, [{ id: storm, selection: 'DO_NOT_FORWARD' }], {
				modeBasedForwarding: 'on',
			}),
		);
		expect(on.featureName).toBe('Denver Support');
		expect(on.notes).toBeUndefined();
		// One read of the details for the name in each run, beside the forwarding.
		expect(
			env.simulator.requests('GET').filter((r) => r.path.endsWith(SEED.features.denverSupport))
				.length,
		).toBe(2);
	});

	test("a mode of another location: Webex's own words, with its trackingId", async () => {
		const boston = seedMode('Boston Closed', 'NONE', SEED.locations.boston);
		const result = await env.runNode({
			resource: 'callFeature',
			...setModes(denverMenu, [{ id: boston, selection: 'DO_NOT_FORWARD' }]),
		});
		expect(result.error?.message).toMatch(/is not available at this location/);
		expect(result.error?.description).toMatch(/trackingId ROUTERGW_/);
	});

	test('Dry Run: the PUT it would send, nothing written', async () => {
		const storm = seedMode('Closed - Weather');
		const [planned] = await run(
			setModes(denverMenu, [{ id: storm, selection: 'DO_NOT_FORWARD' }], {
				options: { dryRun: true },
			}),
		);
		expect(JSON.stringify(planned)).toContain('"method":"PUT"');
		expect(JSON.stringify(planned)).toContain(storm);
		expect(env.simulator.requests('PUT')).toHaveLength(0);
		expect(featureNamed(SEED.features.denverMenu).operatingModes.modes).toEqual([]);
	});
});

describe('Call Feature → Switch to Normal Operation and Find by Operating Mode', () => {
	test('switch to normal operation is a POST; the exception is gone afterwards', async () => {
		const business = seedMode('Business Hours', 'SAME_HOURS_DAILY');
		const storm = seedMode('Closed - Weather');
		await run(
			setModes(
				denverMenu,
				[
					{ id: business, selection: 'FORWARD_TO_DEFAULT_NUMBER', normalOperationEnabled: true },
					{ id: storm, selection: 'DO_NOT_FORWARD' },
				],
				{ modeBasedForwarding: 'on' },
			),
		);
		featureNamed(SEED.features.denverMenu).operatingModes.exception = {
			modeId: storm,
			type: 'MANUAL_SWITCH_BACK',
		};
		const [before] = await run({ operation: 'getCallForwarding', ...denverMenu });
		expect(before.operatingModes).toMatchObject({
			currentOperatingModeId: storm,
			exceptionType: 'MANUAL_SWITCH_BACK',
		});
		const [after] = await run({ operation: 'switchToNormalOperation', ...denverMenu });
		expect(after.operatingModes).toMatchObject({ currentOperatingModeId: business });
		expect((after.operatingModes as IDataObject).exceptionType).toBeUndefined();
		expect(env.simulator.requests('POST').map((r) => r.path)).toEqual([
			expect.stringMatching(/\/callForwarding\/actions\/switchMode\/invoke$/),
		]);
	});

	test('finds the features of all three kinds that use a mode, and which have it in effect', async () => {
		const storm = seedMode('Closed - Weather');
		const other = seedMode('Event');
		await run(
			setModes(
				denverMenu,
				[{ id: storm, selection: 'DO_NOT_FORWARD', normalOperationEnabled: true }],
				{ modeBasedForwarding: 'on' },
			),
		);
		await run(
			setModes(denverSupport, [
				{ id: other, selection: 'DO_NOT_FORWARD' },
				{ id: storm, selection: 'FORWARD_TO_DEFAULT_NUMBER' },
			]),
		);
		await run(
			setModes(
				{
					featureType: 'huntGroup',
					locationId: locator(SEED.locations.austin),
					featureId: locator(SEED.features.austinLab),
				},
				[{ id: other, selection: 'DO_NOT_FORWARD' }],
			),
		);
		env.simulator.log.length = 0;
		env.simulator.faults.latencyMs = 20;
		env.simulator.maxInFlight = 0;
		const found = await run({
			operation: 'findByOperatingMode',
			modeId: locator(storm),
			options: { concurrency: 3 },
		});
		expect(found.map((f) => [f.featureType, f.name, f.current])).toEqual([
			['autoAttendant', 'Denver Main Menu', true],
			['callQueue', 'Denver Support', false],
		]);
		// Three lists, then each of the six features' forwarding.
		expect(
			env.simulator.requests('GET').filter((r) => r.path.endsWith('/callForwarding')),
		).toHaveLength(6);
		expect(env.simulator.maxInFlight).toBeGreaterThan(1);
	});

	test('pickers: the features of the chosen type and location, and the modes that location may use', async () => {
		seedMode('Closed - Weather');
		seedMode('Boston Closed', 'NONE', SEED.locations.boston);
		seedMode('Denver Lunch', 'SAME_HOURS_DAILY', SEED.locations.denver);
		const node = (parameters: INodeParameters) =>
			webexNode({ resource: 'callFeature', operation: 'updateOperatingModes', ...parameters });
		const features = await env.engine.listSearch(
			node({ featureType: 'callQueue', locationId: locator(SEED.locations.boston) }),
			'searchFeatures',
		);
		expect(features.results).toEqual([
			{ name: 'Boston Billing', value: SEED.features.bostonBilling },
		]);
		const modes = await env.engine.listSearch(
			node({ featureType: 'autoAttendant', locationId: locator(SEED.locations.denver) }),
			'searchAvailableModes',
		);
		expect(modes.results.map((r) => r.name)).toEqual([
			'Closed - Weather (organization)',
			'Denver Lunch (location)',
		]);
	});
});

test('a mode deleted while a feature has it drops out of the feature; its other modes stay settable', async () => {
	const storm = seedMode('Closed - Weather');
	const event = seedMode('Event');
	await run(
		setModes(denverMenu, [
			{ id: storm, selection: 'DO_NOT_FORWARD' },
			{ id: event, selection: 'DO_NOT_FORWARD' },
		]),
	);
	const deleted = await env.runNode({
		resource: 'operatingMode',
		operation: 'delete',
		modeId: locator(event),
	});
	expect(deleted.error).toBeUndefined();
	const [read] = await run({ operation: 'getCallForwarding', ...denverMenu });
	expect(((read.operatingModes as IDataObject).modes as IDataObject[]).map((m) => m.id)).toEqual([
		storm,
	]);
	const [updated] = await run(
		setModes(denverMenu, [{ id: storm, selection: 'FORWARD_TO_DEFAULT_NUMBER' }]),
	);
	expect(updated.action).toBe('updated');
	const put = env.simulator.requests('PUT').at(-1)!;
	expect(JSON.stringify(put.body)).not.toContain(event);
});

test("more than 100 modes on a feature: sent, and Webex's refusal reaches the user", async () => {
	const ids = Array.from({ length: 101 }, (_, i) => seedMode(`Mode ${i}`));
	const result = await env.runNode({
		resource: 'callFeature',
		operation: 'updateOperatingModes',
		...denverMenu,
		inputMode: 'json',
		jsonBody: JSON.stringify({
			modes: ids.map((id) => ({ id, forwardTo: { selection: 'DO_NOT_FORWARD' } })),
		}),
	});
	expect(result.error?.message).toBe('A feature can have at most 100 operating modes');
	expect(env.simulator.requests('PUT')).toHaveLength(1);
});
