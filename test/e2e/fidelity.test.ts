/**
 * Never refuse what Webex accepts, and updates that change only what was asked,
 * against Webex's real PUT semantics (modelled by the simulator: weekly schedules and
 * simultaneous ring replaced whole, holidays replaced with new IDs, numbers shown dashed).
 * Every round trip: a Get's output, fed unchanged to the matching Update (JSON and fields),
 * succeeds, and a Get afterwards shows nothing changed.
 */
import type { IDataObject } from 'n8n-workflow';

import { SEED } from '../simulator/data';
import { bodyOf, useEnvironment } from '../harness/lifecycle';

const env = useEnvironment();

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const MODES = '/telephony/config/operatingModes';

async function run(parameters: Record<string, unknown>): Promise<IDataObject> {
	const result = await env.runNode(parameters);
	expect(result.error).toBeUndefined();
	return result.output('Webex Calling')[0].json;
}

async function createMode(body: Record<string, unknown>): Promise<string> {
	const created = await run({
		resource: 'operatingMode',
		operation: 'create',
		inputMode: 'json',
		jsonBody: JSON.stringify(body),
	});
	return created.id as string;
}

const getMode = async (id: string) =>
	await run({ resource: 'operatingMode', operation: 'get', modeId: byId(id) });

/** Holidays without their IDs, which Webex renews whenever a mode's holidays are sent. */
const withoutHolidayIds = (mode: IDataObject) => ({
	...mode,
	holidays: (mode.holidays as IDataObject[] | undefined)?.map((holiday) => ({
		...holiday,
		id: undefined,
	})),
});

const afterHours = {
	name: 'After Hours',
	type: 'SAME_HOURS_DAILY',
	level: 'LOCATION',
	locationId: SEED.locations.denver,
	sameHoursDaily: {
		mondayToFriday: { enabled: true, allDayEnabled: false, startTime: '17:00', endTime: '08:00' },
		saturdayToSunday: { enabled: true, allDayEnabled: true },
	},
	callForwarding: {
		enabled: true,
		destination: '+19705550006',
		destinationVoicemailEnabled: false,
	},
};

const holidays2027 = {
	name: 'Holidays 2027',
	type: 'HOLIDAY',
	level: 'ORGANIZATION',
	holidays: [
		{ name: 'New Year', allDayEnabled: true, startDate: '2027-01-01', endDate: '2027-01-01' },
		{
			name: 'Christmas Eve',
			allDayEnabled: false,
			startDate: '2027-12-24',
			endDate: '2027-12-24',
			startTime: '12:00',
			endTime: '23:59',
		},
	],
};

