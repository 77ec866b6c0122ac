/**
 * Webex's own errors reach the user with message, description, status and trackingId,
 * never the token; Continue On Fail keeps the other items going.
 */
import { SEED } from '../simulator/data';
import { webexError } from '../simulator/server';
import { bodyOf, useEnvironment } from '../harness/lifecycle';

const env = useEnvironment();

const createByName = {
	resource: 'operatingMode',
	operation: 'create',
	name: '={{ $json.name }}',
	type: 'NONE',
	level: 'ORGANIZATION',
};

const threeItems = [{ name: 'One' }, { name: 'Two' }, { name: 'Three' }];

function trackingIdOf(status: number): string {
	const entry = env.simulator.log.find((r) => r.status === status);
	expect(entry).toBeDefined();
	return entry?.trackingId ?? 'none';
}

describe('errors Webex really produces', () => {
	test('401: a wrong token', async () => {
		await env.setCredential({ accessToken: 'not-a-valid-token', baseUrl: env.simulator.url });
		const result = await env.runNode(createByName, [{ name: 'One' }]);
		expect(result.error?.message).toBe(
			'The request requires a valid access token set in the Authorization request header.',
		);
		expect(result.error?.description).toMatch(/renew it in the Webex Calling API credential/);
		expect(result.error?.description).toContain(`trackingId ${trackingIdOf(401)}`);
		expect(result.error?.httpCode).toBe('401');
		expect(JSON.stringify(result.run)).not.toContain('not-a-valid-token');
	});

	test('403: a token without the write scope', async () => {
		await env.setCredential({ accessToken: SEED.readOnlyToken, baseUrl: env.simulator.url });
		const result = await env.runNode(createByName, [{ name: 'One' }]);
		expect(result.error?.message).toBe(
			'The token is missing the scope spark-admin:telephony_config_write',
		);
		expect(result.error?.description).toMatch(/HTTP 403, trackingId ROUTERGW_/);
	});

	test('403: an org the token may not act on', async () => {
		await env.setCredential({
			accessToken: SEED.token,
			baseUrl: env.simulator.url,
			orgId: SEED.customerOrgId,
		});
		const ok = await env.runNode(createByName, [{ name: 'Partner-made' }]);
		expect(ok.error).toBeUndefined();
		expect(env.simulator.log[0].query.orgId).toBe(SEED.customerOrgId);

		env.simulator.world.tokens.get(SEED.token)!.partnerOf = [];
		const denied = await env.runNode(createByName, [{ name: 'Not allowed' }]);
		expect(denied.error?.message).toBe('User is not authorized to access this organization');
	});

	test('404: a location that does not exist', async () => {
		const result = await env.runNode(
			{
				...createByName,
				level: 'LOCATION',
				locationId: { __rl: true, mode: 'id', value: 'Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OL25vbmU' },
			},
			[{ name: 'Nowhere' }],
		);
		expect(result.error?.message).toBe('Location not found');
		expect(result.error?.httpCode).toBe('404');
	});

	test('409: a duplicate name fails that item only, under Continue On Fail', async () => {
		await env.runNode(createByName, [{ name: 'Two' }]);
		env.simulator.log.length = 0;
		const result = await env.runNode(createByName, threeItems, {
			onError: 'continueRegularOutput',
		});
		expect(result.error).toBeUndefined();
		const output = result.output('Webex Calling');
		expect(output.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(output[0].json.name).toBe('One');
		expect(output[1].json).toEqual({
			error: 'Operating mode name Two already exists',
			description: expect.stringContaining('conflicts with what exists already'),
			httpCode: '409',
			trackingId: expect.stringMatching(/^ROUTERGW_/),
		});
		expect(output[2].json.name).toBe('Three');
		// Each create was sent exactly once
		expect(env.simulator.requests('POST').map((r) => bodyOf(r).name)).toEqual([
			'One',
			'Two',
			'Three',
		]);
	});

	test('409 without Continue On Fail, one at a time: the error says which items were done, later ones never start', async () => {
		await env.runNode(createByName, [{ name: 'Two' }]);
		const result = await env.runNode({ ...createByName, options: { concurrency: 1 } }, threeItems);
		expect(result.error?.message).toBe('Operating mode name Two already exists');
		const created = env.simulator.world.operatingModes.find((m) => m.body.name === 'One')!;
		expect(result.error?.description).toContain(
			`Already done before this error, and not undone: item 0 (id ${created.id}).`,
		);
		expect(env.simulator.world.operatingModes.map((m) => m.body.name)).toEqual(['Two', 'One']);
	});

	test('409 without Continue On Fail, in parallel: items already in flight finish and are reported', async () => {
		await env.runNode(createByName, [{ name: 'Two' }]);
		const result = await env.runNode({ ...createByName, options: { concurrency: 3 } }, threeItems);
		expect(result.error?.message).toBe('Operating mode name Two already exists');
		const id = (name: string) =>
			env.simulator.world.operatingModes.find((m) => m.body.name === name)!.id;
		expect(result.error?.description).toContain(
			`Already done before this error, and not undone: item 0 (id ${id('One')}), item 2 (id ${id('Three')}).`,
		);
	});
});

describe('each error class, scripted, with Continue On Fail on and off', () => {
	test.each([400, 401, 403, 404, 409, 423, 429, 500, 502, 503, 504])('HTTP %i', async (status) => {
		const reply = webexError(status, `Scripted ${status} failure`, 9000 + status);
		env.simulator.faults.script.push({
			method: 'POST',
			status,
			body: reply.body,
			headers: reply.headers,
			times: 1000,
		});
		const expectedTracking = (reply.body as { trackingId: string }).trackingId;

		// No waiting or retrying here: this is about how a final error reads (see reliability tests).
		const noRetry = { ...createByName, options: { maxRetries: 0, maxRetryWait: 0 } };
		const stopped = await env.runNode(noRetry, [{ name: 'One' }]);
		expect(stopped.error?.message).toBe(`Scripted ${status} failure`);
		expect(stopped.error?.description).toContain(`HTTP ${status}, trackingId ${expectedTracking}`);
		expect(stopped.error?.description).toContain(`errorCode ${9000 + status}`);

		const continued = await env.runNode(noRetry, threeItems, { onError: 'continueRegularOutput' });
		expect(continued.error).toBeUndefined();
		const output = continued.output('Webex Calling');
		expect(output).toHaveLength(3);
		for (const [index, item] of output.entries()) {
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.json.error).toBe(`Scripted ${status} failure`);
			expect(item.json.httpCode).toBe(String(status));
			expect(item.json.trackingId).toBe(expectedTracking);
		}
	});
});

