/** Workspace → Get Simultaneous Ring through the engine. */
import seedResponse from '../fixtures/seed-simultaneous-ring.response.json';
import { SEED } from '../simulator/data';
import { useEnvironment } from '../harness/lifecycle';

const env = useEnvironment();

const get = (workspaceId: unknown, options: Record<string, unknown> = {}) => ({
	resource: 'workspace',
	operation: 'getSimultaneousRing',
	workspaceId,
	options,
});

test("returns Webex's JSON as it comes, both names of answer confirmation included", async () => {
	const result = await env.runNode(get({ __rl: true, mode: 'list', value: SEED.workspaces.lobby }));
	expect(result.error).toBeUndefined();
	const [item] = result.output('Webex Calling');
	// Live Webex shows numbers as +1-9075552859 where its reference example has +19075552859.
	expect(item.json).toEqual({
		...seedResponse,
		phoneNumbers: seedResponse.phoneNumbers.map((n) => ({
			...n,
			phoneNumber: n.phoneNumber.replace(/^\+1/, '+1-'),
		})),
	});
	expect(env.simulator.log.map((r) => [r.method, r.path])).toEqual([
		['GET', `/telephony/config/workspaces/${SEED.workspaces.lobby}/simultaneousRing`],
	]);
});

test('reads one workspace per item, by ID from the input', async () => {
	const result = await env.runNode(get({ __rl: true, mode: 'id', value: '={{ $json.id }}' }), [
		{ id: SEED.workspaces.lobby },
		{ id: SEED.workspaces.boardroom },
	]);
	const output = result.output('Webex Calling');
	expect(output.map((i) => i.json.enabled)).toEqual([true, false]);
	expect(output.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
});

test("a workspace without a professional license gets Webex's error, paired to its item", async () => {
	const result = await env.runNode(
		get({ __rl: true, mode: 'id', value: '={{ $json.id }}' }),
		[{ id: SEED.workspaces.breakRoom }, { id: SEED.workspaces.lobby }],
		{ onError: 'continueRegularOutput' },
	);
	const output = result.output('Webex Calling');
	expect(output[0].json.error).toBe(
		'This feature is only available for professional licensed workspaces.',
	);
	expect(output[0].json.httpCode).toBe('400');
	expect(output[0].json.trackingId).toMatch(/^ROUTERGW_/);
	expect(output[1].json.enabled).toBe(true);
});

test('an unknown workspace is a 404 that stops the node without Continue On Fail', async () => {
	const result = await env.runNode(
		get({ __rl: true, mode: 'id', value: 'Y2lzY29zcGFyazovL3VzL1BMQUNFL25vbmU' }),
	);
	expect(result.error?.message).toBe('Workspace not found');
	expect(result.error?.description).toMatch(/Webex does not know this resource/);
});

test("options.orgId reads a customer org's workspace", async () => {
	const result = await env.runNode(
		get(
			{ __rl: true, mode: 'id', value: SEED.workspaces.customerReception },
			{ orgId: SEED.customerOrgId },
		),
	);
	expect(result.error).toBeUndefined();
	expect(result.output('Webex Calling')[0].json.phoneNumbers).toEqual([
		{ phoneNumber: '+1-4155550100', answerConfirmationRequiredEnabled: false },
	]);
	expect(env.simulator.log[0].query).toEqual({ orgId: SEED.customerOrgId });
});

test.each([
	['a slash', 'abc/../../people'],
	['dots', '..'],
	['whitespace', 'abc def'],
])('a workspace ID with %s is refused before sending', async (_label, id) => {
	const result = await env.runNode(
		get({ __rl: true, mode: 'id', value: `={{ ${JSON.stringify(id)} }}` }),
	);
	expect(result.error?.message).toMatch(
		/^Invalid input in item 0: Workspace \(workspaceId\) .* is not a Webex ID/,
	);
	expect(env.simulator.log).toHaveLength(0);
});