describe('round trips: a Get fed to the matching Update changes nothing', () => {
	test('operating mode, as JSON: read-only fields are dropped and listed, not refused', async () => {
		const id = await createMode(afterHours);
		const before = await getMode(id);
		env.simulator.log.length = 0;
		const updated = await run({
			resource: 'operatingMode',
			operation: 'update',
			modeId: byId(id),
			inputMode: 'json',
			jsonBody: JSON.stringify(before),
		});
		const put = env.simulator.requests('PUT')[0];
		expect(Object.keys(bodyOf(put)).sort()).toEqual(['callForwarding', 'name', 'sameHoursDaily']);
		expect(updated.readOnlyFieldsNotSent).toEqual(['id', 'type', 'level', 'location']);
		expect({ ...updated, readOnlyFieldsNotSent: undefined }).toEqual(before);
		expect(await getMode(id)).toEqual(before);
	});

	test('operating mode, as fields mapped from the Get', async () => {
		const id = await createMode(afterHours);
		const before = await getMode(id);
		await run({
			resource: 'operatingMode',
			operation: 'update',
			modeId: byId(id),
			updateFields: {
				name: before.name,
				sameHoursDaily: before.sameHoursDaily,
				callForwarding: before.callForwarding,
			},
		});
		expect(await getMode(id)).toEqual(before);
	});

	test('a HOLIDAY mode: the same holidays come back (with the new IDs Webex gives them)', async () => {
		const id = await createMode(holidays2027);
		const before = await getMode(id);
		await run({
			resource: 'operatingMode',
			operation: 'update',
			modeId: byId(id),
			inputMode: 'json',
			jsonBody: JSON.stringify(before),
		});
		const after = await getMode(id);
		expect(withoutHolidayIds(after)).toEqual(withoutHolidayIds(before));
		expect(bodyOf(env.simulator.requests('PUT')[0]).holidays).toEqual(holidays2027.holidays);
	});

	test('a holiday, as JSON', async () => {
		const modeId = await createMode(holidays2027);
		const holidayId = ((await getMode(modeId)).holidays as IDataObject[])[1].id as string;
		const ids = { modeId: byId(modeId), holidayId };
		const before = await run({ resource: 'operatingModeHoliday', operation: 'get', ...ids });
		const updated = await run({
			resource: 'operatingModeHoliday',
			operation: 'update',
			...ids,
			inputMode: 'json',
			jsonBody: JSON.stringify(before),
		});
		expect(bodyOf(env.simulator.requests('PUT')[0])).not.toHaveProperty('id');
		expect(updated.readOnlyFieldsNotSent).toEqual(['id']);
		expect(await run({ resource: 'operatingModeHoliday', operation: 'get', ...ids })).toEqual(
			before,
		);
	});

	test('a holiday, as fields mapped from the Get', async () => {
		const modeId = await createMode(holidays2027);
		const holidayId = ((await getMode(modeId)).holidays as IDataObject[])[1].id as string;
		const ids = { modeId: byId(modeId), holidayId };
		const before = await run({ resource: 'operatingModeHoliday', operation: 'get', ...ids });
		const { id: _id, ...fields } = before;
		void _id;
		await run({
			resource: 'operatingModeHoliday',
			operation: 'update',
			...ids,
			updateFields: fields,
		});
		expect(await run({ resource: 'operatingModeHoliday', operation: 'get', ...ids })).toEqual(
			before,
		);
	});

	test('simultaneous ring, as JSON: dashed numbers and the criteria summary are handled', async () => {
		const workspaceId = byId(SEED.workspaces.lobby);
		const before = await run({
			resource: 'workspace',
			operation: 'getSimultaneousRing',
			workspaceId,
		});
		expect((before.phoneNumbers as IDataObject[])[0].phoneNumber).toBe('+1-9075552859');
		const updated = await run({
			resource: 'workspace',
			operation: 'updateSimultaneousRing',
			workspaceId,
			inputMode: 'json',
			jsonBody: JSON.stringify(before),
		});
		expect(bodyOf(env.simulator.requests('PUT')[0])).toEqual({
			enabled: true,
			doNotRingIfOnCallEnabled: true,
			phoneNumbers: [
				{ phoneNumber: '+19075552859', answerConfirmationRequiredEnabled: true },
				{ phoneNumber: '+19186663950', answerConfirmationRequiredEnabled: false },
			],
			criteriasEnabled: true,
		});
		expect(updated.readOnlyFieldsNotSent).toEqual(['criteria']);
		expect(
			await run({ resource: 'workspace', operation: 'getSimultaneousRing', workspaceId }),
		).toEqual(before);
	});

	test('simultaneous ring, as fields mapped from the Get', async () => {
		const workspaceId = byId(SEED.workspaces.lobby);
		const before = await run({
			resource: 'workspace',
			operation: 'getSimultaneousRing',
			workspaceId,
		});
		await run({
			resource: 'workspace',
			operation: 'updateSimultaneousRing',
			workspaceId,
			updateFields: {
				enabled: before.enabled,
				doNotRingIfOnCallEnabled: before.doNotRingIfOnCallEnabled,
				criteriasEnabled: before.criteriasEnabled,
				phoneNumbers: { number: before.phoneNumbers },
			},
		});
		expect(
			await run({ resource: 'workspace', operation: 'getSimultaneousRing', workspaceId }),
		).toEqual(before);
	});

	test('a criteria, as JSON', async () => {
		const workspaceId = byId(SEED.workspaces.lobby);
		const created = await run({
			resource: 'workspaceSimultaneousRingCriteria',
			operation: 'create',
			workspaceId,
			callsFrom: 'SELECT_PHONE_NUMBERS',
			phoneNumbers: ['+14155550100'],
			anonymousCallersEnabled: true,
		});
		const ids = { workspaceId, criteriaId: created.id };
		const before = await run({
			resource: 'workspaceSimultaneousRingCriteria',
			operation: 'get',
			...ids,
		});
		expect(before.phoneNumbers).toEqual(['+1-4155550100']);
		await run({
			resource: 'workspaceSimultaneousRingCriteria',
			operation: 'update',
			...ids,
			inputMode: 'json',
			jsonBody: JSON.stringify(before),
		});
		expect(bodyOf(env.simulator.requests('PUT')[0]).phoneNumbers).toEqual(['+14155550100']);
		expect(
			await run({ resource: 'workspaceSimultaneousRingCriteria', operation: 'get', ...ids }),
		).toEqual(before);
	});
});

