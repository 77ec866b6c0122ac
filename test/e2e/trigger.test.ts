/**
 * The Webex Calling Trigger, polled through n8n-core's own PollContext against the simulator:
 * the first poll records and starts nothing, later polls tell what changed once, a failed poll
 * keeps the last good state, Fetch Test Event shows real data without touching the state.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject, INode, INodeParameters } from 'n8n-workflow';

import { MANAGED_MODES, SEED, seedModeManagement } from '../simulator/data';
import { storeExampleCredentials } from '../simulator/credentials';
import { webexId } from '../simulator/ids';
import { OAUTH_CLIENTS, oauth2CredentialData, serviceAppCredentialData } from '../simulator/oauth';
import { useEnvironment } from '../harness/lifecycle';
import { CREDENTIAL_ID, PACKAGE_NAME } from '../harness/webex';

const env = useEnvironment();

function triggerNode(parameters: INodeParameters): INode {
	return {
		id: 'trigger',
		name: 'Webex Calling Trigger',
		type: `${PACKAGE_NAME}.webexCallingTrigger`,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { webexCallingApi: { id: CREDENTIAL_ID, name: 'Webex Calling account' } },
	};
}

const items = (result: Awaited<ReturnType<Awaited<ReturnType<typeof session>>['poll']>>) =>
	(result?.[0] ?? []).map((item) => item.json);

async function session(parameters: INodeParameters, staticData?: IDataObject) {
	return await env.engine.pollSession(triggerNode(parameters), staticData);
}

/** What the trigger keeps in its node's static data */
const kept = (trigger: { saved(): IDataObject }) =>
	(trigger.saved()['node:Webex Calling Trigger'] as IDataObject | undefined)?.webexCalling;

const feature = (id: string) => env.simulator.world.features.find((f) => f.id === id)!;

/** A mode manager's switch, as Webex records it */
const switchTo = (featureId: string, modeId: string, type = 'MANUAL_SWITCH_BACK') =>
	(feature(featureId).operatingModes.exception = { modeId, type });

