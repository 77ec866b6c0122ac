/**
 * What every n8n release the package supports must run: the examples, and the workflows that
 * prove the fidelity and hostile-server fixes, each with `n8n execute` against the simulator.
 */
import seedRequest from '../fixtures/seed-create-operating-mode.request.json';
import { MANAGED_MODES, SEED, seedModeManagement } from '../simulator/data';
import type { WebexSimulator } from '../simulator/server';
import type { Installed } from './installed';

export function executionTests(
	context: () => { execute: Installed['execute']; simulator: WebexSimulator },
) {
	// Bound when the tests run, after the suite's beforeAll has installed n8n.
	const execute: Installed['execute'] = async (file) => await context().execute(file);
	const sim = () => context().simulator;

	test('the seed example creates the operating mode with the seed body and reads simultaneous ring', async () => {
		const { output } = await execute('create-business-hours-and-read-simultaneous-ring.json');
		expect(
			sim()
				.requests('POST')
				.map((r) => r.rawBody),
		).toEqual([JSON.stringify(seedRequest)]);
		expect(sim().requests('POST')[0].headers.authorization).toBe(`Bearer ${SEED.token}`);
		expect(output('Create business hours')).toEqual([
			{
				id: sim().world.operatingModes[0].id,
				name: 'Day Operating Mode',
				type: 'SAME_HOURS_DAILY',
				level: 'LOCATION',
				locationId: SEED.locations.denver,
			},
		]);
		expect(output('Read lobby simultaneous ring')[0]).toMatchObject({
			enabled: true,
			criteriasEnabled: true,
		});
	});

	test("the audit builds its table with n8n's Edit Fields node", async () => {
		const { output } = await execute('audit-workspace-simultaneous-ring.json');
		expect(output('Audit table').map((row) => [row.workspace, row.simultaneousRing])).toEqual([
			['Denver Lobby', 'on'],
			['Boston Boardroom', 'off'],
			[
				'Austin Break Room',
				'unavailable: This feature is only available for professional licensed workspaces.',
			],
		]);
	});

	test('the roll-out creates one holiday mode per location, and a second run changes nothing', async () => {
		const { output } = await execute('roll-out-holiday-schedule-to-every-location.json');
		expect(output('Create or update holiday mode').map((item) => [item.action, item.name])).toEqual(
			[
				['created', 'Holidays 2027 - Denver HQ'],
				['created', 'Holidays 2027 - Boston Office'],
				['created', 'Holidays 2027 - Austin Lab'],
			],
		);
		expect(sim().world.operatingModes.map((m) => (m.body.holidays as unknown[]).length)).toEqual([
			5, 5, 5,
		]);
		sim().log.length = 0;
		const again = await execute('roll-out-holiday-schedule-to-every-location.json');
		expect(again.output('Create or update holiday mode').map((item) => item.action)).toEqual([
			'unchanged',
			'unchanged',
			'unchanged',
		]);
		expect(sim().log.filter((request) => request.method !== 'GET')).toEqual([]);
	});

	test("in the app, the holidays reach every location's holiday schedule, and a second run writes nothing", async () => {
		const first = await execute('add-holidays-to-every-location-schedule.json');
		expect(first.output('Add the holidays').map((item) => [item.action, item.locationId])).toEqual([
			['created', SEED.locations.denver],
			['created', SEED.locations.boston],
			['created', SEED.locations.austin],
		]);
		const made = sim().world.schedules.filter((s) => s.name === 'Company Holidays');
		expect(made.map((s) => [s.type, s.events.length])).toEqual(Array(3).fill(['holidays', 10]));
		sim().log.length = 0;
		const again = await execute('add-holidays-to-every-location-schedule.json');
		expect(again.output('Add the holidays').map((item) => item.action)).toEqual(
			Array(3).fill('unchanged'),
		);
		expect(sim().log.filter((request) => request.method !== 'GET')).toEqual([]);
	});

	test('in the app, storm day for every Denver call queue: forced forward on, then off, the number kept', async () => {
		const on = await execute('storm-day-forward-every-denver-queue.json');
		expect(
			on
				.output('Forward new calls to the answering service')
				.map((queue) => [queue.change, queue.forcedForwardEnabled]),
		).toEqual([['updated', true]]);
		const off = await execute('storm-day-denver-queues-back.json');
		expect(
			off
				.output('Stop forwarding')
				.map((queue) => [queue.change, queue.forcedForwardEnabled, queue.transferPhoneNumber]),
		).toEqual([['updated', false, '+19705550100']]);
	});

	test("in the app, every call queue's holiday service points at its location's holiday schedule, and a second run writes nothing", async () => {
		await execute('add-holidays-to-every-location-schedule.json');
		const first = await execute('point-every-queue-holiday-service-at-location-schedule.json');
		expect(
			first
				.output('Use the holiday schedule')
				.map((queue) => [queue.change, queue.holidayScheduleName]),
		).toEqual(Array(2).fill(['updated', 'Company Holidays']));
		sim().log.length = 0;
		const again = await execute('point-every-queue-holiday-service-at-location-schedule.json');
		expect(again.output('Use the holiday schedule').map((queue) => queue.change)).toEqual(
			Array(2).fill('unchanged'),
		);
		expect(sim().log.filter((request) => request.method !== 'GET')).toEqual([]);
	});

	test('in the app, what live Webex accepts: an overnight mode, an all-hours criteria, a Get written back unchanged', async () => {
		const { output } = await execute('fidelity.json');
		expect(sim().requests('POST', '/telephony/config/operatingModes')[0].body).toMatchObject({
			sameHoursDaily: {
				mondayToFriday: {
					enabled: true,
					allDayEnabled: false,
					startTime: '17:00',
					endTime: '08:00',
				},
			},
		});
		expect(sim().requests('POST', '/telephony/config/workspaces')[0].rawBody).toBe(
			JSON.stringify({ callsFrom: 'ANY_PHONE_NUMBER', ringEnabled: false }),
		);
		const read = output('Read lobby')[0];
		expect((read.phoneNumbers as Array<{ phoneNumber: string }>)[0].phoneNumber).toBe(
			'+1-9075552859',
		);
		const put = sim().requests('PUT')[0].body as Record<string, unknown>;
		expect(put).toMatchObject({
			criteriasEnabled: true,
			phoneNumbers: [{ phoneNumber: '+19075552859' }, { phoneNumber: '+19186663950' }],
		});
		expect(output('Write lobby back')[0]).toEqual({ ...read, readOnlyFieldsNotSent: ['criteria'] });
	});

	test('in the app, hostile answers: a slow body, a looping list and an echoed token end with clear errors', async () => {
		sim().faults.script.push(
			{
				method: 'GET',
				path: `/workspaces/${SEED.workspaces.lobby}/`,
				kind: 'drip',
				dripMs: 300,
				times: 5,
			},
			{
				method: 'GET',
				path: '/telephony/config/operatingModes',
				times: 1000,
				headers: { Link: `<${sim().url}/telephony/config/operatingModes?max=100>; rel="next"` },
			},
			{
				method: 'GET',
				path: `/workspaces/${SEED.workspaces.boardroom}/`,
				kind: 'echoToken',
				times: 5,
			},
		);
		const { output, stdout, seconds } = await execute('hostile.json');
		expect(output('Slow read')[0].error).toMatch(/ETIMEDOUT/);
		expect(output('Looping list')[0].error).toMatch(/leads back to a page already read/);
		expect(sim().requests('GET', '/telephony/config/operatingModes')).toHaveLength(1);
		expect(output('Echoed token')[0]).toMatchObject({
			error: 'Token [redacted] is not valid',
			trackingId: 'ROUTER_[redacted]',
		});
		expect(stdout).not.toContain(SEED.token);
		// n8n's own start-up takes most of it; the slow body is cut at the 2 s Timeout.
		expect(seconds).toBeLessThan(20);
	});

	test('a service app: n8n fetches its token once and keeps it for the next run; after an expiry, one more', async () => {
		const tokenRequests = () => sim().oauth.tokenRequests.length;
		const reads = (run: Awaited<ReturnType<typeof execute>>) => run.output('Webex Calling');
		const first = await execute('service-app.json');
		expect(reads(first)).toHaveLength(40);
		expect(reads(first).every((item) => item.enabled === true)).toBe(true);
		expect(tokenRequests()).toBe(1);
		// Another process (n8n execute) reads the token n8n saved in its database.
		const second = await execute('service-app.json');
		expect(reads(second)).toHaveLength(40);
		expect(tokenRequests()).toBe(1);
		sim().oauth.expireAccessTokens();
		const third = await execute('service-app.json');
		expect(reads(third).every((item) => item.error === undefined)).toBe(true);
		expect(tokenRequests()).toBe(2);
		const secret = /sim-service-app-secret|sim-refresh-|sim-access-/;
		for (const run of [first, second, third]) expect(run.stdout).not.toMatch(secret);
	});

	test('an OAuth2 credential: n8n refreshes its expired token once, saves it, and the next run uses it', async () => {
		const refreshes = () =>
			sim().oauth.tokenRequests.filter((r) => r.grantType === 'refresh_token');
		const reads = (run: Awaited<ReturnType<typeof execute>>) => run.output('Webex Calling');
		// The imported token is one the simulator no longer knows: expired.
		const first = await execute('oauth2.json');
		expect(reads(first)).toHaveLength(40);
		expect(reads(first).every((item) => item.enabled === true)).toBe(true);
		expect(refreshes()).toHaveLength(1);
		const refreshed = sim()
			.requests('GET')
			.filter((r) => r.status === 200)[0].headers.authorization;
		// Another process (n8n execute) reads the token n8n saved in its database.
		const second = await execute('oauth2.json');
		expect(reads(second)).toHaveLength(40);
		expect(refreshes()).toHaveLength(1);
		expect(sim().requests('GET').at(-1)?.headers.authorization).toBe(refreshed);
		sim().oauth.expireAccessTokens();
		const third = await execute('oauth2.json');
		expect(reads(third).every((item) => item.error === undefined)).toBe(true);
		expect(refreshes()).toHaveLength(2);
		const secret = /sim-integration-secret|sim-refresh-|sim-access-/;
		for (const run of [first, second, third]) expect(run.stdout).not.toMatch(secret);
	});

	// The service app starts without a token (none kept after the simulator's reset): its first
	// request fetches one. The OAuth2 credential starts with the token n8n kept from an earlier
	// run, which the simulator refuses: every token it holds is refreshed once.
	test.each([
		['a service app', 'service-app-long.json', 1],
		['an OAuth2 credential', 'oauth2-long.json', 0],
	])(
		'%s across several token expiries in one run of 400 reads: all read, one token request per expiry',
		async (_credential, file, firstToken) => {
			sim().oauth.accessTokenLifetimeMs = 400;
			sim().faults.latencyMs = 25;
			const run = await execute(file);
			const reads = run.output('Webex Calling');
			expect(reads).toHaveLength(400);
			expect(reads.filter((item) => item.error !== undefined)).toHaveLength(0);
			const answered = sim().requests('GET');
			expect(answered.filter((r) => r.status === 200)).toHaveLength(400);
			const refused = answered.filter((r) => r.status === 401);
			const expired = new Set(refused.map((r) => r.headers.authorization)).size;
			const tokens = sim().oauth.tokenRequests.length;
			expect(expired).toBeGreaterThanOrEqual(2);
			expect(tokens).toBeLessThanOrEqual(expired + firstToken);
			expect(refused.length).toBeGreaterThan(tokens);
		},
	);

	test('in the app, storm day: the mode manager switches her features to Closed - Weather, then back', async () => {
		seedModeManagement(sim().world);
		const switched = await execute('storm-day-switch-to-closed.json');
		expect(
			switched.output('Switch to Closed - Weather').map((f) => f.currentOperatingModeName),
		).toEqual(['Closed - Weather', 'Closed - Weather']);
		// The imported credential's access token had expired: its one 401, then the refreshed token.
		const requests = sim().log.filter((r) => r.path.includes('/people/me/') && r.status !== 401);
		// Signed with the token n8n refreshed from Dana's own sign-in (the example's OAuth2 credential).
		expect(requests.length).toBeGreaterThan(0);
		for (const request of requests) {
			const token = String(request.headers.authorization).replace(/^Bearer /, '');
			expect(token).toMatch(/^sim-access-/);
			expect(sim().world.tokens.get(token)?.personId).toBe(SEED.people.manager);
		}
		const back = await execute('storm-day-switch-back.json');
		expect(back.output('Back to normal operation').map((f) => f.currentOperatingModeId)).toEqual([
			MANAGED_MODES.business,
			MANAGED_MODES.business,
		]);
	});

	test("in the app, every feature gets its location's holiday mode, and a second run writes nothing", async () => {
		const first = await execute('give-every-feature-its-location-holiday-mode.json');
		expect(first.output('Give the feature its holiday mode').map((item) => item.action)).toEqual(
			Array(6).fill('updated'),
		);
		sim().log.length = 0;
		const again = await execute('give-every-feature-its-location-holiday-mode.json');
		expect(again.output('Give the feature its holiday mode').map((item) => item.action)).toEqual(
			Array(6).fill('unchanged'),
		);
		expect(sim().log.filter((request) => request.method !== 'GET')).toEqual([]);
	});

	test('in the app, the audit of which features use which modes', async () => {
		seedModeManagement(sim().world);
		const { output } = await execute('audit-features-by-operating-mode.json');
		expect(output('Audit table').map((row) => [row.operatingMode, row.feature])).toEqual([
			['Business Hours', 'Denver Main Menu'],
			['Business Hours', 'Denver Support'],
			['Closed - Weather', 'Denver Main Menu'],
			['Closed - Weather', 'Denver Support'],
			['Event', 'Denver Main Menu'],
		]);
	});
}
