/**
 * Mode managers: an admin assigns features to a person (Mode Manager), who then switches,
 * extends and ends modes with their own token (Mode Management). Through n8n's engine against
 * the simulator.
 */
import type { INodeParameters } from 'n8n-workflow';

import { SEED, USER_SCOPES } from '../simulator/data';
import { webexId } from '../simulator/ids';
import { oauth2CredentialData } from '../simulator/oauth';
import { useEnvironment } from '../harness/lifecycle';
import { webexNode } from '../harness/webex';

const env = useEnvironment();

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const ME = '/telephony/config/people/me/settings/modeManagement/features';

/** Two org modes given to the Denver menu and the Denver queue, forwarding by mode on. */
function seedFeatures() {
	const modes = ['Business Hours', 'Closed - Weather', 'Event'].map((name) => {
		const id = webexId('OPERATING_MODE');
		env.simulator.world.operatingModes.push({
			id,
			orgId: SEED.orgId,
			body: { name, type: 'NONE', level: 'ORGANIZATION' },
		});
		return id;
	});
	const [business, storm, event] = modes;
	const give = (featureId: string, ids: string[]) => {
		const feature = env.simulator.world.features.find((f) => f.id === featureId)!;
		feature.operatingModes = {
			enabled: true,
			modes: ids.map((id, index) => ({
				id,
				normalOperationEnabled: index === 0,
				forwardTo: { selection: 'FORWARD_TO_DEFAULT_NUMBER' },
			})),
		};
	};
	give(SEED.features.denverMenu, [business, storm, event]);
	give(SEED.features.denverSupport, [business, storm]);
	return { business, storm, event };
}

async function run(parameters: Record<string, unknown>, node = {}) {
	const result = await env.runNode(parameters, [{}], node);
	expect(result.error).toBeUndefined();
	return result.output('Webex Calling').map((item) => item.json);
}

/** The node's credential becomes the mode manager's own token (with an org ID set, on purpose). */
async function signInAsManager() {
	await env.setCredential({
		accessToken: SEED.managerToken,
		baseUrl: env.simulator.url,
		orgId: SEED.orgId,
	});
}

const assign = (add: string[], remove: string[] = []) => ({
	resource: 'modeManager',
	operation: 'updateManagedFeatures',
	personId: SEED.people.manager,
	addFeatureIds: add.join(', '),
	removeFeatureIds: remove.join(','),
});

describe('Mode Manager (admin)', () => {
	test('available features are those forwarding by mode; assigning merges, a second run writes nothing', async () => {
		seedFeatures();
		const available = await run({
			resource: 'modeManager',
			operation: 'getAvailableFeatures',
			personId: SEED.people.manager,
			returnAll: true,
		});
		expect(available.map((f) => f.name)).toEqual(['Denver Main Menu', 'Denver Support']);

		const [added] = await run(assign([SEED.features.denverMenu]));
		expect(added).toMatchObject({ action: 'updated', featureIds: [SEED.features.denverMenu] });
		const [both] = await run(assign([SEED.features.denverSupport]));
		expect(both.featureIds).toEqual([SEED.features.denverMenu, SEED.features.denverSupport]);
		env.simulator.log.length = 0;
		const [again] = await run(assign([SEED.features.denverSupport]));
		expect(again.action).toBe('unchanged');
		expect(env.simulator.requests('PUT')).toHaveLength(0);
		const [removed] = await run(assign([], [SEED.features.denverMenu]));
		expect(removed.featureIds).toEqual([SEED.features.denverSupport]);
		expect(env.simulator.requests('PUT')[0].body).toEqual({
			featureIds: [SEED.features.denverSupport],
		});
	});

	test("a feature that does not forward by mode: Webex's words", async () => {
		seedFeatures();
		const result = await env.runNode(assign([SEED.features.austinLab]));
		expect(result.error?.message).toMatch(/does not have mode-based forwarding enabled/);
	});

	test('more than 50 features a person: refused with what they manage now, nothing written', async () => {
		seedFeatures();
		const many = Array.from({ length: 51 }, (_, i) => `feature-${i}`);
		const result = await env.runNode(assign(many));
		expect(result.error?.message).toMatch(
			/Features to Add \(addFeatureIds\) has 51 features; Webex allows at most 50 a person/,
		);
		expect(env.simulator.log).toHaveLength(0);
	});
});