describe('Operating mode changed on a feature (admin: each feature read)', () => {
	beforeEach(() => seedModeManagement(env.simulator.world));
	const parameters = { events: ['featureModeChanged'], featureSource: 'admin' };

	test('the first poll records and starts nothing; a switch is told once, with before and after', async () => {
		const trigger = await session(parameters);
		expect(await trigger.poll()).toBeNull();
		// one list per kind, then each feature's forwarding
		expect(env.simulator.requests('GET').some((r) => r.path.endsWith('/callForwarding'))).toBe(
			true,
		);
		expect(await trigger.poll()).toBeNull();

		switchTo(SEED.features.denverSupport, MANAGED_MODES.storm);
		const told = items(await trigger.poll());
		expect(told).toHaveLength(1);
		expect(told[0]).toMatchObject({
			event: 'featureModeChanged',
			changes: ['operatingModeChanged', 'exceptionStarted'],
			feature: { id: SEED.features.denverSupport, name: 'Denver Support', type: 'callQueue' },
			before: { operatingModeName: 'Business Hours', exceptionType: null },
			after: {
				operatingModeId: MANAGED_MODES.storm,
				operatingModeName: 'Closed - Weather',
				exceptionType: 'MANUAL_SWITCH_BACK',
				modeBasedForwardingEnabled: true,
			},
		});
		expect(told[0].summary).toBe(
			'Denver Support: Business Hours → Closed - Weather (operating mode changed, exception started)',
		);
		expect(await trigger.poll()).toBeNull();

		// extended, then back to normal
		switchTo(SEED.features.denverSupport, MANAGED_MODES.storm, 'AUTOMATIC_SWITCH_BACK_EXTENSION');
		expect(items(await trigger.poll()).map((i) => i.changes)).toEqual([['exceptionExtended']]);
		delete feature(SEED.features.denverSupport).operatingModes.exception;
		expect(items(await trigger.poll()).map((i) => i.changes)).toEqual([
			['operatingModeChanged', 'exceptionEnded'],
		]);
		// mode-based forwarding turned off
		feature(SEED.features.denverMenu).operatingModes.enabled = false;
		expect(items(await trigger.poll()).map((i) => i.changes)).toEqual([
			['operatingModeChanged', 'modeBasedForwardingDisabled'],
		]);
	});

	test('a feature deleted between polls is told, not a crash', async () => {
		const trigger = await session(parameters);
		await trigger.poll();
		env.simulator.world.features = env.simulator.world.features.filter(
			(f) => f.id !== SEED.features.denverSales,
		);
		const told = items(await trigger.poll());
		expect(told).toEqual([
			expect.objectContaining({
				changes: ['featureRemoved'],
				feature: { id: SEED.features.denverSales, name: 'Denver Sales', type: 'huntGroup' },
				after: null,
			}),
		]);
		expect(await trigger.poll()).toBeNull();
		// gone between the list and its read (Webex answers 404): the same, not a failed poll
		env.simulator.faults.script.push({
			path: encodeURIComponent(SEED.features.bostonBilling),
			status: 404,
			body: { message: 'Feature not found', trackingId: 'ROUTER_GONE_1' },
		});
		expect(
			items(await trigger.poll()).map((i) => [i.changes, (i.feature as IDataObject).name]),
		).toEqual([[['featureRemoved'], 'Boston Billing']]);
	});

	test('a failed poll throws with Webex words and keeps the last good state; the next good poll tells the change', async () => {
		const trigger = await session(parameters);
		await trigger.poll();
		const before = trigger.saved();
		switchTo(SEED.features.denverMenu, MANAGED_MODES.event);
		env.simulator.faults.script.push({
			path: '/callForwarding',
			status: 400,
			body: { message: 'Webex is having a bad day', trackingId: 'ROUTER_TRIGGER_1' },
		});
		await expect(trigger.poll()).rejects.toThrow(/bad day/);
		expect(trigger.saved()).toEqual(before);
		const told = items(await trigger.poll());
		expect(told.map((i) => (i.feature as IDataObject).name)).toEqual(['Denver Main Menu']);
	});

	test('after a restart it compares with what n8n saved, without a flood; a cleared state records again', async () => {
		const trigger = await session(parameters);
		await trigger.poll();
		const saved = trigger.saved();
		switchTo(SEED.features.denverMenu, MANAGED_MODES.storm);
		trigger.restart(saved);
		expect(items(await trigger.poll())).toHaveLength(1);
		trigger.restart({});
		switchTo(SEED.features.denverMenu, MANAGED_MODES.event);
		expect(await trigger.poll()).toBeNull();
	});

	test('Location, Feature Types and Only These Features narrow what is read; changing them records anew', async () => {
		const narrow = await session({
			...parameters,
			featureTypes: ['callQueue'],
			featureLocationId: { __rl: true, mode: 'id', value: SEED.locations.denver },
		});
		await narrow.poll();
		const reads = env.simulator.requests('GET').filter((r) => r.path.endsWith('/callForwarding'));
		expect(reads.map((r) => r.path)).toEqual([
			expect.stringContaining(encodeURIComponent(SEED.features.denverSupport)),
		]);
		const picked = await session({ ...parameters, featureIds: [SEED.features.denverMenu] });
		await picked.poll();
		switchTo(SEED.features.denverSupport, MANAGED_MODES.storm);
		switchTo(SEED.features.denverMenu, MANAGED_MODES.storm);
		expect(items(await picked.poll()).map((i) => (i.feature as IDataObject).id)).toEqual([
			SEED.features.denverMenu,
		]);
	});

	test('Fetch Test Event shows real features as they are and leaves the state alone', async () => {
		const trigger = await session(parameters);
		const sample = items(await trigger.poll('manual'));
		expect(sample.length).toBeGreaterThan(0);
		expect(sample[0]).toMatchObject({ event: 'featureModeChanged', changes: [] });
		expect(kept(trigger)).toBeUndefined();
	});
});

