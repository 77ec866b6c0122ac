/**
 * Runs that overlap (a schedule firing while someone runs the workflow by hand, two queue-mode
 * workers) and answers that are lost: Create or Update ends as a single run would, a lost answer
 * is never reported as this item's create, and two updates of one mode both stay.
 */
import type { IDataObject } from 'n8n-workflow';

import { useEnvironment } from '../harness/lifecycle';

const env = useEnvironment();

const MODES = '/telephony/config/operatingModes';

const holiday = (name: string, date: string) => ({
	name,
	allDayEnabled: true,
	startDate: date,
	endDate: date,
});

const holidayMode = (name: string, holidays: IDataObject[], operation = 'createOrUpdate') => ({
	resource: 'operatingMode',
	operation,
	name,
	type: 'HOLIDAY',
	level: 'ORGANIZATION',
	holidays: { holiday: holidays },
});

/** Both runs' items, each as its output (or its error under Continue On Fail). */
async function together(...runs: Array<[Record<string, unknown>, IDataObject[]]>) {
	const results = await Promise.all(
		runs.map(
			async ([parameters, items]) =>
				await env.runNode(parameters, items, { onError: 'continueRegularOutput' }),
		),
	);
	return results.flatMap((result) => {
		expect(result.error).toBeUndefined();
		return result.output('Webex Calling').map((item) => item.json);
	});
}

const namesOfModes = () => env.simulator.world.operatingModes.map((mode) => mode.body.name);

test('two Create or Update runs at once: every item created, updated or unchanged, each mode once', async () => {
	env.simulator.faults.latencyMs = 30;
	const names = ['Storm A', 'Storm B', 'Storm C', 'Storm D', 'Storm E'];
	const items = names.map((name) => ({ name }));
	const parameters = {
		...holidayMode('={{ $json.name }}', [holiday('Storm day', '2027-02-01')]),
		options: { concurrency: 5 },
	};
	const output = await together([parameters, items], [parameters, items]);
	expect(output.map((item) => item.error)).toEqual(Array(10).fill(undefined));
	for (const item of output) expect(['created', 'updated', 'unchanged']).toContain(item.action);
	expect(namesOfModes().sort()).toEqual(names);
	// The runs really overlapped: Webex refused some creates as the other run had just made them.
	const refused = env.simulator.requests('POST', MODES).filter((r) => r.status === 409);
	expect(refused.length).toBeGreaterThan(0);
	expect(output.filter((item) => item.action === 'created')).toHaveLength(5);
});

test('two runs adding holidays by Create or Update to one mode at once: each holiday once', async () => {
	const [mode] = (
		await env.runNode(holidayMode('Holidays 2027', [holiday('New Year', '2027-01-01')], 'create'))
	).output('Webex Calling');
	env.simulator.faults.latencyMs = 30;
	const parameters = {
		resource: 'operatingModeHoliday',
		operation: 'createOrUpdate',
		modeId: { __rl: true, mode: 'id', value: mode.json.id },
		name: '={{ $json.name }}',
		allDayEnabled: true,
		startDate: '2027-07-04',
		endDate: '2027-07-04',
		options: { concurrency: 3 },
	};
	const items = [{ name: 'Independence Day' }, { name: 'Bridge Day' }, { name: 'Founders Day' }];
	const output = await together([parameters, items], [parameters, items]);
	expect(output.map((item) => item.error)).toEqual(Array(6).fill(undefined));
	for (const item of output) expect(['created', 'updated', 'unchanged']).toContain(item.action);
	const holidays = env.simulator.world.operatingModes[0].body.holidays as IDataObject[];
	expect(holidays.map((h) => h.name).sort()).toEqual(
		['Bridge Day', 'Founders Day', 'Independence Day', 'New Year'].sort(),
	);
	expect(
		env.simulator
			.requests('POST', MODES)
			.filter((r) => r.path.endsWith('/holidays') && r.status === 409).length,
	).toBeGreaterThan(0);
});

test("Create whose answer is lost, when the name was already taken: an error that says so, not another mode's ID as created", async () => {
	const [before] = (
		await env.runNode(holidayMode('Closed', [holiday('New Year', '2027-01-01')], 'create'))
	).output('Webex Calling');
	// The create reaches Webex (which refuses it: the name is taken), and the answer is lost.
	env.simulator.faults.script.push({
		method: 'POST',
		path: MODES,
		kind: 'reset',
		afterProcessing: true,
	});
	const result = await env.runNode({
		resource: 'operatingMode',
		operation: 'create',
		name: 'Closed',
		type: 'NONE',
		level: 'ORGANIZATION',
	});
	expect(result.error?.message).toBe(
		`Webex's answer to the create was lost, and the operating mode named "Closed" found instead is not the one sent (ID ${String(before.json.id)})`,
	);
	expect(result.error?.description).toMatch(/^This item did not create it/);
	expect(env.simulator.world.operatingModes).toHaveLength(1);
});

