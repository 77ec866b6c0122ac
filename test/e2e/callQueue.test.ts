/**
 * A call queue's closure services (holiday service, night service, forced forward, stranded
 * calls) through n8n's engine against the simulator: read-merge-writes that change only the
 * fields given, send nothing when nothing changes, and take a Get's output back unchanged.
 */
import { SEED } from '../simulator/data';
import { useEnvironment } from '../harness/lifecycle';
import { webexNode } from '../harness/webex';

const env = useEnvironment();

const queue = {
	locationId: { __rl: true, mode: 'list', value: SEED.locations.denver },
	queueId: { __rl: true, mode: 'list', value: SEED.features.denverSupport },
};
const servicePath = (service: string) =>
	`/telephony/config/locations/${SEED.locations.denver}/queues/${SEED.features.denverSupport}/${service}`;

async function run(operation: string, parameters: Record<string, unknown> = {}) {
	const result = await env.runNode({ resource: 'callQueue', operation, ...queue, ...parameters });
	expect(result.error).toBeUndefined();
	return result.output('Webex Calling')[0].json;
}

test("Get Night Service: Webex's answer, with the business hours schedules it may use", async () => {
	const night = await run('getNightService');
	expect(night).toMatchObject({
		nightServiceEnabled: false,
		forceNightServiceEnabled: false,
		businessHourSchedules: [{ scheduleName: 'Denver Business Hours', scheduleLevel: 'LOCATION' }],
	});
	expect(env.simulator.log.map((r) => [r.method, r.path])).toEqual([
		['GET', servicePath('nightService')],
	]);
});

test('storm day: Force Night Service on changes that field only, then a second run sends no PUT', async () => {
	const before = await run('getNightService');
	env.simulator.log.length = 0;
	const forced = await run('updateNightService', {
		updateFields: { forceNightServiceEnabled: true },
	});
	expect(forced).toMatchObject({ change: 'updated', forceNightServiceEnabled: true });
	const [put] = env.simulator.requests('PUT');
	// The service whole, as read, with the one change; the schedule list Webex reports is not sent.
	const { businessHourSchedules, ...sendable } = before;
	expect(businessHourSchedules).toBeDefined();
	expect(put.body).toEqual({ ...sendable, forceNightServiceEnabled: true });

	env.simulator.log.length = 0;
	const again = await run('updateNightService', {
		updateFields: { forceNightServiceEnabled: true },
	});
	expect(again).toMatchObject({ change: 'unchanged', forceNightServiceEnabled: true });
	expect(env.simulator.requests('PUT')).toHaveLength(0);
});

test.each(['HolidayService', 'NightService', 'ForcedForward', 'StrandedCalls'])(
	"%s: a Get's output fed to Update as JSON changes nothing and sends no PUT",
	async (service) => {
		const got = await run(`get${service}`);
		env.simulator.log.length = 0;
		const updated = await run(`update${service}`, {
			inputMode: 'json',
			jsonBody: JSON.stringify(got),
		});
		expect(updated.change).toBe('unchanged');
		expect(env.simulator.requests('PUT')).toHaveLength(0);
		const { change, readOnlyFieldsNotSent, ...rest } = updated;
		expect(rest).toEqual(got);
		expect(change).toBe('unchanged');
		expect(readOnlyFieldsNotSent ?? []).toEqual(
			Object.keys(got).filter((key) => key.endsWith('Schedules')),
		);
	},
);

test('forced forward on (to the answering service), then off: the number stays, nothing else moves', async () => {
	const on = await run('updateForcedForward', {
		updateFields: { forcedForwardEnabled: true, transferPhoneNumber: '+19705550100' },
	});
	expect(on).toMatchObject({
		change: 'updated',
		forcedForwardEnabled: true,
		transferPhoneNumber: '+19705550100',
		playAnnouncementBeforeEnabled: true,
	});
	const off = await run('updateForcedForward', { updateFields: { forcedForwardEnabled: false } });
	expect(off).toMatchObject({
		change: 'updated',
		forcedForwardEnabled: false,
		transferPhoneNumber: '+19705550100',
	});
	expect(
		env.simulator
			.requests('PUT')
			.map((r) => (r.body as { forcedForwardEnabled: boolean }).forcedForwardEnabled),
	).toEqual([true, false]);
});

test('announcement files go back without the size and text-to-speech flag Webex only reports', async () => {
	const denverSupport = env.simulator.world.features.find(
		(f) => f.id === SEED.features.denverSupport,
	)!;
	const forced = env.simulator.queueServices.service(denverSupport, 'forcedForward');
	Object.assign(forced, {
		audioMessageSelection: 'CUSTOM',
		audioFiles: [
			{
				id: 'file-1',
				fileName: 'storm.wav',
				fileSize: 12345,
				mediaFileType: 'WAV',
				level: 'LOCATION',
				isTextToSpeech: false,
			},
		],
	});
	const updated = await run('updateForcedForward', {
		updateFields: { forcedForwardEnabled: true },
	});
	expect(updated.change).toBe('updated');
	expect((env.simulator.requests('PUT')[0].body as { audioFiles: unknown }).audioFiles).toEqual([
		{ id: 'file-1', fileName: 'storm.wav', mediaFileType: 'WAV', level: 'LOCATION' },
	]);
	// Webex keeps what it reports of the file.
	expect(updated.audioFiles).toEqual([expect.objectContaining({ fileSize: 12345 })]);
});