describe('Operating mode changed on a feature (mode manager: one request a poll)', () => {
	beforeEach(async () => {
		seedModeManagement(env.simulator.world);
		await env.setCredential({ accessToken: SEED.managerToken, baseUrl: env.simulator.url });
	});

	test('each poll is one request; a switch made by the mode manager is told once', async () => {
		const trigger = await session({ events: ['featureModeChanged'], featureSource: 'modeManager' });
		await trigger.poll();
		env.simulator.log.length = 0;
		expect(await trigger.poll()).toBeNull();
		expect(env.simulator.log.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /telephony/config/people/me/settings/modeManagement/features',
		]);
		switchTo(SEED.features.denverMenu, MANAGED_MODES.event, 'AUTOMATIC_SWITCH_BACK_STANDARD');
		const told = items(await trigger.poll());
		expect(told).toEqual([
			expect.objectContaining({
				changes: ['operatingModeChanged', 'exceptionStarted'],
				feature: expect.objectContaining({
					name: 'Denver Main Menu',
					type: 'autoAttendant',
					locationId: SEED.locations.denver,
				}),
				after: expect.objectContaining({ operatingModeName: 'Event' }),
			}),
		]);
	});

	test("an admin's token here says so with Webex's words, and the state stays empty", async () => {
		await env.setCredential();
		const trigger = await session({ events: ['featureModeChanged'], featureSource: 'modeManager' });
		const error = await trigger.poll().then(
			() => undefined,
			(failure: Error & { description?: string }) => failure,
		);
		expect(`${error?.message} ${error?.description}`).toMatch(/mode manager/i);
		expect(kept(trigger)).toBeUndefined();
	});
});

describe('Operating mode created, changed or deleted', () => {
	test('created, changed (with the fields) and deleted are each told once', async () => {
		seedModeManagement(env.simulator.world);
		const trigger = await session({ events: ['operatingModeChanged'] });
		expect(await trigger.poll()).toBeNull();
		const storm = env.simulator.world.operatingModes.find((m) => m.id === MANAGED_MODES.storm)!;
		storm.body = { ...storm.body, callForwarding: { enabled: true, destination: '+19705550100' } };
		env.simulator.world.operatingModes = env.simulator.world.operatingModes.filter(
			(m) => m.id !== MANAGED_MODES.event,
		);
		const added = webexId('OPERATING_MODE');
		env.simulator.world.operatingModes.push({
			id: added,
			orgId: SEED.orgId,
			body: { name: 'Inventory Day', type: 'NONE', level: 'ORGANIZATION' },
		});
		const told = items(await trigger.poll());
		expect(
			told.map((i) => [i.event, (i.operatingMode as IDataObject).name, i.changedFields]),
		).toEqual([
			['operatingModeChanged', 'Closed - Weather', ['callForwarding']],
			['operatingModeCreated', 'Inventory Day', undefined],
			['operatingModeDeleted', 'Event', undefined],
		]);
		expect(await trigger.poll()).toBeNull();
	});

	test('holidays replaced with the same content (new IDs) are no change', async () => {
		const id = webexId('OPERATING_MODE');
		const holidays = [
			{ name: 'New Year', allDayEnabled: true, startDate: '2027-01-01', endDate: '2027-01-01' },
		];
		env.simulator.world.operatingModes.push({
			id,
			orgId: SEED.orgId,
			body: {
				name: 'Holidays',
				type: 'HOLIDAY',
				level: 'ORGANIZATION',
				holidays: holidays.map((h) => ({ id: webexId('HOLIDAY'), ...h })),
			},
		});
		const trigger = await session({ events: ['operatingModeChanged'] });
		await trigger.poll();
		env.simulator.world.operatingModes[
			env.simulator.world.operatingModes.length - 1
		].body.holidays = holidays.map((h) => ({ id: webexId('HOLIDAY'), ...h }));
		expect(await trigger.poll()).toBeNull();
	});
});

