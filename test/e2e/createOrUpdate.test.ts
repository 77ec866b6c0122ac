/**
 * Create or Update by name, safe to run on a schedule, and a Dry Run on every write.
 * Through n8n's engine against the simulator.
 */
import type { IDataObject } from 'n8n-workflow';

import { SEED } from '../simulator/data';
import { bodyOf, useEnvironment } from '../harness/lifecycle';

const env = useEnvironment();

const MODES = '/telephony/config/operatingModes';
const denver = { __rl: true, mode: 'id', value: SEED.locations.denver };

const afterHours = (extra: Record<string, unknown> = {}) => ({
	resource: 'operatingMode',
	operation: 'createOrUpdate',
	name: 'After Hours',
	type: 'SAME_HOURS_DAILY',
	level: 'LOCATION',
	locationId: denver,
	sameHoursDaily: {
		mondayToFriday: { enabled: true, allDayEnabled: false, startTime: '17:00', endTime: '08:00' },
		saturdayToSunday: { enabled: true, allDayEnabled: true },
	},
	callForwarding: { enabled: true, destination: '+19705550006' },
	...extra,
});

const writes = () => env.simulator.log.filter((r) => r.method !== 'GET');

async function run(parameters: Record<string, unknown>, items?: IDataObject[], options = {}) {
	const result = await env.runNode(parameters, items, options);
	expect(result.error).toBeUndefined();
	return result.output('Webex Calling').map((item) => item.json);
}

describe('Operating Mode → Create or Update', () => {
	test('created, then unchanged with no write, then updated when the definition changes', async () => {
		const [created] = await run(afterHours());
		expect(created).toMatchObject({ action: 'created', name: 'After Hours' });
		expect(env.simulator.world.operatingModes).toHaveLength(1);

		env.simulator.log.length = 0;
		const [unchanged] = await run(afterHours());
		expect(unchanged).toMatchObject({ action: 'unchanged', id: created.id });
		expect(writes()).toEqual([]);

		const [updated] = await run(afterHours({ callForwarding: { enabled: false } }));
		expect(updated).toMatchObject({
			action: 'updated',
			id: created.id,
			callForwarding: { enabled: false },
		});
		expect(env.simulator.requests('PUT')).toHaveLength(1);
		// What was not given keeps its value (the weekend, the destination).
		expect(updated.sameHoursDaily).toMatchObject({
			saturdayToSunday: { enabled: true, allDayEnabled: true },
		});
		expect(updated.callForwarding).toMatchObject({ destination: '+19705550006' });
	});

	test("a type that differs from the existing mode's fails that item, nothing written", async () => {
		await run(afterHours());
		env.simulator.log.length = 0;
		const result = await env.runNode(afterHours({ type: 'NONE', sameHoursDaily: undefined }));
		expect(result.error?.message).toMatch(/Type cannot change from "SAME_HOURS_DAILY" to "NONE"/);
		expect(result.error?.description).toMatch(/An operating mode named "After Hours" exists/);
		expect(writes()).toEqual([]);
	});

	test('two items of the same name in one run: one create, never two', async () => {
		const output = await run(
			afterHours({ name: '={{ $json.name }}', options: { concurrency: 5 } }),
			[{ name: 'Shared' }, { name: 'Shared' }, { name: 'Other' }],
		);
		expect(output.map((item) => item.action)).toEqual(['created', 'unchanged', 'created']);
		expect(
			env.simulator
				.requests('POST')
				.map((r) => bodyOf(r).name)
				.sort(),
		).toEqual(['Other', 'Shared']);
	});

	test('a create whose answer is lost is looked up by name: one mode, one POST', async () => {
		env.simulator.faults.script.push({ method: 'POST', kind: 'reset', afterProcessing: true });
		const [created] = await run(afterHours());
		expect(created.action).toBe('created');
		expect(env.simulator.requests('POST')).toHaveLength(1);
		expect(env.simulator.world.operatingModes).toHaveLength(1);
	});

	test('with Continue On Fail, a failing item does not cost the others', async () => {
		await run(afterHours({ name: 'Fixed' }));
		const output = await run(
			afterHours({ name: '={{ $json.name }}', type: '={{ $json.type }}' }),
			[
				{ name: 'Fixed', type: 'DIFFERENT_HOURS_DAILY' },
				{ name: 'New one', type: 'SAME_HOURS_DAILY' },
			],
			{ onError: 'continueRegularOutput' },
		);
		expect(output[0].error).toMatch(/Type/);
		expect(output[1].action).toBe('created');
	});

	test('holidays given are merged by name into an existing HOLIDAY mode', async () => {
		const holidayMode = (holidays: IDataObject[]) => ({
			resource: 'operatingMode',
			operation: 'createOrUpdate',
			name: 'Holidays 2027',
			type: 'HOLIDAY',
			level: 'ORGANIZATION',
			holidays: { holiday: holidays },
		});
		const newYear = {
			name: 'New Year',
			allDayEnabled: true,
			startDate: '2027-01-01',
			endDate: '2027-01-01',
		};
		const christmas = {
			name: 'Christmas',
			allDayEnabled: true,
			startDate: '2027-12-25',
			endDate: '2027-12-25',
		};
		await run(holidayMode([newYear, christmas]));
		const [again] = await run(holidayMode([newYear]));
		expect(again.action).toBe('unchanged');
		const [updated] = await run(holidayMode([{ ...newYear, endDate: '2027-01-02' }]));
		expect(updated.action).toBe('updated');
		expect((updated.holidays as IDataObject[]).map((h) => [h.name, h.endDate])).toEqual([
			['New Year', '2027-01-02'],
			['Christmas', '2027-12-25'],
		]);
	});
});