describe('Mode Manager Assignment from node version 3: the person and the features picked', () => {
	const node = (parameters: INodeParameters) => webexNode(parameters, { typeVersion: 3 });
	const picked = (value: string) => ({ __rl: true, mode: 'list', value });

	test('the Person picker finds people by the start of their name, or by their whole e-mail', async () => {
		const search = (filter?: string) =>
			env.engine.listSearch(
				node({ resource: 'modeManager', operation: 'getManagedFeatures' }),
				'searchPeople',
				filter,
			);
		const dana = { name: 'Dana Manager (dana.manager@example.com)', value: SEED.people.manager };
		expect((await search('dana')).results).toEqual([dana]);
		expect((await search('Dana.Manager@example.com')).results).toEqual([dana]);
		expect((await search('manager')).results).toEqual([]);
		expect((await search()).results).toHaveLength(2);
		expect(env.simulator.requests('GET').map((r) => r.query)).toEqual([
			expect.objectContaining({ displayName: 'dana' }),
			expect.objectContaining({ email: 'Dana.Manager@example.com' }),
			expect.objectContaining({ displayName: 'manager' }),
			expect.not.objectContaining({ displayName: expect.anything() }),
		]);
	});

	test("without a people scope the picker shows Webex's refusal; By ID still works", async () => {
		await env.setCredential({ accessToken: SEED.managerToken, baseUrl: env.simulator.url });
		await expect(
			env.engine.listSearch(node({ resource: 'modeManager' }), 'searchPeople', 'dana'),
		).rejects.toThrow(/spark-admin:people_read/);
		await env.setCredential();
		seedFeatures();
		const [managed] = [
			await run(
				{
					resource: 'modeManager',
					operation: 'getManagedFeatures',
					personId: byId(SEED.people.manager),
				},
				{ typeVersion: 3 },
			),
		];
		expect(managed).toEqual([]);
	});

	test("Features to Add lists the person's available features; Features to Remove those they manage", async () => {
		seedFeatures();
		const choose = (method: string) =>
			env.engine.loadOptions(
				node({
					resource: 'modeManager',
					operation: 'updateManagedFeatures',
					personId: picked(SEED.people.manager),
				}),
				method,
			);
		expect(await choose('getAvailableFeatures')).toEqual([
			{ name: 'Denver Main Menu (Auto Attendant)', value: SEED.features.denverMenu },
			{ name: 'Denver Support (Call Queue)', value: SEED.features.denverSupport },
		]);
		expect(await choose('getManagedFeatures')).toEqual([]);
		env.simulator.world.managedFeatures.set(SEED.people.manager, [SEED.features.denverSupport]);
		expect(await choose('getManagedFeatures')).toEqual([
			{ name: 'Denver Support (Call Queue, Denver HQ)', value: SEED.features.denverSupport },
		]);
		await expect(
			env.engine.loadOptions(
				node({ resource: 'modeManager', operation: 'updateManagedFeatures' }),
				'getManagedFeatures',
			),
		).rejects.toThrow('Choose the Person first: its ID is required, got ""');
	});

	test('the choices assign as the typed IDs of version 2 did; removing what they do not manage is ignored and said', async () => {
		seedFeatures();
		const [added] = await run(
			{
				resource: 'modeManager',
				operation: 'updateManagedFeatures',
				personId: picked(SEED.people.manager),
				addFeatureIds: [SEED.features.denverMenu, SEED.features.denverSupport],
				removeFeatureIds: [SEED.features.austinLab],
			},
			{ typeVersion: 3 },
		);
		expect(added).toMatchObject({
			action: 'updated',
			featureIds: [SEED.features.denverMenu, SEED.features.denverSupport],
			featuresNotManaged: [SEED.features.austinLab],
			notes: [`Not removed, as the person does not manage it: ${SEED.features.austinLab}.`],
		});
		const [typed] = await run({ ...assign([], [SEED.features.austinLab]) }, { typeVersion: 2 });
		expect(typed).toMatchObject({
			action: 'unchanged',
			featuresNotManaged: [SEED.features.austinLab],
		});
		expect(env.simulator.requests('PUT')).toHaveLength(1);
	});
});

