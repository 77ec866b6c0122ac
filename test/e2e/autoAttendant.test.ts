/**
 * An auto attendant's schedules, set by name through n8n's engine against the simulator: the
 * auto attendant read and sent back whole with the change, its menus untouched unless given.
 */
import { SEED } from '../simulator/data';
import { useEnvironment } from '../harness/lifecycle';
import { webexNode } from '../harness/webex';

const env = useEnvironment();

const denverMenu = {
	locationId: { __rl: true, mode: 'list', value: SEED.locations.denver },
	autoAttendantId: { __rl: true, mode: 'list', value: SEED.features.denverMenu },
};
const path = `/telephony/config/locations/${SEED.locations.denver}/autoAttendants/${SEED.features.denverMenu}`;

async function run(operation: string, parameters: Record<string, unknown> = {}) {
	const result = await env.runNode({
		resource: 'autoAttendant',
		operation,
		...denverMenu,
		...parameters,
	});
	expect(result.error).toBeUndefined();
	return result.output('Webex Calling')[0].json;
}

test('Get: its schedules by name and its menus, as Webex answers', async () => {
	const menu = await run('get');
	expect(menu).toMatchObject({
		id: SEED.features.denverMenu,
		name: 'Denver Main Menu',
		businessSchedule: 'Denver Business Hours',
		businessHoursMenu: { keyConfigurations: [expect.objectContaining({ key: '0' })] },
	});
	expect(env.simulator.log.map((r) => [r.method, r.path])).toEqual([['GET', path]]);
});

test('Update: the holiday schedule picked from the location is set, the menus and the rest sent back as they were', async () => {
	const before = await run('get');
	const search = await env.engine.listSearch(
		webexNode({ resource: 'autoAttendant', operation: 'update', ...denverMenu }),
		'searchHolidayScheduleNames',
	);
	expect(search.results).toEqual([{ name: 'Denver Holidays', value: 'Denver Holidays' }]);
	env.simulator.log.length = 0;
	const updated = await run('update', {
		updateFields: {
			holidaySchedule: { __rl: true, mode: 'list', value: search.results[0].value },
		},
	});
	expect(updated).toMatchObject({ change: 'updated', holidaySchedule: 'Denver Holidays' });
	const [put] = env.simulator.requests('PUT');
	const { id, enabled, tollFreeNumber, language, ...sendable } = before;
	expect([id, enabled, tollFreeNumber, language].every((v) => v !== undefined)).toBe(true);
	expect(put.body).toEqual({ ...sendable, holidaySchedule: 'Denver Holidays' });
	const { change, ...after } = updated;
	expect(change).toBe('updated');
	expect(after).toEqual({ ...before, holidaySchedule: 'Denver Holidays' });

	env.simulator.log.length = 0;
	const again = await run('update', {
		updateFields: { holidaySchedule: { __rl: true, mode: 'name', value: 'Denver Holidays' } },
	});
	expect(again.change).toBe('unchanged');
	expect(env.simulator.requests('PUT')).toHaveLength(0);
});

test("a Get's output fed to Update as JSON changes nothing and sends no PUT", async () => {
	const got = await run('get');
	env.simulator.log.length = 0;
	const updated = await run('update', { inputMode: 'json', jsonBody: JSON.stringify(got) });
	expect(env.simulator.requests('PUT')).toHaveLength(0);
	const { change, readOnlyFieldsNotSent, ...rest } = updated;
	expect(change).toBe('unchanged');
	expect(rest).toEqual(got);
	expect(readOnlyFieldsNotSent).toEqual(['id', 'enabled', 'tollFreeNumber', 'language']);
});

test('a menu given as JSON replaces that menu only', async () => {
	const before = await run('get');
	const afterHoursMenu = {
		greeting: 'DEFAULT',
		extensionEnabled: false,
		keyConfigurations: [{ key: '0', action: 'TRANSFER_WITHOUT_PROMPT', value: '+19705550100' }],
	};
	const updated = await run('update', {
		inputMode: 'json',
		jsonBody: JSON.stringify({ afterHoursMenu }),
	});
	expect(updated).toMatchObject({
		change: 'updated',
		afterHoursMenu,
		businessHoursMenu: before.businessHoursMenu,
		businessSchedule: before.businessSchedule,
	});
});

test("the pickers: the location's auto attendants, and its business hours schedules by name", async () => {
	const node = webexNode({ resource: 'autoAttendant', operation: 'update', ...denverMenu });
	expect((await env.engine.listSearch(node, 'searchAutoAttendants')).results).toEqual([
		{ name: 'Denver Main Menu', value: SEED.features.denverMenu },
	]);
	expect((await env.engine.listSearch(node, 'searchBusinessHoursScheduleNames')).results).toEqual([
		{ name: 'Denver Business Hours', value: 'Denver Business Hours' },
	]);
	expect(env.simulator.requests('GET').map((r) => r.query)).toEqual([
		expect.objectContaining({ locationId: SEED.locations.denver }),
		expect.objectContaining({ type: 'businessHours' }),
	]);
});

test("a menu's announcement file goes back without what Webex only reports; an Update's output fed back sends nothing the node added", async () => {
	const menu = env.simulator.world.features.find((f) => f.id === SEED.features.denverMenu)!;
	const file = {
		id: 'greeting-1',
		fileName: 'welcome.wav',
		mediaFileType: 'WAV',
		level: 'LOCATION',
	};
	await run('get');
	Object.assign(menu.autoAttendant!, {
		businessHoursMenu: {
			greeting: 'CUSTOM',
			extensionEnabled: true,
			audioAnnouncementFile: { ...file, fileSize: 2048, isTextToSpeech: false },
			keyConfigurations: [],
		},
	});
	const updated = await run('update', {
		updateFields: { holidaySchedule: { __rl: true, mode: 'name', value: 'Denver Holidays' } },
	});
	const put = env.simulator.requests('PUT')[0].body as Record<string, Record<string, unknown>>;
	expect(put.businessHoursMenu.audioAnnouncementFile).toEqual(file);

	env.simulator.log.length = 0;
	const fedBack = await run('update', { inputMode: 'json', jsonBody: JSON.stringify(updated) });
	expect(fedBack.change).toBe('unchanged');
	expect(env.simulator.requests('PUT')).toHaveLength(0);
});
