/**
 * Location schedules and their events through n8n's engine against the simulator: renames that
 * change IDs, Get → Update round trips, Create or Update that a second run leaves alone, the
 * roll-out of holidays to every Calling location, Dry Run, and bad input that sends nothing.
 */
import type { IDataObject } from 'n8n-workflow';

import { SEED } from '../simulator/data';
import { useEnvironment } from '../harness/lifecycle';

const env = useEnvironment();

const denver = { __rl: true, mode: 'id', value: SEED.locations.denver };
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const writes = () => env.simulator.log.filter((r) => r.method !== 'GET');
const holidays = { locationId: denver, scheduleType: 'holidays' };

async function run(parameters: Record<string, unknown>, items?: IDataObject[], node = {}) {
	const result = await env.runNode(parameters, items, node);
	expect(result.error).toBeUndefined();
	return result.output('Webex Calling').map((item) => item.json);
}

/** Location Schedule → Update of one of Denver's holiday schedules, with these fields */
const updateHolidays = async (scheduleId: unknown, fields: Record<string, unknown>) =>
	await run({
		resource: 'locationSchedule',
		operation: 'update',
		...holidays,
		scheduleId: byId(String(scheduleId)),
		...fields,
	});

async function denverHolidays(): Promise<IDataObject> {
	const [listed] = await run({
		resource: 'locationSchedule',
		operation: 'getMany',
		locationId: denver,
		returnAll: true,
		filters: { type: 'holidays', name: 'Denver Holidays' },
	});
	const [schedule] = await run({
		resource: 'locationSchedule',
		operation: 'get',
		...holidays,
		scheduleId: byId(String(listed.id)),
	});
	return schedule;
}

const christmas = {
	name: 'Christmas Day',
	startDate: '2027-12-25',
	endDate: '2027-12-25',
	allDayEnabled: true,
};

describe('Location Schedule', () => {
	test("a Get's output fed to Update as JSON sends no PUT and changes nothing", async () => {
		const before = await denverHolidays();
		env.simulator.log.length = 0;
		const [after] = await updateHolidays(before.id, {
			inputMode: 'json',
			jsonBody: JSON.stringify(before),
		});
		expect(writes()).toEqual([]);
		expect(after).toMatchObject({ id: before.id, name: before.name, events: before.events });
		expect((after.readOnlyFieldsNotSent as string[]).sort()).toEqual([
			'id',
			'locationId',
			'locationName',
			'type',
		]);
	});

	test('a rename outputs the new ID and says it changed; the old ID is gone', async () => {
		const before = await denverHolidays();
		const [after] = await updateHolidays(before.id, {
			inputMode: 'fields',
			updateFields: { name: 'Denver Holidays 2027', events: { event: [christmas] } },
		});
		expect(after).toMatchObject({
			name: 'Denver Holidays 2027',
			idChanged: true,
			previousId: before.id,
		});
		expect(after.id).not.toEqual(before.id);
		// The events left out are kept; the one given is added.
		expect((after.events as IDataObject[]).map((e) => e.name)).toEqual([
			'New Year',
			'Christmas Day',
		]);
		const [put] = env.simulator.requests('PUT');
		expect(put.body).toMatchObject({ name: 'Denver Holidays', newName: 'Denver Holidays 2027' });
		const result = await env.runNode({
			resource: 'locationSchedule',
			operation: 'get',
			...holidays,
			scheduleId: byId(String(before.id)),
		});
		expect(result.error?.message).toMatch(/not found/i);
	});

	test('Create or Update: created, then unchanged with no write, then updated keeping other events', async () => {
		const define = (events: object[]) => ({
			resource: 'locationSchedule',
			operation: 'createOrUpdate',
			...holidays,
			name: 'Holidays 2027',
			eventsInput: 'json',
			eventsJson: JSON.stringify(events),
		});
		const [created] = await run(define([christmas]));
		expect(created).toMatchObject({ action: 'created', name: 'Holidays 2027' });
		env.simulator.log.length = 0;
		const [unchanged] = await run(define([christmas]));
		expect(unchanged).toMatchObject({ action: 'unchanged', id: created.id });
		expect(writes()).toEqual([]);
		const boxing = {
			...christmas,
			name: 'Boxing Day',
			startDate: '2027-12-26',
			endDate: '2027-12-26',
		};
		const [updated] = await run(define([boxing]));
		expect(updated.action).toBe('updated');
		expect((updated.events as IDataObject[]).map((e) => e.name)).toEqual([
			'Christmas Day',
			'Boxing Day',
		]);
	});

	test('the roll-out to every Calling location: one failing location costs no other its work; a second run only reads', async () => {
		const locations = await run({ resource: 'location', operation: 'getMany', returnAll: true });
		expect(locations.length).toBeGreaterThan(1);
		const rollOut = {
			resource: 'locationSchedule',
			operation: 'createOrUpdate',
			locationId: byId('={{ $json.id }}'),
			scheduleType: 'holidays',
			name: 'Company Holidays',
			eventsInput: 'json',
			eventsJson: JSON.stringify([
				christmas,
				{ ...christmas, name: 'New Year', startDate: '2028-01-01', endDate: '2028-01-01' },
			]),
		};
		// Webex refuses Boston's create once; the item fails, the others are done.
		env.simulator.faults.script.push({
			method: 'POST',
			path: new RegExp(`${SEED.locations.boston}/schedules$`),
			status: 400,
			times: 1,
		});
		const first = await run(rollOut, locations, { continueOnFail: true });
		const failed = first.filter((item) => item.error !== undefined);
		expect(failed).toHaveLength(1);
		expect(first.filter((item) => item.action === 'created')).toHaveLength(locations.length - 1);
		env.simulator.log.length = 0;
		const second = await run(rollOut, locations, { continueOnFail: true });
		expect(second.map((item) => item.action).sort()).toEqual(
			[...Array(locations.length - 1).fill('unchanged'), 'created'].sort(),
		);
		expect(writes()).toHaveLength(1);
	});

	test('Dry Run sends no write and shows the PUT a rename would send', async () => {
		const before = await denverHolidays();
		env.simulator.log.length = 0;
		const [dry] = await updateHolidays(before.id, {
			inputMode: 'fields',
			updateFields: { name: 'Renamed' },
			options: { dryRun: true },
		});
		expect(writes()).toEqual([]);
		expect(dry).toMatchObject({ dryRun: true });
		expect((dry.requests as IDataObject[])[0]).toMatchObject({
			method: 'PUT',
			body: { name: 'Denver Holidays', newName: 'Renamed' },
		});
	});

	test('an event without a name fails its item, names the field, and sends nothing', async () => {
		const result = await env.runNode({
			resource: 'locationSchedule',
			operation: 'create',
			...holidays,
			name: 'Holidays 2028',
			eventsInput: 'json',
			eventsJson: JSON.stringify([{ startDate: '2028-01-01', endDate: '2028-01-01' }]),
		});
		expect(result.error?.message).toMatch(/Events \(JSON\).*name.*required/i);
		expect(env.simulator.log).toHaveLength(0);
	});

	test("Webex's refusal of an event reaches the user with its words", async () => {
		const result = await env.runNode({
			resource: 'locationSchedule',
			operation: 'create',
			...holidays,
			name: 'Holidays 2028',
			eventsInput: 'json',
			eventsJson: JSON.stringify([
				{ name: 'Bad', startDate: '2028-01-01', endDate: '2028-01-01', allDayEnabled: false },
			]),
		});
		expect(result.error?.message).toMatch(/startTime/);
		expect(env.simulator.world.schedules.some((s) => s.name === 'Holidays 2028')).toBe(false);
	});
});