describe('Holiday starts soon', () => {
	/** A day from today (UTC, the harness workflow's time zone) as Webex writes dates */
	const inDays = (days: number) =>
		new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
	const monthOf = (date: string) =>
		new Date(`${date}T00:00:00Z`)
			.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })
			.toUpperCase();

	function seedHolidays() {
		env.simulator.world.operatingModes.push({
			id: webexId('OPERATING_MODE'),
			orgId: SEED.orgId,
			body: {
				name: 'Company Holidays',
				type: 'HOLIDAY',
				level: 'ORGANIZATION',
				holidays: [
					{
						id: webexId('HOLIDAY'),
						name: 'Soon',
						allDayEnabled: true,
						startDate: inDays(3),
						endDate: inDays(4),
					},
					{
						id: webexId('HOLIDAY'),
						name: 'Later',
						allDayEnabled: true,
						startDate: inDays(40),
						endDate: inDays(40),
					},
					{
						id: webexId('HOLIDAY'),
						name: 'Past',
						allDayEnabled: true,
						startDate: inDays(-3),
						endDate: inDays(-3),
					},
				],
			},
		});
		// A yearly holiday first held years ago, whose day this year is 5 days away
		const yearly = inDays(5);
		env.simulator.world.schedules.push({
			orgId: SEED.orgId,
			locationId: SEED.locations.boston,
			type: 'holidays',
			name: 'Boston Holidays',
			events: [
				{
					name: 'Founders Day',
					startDate: `2019-${yearly.slice(5)}`,
					endDate: `2019-${yearly.slice(5)}`,
					allDayEnabled: true,
					recurrence: {
						recurForEver: true,
						recurYearlyByDate: { dayOfMonth: Number(yearly.slice(8)), month: monthOf(yearly) },
					},
				},
			],
		});
	}

	test('the first poll records; a holiday added within the window is told once, with its next date', async () => {
		seedHolidays();
		const trigger = await session({ events: ['holidayStartsSoon'], withinDays: 14 });
		expect(await trigger.poll()).toBeNull();
		expect(await trigger.poll()).toBeNull();
		// a new holiday, 10 days away, in Boston's schedule
		env.simulator.world.schedules
			.find((s) => s.name === 'Boston Holidays')!
			.events.push({
				name: 'Inventory',
				allDayEnabled: true,
				startDate: inDays(10),
				endDate: inDays(10),
			});
		const told = items(await trigger.poll());
		expect(told).toEqual([
			expect.objectContaining({
				event: 'holidayStartsSoon',
				source: 'locationSchedule',
				daysUntil: 10,
				summary: `Inventory (Boston Holidays): ${inDays(10)}, in 10 days`,
				holiday: expect.objectContaining({ name: 'Inventory', startDate: inDays(10) }),
				locationSchedule: expect.objectContaining({
					name: 'Boston Holidays',
					locationId: SEED.locations.boston,
				}),
			}),
		]);
		expect(await trigger.poll()).toBeNull();
	});

	test('Fetch Test Event shows the coming holidays of both sources, the yearly one at its next date', async () => {
		seedHolidays();
		const trigger = await session({ events: ['holidayStartsSoon'], withinDays: 14 });
		const sample = items(await trigger.poll('manual'));
		expect(
			sample.map((i) => [
				(i.holiday as IDataObject).name,
				(i.holiday as IDataObject).startDate,
				i.daysUntil,
			]),
		).toEqual([
			['Soon', inDays(3), 3],
			['Founders Day', inDays(5), 5],
		]);
		expect(kept(trigger)).toBeUndefined();
	});

	test('a restart with a cleared state records again without telling the holidays already in the window', async () => {
		seedHolidays();
		const trigger = await session({ events: ['holidayStartsSoon'], withinDays: 14 });
		await trigger.poll();
		trigger.restart({});
		expect(await trigger.poll()).toBeNull();
	});
});

describe('What the trigger keeps stays small', () => {
	test('2000 features: a few fields each, not whole answers', async () => {
		env.simulator.world.features = [];
		for (let i = 0; i < 2000; i++)
			env.simulator.world.features.push({
				id: webexId('CALL_QUEUE'),
				kind: 'queues',
				name: `Queue ${i}`,
				orgId: SEED.orgId,
				locationId: SEED.locations.denver,
				phoneNumber: `+1970555${String(i).padStart(4, '0')}`,
				operatingModes: { enabled: false, modes: [] },
			});
		const trigger = await session({
			events: ['featureModeChanged'],
			featureTypes: ['callQueue'],
			options: { concurrency: 20 },
		});
		await trigger.poll();
		const size = JSON.stringify(kept(trigger)).length;
		expect(
			Object.keys((kept(trigger) as { features: { seen: object } }).features.seen),
		).toHaveLength(2000);
		// the feature's ID (~80 characters) and six short fields
		expect(size / 2000).toBeLessThan(150);
	}, 60_000);
});