describe('Operating Mode Holiday → Create or Update', () => {
	test('created, unchanged, updated, within one mode', async () => {
		const [mode] = await run({
			resource: 'operatingMode',
			operation: 'create',
			inputMode: 'json',
			jsonBody: JSON.stringify({
				name: 'H',
				type: 'HOLIDAY',
				level: 'ORGANIZATION',
				holidays: [
					{ name: 'New Year', allDayEnabled: true, startDate: '2027-01-01', endDate: '2027-01-01' },
				],
			}),
		});
		const holiday = (endDate: string) => ({
			resource: 'operatingModeHoliday',
			operation: 'createOrUpdate',
			modeId: { __rl: true, mode: 'id', value: mode.id },
			name: 'Independence Day',
			allDayEnabled: true,
			startDate: '2027-07-04',
			endDate,
		});
		expect((await run(holiday('2027-07-04')))[0].action).toBe('created');
		env.simulator.log.length = 0;
		expect((await run(holiday('2027-07-04')))[0].action).toBe('unchanged');
		expect(writes()).toEqual([]);
		const [updated] = await run(holiday('2027-07-05'));
		expect(updated).toMatchObject({
			action: 'updated',
			name: 'Independence Day',
			endDate: '2027-07-05',
		});
		expect(env.simulator.world.operatingModes[0].body.holidays).toHaveLength(2);
	});
});

describe('Dry Run on every write', () => {
	test('a create outputs the request it would send, and sends nothing', async () => {
		const [output] = await run({ ...afterHours(), operation: 'create', options: { dryRun: true } });
		expect(output).toEqual({
			dryRun: true,
			requests: [
				{
					method: 'POST',
					path: MODES,
					body: expect.objectContaining({ name: 'After Hours', type: 'SAME_HOURS_DAILY' }),
				},
			],
		});
		expect(env.simulator.log).toEqual([]);
	});

	test('create or update: reads what it needs, outputs the decision and the write it would send', async () => {
		await run(afterHours());
		env.simulator.log.length = 0;
		const [unchanged] = await run(afterHours({ options: { dryRun: true } }));
		expect(unchanged).toEqual({ dryRun: true, action: 'unchanged', requests: [] });
		const [changed] = await run(
			afterHours({
				callForwarding: { enabled: false },
				options: { dryRun: true, orgId: SEED.orgId },
			}),
		);
		expect(changed).toMatchObject({
			dryRun: true,
			action: 'updated',
			requests: [
				{
					method: 'PUT',
					path: expect.stringMatching(/^\/telephony\/config\/operatingModes\/\w+\?orgId=/),
				},
			],
		});
		expect((changed.requests as IDataObject[])[0].body).toMatchObject({
			callForwarding: { enabled: false, destination: '+19705550006' },
		});
		expect(writes()).toEqual([]);
		expect(env.simulator.world.operatingModes[0].body.callForwarding).toMatchObject({
			enabled: true,
		});
	});

	test.each([
		[
			'an update',
			{
				resource: 'workspace',
				operation: 'updateSimultaneousRing',
				workspaceId: { __rl: true, mode: 'id', value: SEED.workspaces.lobby },
				updateFields: { enabled: false },
			},
			'PUT',
		],
		[
			'a delete',
			{
				resource: 'workspaceSimultaneousRingCriteria',
				operation: 'delete',
				workspaceId: { __rl: true, mode: 'id', value: SEED.workspaces.lobby },
				criteriaId: 'c1',
			},
			'DELETE',
		],
	])('%s is written down, not sent', async (_label, parameters, method) => {
		const [output] = await run({ ...parameters, options: { dryRun: true } });
		expect((output.requests as IDataObject[]).map((r) => r.method)).toEqual([method]);
		expect(writes()).toEqual([]);
	});
});

describe('IDs read from Webex go into paths only if they are Webex IDs', () => {
	test('a listed mode whose ID holds ".." fails the item; nothing is sent to the path it leads to', async () => {
		env.simulator.faults.script.push({
			method: 'GET',
			path: MODES,
			status: 200,
			body: {
				operatingModes: [
					{
						id: '..',
						name: 'After Hours',
						type: 'SAME_HOURS_DAILY',
						level: 'LOCATION',
					},
				],
			},
			times: 5,
		});
		const result = await env.runNode(afterHours());
		expect(result.error?.message).toBe(
			'Webex answered with an operating mode whose ID ".." is not a Webex ID (no slashes, dots-dots or spaces)',
		);
		expect(env.simulator.log.map((r) => r.path)).toEqual([MODES]);
	});
});