test('Create whose answer is lost after it went through: the mode it made, created', async () => {
	env.simulator.faults.script.push({
		method: 'POST',
		path: MODES,
		kind: 'reset',
		afterProcessing: true,
	});
	const result = await env.runNode(
		holidayMode('Closed', [holiday('New Year', '2027-01-01')], 'create'),
	);
	expect(result.error).toBeUndefined();
	const [created] = result.output('Webex Calling');
	expect(created.json).toMatchObject({
		id: env.simulator.world.operatingModes[0].id,
		name: 'Closed',
	});
	expect(env.simulator.requests('POST', MODES)).toHaveLength(1);
});

test("a holiday's Create whose answer is lost, when the name was taken: an error that says so", async () => {
	const [mode] = (
		await env.runNode(holidayMode('Holidays 2027', [holiday('New Year', '2027-01-01')], 'create'))
	).output('Webex Calling');
	env.simulator.faults.script.push({
		method: 'POST',
		path: '/holidays',
		kind: 'reset',
		afterProcessing: true,
	});
	const result = await env.runNode({
		resource: 'operatingModeHoliday',
		operation: 'create',
		modeId: { __rl: true, mode: 'id', value: mode.json.id },
		...holiday('New Year', '2027-01-02'),
	});
	expect(result.error?.message).toMatch(
		/^Webex's answer to the create was lost, and the holiday named "New Year" found instead is not the one sent/,
	);
});

test('two updates adding holidays to one mode at once: both holidays stay', async () => {
	const [mode] = (
		await env.runNode(holidayMode('Holidays 2027', [holiday('New Year', '2027-01-01')], 'create'))
	).output('Webex Calling');
	env.simulator.faults.latencyMs = 30;
	const update = (name: string, date: string) => ({
		resource: 'operatingMode',
		operation: 'update',
		modeId: { __rl: true, mode: 'id', value: mode.json.id },
		inputMode: 'json',
		jsonBody: JSON.stringify({ holidays: [holiday(name, date)] }),
	});
	const output = await together(
		[update('Independence Day', '2027-07-04'), [{}]],
		[update('Christmas', '2027-12-25'), [{}]],
	);
	expect(output.map((item) => item.error)).toEqual([undefined, undefined]);
	const holidays = env.simulator.world.operatingModes[0].body.holidays as IDataObject[];
	expect(holidays.map((h) => h.name).sort()).toEqual(['Christmas', 'Independence Day', 'New Year']);
	// Both read the mode before either wrote; the one whose holiday the other's PUT replaced
	// wrote again after its read-back.
	expect(env.simulator.requests('PUT')).toHaveLength(3);
	for (const item of output)
		expect((item.holidays as IDataObject[]).map((h) => h.name)).toEqual(
			expect.arrayContaining(['New Year']),
		);
});

test('Create or Update whose create answer is lost while another run made the mode: carried on as an update', async () => {
	// The create waits, someone else makes the mode meanwhile, Webex refuses the create (name
	// taken) and the refusal is lost.
	env.simulator.faults.script.push({
		method: 'POST',
		path: MODES,
		delayMs: 150,
		kind: 'reset',
		afterProcessing: true,
	});
	const running = env.runNode(holidayMode('Closed', [holiday('Storm day', '2027-02-01')]), [
		{},
		{},
	]);
	await new Promise((resolve) => setTimeout(resolve, 60));
	const other = (
		await env.runNode(holidayMode('Closed', [holiday('New Year', '2027-01-01')], 'create'))
	).output('Webex Calling')[0];
	const result = await running;
	expect(result.error).toBeUndefined();
	const [first, second] = result.output('Webex Calling').map((item) => item.json);
	expect(first).toMatchObject({ action: 'updated', id: other.json.id });
	expect(second).toMatchObject({ action: 'unchanged', id: other.json.id });
	expect((first.holidays as IDataObject[]).map((h) => h.name).sort()).toEqual([
		'New Year',
		'Storm day',
	]);
	expect(env.simulator.world.operatingModes).toHaveLength(1);
});
