/**
 * End to end in the real n8n application: the packed package installed as a community
 * package, a credential imported, the examples imported and run with `n8n execute`, against
 * the simulator. `npm run test:e2e`; the first run installs n8n into a cache folder.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { CREDENTIAL_BLANKING_VALUE } from 'n8n-workflow';

import { SEED, seedModeManagement } from '../simulator/data';
import { webexId } from '../simulator/ids';
import {
	OAUTH_CLIENTS,
	seededOAuth2CredentialData,
	serviceAppCredentialData,
} from '../simulator/oauth';
import { WebexSimulator } from '../simulator/server';
import {
	addWebexAction,
	clickText,
	credentialField,
	credentialOptions,
	fillField,
	MENU_ITEMS,
	importWorkflowFile,
	openEditor,
	outputText,
	pageText,
	pickCredential,
	pickOption,
	savedWorkflowId,
	screenshot,
} from './editor';
import { N8N_2 } from '../harness/n8nApp';
import type { N8nApp } from '../harness/n8nApp';
import { executionTests } from './executions';
import { installN8n } from './installed';
import type { Installed } from './installed';
import { startServer } from './server';
import type { N8nServer } from './server';

let app: N8nApp;
let env: NodeJS.ProcessEnv;
let execute: Installed['execute'];
const ROOT = path.resolve(__dirname, '..', '..');
const simulator = new WebexSimulator();

beforeAll(async () => {
	await simulator.start();
	({ app, env, execute } = await installN8n(N8N_2, simulator));
}, 20 * 60_000);

afterAll(async () => await simulator.stop());

beforeEach(() => simulator.reset());

executionTests(() => ({ execute, simulator }));

describe('in the running n8n server, as the editor calls it', () => {
	let server: N8nServer;
	let base = '';
	let cookie = '';

	beforeAll(async () => {
		server = await startServer(app, env);
		({ base, cookie } = server);
		expect(cookie).toMatch(/^n8n-auth=/);
	}, 150_000);

	afterAll(async () => await server?.stop());

	async function post(route: string, body: unknown) {
		return { data: await server.rest<Record<string, unknown>>('POST', route, body) };
	}

	test('n8n lists the node and its credential type', async () => {
		const nodes = await (
			await fetch(`${base}/types/nodes.json`, { headers: { Cookie: cookie } })
		).text();
		expect(nodes).toContain('"name":"n8n-nodes-webex-calling.webexCalling"');
		const credentialTypes = await (
			await fetch(`${base}/types/credentials.json`, { headers: { Cookie: cookie } })
		).text();
		expect(credentialTypes).toContain('"name":"webexCallingApi"');
		expect(credentialTypes).toContain('"name":"webexCallingServiceAppApi"');
		expect(credentialTypes).toContain('"name":"webexCallingOAuth2Api"');
	});

	test('"Test credential" of a service app fetches a token; a revoked refresh token says what to do', async () => {
		const serviceApp = (refreshToken: string) => ({
			credentials: {
				id: 'webex-service-app',
				name: 'Webex Calling service app',
				type: 'webexCallingServiceAppApi',
				data: serviceAppCredentialData(simulator.url, refreshToken),
			},
		});
		const fresh = simulator.oauth.issueRefreshToken(OAUTH_CLIENTS.serviceApp.id);
		expect((await post('credentials/test', serviceApp(fresh))).data).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		simulator.oauth.revoke(fresh);
		const refused = (await post('credentials/test', serviceApp(fresh))).data;
		expect(refused.status).toBe('Error');
		expect(refused.message).toMatch(/Webex refused the refresh token \(invalid_grant\)/);
		expect(JSON.stringify(refused)).not.toContain(fresh);
	});

	test('"Test credential" of the connected OAuth2 credential, and the workspace picker with it', async () => {
		const tested = (
			await post('credentials/test', {
				credentials: {
					id: 'webex-oauth2',
					name: 'Webex Calling integration',
					type: 'webexCallingOAuth2Api',
					// As the editor sends a saved credential's secrets: blanked, for n8n to fill in.
					data: {
						...seededOAuth2CredentialData(simulator.url),
						clientSecret: CREDENTIAL_BLANKING_VALUE,
						oauthTokenData: CREDENTIAL_BLANKING_VALUE,
					},
				},
			})
		).data;
		expect(tested).toEqual({ status: 'OK', message: 'Connection successful!' });
		const picked = await post('dynamic-node-parameters/resource-locator-results', {
			methodName: 'searchWorkspaces',
			path: 'parameters.workspaceId',
			nodeTypeAndVersion: { name: 'n8n-nodes-webex-calling.webexCalling', version: 2 },
			currentNodeParameters: {
				authentication: 'oAuth2',
				resource: 'workspace',
				operation: 'getSimultaneousRing',
			},
			credentials: {
				webexCallingOAuth2Api: { id: 'webex-oauth2', name: 'Webex Calling integration' },
			},
			filter: 'lobby',
		});
		expect(picked.data.results).toEqual([{ name: 'Denver Lobby', value: SEED.workspaces.lobby }]);
		const bearer = simulator.log
			.filter((r) => r.headers.authorization)
			.map((r) => r.headers.authorization);
		expect(bearer.every((value) => /^Bearer sim-access-/.test(String(value)))).toBe(true);
	});

	test('"Test credential" passes with the token and fails without it', async () => {
		const credentials = (accessToken: string) => ({
			credentials: {
				id: 'webex-demo',
				name: 'Webex Calling account',
				type: 'webexCallingApi',
				data: { accessToken, baseUrl: simulator.url },
			},
		});
		expect((await post('credentials/test', credentials(SEED.token))).data).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		const failed = (await post('credentials/test', credentials('wrong-token'))).data;
		expect(failed.status).toBe('Error');
		// Not n8n's bare "Unauthorized": what it means and what to do.
		expect(failed.message).toMatch(
			/^Webex refused the access token \(HTTP 401\): it is wrong or has expired/,
		);
		// n8n's own credential tester sends a request that got 401 once more before giving up.
		const [first, ...rest] = simulator.requests('GET', '/people/me');
		expect(first.status).toBe(200);
		expect(rest.length).toBeGreaterThan(0);
		expect(rest.every((request) => request.status === 401)).toBe(true);
	});

	test('in the editor: search the node, add Create, fill it in, run it, read the error of a second run', async () => {
		const { browser, page } = await openEditor(base, cookie);
		try {
			await addWebexAction(page, 'Create an operating mode');
			await page.waitForSelector('[data-test-id="parameter-input-name"] input');
			// The access token is offered beside the other types, and picked as a person does.
			await credentialOptions(page);
			await pickCredential(page, 'Webex Calling account');
			expect(await credentialField(page)).toBe('Webex Calling account');
			await page.click('[data-test-id="parameter-input-name"] input');
			await page.keyboard.type('After Hours');
			await page.click('[data-test-id="fixed-collection-sameHoursDaily"] input');
			await pickOption(page, 'Monday to Friday');
			await page.waitForSelector('[data-test-id="parameter-input-startTime"] input');
			// Real times, not grey placeholders.
			const times = await page.$$eval(
				'[data-test-id="parameter-input-startTime"] input, [data-test-id="parameter-input-endTime"] input',
				(inputs) => inputs.map((input) => (input as unknown as { value: string }).value),
			);
			expect(times).toEqual(['09:00', '17:00']);
			await screenshot(page, 'create-operating-mode');

			await page.click('[data-test-id="node-execute-button"]');
			const created = await outputText(page, /After Hours/);
			expect(created).toContain(String(simulator.world.operatingModes[0]?.id));
			const [created1] = simulator.requests('POST', '/telephony/config/operatingModes');
			expect(created1.headers.authorization).toBe(`Bearer ${SEED.token}`);
			expect(created1.body).toMatchObject({
				name: 'After Hours',
				sameHoursDaily: {
					mondayToFriday: {
						enabled: true,
						allDayEnabled: false,
						startTime: '09:00',
						endTime: '17:00',
					},
				},
			});

			await page.click('[data-test-id="node-execute-button"]');
			const failed = await outputText(page, /already exists/);
			expect(failed).toMatch(/Operating mode name After Hours already exists/);
			expect(failed).toMatch(/HTTP 409, trackingId ROUTERGW_[\w-]+ \(quote it to Webex support\)/);
			await screenshot(page, 'webex-error');

			await page.click('[data-test-id="ndv-close-button"]');
			const nodes = await page.$$eval('[data-test-id="canvas-node"]', (elements) =>
				elements.map((element) => (element as unknown as { innerText: string }).innerText),
			);
			expect(nodes.join('\n')).toContain('Create: Operating Mode');
		} finally {
			await browser.close();
		}
	}, 120_000);

	test("in the editor: the Call Feature form to update a feature's operating modes", async () => {
		const { browser, page } = await openEditor(base, cookie);
		try {
			await addWebexAction(page, 'Update the operating modes of a call feature');
			await page.waitForSelector('[data-test-id="parameter-input-featureType"]');
			const text = await pageText(page);
			for (const label of [
				'Feature Type',
				'Location',
				'Feature',
				'Input Mode',
				'Mode-Based Forwarding',
				'Modes to Add or Change',
				'Modes to Remove',
			])
				expect(text).toContain(label);
			await clickText(page, 'button', /^Add Mode$/);
			await page.waitForSelector('[data-test-id="parameter-input-selection"]');
			await screenshot(page, 'call-feature-update-operating-modes');
		} finally {
			await browser.close();
		}
	}, 120_000);

	test('in the editor (version 3): Mode Manager Assignment picks the person by e-mail and a feature from their list, then assigns it', async () => {
		seedModeManagement(simulator.world);
		simulator.world.managedFeatures.delete(SEED.people.manager);
		const { browser, page } = await openEditor(base, cookie);
		try {
			await addWebexAction(page, 'Update the features a person manages');
			await page.waitForSelector('[data-test-id="parameter-input-personId"]');
			await credentialOptions(page);
			await pickCredential(page, 'Webex Calling account');
			// The Person picker: its search box, by the whole e-mail.
			await page.click('[data-test-id="resource-locator-personId"] [data-test-id="rlc-input"]');
			const search = await page.waitForSelector('input[data-test-id="rlc-search"]', {
				visible: true,
			});
			await search!.type('dana.manager@example.com', { delay: 15 });
			await clickText(
				page,
				'[data-test-id="rlc-item"]',
				/^Dana Manager \(dana\.manager@example\.com\)$/,
			);
			// Features to Add: the options Webex lists for Dana, once the editor has taken her.
			await new Promise((resolve) => setTimeout(resolve, 1000));
			await page.click('[data-test-id="parameter-input-addFeatureIds"]');
			// The options load from Webex once the list opens.
			await pickOption(page, 'Denver Main Menu (Auto Attendant)', 15_000);
			await page.keyboard.press('Escape');
			await screenshot(page, 'mode-manager-assignment');
			await page.click('[data-test-id="node-execute-button"]');
			const output = await outputText(page, /updated/);
			expect(output).toContain(SEED.features.denverMenu);
			expect(simulator.world.managedFeatures.get(SEED.people.manager)).toEqual([
				SEED.features.denverMenu,
			]);
			// The list opens with everyone, then searches by the whole e-mail typed.
			expect(
				simulator
					.requests('GET')
					.filter((r) => r.path === '/people')
					.map((r) => r.query.email),
			).toContain('dana.manager@example.com');
		} finally {
			await browser.close();
		}
	}, 120_000);

	test("the location picker searches the org's Calling locations", async () => {
		const result = await post('dynamic-node-parameters/resource-locator-results', {
			methodName: 'searchLocations',
			path: 'parameters.locationId',
			nodeTypeAndVersion: { name: 'n8n-nodes-webex-calling.webexCalling', version: 1 },
			// As the editor sends them: every parameter, defaults included.
			currentNodeParameters: {
				authentication: 'accessToken',
				resource: 'operatingMode',
				operation: 'create',
				level: 'LOCATION',
			},
			credentials: { webexCallingApi: { id: 'webex-demo', name: 'Webex Calling account' } },
			filter: 'bost',
		});
		expect(result.data.results).toEqual([{ name: 'Boston Office', value: SEED.locations.boston }]);
	});

	test("version 2: the holiday picker lists the chosen mode's holidays, with a service app", async () => {
		const modeId = webexId('OPERATING_MODE');
		simulator.world.operatingModes.push({
			id: modeId,
			orgId: SEED.orgId,
			body: {
				name: 'Holidays 2027',
				type: 'HOLIDAY',
				level: 'ORGANIZATION',
				holidays: [
					{
						id: 'h-1',
						name: 'New Year',
						allDayEnabled: true,
						startDate: '2027-01-01',
						endDate: '2027-01-01',
					},
				],
			},
		});
		const result = await post('dynamic-node-parameters/resource-locator-results', {
			methodName: 'searchHolidays',
			path: 'parameters.holidayId',
			nodeTypeAndVersion: { name: 'n8n-nodes-webex-calling.webexCalling', version: 2 },
			currentNodeParameters: {
				authentication: 'serviceApp',
				resource: 'operatingModeHoliday',
				operation: 'get',
				modeId: { __rl: true, mode: 'list', value: modeId, cachedResultName: 'Holidays 2027' },
			},
			credentials: {
				webexCallingServiceAppApi: { id: 'webex-service-app', name: 'Webex Calling service app' },
			},
		});
		expect(result.data.results).toEqual([{ name: 'New Year (2027-01-01)', value: 'h-1' }]);
	});

	test("the schedule pickers, as the editor asks for them: the chosen location's holiday schedules, then the chosen schedule's events", async () => {
		const location = {
			__rl: true,
			mode: 'list',
			value: SEED.locations.denver,
			cachedResultName: 'Denver HQ',
		};
		const ask = async (methodName: string, path: string, parameters: Record<string, unknown>) =>
			(
				await post('dynamic-node-parameters/resource-locator-results', {
					methodName,
					path,
					nodeTypeAndVersion: { name: 'n8n-nodes-webex-calling.webexCalling', version: 3 },
					// As the editor sends them: every parameter, defaults included.
					currentNodeParameters: {
						authentication: 'accessToken',
						resource: 'locationScheduleEvent',
						operation: 'get',
						locationId: location,
						scheduleType: 'holidays',
						...parameters,
					},
					credentials: { webexCallingApi: { id: 'webex-demo', name: 'Webex Calling account' } },
				})
			).data.results as Array<{ name: string; value: string }>;
		const schedules = await ask('searchLocationSchedules', 'parameters.scheduleId', {});
		expect(schedules.map((s) => s.name)).toEqual(['Denver Holidays']);
		const events = await ask('searchScheduleEvents', 'parameters.eventId', {
			scheduleId: { __rl: true, mode: 'list', value: schedules[0].value },
		});
		expect(events.map((e) => e.name)).toEqual([expect.stringMatching(/^New Year \(2027-01-01/)]);
		expect(simulator.requests('GET').map((r) => r.query.type ?? r.path.split('/')[6])).toEqual([
			'holidays',
			'holidays',
		]);
	});

	test("version 4: a criteria's Schedule Name lists the workspace's location's schedules, from Update Fields as the editor sends them", async () => {
		const result = await post('dynamic-node-parameters/resource-locator-results', {
			methodName: 'searchWorkspaceSchedules',
			path: 'parameters.updateFields.scheduleName',
			nodeTypeAndVersion: { name: 'n8n-nodes-webex-calling.webexCalling', version: 4 },
			currentNodeParameters: {
				authentication: 'accessToken',
				resource: 'workspaceSimultaneousRingCriteria',
				operation: 'update',
				workspaceId: { __rl: true, mode: 'list', value: SEED.workspaces.lobby },
				criteriaId: { __rl: true, mode: 'list', value: '' },
				inputMode: 'fields',
				updateFields: {
					scheduleType: 'holidays',
					scheduleName: { __rl: true, mode: 'list', value: '' },
				},
			},
			credentials: { webexCallingApi: { id: 'webex-demo', name: 'Webex Calling account' } },
		});
		expect(result.data.results).toEqual([{ name: 'Denver Holidays', value: 'Denver Holidays' }]);
		expect(simulator.requests('GET').map((r) => r.path)).toEqual([
			`/workspaces/${SEED.workspaces.lobby}`,
			`/telephony/config/locations/${SEED.locations.denver}/schedules`,
		]);
	});

	test("the call queue pickers, as the editor asks for them: the location's queues, then the schedules the queue's holiday service may use", async () => {
		const ask = async (methodName: string, path: string, parameters: Record<string, unknown>) =>
			(
				await post('dynamic-node-parameters/resource-locator-results', {
					methodName,
					path,
					nodeTypeAndVersion: { name: 'n8n-nodes-webex-calling.webexCalling', version: 4 },
					currentNodeParameters: {
						authentication: 'accessToken',
						resource: 'callQueue',
						operation: 'updateHolidayService',
						locationId: { __rl: true, mode: 'list', value: SEED.locations.denver },
						inputMode: 'fields',
						updateFields: { holidayScheduleName: { __rl: true, mode: 'list', value: '' } },
						...parameters,
					},
					credentials: { webexCallingApi: { id: 'webex-demo', name: 'Webex Calling account' } },
				})
			).data.results as Array<{ name: string; value: string }>;
		const queues = await ask('searchCallQueues', 'parameters.queueId', {});
		expect(queues).toEqual([{ name: 'Denver Support', value: SEED.features.denverSupport }]);
		const schedules = await ask(
			'searchQueueHolidaySchedules',
			'parameters.updateFields.holidayScheduleName',
			{ queueId: { __rl: true, mode: 'list', value: queues[0].value } },
		);
		expect(schedules).toEqual([{ name: 'Denver Holidays (location)', value: 'Denver Holidays' }]);
	});

	test('in the editor: a storm day on one call queue, Force Night Service picked from Update Fields, then sent', async () => {
		const { browser, page } = await openEditor(base, cookie);
		try {
			await addWebexAction(page, 'Update the night service of a call queue');
			await page.waitForSelector('[data-test-id="parameter-input-queueId"]');
			await credentialOptions(page);
			await pickCredential(page, 'Webex Calling account');
			await page.click('[data-test-id="resource-locator-locationId"] [data-test-id="rlc-input"]');
			await clickText(page, '[data-test-id="rlc-item"]', /^Denver HQ$/);
			await page.click('[data-test-id="resource-locator-queueId"] [data-test-id="rlc-input"]');
			await clickText(page, '[data-test-id="rlc-item"]', /^Denver Support$/);
			await page.click('[data-test-id="collection-parameter-add"]');
			await pickOption(page, 'Force Night Service Enabled');
			// A boolean added to Update Fields starts off: switch it on.
			const toggle = await page.waitForSelector(
				'[data-test-id="parameter-input-forceNightServiceEnabled"] .el-switch',
			);
			await toggle!.click();
			await screenshot(page, 'call-queue-force-night-service');
			await page.click('[data-test-id="node-execute-button"]');
			await outputText(page, /updated/);
			expect(simulator.requests('PUT').map((r) => r.path)).toEqual([
				`/telephony/config/locations/${SEED.locations.denver}/queues/${SEED.features.denverSupport}/nightService`,
			]);
			expect(simulator.requests('PUT')[0].body).toMatchObject({
				forceNightServiceEnabled: true,
				nightServiceEnabled: false,
			});
		} finally {
			await browser.close();
		}
	}, 120_000);

	test('in the editor: the Webex Calling Trigger added from the nodes panel, its Fetch Test Event showing real features', async () => {
		seedModeManagement(simulator.world);
		const { browser, page } = await openEditor(base, cookie);
		try {
			const plus = await page.waitForSelector('[data-test-id="canvas-plus-button"]');
			await plus!.click();
			await page.waitForSelector('[data-test-id="node-creator-search-bar"]');
			await page.keyboard.type('Webex Calling');
			// An empty canvas offers triggers; n8n names a trigger without its " Trigger", and offers
			// each of its events as a trigger of its own.
			await clickText(page, '[data-test-id="node-creator-item-name"]', /^Webex Calling$/);
			await clickText(page, '[data-test-id="item-iterator-item"]', /On feature mode changed/);
			await page.waitForSelector('[data-test-id="parameter-input-events"]');
			await credentialOptions(page);
			await pickCredential(page, 'Webex Calling account');
			// Poll Times come with every polling node; the events default to a feature's mode.
			expect(await pageText(page)).toMatch(/Poll Times/);
			await screenshot(page, 'trigger-fetch-test-event');
			await page.click('[data-test-id="node-execute-button"]');
			const shown = await outputText(page, /a sample: nothing changed/);
			expect(shown).toMatch(/Denver Main Menu: Business Hours \(a sample: nothing changed\)/);
			await screenshot(page, 'trigger-fetch-test-event');
		} finally {
			await browser.close();
		}
	}, 120_000);

	test("in the editor (version 4): Update Fields offers Schedule Name once, as a picker of the workspace's location's schedules, and the picked name is sent", async () => {
		const { browser, page } = await openEditor(base, cookie);
		try {
			await addWebexAction(page, 'Update a simultaneous ring criterion of a workspace');
			await page.waitForSelector('[data-test-id="parameter-input-workspaceId"]');
			await credentialOptions(page);
			await pickCredential(page, 'Webex Calling account');
			await page.click('[data-test-id="resource-locator-workspaceId"] [data-test-id="rlc-input"]');
			await clickText(page, '[data-test-id="rlc-item"]', /^Denver Lobby$/);
			await page.click('[data-test-id="resource-locator-criteriaId"] [data-test-id="rlc-input"]');
			await clickText(page, '[data-test-id="rlc-item"]', /^Business Vacation/);
			// The Add Field list (the first collection on the form: Options comes after it): one
			// Schedule Name, version 3's text field not offered beside it.
			await page.click('[data-test-id="collection-parameter-add"]');
			// Once the list has opened (its entries are there), count its Schedule Names.
			const visibleEntries = () =>
				page.$$eval(MENU_ITEMS, (items) =>
					items
						.filter((item) => (item as unknown as { offsetParent: unknown }).offsetParent !== null)
						.map((item) => (item as unknown as { innerText: string }).innerText.trim()),
				);
			let offered: string[] = [];
			for (let tries = 0; tries < 100 && !offered.includes('Schedule Type'); tries++) {
				offered = await visibleEntries();
				if (!offered.includes('Schedule Type')) await new Promise((r) => setTimeout(r, 100));
			}
			expect(offered.filter((label) => label === 'Schedule Name')).toHaveLength(1);
			await pickOption(page, 'Schedule Type');
			// The closing list must be gone, or the next click lands on one of its entries.
			for (let tries = 0; tries < 50 && (await visibleEntries()).length > 0; tries++)
				await new Promise((r) => setTimeout(r, 100));
			await page.click('[data-test-id="collection-parameter-add"]');
			await pickOption(page, 'Schedule Name');
			await page.waitForSelector('[data-test-id="resource-locator-scheduleName"]');
			await page.click('[data-test-id="resource-locator-scheduleName"] [data-test-id="rlc-input"]');
			// The Schedule Type added keeps its default, Business Hours.
			await clickText(page, '[data-test-id="rlc-item"]', /^Denver Business Hours$/);
			await new Promise((resolve) => setTimeout(resolve, 500));
			await screenshot(page, 'criteria-schedule-name-picker');
			await page.click('[data-test-id="node-execute-button"]');
			await outputText(page, /Denver Business Hours/);
			expect(simulator.requests('PUT').map((r) => r.body)).toEqual([
				{ scheduleType: 'businessHours', scheduleName: 'Denver Business Hours' },
			]);
		} finally {
			await browser.close();
		}
	}, 120_000);

	test('in the editor: an OAuth2 credential connects through the Webex sign-in page, then a workflow runs with it', async () => {
		const created = await server.rest<{ id: string }>('POST', 'credentials', {
			name: 'Webex Calling sign-in',
			type: 'webexCallingOAuth2Api',
			data: {
				clientId: OAUTH_CLIENTS.integration.id,
				clientSecret: OAUTH_CLIENTS.integration.secret,
				baseUrl: simulator.url,
				orgId: '',
			},
		});
		// n8n sends the sign-in back to its own callback, named by its host (localhost): the
		// editor is opened there so that the session goes with it.
		const host = base.replace('127.0.0.1', 'localhost');
		const { browser, page } = await openEditor(host, cookie);
		try {
			await page.goto(`${host}/home/credentials/${created.id}`, { waitUntil: 'networkidle2' });
			// The redirect URL to register with the integration, as n8n shows it.
			await page.waitForFunction(
				() =>
					(
						globalThis as unknown as { document: { body: { innerText: string } } }
					).document.body.innerText.includes('/rest/oauth2-credential/callback'),
				{ timeout: 15_000 },
			);
			await screenshot(page, 'oauth2-credential');
			const popup = new Promise<import('puppeteer-core').Page>((resolve) =>
				browser.once('targetcreated', (target: import('puppeteer-core').Target) =>
					resolve(target.page() as Promise<import('puppeteer-core').Page>),
				),
			);
			await clickText(page, 'button', /^Connect$/);
			const signIn = await popup;
			await signIn.waitForSelector('#approve', { timeout: 15_000 });
			expect(signIn.url()).toContain(`${simulator.url}/authorize?`);
			await signIn.click('#approve');
			// The banner is in the page all along, shown once n8n has the tokens.
			await page.waitForSelector('[data-test-id="oauth-connect-success-banner"]', {
				visible: true,
				timeout: 20_000,
			});
			await screenshot(page, 'oauth2-connected');
		} finally {
			await browser.close();
		}
		const grants = simulator.oauth.tokenRequests.map((r) => [r.grantType, r.status]);
		expect(grants).toEqual([['authorization_code', 200]]);

		// A workflow that uses it, run by n8n: the token from the sign-in, no refresh.
		const workflow = JSON.parse(
			readFileSync(path.join(__dirname, 'workflows', 'oauth2.json'), 'utf8'),
		) as { nodes: Array<{ credentials?: unknown; type: string }> };
		for (const node of workflow.nodes.filter((n) => n.type.endsWith('.webexCalling')))
			node.credentials = {
				webexCallingOAuth2Api: { id: created.id, name: 'Webex Calling sign-in' },
			};
		const saved = await server.rest<{ id: string }>('POST', 'workflows', workflow);
		const run = await execute(saved.id);
		expect(run.output('Webex Calling')).toHaveLength(40);
		expect(run.output('Webex Calling').every((item) => item.enabled === true)).toBe(true);
		expect(simulator.oauth.tokenRequests).toHaveLength(1);
		const reads = simulator.requests('GET').filter((r) => r.path.endsWith('/simultaneousRing'));
		expect(reads).toHaveLength(40);
		expect(new Set(reads.map((r) => r.headers.authorization)).size).toBe(1);
		expect(reads[0].headers.authorization).toMatch(/^Bearer sim-access-/);
		expect(run.stdout).not.toMatch(/sim-integration-secret|sim-refresh-|sim-access-/);
	}, 180_000);

	/**
	 * Each Authentication's credential, as a person meets it in the editor: offered in the
	 * Credential list, picked, created from the node, read back by name, taken by a second node,
	 * and given to an imported example that is then published.
	 */
	describe.each([
		['accessToken', 'Access Token', 'webexCallingApi', 'Webex Calling account'],
		['oAuth2', 'OAuth2', 'webexCallingOAuth2Api', 'Webex Calling integration'],
		['serviceApp', 'Service App', 'webexCallingServiceAppApi', 'Webex Calling service app'],
	])('in the editor, authentication %s', (authentication, choice, type, prepared) => {
		const made = `Made in the editor (${choice})`;
		const fields: Record<string, () => Record<string, string>> = {
			accessToken: () => ({ accessToken: SEED.token, baseUrl: simulator.url }),
			oAuth2: () => ({
				clientId: OAUTH_CLIENTS.integration.id,
				clientSecret: OAUTH_CLIENTS.integration.secret,
				baseUrl: simulator.url,
			}),
			serviceApp: () => ({
				clientId: OAUTH_CLIENTS.serviceApp.id,
				clientSecret: OAUTH_CLIENTS.serviceApp.secret,
				refreshToken: OAUTH_CLIENTS.serviceApp.refreshToken,
				baseUrl: simulator.url,
			}),
		};
		type Saved = {
			nodes: Array<{
				type: string;
				parameters: Record<string, unknown>;
				credentials?: Record<string, { id: string; name: string }>;
			}>;
			activeVersionId?: string | null;
		};
		const webexNodes = (workflow: Saved) =>
			workflow.nodes.filter((node) => node.type === 'n8n-nodes-webex-calling.webexCalling');
		async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
			const deadline = Date.now() + 15_000;
			for (;;) {
				// A workflow the editor has just named may not be saved yet (404): read again.
				const value = await read().catch((error: Error) => {
					if (Date.now() > deadline) throw error;
					return undefined;
				});
				if (value !== undefined && (ok(value) || Date.now() > deadline)) return value;
				await new Promise((resolve) => setTimeout(resolve, 500));
			}
		}

		/** The saved workflow, once the editor has saved both its Webex nodes with the credential. */
		const withCredential = async (workflowId: string, credentialId: string) =>
			await eventually(
				() => server.rest<Saved>('GET', `workflows/${workflowId}`),
				(w) =>
					webexNodes(w).length === 2 &&
					webexNodes(w).every((n) => n.credentials?.[type]?.id === credentialId),
			);

		test('picked, created from the node, kept by a second node and by an imported example that publishes', async () => {
			// Sign-in pages go back to n8n's own callback, named by its host (localhost).
			const host = base.replace('127.0.0.1', 'localhost');
			const { browser, page } = await openEditor(host, cookie);
			try {
				await addWebexAction(page, 'Create an operating mode');
				// Every prepared credential is offered, of each of the three types.
				const offered = await credentialOptions(page);
				for (const name of [
					'Webex Calling account',
					'Dana (mode manager)',
					'Webex Calling integration',
					'Dana (mode manager) sign-in',
					'Webex Calling service app',
				])
					expect(offered.map(([n]) => n)).toContain(name);
				await pickCredential(page, prepared);
				expect(await credentialField(page)).toBe(prepared);

				// A new one, from the node: its type chosen in the dialog, filled in, saved.
				// The list may still be closing from the pick: open it again until the dialog shows.
				for (let attempt = 1; ; attempt++) {
					await new Promise((resolve) => setTimeout(resolve, 500));
					await page.click('[data-test-id="node-credentials-select"]');
					const opened = await page
						.waitForSelector('[data-test-id="node-credentials-select-item-new"]', {
							visible: true,
							timeout: 5_000,
						})
						.then(async (item) => {
							await item!.click();
							return await page.waitForSelector(
								'[data-test-id="credential-mode-dropdown-trigger"]',
								{ visible: true, timeout: 5_000 },
							);
						})
						.catch(() => null);
					if (opened) break;
					if (attempt === 4) throw new Error('Create new credential opened no dialog');
				}
				await page.click('[data-test-id="credential-mode-dropdown-trigger"]');
				await clickText(
					page,
					'.el-dropdown-menu__item, [role="menuitem"], div',
					new RegExp(`^${choice}$`),
				);
				await page.waitForSelector(
					`[data-test-id="parameter-input-${Object.keys(fields[authentication]())[0]}"]`,
				);
				await page.click('[data-test-id="credential-name"] [data-test-id="inline-edit-preview"]');
				await page.keyboard.down('Control');
				await page.keyboard.press('a');
				await page.keyboard.up('Control');
				await page.keyboard.type(made, { delay: 10 });
				await page.keyboard.press('Enter');
				for (const [name, text] of Object.entries(fields[authentication]()))
					await fillField(page, name, text);
				// Connect saves the credential again first; clicked while the first save is still on its
				// way, the dialog has no ID yet and n8n creates a second credential of the same name. So
				// Connect waits until the editor has the answer to the first save.
				const firstSave =
					authentication === 'oAuth2'
						? page.waitForResponse(
								(response) =>
									response.request().method() === 'POST' &&
									/\/rest\/credentials$/.test(response.url()),
								{ timeout: 15_000 },
							)
						: undefined;
				await page.click('[data-test-id="credential-save-button"]');
				if (authentication === 'oAuth2') {
					await firstSave;
					await new Promise((resolve) => setTimeout(resolve, 500));
					const popup = new Promise<import('puppeteer-core').Page>((resolve) =>
						browser.once('targetcreated', (target: import('puppeteer-core').Target) =>
							resolve(target.page() as Promise<import('puppeteer-core').Page>),
						),
					);
					await clickText(page, 'button', /^Connect( my account)?$/);
					const signIn = await popup;
					await signIn.waitForSelector('#approve', { timeout: 15_000 });
					await signIn.click('#approve');
					// Connected: n8n exchanged the sign-in's code for tokens.
					await eventually(
						async () => simulator.oauth.tokenRequests,
						(requests) => requests.some((r) => r.grantType === 'authorization_code'),
					);
					expect(
						simulator.oauth.tokenRequests.find((r) => r.grantType === 'authorization_code')?.status,
					).toBe(200);
				}
				// The dialog closes itself once the credential tests well (or is connected).
				await page.waitForSelector('[data-test-id="editCredential-modal"]', {
					hidden: true,
					timeout: 15_000,
				});
				expect(await credentialField(page)).toBe(made);
				const credentials = await server.rest<Array<{ id: string; name: string; type: string }>>(
					'GET',
					'credentials',
				);
				const named = credentials.filter((c) => c.name === made);
				expect(named).toHaveLength(1);
				const created = named[0];
				expect(created.type).toBe(type);

				// A second Webex Calling node takes it too.
				await page.click('[data-test-id="ndv-close-button"]');
				await addWebexAction(page, 'Get many operating modes');
				expect(await credentialField(page)).toBe(made);
				await page.click('[data-test-id="ndv-close-button"]');
				const id = await savedWorkflowId(page);
				const saved = await withCredential(id, created.id);
				expect(webexNodes(saved)).toHaveLength(2);
				for (const node of webexNodes(saved)) {
					expect(node.credentials).toEqual({ [type]: { id: created.id, name: made } });
					expect(node.parameters.authentication ?? 'accessToken').toBe(authentication);
				}

				// An example imported without credentials (as into another n8n): n8n adds the newest
				// Webex credential, and the workflow publishes.
				const example = JSON.parse(
					readFileSync(path.join(ROOT, 'examples', 'storm-day-switch-to-closed.json'), 'utf8'),
				) as Saved & { nodes: Array<{ name: string }> };
				for (const node of example.nodes) {
					if (node.type === 'n8n-nodes-base.webhook')
						node.parameters.path = `storm-${authentication}`;
					if (!node.credentials) continue;
					delete node.credentials;
					node.parameters.authentication = authentication;
				}
				const file = path.join(mkdtempSync(path.join(tmpdir(), 'webex-import-')), 'storm.json');
				writeFileSync(file, JSON.stringify(example));
				await page.goto(`${host}/workflow/new`, { waitUntil: 'networkidle2' });
				await importWorkflowFile(page, file);
				await page.waitForFunction(
					() =>
						(
							globalThis as unknown as { document: { body: { innerText: string } } }
						).document.body.innerText.includes('Credentials auto-added'),
					{ timeout: 15_000 },
				);
				const importedId = await savedWorkflowId(page);
				const imported = await withCredential(importedId, created.id);
				expect(webexNodes(imported)).toHaveLength(2);
				for (const node of webexNodes(imported))
					expect(node.credentials).toEqual({ [type]: { id: created.id, name: made } });
				await page.click('[data-test-id="workflow-open-publish-modal-button"]');
				await clickText(page, '[role="dialog"] button', /^Publish$/);
				const published = await eventually(
					() => server.rest<Saved>('GET', `workflows/${importedId}`),
					(w) => !!w.activeVersionId,
				);
				expect(published.activeVersionId).toBeTruthy();
			} finally {
				await browser.close();
			}
		}, 180_000);
	});
});