test("holiday service pointed at the location's holiday schedule, picked from the queue's own list", async () => {
	const schedules = await env.engine.listSearch(
		webexNode({ resource: 'callQueue', operation: 'updateHolidayService', ...queue }),
		'searchQueueHolidaySchedules',
	);
	expect(schedules.results).toEqual([
		{ name: 'Denver Holidays (location)', value: 'Denver Holidays' },
	]);
	const updated = await run('updateHolidayService', {
		updateFields: {
			holidayServiceEnabled: true,
			holidayScheduleName: { __rl: true, mode: 'list', value: schedules.results[0].value },
			holidayScheduleLevel: 'LOCATION',
		},
	});
	expect(updated).toMatchObject({
		change: 'updated',
		holidayServiceEnabled: true,
		holidayScheduleName: 'Denver Holidays',
	});
	expect(env.simulator.requests('PUT')[0].body).toMatchObject({
		holidayServiceEnabled: true,
		holidayScheduleName: 'Denver Holidays',
		holidayScheduleLevel: 'LOCATION',
	});
});

test("the queue picker lists the chosen location's call queues", async () => {
	const queues = await env.engine.listSearch(
		webexNode({
			resource: 'callQueue',
			operation: 'getNightService',
			locationId: queue.locationId,
		}),
		'searchCallQueues',
	);
	expect(queues.results).toEqual([{ name: 'Denver Support', value: SEED.features.denverSupport }]);
	expect(env.simulator.log[0].query).toMatchObject({ locationId: SEED.locations.denver });
});

test('Dry Run reads, shows the PUT it would send (no token) and changes nothing', async () => {
	const output = await run('updateForcedForward', {
		updateFields: { forcedForwardEnabled: true, transferPhoneNumber: '+19705550100' },
		options: { dryRun: true },
	});
	expect(output).toMatchObject({
		dryRun: true,
		change: 'updated',
		requests: [{ method: 'PUT', body: expect.objectContaining({ forcedForwardEnabled: true }) }],
	});
	expect(JSON.stringify(output)).not.toContain(SEED.token);
	expect(env.simulator.requests('PUT')).toHaveLength(0);
	expect((await run('getForcedForward')).forcedForwardEnabled).toBe(false);
});

test('a bad queue ID names the field and the item and sends nothing', async () => {
	const result = await env.runNode({
		resource: 'callQueue',
		operation: 'updateNightService',
		locationId: queue.locationId,
		queueId: { __rl: true, mode: 'id', value: '../people' },
		updateFields: { forceNightServiceEnabled: true },
	});
	expect(result.error?.message).toMatch(/^Invalid input in item 0: Call Queue \(queueId\)/);
	expect(env.simulator.log).toHaveLength(0);
});

test("Webex's refusal reaches the user with its words and trackingId, and the queue is left as it was", async () => {
	env.simulator.faults.script.push({
		method: 'PUT',
		status: 400,
		path: servicePath('nightService'),
	});
	const result = await env.runNode({
		resource: 'callQueue',
		operation: 'updateNightService',
		...queue,
		updateFields: { forceNightServiceEnabled: true },
	});
	expect(result.error?.message).toMatch(/Simulated failure 400/);
	expect(result.error?.description).toMatch(/HTTP 400, trackingId ROUTERGW_/);
	expect(JSON.stringify(result.error)).not.toContain(SEED.token);
	expect((await run('getNightService')).forceNightServiceEnabled).toBe(false);
});

test("an Update's output fed to the next Update as JSON: what the node added is not sent, and nothing changes", async () => {
	const first = await run('updateNightService', {
		inputMode: 'json',
		jsonBody: JSON.stringify({ ...(await run('getNightService')), forceNightServiceEnabled: true }),
	});
	expect(first).toMatchObject({
		change: 'updated',
		readOnlyFieldsNotSent: ['businessHourSchedules'],
	});
	env.simulator.log.length = 0;
	const second = await run('updateNightService', {
		inputMode: 'json',
		jsonBody: JSON.stringify(first),
	});
	expect(second.change).toBe('unchanged');
	expect(env.simulator.requests('PUT')).toHaveLength(0);
	await run('updateNightService', {
		inputMode: 'json',
		jsonBody: JSON.stringify({ ...first, forceNightServiceEnabled: false }),
	});
	const put = env.simulator.requests('PUT')[0].body as Record<string, unknown>;
	expect(put).not.toHaveProperty('change');
	expect(put).not.toHaveProperty('readOnlyFieldsNotSent');
	expect(put.forceNightServiceEnabled).toBe(false);
});

test("a schedule picked by name alone takes the level the queue's own list gives it", async () => {
	await run('updateHolidayService', {
		updateFields: { holidayScheduleName: 'Elsewhere', holidayScheduleLevel: 'ORGANIZATION' },
	});
	env.simulator.log.length = 0;
	await run('updateHolidayService', {
		updateFields: { holidayScheduleName: { __rl: true, mode: 'list', value: 'Denver Holidays' } },
	});
	expect(env.simulator.requests('PUT')[0].body).toMatchObject({
		holidayScheduleName: 'Denver Holidays',
		holidayScheduleLevel: 'LOCATION',
	});
});

test('a transfer number given in another format than Webex holds it is no change', async () => {
	await run('updateForcedForward', { updateFields: { transferPhoneNumber: '+19705550100' } });
	env.simulator.log.length = 0;
	const again = await run('updateForcedForward', {
		updateFields: { transferPhoneNumber: ' +1-9705550100 ' },
	});
	expect(again.change).toBe('unchanged');
	expect(env.simulator.requests('PUT')).toHaveLength(0);
});