/** Location Schedule Event → Update of the first event of Denver's holidays: its parameters */
async function firstHolidayUpdate(inputMode: 'fields' | 'json') {
	const schedule = await denverHolidays();
	const [newYear] = schedule.events as IDataObject[];
	const at = {
		resource: 'locationScheduleEvent',
		operation: 'update',
		...holidays,
		scheduleId: byId(String(schedule.id)),
		eventId: byId(String(newYear.id)),
		inputMode,
	};
	return { newYear, at };
}

describe('Location Schedule Event', () => {
	test('Update changes only the fields given; a rename changes the ID and says so', async () => {
		const { newYear, at } = await firstHolidayUpdate('fields');
		const [after] = await run({ ...at, updateFields: { name: "New Year's Day" } });
		expect(after).toMatchObject({
			name: "New Year's Day",
			recurrence: newYear.recurrence,
			startDate: newYear.startDate,
			idChanged: true,
			previousId: newYear.id,
		});
		const [put] = env.simulator.requests('PUT');
		expect(put.body).toMatchObject({ name: 'New Year', newName: "New Year's Day" });
	});

	test("an event's Get output fed to Update as JSON sends no PUT and changes nothing", async () => {
		const schedule = await denverHolidays();
		const at = { ...holidays, scheduleId: byId(String(schedule.id)) };
		const [newYear] = schedule.events as IDataObject[];
		const [got] = await run({
			resource: 'locationScheduleEvent',
			operation: 'get',
			...at,
			eventId: byId(String(newYear.id)),
		});
		env.simulator.log.length = 0;
		const [after] = await run({
			resource: 'locationScheduleEvent',
			operation: 'update',
			...at,
			eventId: byId(String(newYear.id)),
			inputMode: 'json',
			jsonBody: JSON.stringify(got),
		});
		expect(writes()).toEqual([]);
		expect(after).toMatchObject(got);
		expect(after.readOnlyFieldsNotSent).toEqual(['id']);
	});

	test('Create or Update: added, then unchanged with no write', async () => {
		const schedule = await denverHolidays();
		const define = {
			resource: 'locationScheduleEvent',
			operation: 'createOrUpdate',
			...holidays,
			scheduleId: byId(String(schedule.id)),
			...christmas,
		};
		const [added] = await run(define);
		expect(added).toMatchObject({ action: 'created', name: 'Christmas Day' });
		env.simulator.log.length = 0;
		const [again] = await run(define);
		expect(again).toMatchObject({ action: 'unchanged', id: added.id });
		expect(writes()).toEqual([]);
	});
});