test('a criteria, as fields mapped from the Get', async () => {
	const workspaceId = byId(SEED.workspaces.lobby);
	const created = await run({
		resource: 'workspaceSimultaneousRingCriteria',
		operation: 'create',
		workspaceId,
		scheduleType: 'holidays',
		scheduleName: 'Company Holidays',
		scheduleLevel: 'GLOBAL',
		callsFrom: 'SELECT_PHONE_NUMBERS',
		phoneNumbers: ['+14155550100'],
		unavailableCallersEnabled: true,
	});
	const ids = { workspaceId, criteriaId: created.id };
	const before = await run({
		resource: 'workspaceSimultaneousRingCriteria',
		operation: 'get',
		...ids,
	});
	const { id: _id, ...fields } = before;
	void _id;
	await run({
		resource: 'workspaceSimultaneousRingCriteria',
		operation: 'update',
		...ids,
		updateFields: fields,
	});
	expect(bodyOf(env.simulator.requests('PUT')[0]).phoneNumbers).toEqual(['+14155550100']);
	expect(
		await run({ resource: 'workspaceSimultaneousRingCriteria', operation: 'get', ...ids }),
	).toEqual(before);
});

describe('1. schedules past midnight', () => {
	test('the after-hours mode 17:00 → 08:00 is created and reads back as given', async () => {
		const id = await createMode(afterHours);
		expect((await getMode(id)).sameHoursDaily).toEqual(afterHours.sameHoursDaily);
	});
});

describe('2. all-hours criteria and every schedule level', () => {
	test('a criteria with no schedule sends no schedule fields and is created', async () => {
		const created = await run({
			resource: 'workspaceSimultaneousRingCriteria',
			operation: 'create',
			workspaceId: byId(SEED.workspaces.boardroom),
			ringEnabled: false,
		});
		expect(env.simulator.requests('POST')[0].rawBody).toBe(
			JSON.stringify({ callsFrom: 'ANY_PHONE_NUMBER', ringEnabled: false }),
		);
		expect(created.id).toBeTruthy();
	});

	test('scheduleLevel GLOBAL is sent', async () => {
		await run({
			resource: 'workspaceSimultaneousRingCriteria',
			operation: 'create',
			workspaceId: byId(SEED.workspaces.boardroom),
			scheduleType: 'holidays',
			scheduleName: 'Company Holidays',
			scheduleLevel: 'GLOBAL',
		});
		expect(bodyOf(env.simulator.requests('POST')[0])).toEqual({
			scheduleType: 'holidays',
			scheduleName: 'Company Holidays',
			scheduleLevel: 'GLOBAL',
			callsFrom: 'ANY_PHONE_NUMBER',
			ringEnabled: true,
		});
	});
});

