/**
 * End to end in the real n8n application: the packed package installed as a community
 * package, a credential imported, the examples imported and run with `n8n execute`, against
 * the simulator. `npm run test:e2e`; the first run installs n8n into a cache folder.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import seedRequest from '../fixtures/seed-create-operating-mode.request.json';
import { SEED } from '../simulator/data';
import { WebexSimulator } from '../simulator/server';
import { clickText, openEditor, outputText, pickOption, screenshot } from './editor';
import {
	ensureN8n,
	freePort,
	installIntoN8n,
	n8nCommand,
	n8nEnv,
	N8N_VERSION,
	parseExecuteOutput,
} from '../harness/n8nApp';
import type { N8nApp } from '../harness/n8nApp';

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLES = path.join(ROOT, 'examples');
/** Workflows that prove issue fixes in the app itself (fidelity to live Webex, hostile servers) */
const WORKFLOWS = path.join(__dirname, 'workflows');

let app: N8nApp;
let env: NodeJS.ProcessEnv;
const simulator = new WebexSimulator();
/** Workflow IDs in n8n, by example file */
const workflowIds = new Map<string, string>();

beforeAll(async () => {
	const started = Date.now();
	app = ensureN8n((line) => process.stdout.write(`${line}\n`));
	const work = mkdtempSync(path.join(tmpdir(), 'webex-n8n-e2e-'));

	const tarball = execFileSync('npm', ['pack', '--pack-destination', work], {
		cwd: ROOT,
		encoding: 'utf8',
	})
		.trim()
		.split('\n')
		.pop()!;
	const userFolder = path.join(work, 'n8n-user');
	installIntoN8n(userFolder, path.join(work, tarball));
	env = n8nEnv(app, userFolder);

	await simulator.start();
	const credentials = path.join(work, 'credentials.json');
	writeFileSync(
		credentials,
		JSON.stringify([
			{
				id: 'webex-demo',
				name: 'Webex Calling account',
				type: 'webexCallingApi',
				data: { accessToken: SEED.token, baseUrl: simulator.url, orgId: '' },
			},
		]),
	);
	const imported = await n8nCommand(app, env, ['import:credentials', `--input=${credentials}`]);
	expect(imported.stdout + imported.stderr).toContain('Successfully imported 1 credential');

	const workflows = path.join(work, 'workflows');
	mkdirSync(workflows);
	[EXAMPLES, WORKFLOWS]
		.flatMap((folder) =>
			readdirSync(folder)
				.filter((file) => file.endsWith('.json'))
				.map((file) => path.join(folder, file)),
		)
		.forEach((file, index) => {
			const id = `webexExample${String(index).padStart(4, '0')}`;
			workflowIds.set(path.basename(file), id);
			const workflow = JSON.parse(readFileSync(file, 'utf8'));
			writeFileSync(
				path.join(workflows, path.basename(file)),
				JSON.stringify({ ...workflow, id, active: false }),
			);
		});
	const importedWorkflows = await n8nCommand(app, env, [
		'import:workflow',
		'--separate',
		`--input=${workflows}`,
	]);
	expect(importedWorkflows.code).toBe(0);
	process.stdout.write(
		`n8n ${N8N_VERSION}: install ${app.installSeconds.toFixed(0)} s, set-up ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
	);
}, 20 * 60_000);

afterAll(async () => await simulator.stop());

beforeEach(() => simulator.reset());

async function execute(file: string) {
	const started = Date.now();
	const result = await n8nCommand(app, env, [
		'execute',
		`--id=${workflowIds.get(file)}`,
		'--rawOutput',
	]);
	process.stdout.write(`n8n execute ${file}: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
	const run = parseExecuteOutput(result.stdout);
	expect(run.data.resultData.error).toBeUndefined();
	const output = (node: string) =>
		run.data.resultData.runData[node]?.[0]?.data?.main[0]?.map((item) => item.json) ?? [];
	return { output, stdout: result.stdout + result.stderr, seconds: (Date.now() - started) / 1000 };
}

test('the seed example creates the operating mode with the seed body and reads simultaneous ring', async () => {
	const { output } = await execute('create-business-hours-and-read-simultaneous-ring.json');
	expect(simulator.requests('POST').map((r) => r.rawBody)).toEqual([JSON.stringify(seedRequest)]);
	expect(simulator.requests('POST')[0].headers.authorization).toBe(`Bearer ${SEED.token}`);
	expect(output('Create business hours')).toEqual([
		{
			id: simulator.world.operatingModes[0].id,
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
	expect(output('Create or update holiday mode').map((item) => [item.action, item.name])).toEqual([
		['created', 'Holidays 2027 - Denver HQ'],
		['created', 'Holidays 2027 - Boston Office'],
		['created', 'Holidays 2027 - Austin Lab'],
	]);
	expect(simulator.world.operatingModes.map((m) => (m.body.holidays as unknown[]).length)).toEqual([
		5, 5, 5,
	]);
	simulator.log.length = 0;
	const again = await execute('roll-out-holiday-schedule-to-every-location.json');
	expect(again.output('Create or update holiday mode').map((item) => item.action)).toEqual([
		'unchanged',
		'unchanged',
		'unchanged',
	]);
	expect(simulator.log.filter((request) => request.method !== 'GET')).toEqual([]);
});

test('issue 9 in the app: an overnight mode, an all-hours criteria, a Get written back unchanged', async () => {
	const { output } = await execute('fidelity.json');
	expect(simulator.requests('POST', '/telephony/config/operatingModes')[0].body).toMatchObject({
		sameHoursDaily: {
			mondayToFriday: { enabled: true, allDayEnabled: false, startTime: '17:00', endTime: '08:00' },
		},
	});
	expect(simulator.requests('POST', '/telephony/config/workspaces')[0].rawBody).toBe(
		JSON.stringify({ callsFrom: 'ANY_PHONE_NUMBER', ringEnabled: false }),
	);
	const read = output('Read lobby')[0];
	expect((read.phoneNumbers as Array<{ phoneNumber: string }>)[0].phoneNumber).toBe(
		'+1-9075552859',
	);
	const put = simulator.requests('PUT')[0].body as Record<string, unknown>;
	expect(put).toMatchObject({
		criteriasEnabled: true,
		phoneNumbers: [{ phoneNumber: '+19075552859' }, { phoneNumber: '+19186663950' }],
	});
	expect(output('Write lobby back')[0]).toEqual({ ...read, readOnlyFieldsNotSent: ['criteria'] });
});

test('issue 10 in the app: a slow body, a looping list and an echoed token end with clear errors', async () => {
	simulator.faults.script.push(
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
			headers: { Link: `<${simulator.url}/telephony/config/operatingModes?max=100>; rel="next"` },
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
	expect(simulator.requests('GET', '/telephony/config/operatingModes')).toHaveLength(1);
	expect(output('Echoed token')[0]).toMatchObject({
		error: 'Token [redacted] is not valid',
		trackingId: 'ROUTER_[redacted]',
	});
	expect(stdout).not.toContain(SEED.token);
	// n8n's own start-up takes most of it; the slow body is cut at the 2 s Timeout.
	expect(seconds).toBeLessThan(20);
});

describe('in the running n8n server, as the editor calls it', () => {
	let server: ChildProcess;
	let base = '';
	let cookie = '';

	beforeAll(async () => {
		const port = await freePort();
		base = `http://127.0.0.1:${port}`;
		server = spawn(app.n8nBin, ['start'], {
			env: { ...env, N8N_PORT: String(port), N8N_RUNNERS_BROKER_PORT: String(await freePort()) },
			stdio: 'ignore',
		});
		// /healthz answers while n8n is still starting; the owner set-up succeeds once it is ready.
		const deadline = Date.now() + 90_000;
		while (!cookie) {
			const owner = await fetch(`${base}/rest/owner/setup`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({
					email: 'e2e@example.com',
					firstName: 'E2E',
					lastName: 'Owner',
					password: 'E2ePassword123',
				}),
			}).catch(() => undefined);
			cookie = (owner?.headers.get('set-cookie') ?? '').split(';')[0];
			if (cookie) break;
			if (Date.now() > deadline) throw new Error('n8n did not become ready within 90 s');
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		expect(cookie).toMatch(/^n8n-auth=/);
	}, 120_000);

	afterAll(() => {
		server?.kill('SIGTERM');
	});

	async function post(route: string, body: unknown) {
		const response = await fetch(`${base}/rest/${route}`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Cookie: cookie },
			body: JSON.stringify(body),
		});
		return (await response.json()) as { data: Record<string, unknown> };
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
		const value = (e: unknown) => (e as { value: string }).value;
		try {
			await page.click('[data-test-id="canvas-plus-button"]');
			await page.waitForSelector('[data-test-id="node-creator-search-bar"]');
			await page.keyboard.type('Webex Calling');
			await clickText(page, '[data-test-id="node-creator-item-name"]', /^Webex Calling$/);
			await clickText(
				page,
				'[data-test-id="item-iterator-item"]',
				/^\s*Create an operating mode\s*$/,
			);
			await page.waitForSelector('[data-test-id="parameter-input-name"] input');
			// The imported credential is picked by itself.
			expect(await page.$eval('[data-test-id="node-credentials-select"] input', value)).toBe(
				'Webex Calling account',
			);
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
			expect(simulator.requests('POST', '/telephony/config/operatingModes')[0].body).toMatchObject({
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

	test("the location picker searches the org's Calling locations", async () => {
		const result = await post('dynamic-node-parameters/resource-locator-results', {
			methodName: 'searchLocations',
			path: 'parameters.locationId',
			nodeTypeAndVersion: { name: 'n8n-nodes-webex-calling.webexCalling', version: 1 },
			currentNodeParameters: { resource: 'operatingMode', operation: 'create', level: 'LOCATION' },
			credentials: { webexCallingApi: { id: 'webex-demo', name: 'Webex Calling account' } },
			filter: 'bost',
		});
		expect(result.data.results).toEqual([{ name: 'Boston Office', value: SEED.locations.boston }]);
	});
});