describe('Credentials, rate limits and hostile answers: as for the action node', () => {
	const parameters = { events: ['featureModeChanged'], featureSource: 'admin' };
	beforeEach(() => seedModeManagement(env.simulator.world));

	async function withCredential(
		type: string,
		data: Record<string, unknown>,
		more: INodeParameters,
	) {
		const ref = { id: `cred-${type}`, name: type };
		await env.engine.credentials.store(ref.id, ref.name, type, data as never);
		return await env.engine.pollSession(
			{ ...triggerNode({ ...parameters, ...more }), credentials: { [type]: ref } },
			undefined,
		);
	}

	test('OAuth2: an expired token is refreshed and the poll goes on; so is a service app token', async () => {
		const tokens = env.simulator.oauth.connectIntegration();
		const oauth2 = await withCredential(
			'webexCallingOAuth2Api',
			oauth2CredentialData(env.simulator.url, tokens),
			{ authentication: 'oAuth2' },
		);
		expect(await oauth2.poll()).toBeNull();
		env.simulator.oauth.expireAccessTokens();
		switchTo(SEED.features.denverMenu, MANAGED_MODES.event);
		expect(items(await oauth2.poll())).toHaveLength(1);
		expect(env.simulator.oauth.tokenRequests).toHaveLength(1);

		const refreshToken = env.simulator.oauth.issueRefreshToken(OAUTH_CLIENTS.serviceApp.id);
		const app = await withCredential(
			'webexCallingServiceAppApi',
			serviceAppCredentialData(env.simulator.url, refreshToken),
			{ authentication: 'serviceApp' },
		);
		expect(await app.poll()).toBeNull();
		env.simulator.oauth.expireAccessTokens();
		switchTo(SEED.features.denverMenu, MANAGED_MODES.storm);
		expect(items(await app.poll())).toHaveLength(1);
	});

	test("a 429 with Retry-After is waited for, and the poll's answer is whole", async () => {
		const trigger = await session(parameters);
		await trigger.poll();
		switchTo(SEED.features.denverSupport, MANAGED_MODES.storm);
		env.simulator.faults.script.push({
			path: '/callForwarding',
			status: 429,
			headers: { 'Retry-After': '1' },
			times: 3,
		});
		expect(items(await trigger.poll()).map((i) => (i.feature as IDataObject).name)).toEqual([
			'Denver Support',
		]);
		expect(env.simulator.log.filter((r) => r.status === 429)).toHaveLength(3);
	});

	test('a Webex that echoes the token: the error keeps Webex words and its trackingId, never the token', async () => {
		const trigger = await session(parameters);
		env.simulator.faults.script.push({ kind: 'echoToken', times: 10 });
		const error = await trigger.poll().then(
			() => undefined,
			(failure: unknown) => failure as Error & { description?: string; context?: object },
		);
		const told = JSON.stringify({
			...error,
			message: error?.message,
			description: error?.description,
		});
		expect(told).toContain('[redacted]');
		expect(told).toMatch(/tracking/i);
		expect(told).not.toContain(SEED.token);
		expect(kept(trigger)).toBeUndefined();
	});
});

describe('Per location', () => {
	test("operating modes of one location: the list asks Webex for that location's and the org's", async () => {
		seedModeManagement(env.simulator.world);
		const trigger = await session({
			events: ['operatingModeChanged'],
			modeLocationId: { __rl: true, mode: 'list', value: SEED.locations.denver },
		});
		await trigger.poll();
		const list = env.simulator
			.requests('GET', '/telephony/config/operatingModes')
			.find((r) => r.query.limitToLocationId !== undefined);
		expect(list?.query).toMatchObject({
			limitToLocationId: SEED.locations.denver,
			limitToOrgLevelEnabled: 'true',
		});
	});
});