describe("3. Webex's own number format", () => {
	test('numbers read from one workspace are copied to another', async () => {
		const source = await run({
			resource: 'workspace',
			operation: 'getSimultaneousRing',
			workspaceId: byId(SEED.workspaces.lobby),
		});
		const copied = await run({
			resource: 'workspace',
			operation: 'updateSimultaneousRing',
			workspaceId: byId(SEED.workspaces.boardroom),
			inputMode: 'json',
			jsonBody: JSON.stringify({ phoneNumbers: source.phoneNumbers }),
		});
		const pick = (numbers: unknown) =>
			(numbers as IDataObject[]).map(({ phoneNumber, answerConfirmationRequiredEnabled }) => ({
				phoneNumber,
				answerConfirmationRequiredEnabled,
			}));
		expect(pick(copied.phoneNumbers)).toEqual(pick(source.phoneNumbers));
		expect(bodyOf(env.simulator.requests('PUT')[0]).phoneNumbers).toEqual([
			{ phoneNumber: '+19075552859', answerConfirmationRequiredEnabled: true },
			{ phoneNumber: '+19186663950', answerConfirmationRequiredEnabled: false },
		]);
	});
});

describe('4. holidays in an operating mode update', () => {
	const update = (modeId: string, holidays: IDataObject[], holidaysUpdateMode?: string) =>
		run({
			resource: 'operatingMode',
			operation: 'update',
			modeId: byId(modeId),
			updateFields: { holidays: { holiday: holidays } },
			...(holidaysUpdateMode ? { holidaysUpdateMode } : {}),
		});
	const names = (mode: IDataObject) => (mode.holidays as IDataObject[]).map((h) => h.name);

	test('one holiday added keeps all the others (merged by name, by default)', async () => {
		const id = await createMode(holidays2027);
		const after = await update(id, [
			{
				name: 'Independence Day',
				allDayEnabled: true,
				startDate: '2027-07-04',
				endDate: '2027-07-04',
			},
		]);
		expect(names(after)).toEqual(['New Year', 'Christmas Eve', 'Independence Day']);
	});

	test('a holiday given by an existing name replaces that one only', async () => {
		const id = await createMode(holidays2027);
		const after = await update(id, [
			{ name: 'New Year', allDayEnabled: true, startDate: '2027-01-01', endDate: '2027-01-02' },
		]);
		expect(names(after)).toEqual(['New Year', 'Christmas Eve']);
		expect((after.holidays as IDataObject[])[0].endDate).toBe('2027-01-02');
	});

	test('Replace All makes the given list the whole list; an empty list clears only when asked', async () => {
		const id = await createMode(holidays2027);
		const replaced = await update(
			id,
			[{ name: 'Only Day', allDayEnabled: true, startDate: '2027-03-01', endDate: '2027-03-01' }],
			'replace',
		);
		expect(names(replaced)).toEqual(['Only Day']);
		const merged = await update(id, []);
		expect(names(merged)).toEqual(['Only Day']);
		// Merging nothing changes nothing: no PUT at all, the holidays keep their IDs.
		expect(env.simulator.requests('PUT')).toHaveLength(1);
		// Clearing is sent when asked for; whether a HOLIDAY mode may be left empty is Webex's call
		// (the simulator's reading says no), and its answer reaches the user.
		const cleared = await env.runNode({
			resource: 'operatingMode',
			operation: 'update',
			modeId: byId(id),
			updateFields: { holidays: { holiday: [] } },
			holidaysUpdateMode: 'replace',
		});
		expect(bodyOf(env.simulator.requests('PUT')[1]).holidays).toEqual([]);
		expect(cleared.error?.message).toBe('holidays is mandatory when type is HOLIDAY');
	});
});