describe('the token never leaks', () => {
	test('not even when Webex echoes the request back in its error', async () => {
		env.simulator.faults.script.push({
			method: 'POST',
			status: 400,
			body: {
				message: `Bad request: header Authorization: Bearer ${SEED.token} rejected`,
				errors: [{ description: `token ${SEED.token} is not valid here` }],
				trackingId: 'ROUTERGW_echo',
			},
			times: 1000,
		});
		const stopped = await env.runNode(createByName, [{ name: 'One' }]);
		const continued = await env.runNode(createByName, [{ name: 'One' }], {
			onError: 'continueRegularOutput',
		});
		expect(stopped.error?.message).toBe(
			'Bad request: header Authorization: Bearer [redacted] rejected',
		);
		for (const result of [stopped, continued]) {
			const everything =
				JSON.stringify(result.run) + JSON.stringify(result.error) + String(result.error?.stack);
			expect(everything).not.toContain(SEED.token);
		}
		expect(continued.output('Webex Calling')[0].json.description).toContain(
			'token [redacted] is not valid here',
		);
	});

	test('not when the server cannot be reached', async () => {
		await env.setCredential({ accessToken: SEED.token, baseUrl: 'http://127.0.0.1:9/v1' });
		const result = await env.runNode(createByName, [{ name: 'One' }]);
		expect(result.error?.message).toMatch(
			/^Could not reach Webex at http:\/\/127\.0\.0\.1:9: ECONNREFUSED/,
		);
		expect(JSON.stringify(result.run) + String(result.error?.stack)).not.toContain(SEED.token);
	});

	test('a Base URL that is not https (and not loopback) is refused before sending', async () => {
		await env.setCredential({
			accessToken: SEED.token,
			baseUrl: 'http://webexapis.example.com/v1',
		});
		const result = await env.runNode(createByName, [{ name: 'One' }]);
		expect(result.error?.message).toMatch(/Base URL must use https/);
	});
});