describe('what a review found', () => {
	const world = () => env.simulator.world.schedules;
	const named = (name: string) => world().find((s) => s.name === name)!;
	const event = (schedule: string, name: string) =>
		named(schedule).events.find((e) => e.name === name)!;

	test('three items adding an event each to one schedule keep all three (the PUT describes the events whole)', async () => {
		const { id } = await denverHolidays();
		const items = ['A', 'B', 'C'].map((name) => ({ name }));
		const out = await run(
			{
				resource: 'locationSchedule',
				operation: 'update',
				...holidays,
				scheduleId: byId(String(id)),
				updateFields: {
					events: {
						event: [
							{
								name: '={{ $json.name }}',
								allDayEnabled: true,
								startDate: '2027-03-01',
								endDate: '2027-03-01',
							},
						],
					},
				},
			},
			items,
		);
		expect(out).toHaveLength(3);
		expect(named('Denver Holidays').events.map((e) => e.name)).toEqual(['New Year', 'A', 'B', 'C']);
	});

	test("Update by fields changes only what is filled in: a business-hours event's new end date keeps its hours", async () => {
		const listed = await run({
			resource: 'locationSchedule',
			operation: 'getMany',
			locationId: denver,
			returnAll: true,
			filters: { type: 'businessHours' },
		});
		const before = structuredClone(event('Denver Business Hours', 'Weekdays'));
		await run({
			resource: 'locationSchedule',
			operation: 'update',
			locationId: denver,
			scheduleType: 'businessHours',
			scheduleId: byId(String(listed[0].id)),
			updateFields: {
				// As the editor holds a list entry: every field, blanks and Keep As It Is included.
				events: {
					event: [
						{
							name: 'Weekdays',
							allDayEnabled: '',
							startDate: '',
							endDate: '2026-01-06',
							startTime: '',
							endTime: '',
							recurForEver: '',
							recurEndDate: '',
							recurrence: {},
						},
					],
				},
			},
		});
		expect(event('Denver Business Hours', 'Weekdays')).toEqual({
			...before,
			endDate: '2026-01-06',
		});
	});

	test('a new pattern keeps how the recurrence ends; a Repeat Until alone ends one that repeated for ever', async () => {
		const { at } = await firstHolidayUpdate('json');
		await run({
			...at,
			jsonBody: JSON.stringify({
				recurrence: { recurYearlyByDate: { dayOfMonth: 2, month: 'JANUARY' } },
			}),
		});
		expect(event('Denver Holidays', 'New Year').recurrence).toEqual({
			recurForEver: true,
			recurYearlyByDate: { dayOfMonth: 2, month: 'JANUARY' },
		});
		await run({ ...at, jsonBody: JSON.stringify({ recurrence: { recurEndDate: '2031-01-01' } }) });
		expect(event('Denver Holidays', 'New Year').recurrence).toEqual({
			recurForEver: false,
			recurEndDate: '2031-01-01',
			recurYearlyByDate: { dayOfMonth: 2, month: 'JANUARY' },
		});
	});

	test('Create or Update makes the event what is given: a recurrence it no longer has goes', async () => {
		await run({
			resource: 'locationSchedule',
			operation: 'createOrUpdate',
			...holidays,
			name: 'Denver Holidays',
			eventsInput: 'json',
			eventsJson: JSON.stringify([
				{ name: 'New Year', startDate: '2027-01-04', endDate: '2027-01-04', allDayEnabled: true },
			]),
		});
		expect(event('Denver Holidays', 'New Year')).toEqual({
			name: 'New Year',
			startDate: '2027-01-04',
			endDate: '2027-01-04',
			allDayEnabled: true,
		});
	});

	test("Update as JSON in Webex's PUT shape renames by newName", async () => {
		const before = await denverHolidays();
		const [after] = await updateHolidays(before.id, {
			inputMode: 'json',
			jsonBody: JSON.stringify({ name: 'Denver Holidays', newName: 'Denver Days Off' }),
		});
		expect(after).toMatchObject({
			name: 'Denver Days Off',
			idChanged: true,
			previousId: before.id,
		});
		expect(named('Denver Days Off').events).toHaveLength(1);
	});
});

test('a rename answered without an ID, whose schedule is then not found by its new name, fails saying the rename was sent', async () => {
	const before = await denverHolidays();
	env.simulator.faults.script.push({ method: 'PUT', path: '/schedules/', status: 204, body: '' });
	const result = await env.runNode({
		resource: 'locationSchedule',
		operation: 'update',
		...holidays,
		scheduleId: byId(String(before.id)),
		updateFields: { name: 'Denver Days Off' },
	});
	expect(result.error?.message).toBe(
		'Webex took the rename to "Denver Days Off", but its answer had no ID and no schedule of that name can be found',
	);
	// No read of the old ID after the rename.
	expect(env.simulator.log.at(-1)!.query.name).toBe('Denver Days Off');
});