describe('Mode Management (as the mode manager)', () => {
	async function managerOf(...featureIds: string[]) {
		env.simulator.world.managedFeatures.set(SEED.people.manager, featureIds);
		await signInAsManager();
	}

	test('my features with their current modes, the common modes, a storm-day switch of both and back', async () => {
		const { business } = seedFeatures();
		await managerOf(SEED.features.denverMenu, SEED.features.denverSupport);
		const features = await run({ resource: 'modeManagement', operation: 'getFeatures' });
		expect(features.map((f) => [f.name, f.currentOperatingModeName])).toEqual([
			['Denver Main Menu', 'Business Hours'],
			['Denver Support', 'Business Hours'],
		]);
		const both = `${SEED.features.denverMenu},${SEED.features.denverSupport}`;
		const [common] = await run({
			resource: 'modeManagement',
			operation: 'getCommonModes',
			featureIds: both,
		});
		expect(common.commonModeNames).toEqual(['Business Hours', 'Closed - Weather']);

		const switched = await run({
			resource: 'modeManagement',
			operation: 'switchModeForMany',
			featureIds: both,
			operatingModeName: 'Closed - Weather',
		});
		expect(switched.map((f) => [f.name, f.currentOperatingModeName, f.exceptionType])).toEqual([
			['Denver Main Menu', 'Closed - Weather', 'MANUAL_SWITCH_BACK'],
			['Denver Support', 'Closed - Weather', 'MANUAL_SWITCH_BACK'],
		]);
		for (const id of [SEED.features.denverMenu, SEED.features.denverSupport]) {
			const [back] = await run({
				resource: 'modeManagement',
				operation: 'switchToNormalOperation',
				featureId: byId(id),
			});
			expect(back.currentOperatingModeId).toBe(business);
			expect(back.exceptionType).toBeUndefined();
		}
		// The mode manager's own settings: no orgId, though the credential has one.
		const mine = env.simulator.log.filter((r) => r.path.startsWith(ME));
		expect(mine.length).toBeGreaterThan(0);
		for (const request of mine) expect(request.query.orgId).toBeUndefined();
	});

	test('switch one feature with manual switch-back (a JSON boolean), then extend it by 90 minutes', async () => {
		const { event } = seedFeatures();
		await managerOf(SEED.features.denverMenu);
		const [switched] = await run({
			resource: 'modeManagement',
			operation: 'switchMode',
			featureId: byId(SEED.features.denverMenu),
			operatingModeId: byId(event),
			switchBack: 'manual',
		});
		expect(switched).toMatchObject({
			featureId: SEED.features.denverMenu,
			// Not in Webex's answer for one feature: from the list of managed features.
			featureName: 'Denver Main Menu',
			currentOperatingModeId: event,
			exceptionType: 'MANUAL_SWITCH_BACK',
		});
		expect(env.simulator.requests('POST')[0].body).toEqual({
			operatingModeId: event,
			isManualSwitchbackEnabled: true,
		});
		env.simulator.log.length = 0;
		const [extended] = await run({
			resource: 'modeManagement',
			operation: 'extendMode',
			featureId: byId(SEED.features.denverMenu),
			extendBy: 'minutes',
			extensionTime: 90,
		});
		expect(extended.exceptionType).toBe('AUTOMATIC_SWITCH_BACK_EXTENSION');
		expect(env.simulator.requests('POST')[0].body).toEqual({
			operatingModeId: event,
			extensionTime: 90,
		});
	});

	test('an extension off the 30-minute steps is refused before anything is sent', async () => {
		seedFeatures();
		await managerOf(SEED.features.denverMenu);
		const result = await env.runNode({
			resource: 'modeManagement',
			operation: 'extendMode',
			featureId: byId(SEED.features.denverMenu),
			extendBy: 'minutes',
			extensionTime: 45,
		});
		expect(result.error?.message).toMatch(
			/Minutes \(extensionTime\) must be 30 to 720 minutes in steps of 30 \(Webex's limits\), got 45/,
		);
		expect(env.simulator.log).toHaveLength(0);
	});

	test("an admin's token where the mode manager's is needed: Webex's refusal, and what to use", async () => {
		seedFeatures();
		const result = await env.runNode({ resource: 'modeManagement', operation: 'getFeatures' });
		expect(result.error?.message).toMatch(/missing the scope spark:telephony_config_read/);
		expect(result.error?.description).toMatch(
			/Mode Management acts as the signed-in mode manager: use the OAuth2 credential signed in by that person/,
		);
	});

	test("the mode manager's token where an admin's is needed: Webex's refusal, and what to use", async () => {
		seedFeatures();
		await signInAsManager();
		const result = await env.runNode(assign([SEED.features.denverMenu]));
		expect(result.error?.description).toMatch(/Assigning mode managers takes an admin token/);
	});

	test('a service app cannot be a mode manager: refused before anything is sent', async () => {
		const result = await env.runNode(
			{
				authentication: 'serviceApp',
				resource: 'modeManagement',
				operation: 'getFeatures',
			},
			[{}],
			{
				credentials: { webexCallingServiceAppApi: { id: 'none', name: 'Service app' } },
			},
		);
		expect(result.error?.message).toMatch(/Authentication is Service App, which is not a person/);
		expect(env.simulator.log).toHaveLength(0);
	});

	test('with the OAuth2 credential the mode manager signed in to (user scopes), and the pickers', async () => {
		const { storm } = seedFeatures();
		env.simulator.world.managedFeatures.set(SEED.people.manager, [SEED.features.denverSupport]);
		const tokens = env.simulator.oauth.connectIntegration({
			scopes: USER_SCOPES,
			personId: SEED.people.manager,
		});
		await env.engine.credentials.store(
			'manager-oauth2',
			'Dana (mode manager)',
			'webexCallingOAuth2Api',
			{ ...oauth2CredentialData(env.simulator.url, tokens), scope: USER_SCOPES.join(' ') },
		);
		const asManager = {
			credentials: {
				webexCallingOAuth2Api: { id: 'manager-oauth2', name: 'Dana (mode manager)' },
			},
		};
		const [switched] = await run(
			{
				authentication: 'oAuth2',
				resource: 'modeManagement',
				operation: 'switchMode',
				featureId: byId(SEED.features.denverSupport),
				operatingModeId: byId(storm),
			},
			asManager,
		);
		expect(switched).toMatchObject({
			currentOperatingModeId: storm,
			exceptionType: 'AUTOMATIC_SWITCH_BACK_STANDARD',
		});
		const node = (parameters: INodeParameters) =>
			webexNode({ authentication: 'oAuth2', resource: 'modeManagement', ...parameters }, asManager);
		const features = await env.engine.listSearch(
			node({ operation: 'switchMode' }),
			'searchMyFeatures',
		);
		expect(features.results).toEqual([
			{ name: 'Denver Support', value: SEED.features.denverSupport },
		]);
		const modes = await env.engine.listSearch(
			node({ operation: 'switchMode', featureId: byId(SEED.features.denverSupport) }),
			'searchMyFeatureModes',
		);
		expect(modes.results.map((r) => r.name)).toEqual(['Business Hours', 'Closed - Weather']);
	});
});