describe('5. updates Webex treats as whole objects', () => {
	test('changing one day keeps the other day (Webex would reset it)', async () => {
		const id = await createMode(afterHours);
		const after = await run({
			resource: 'operatingMode',
			operation: 'update',
			modeId: byId(id),
			updateFields: {
				sameHoursDaily: {
					mondayToFriday: {
						enabled: true,
						allDayEnabled: false,
						startTime: '18:00',
						endTime: '07:00',
					},
				},
			},
		});
		expect(after.sameHoursDaily).toEqual({
			mondayToFriday: { enabled: true, allDayEnabled: false, startTime: '18:00', endTime: '07:00' },
			saturdayToSunday: { enabled: true, allDayEnabled: true },
		});
	});

	test('one call-forwarding field changed keeps the others', async () => {
		const id = await createMode(afterHours);
		const after = await run({
			resource: 'operatingMode',
			operation: 'update',
			modeId: byId(id),
			updateFields: { callForwarding: { destinationVoicemailEnabled: true } },
		});
		expect(after.callForwarding).toEqual({
			enabled: true,
			destination: '+19705550006',
			destinationVoicemailEnabled: true,
		});
	});

	test("switching simultaneous ring off keeps criteria and every number's confirmation", async () => {
		const workspaceId = byId(SEED.workspaces.lobby);
		const before = await run({
			resource: 'workspace',
			operation: 'getSimultaneousRing',
			workspaceId,
		});
		const after = await run({
			resource: 'workspace',
			operation: 'updateSimultaneousRing',
			workspaceId,
			updateFields: { enabled: false },
		});
		expect(after).toEqual({ ...before, enabled: false });
	});

	test('a PUT of only the changed field is what Webex refuses (the simulator, like Webex, needs criteriasEnabled)', async () => {
		env.simulator.log.length = 0;
		const { statusCode } = await fetch(
			`${env.simulator.url}/telephony/config/workspaces/${SEED.workspaces.lobby}/simultaneousRing`,
			{
				method: 'PUT',
				headers: { authorization: `Bearer ${SEED.token}`, 'content-type': 'application/json' },
				body: JSON.stringify({ enabled: false }),
			},
		).then((r) => ({ statusCode: r.status }));
		expect(statusCode).toBe(400);
	});

	test('type, level and location cannot change: refused after the read, nothing written', async () => {
		const id = await createMode(afterHours);
		env.simulator.log.length = 0;
		const result = await env.runNode({
			resource: 'operatingMode',
			operation: 'update',
			modeId: byId(id),
			inputMode: 'json',
			jsonBody: JSON.stringify({ level: 'ORGANIZATION', location: { id: SEED.locations.boston } }),
		});
		expect(result.error?.message).toMatch(
			/Level cannot change from "LOCATION" to "ORGANIZATION".*; location cannot change from "Y2lz\w+" to "Y2lz\w+"/,
		);
		expect(env.simulator.log.map((r) => r.method)).toEqual(['GET']);
	});
});

describe('7. pickers and lists', () => {
	test("Location Get Many lists the Calling locations; Workspace Get Many takes Webex's calling filter", async () => {
		const locations = await env.runNode({
			resource: 'location',
			operation: 'getMany',
			returnAll: true,
		});
		expect(locations.output('Webex Calling').map((i) => i.json.name)).toEqual([
			'Denver HQ',
			'Boston Office',
			'Austin Lab',
		]);
		const workspaces = await env.runNode({
			resource: 'workspace',
			operation: 'getMany',
			returnAll: true,
			filters: { calling: 'webexCalling' },
		});
		expect(workspaces.output('Webex Calling').map((i) => i.json.displayName)).toEqual([
			'Denver Lobby',
			'Boston Boardroom',
			'Austin Break Room',
		]);
		expect(env.simulator.requests('GET', '/workspaces')[0].query).toEqual({
			calling: 'webexCalling',
			max: '100',
		});
		const all = await env.runNode({ resource: 'workspace', operation: 'getMany', returnAll: true });
		expect(all.output('Webex Calling')).toHaveLength(4);
	});

	test("every request of an update goes to Webex's own paths", async () => {
		const id = await createMode(afterHours);
		env.simulator.log.length = 0;
		await run({
			resource: 'operatingMode',
			operation: 'update',
			modeId: byId(id),
			updateFields: { name: 'Nights' },
		});
		expect(env.simulator.log.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET ${MODES}/${id}`,
			`PUT ${MODES}/${id}`,
			`GET ${MODES}/${id}`,
		]);
	});
});