describe('The examples', () => {
	const example = (file: string) =>
		JSON.parse(
			readFileSync(path.resolve(__dirname, '..', '..', 'examples', 'triggers', file), 'utf8'),
		) as { nodes: INode[] };
	const triggerOf = (file: string) =>
		example(file).nodes.find((n) => n.type === `${PACKAGE_NAME}.webexCallingTrigger`)!;

	test("'tell the team': a switch is one item whose summary the chat step posts", async () => {
		seedModeManagement(env.simulator.world);
		await storeExampleCredentials(env.engine.credentials, env.simulator.url);
		const trigger = await env.engine.pollSession(
			triggerOf('tell-the-team-when-a-feature-mode-changes.json'),
		);
		expect(await trigger.poll()).toBeNull();
		switchTo(SEED.features.denverMenu, MANAGED_MODES.storm);
		const [item] = items(await trigger.poll());
		expect(item.summary).toMatch(/^Denver Main Menu: Business Hours → Closed - Weather/);
	});

	test('the holiday digest: each holiday within 14 days once', async () => {
		await storeExampleCredentials(env.engine.credentials, env.simulator.url);
		const trigger = await env.engine.pollSession(triggerOf('weekly-holiday-digest.json'));
		expect(await trigger.poll()).toBeNull();
		const soon = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
		env.simulator.world.schedules.push({
			orgId: SEED.orgId,
			locationId: SEED.locations.austin,
			type: 'holidays',
			name: 'Austin Holidays',
			events: [{ name: 'Lab Move', allDayEnabled: true, startDate: soon, endDate: soon }],
		});
		expect(items(await trigger.poll()).map((i) => i.summary)).toEqual([
			`Lab Move (Austin Holidays): ${soon}, in 2 days`,
		]);
		expect(await trigger.poll()).toBeNull();
	});
});

describe('What the review found', () => {
	beforeEach(() => seedModeManagement(env.simulator.world));

	test('two polls at once (two Poll Times, or a poll longer than its interval) tell a switch once', async () => {
		const trigger = await session({ events: ['featureModeChanged'] });
		await trigger.poll();
		switchTo(SEED.features.denverSupport, MANAGED_MODES.storm);
		const [a, b] = await Promise.all([trigger.poll(), trigger.poll()]);
		expect([...items(a), ...items(b)]).toHaveLength(1);
	});

	test('another credential (another org) records anew instead of telling every mode deleted', async () => {
		const trigger = await session({ events: ['operatingModeChanged'] });
		await trigger.poll();
		await env.setCredential({
			accessToken: SEED.token,
			baseUrl: env.simulator.url,
			orgId: SEED.customerOrgId,
		});
		expect(await trigger.poll()).toBeNull();
	});

	test('Only These Features as text with commas (an expression) works; an unknown event names the field', async () => {
		const trigger = await session({
			events: ['featureModeChanged'],
			featureIds: `${SEED.features.denverMenu}, ${SEED.features.denverSupport}`,
		});
		await trigger.poll();
		switchTo(SEED.features.denverSupport, MANAGED_MODES.storm);
		switchTo(SEED.features.bostonBilling, MANAGED_MODES.storm);
		expect(items(await trigger.poll()).map((i) => (i.feature as IDataObject).name)).toEqual([
			'Denver Support',
		]);
		const wrong = await session({ events: ['featureModeChanged', 'callStarted'] });
		env.simulator.log.length = 0;
		await expect(wrong.poll()).rejects.toThrow('Events has "callStarted"');
		expect(env.simulator.log).toHaveLength(0);
	});

	test('Fetch Test Event reads a sample of the features, not every one', async () => {
		const trigger = await session({ events: ['featureModeChanged'] });
		expect(items(await trigger.poll('manual'))).toHaveLength(3);
		expect(
			env.simulator.requests('GET').filter((r) => r.path.endsWith('/callForwarding')),
		).toHaveLength(3);
	});
});

test('watching holidays and mode changes at once reads each HOLIDAY mode once a poll', async () => {
	const holidayModes = [webexId('OPERATING_MODE'), webexId('OPERATING_MODE')];
	for (const [index, id] of holidayModes.entries())
		env.simulator.world.operatingModes.push({
			id,
			orgId: SEED.orgId,
			body: {
				name: `Holidays ${index}`,
				type: 'HOLIDAY',
				level: 'ORGANIZATION',
				holidays: [
					{ name: 'New Year', allDayEnabled: true, startDate: '2030-01-01', endDate: '2030-01-01' },
				],
			},
		});
	const trigger = await session({
		events: ['operatingModeChanged', 'holidayStartsSoon'],
		holidaySources: ['operatingMode'],
	});
	await trigger.poll();
	for (const id of holidayModes)
		expect(
			env.simulator.requests('GET').filter((r) => r.path.endsWith(encodeURIComponent(id))),
		).toHaveLength(1);
});
