/**
 * What one run does once for all its items, counted, and the pairing of outputs to inputs
 * where n8n could not work it out for itself. Each of these is a shortcut or a duty of the
 * node that the output alone would not show missing.
 */
import { SEED } from '../simulator/data';
import { webexId } from '../simulator/ids';
import { useEnvironment } from '../harness/lifecycle';

const env = useEnvironment();

const MODES = '/telephony/config/operatingModes';

function seedModes(...names: string[]) {
	for (const name of names)
		env.simulator.world.operatingModes.push({
			id: webexId('OPERATING_MODE'),
			orgId: SEED.orgId,
			body: { name, type: 'NONE', level: 'ORGANIZATION' },
		});
}

test('the credential is decrypted once for a run of 30 items, not once a request', async () => {
	const before = env.engine.credentials.decryptions.length;
	const result = await env.runNode(
		{
			resource: 'workspace',
			operation: 'getSimultaneousRing',
			workspaceId: { __rl: true, mode: 'id', value: SEED.workspaces.lobby },
			options: { concurrency: 5 },
		},
		Array.from({ length: 30 }, () => ({})),
	);
	expect(result.output('Webex Calling')).toHaveLength(30);
	expect(env.simulator.requests('GET')).toHaveLength(30);
	expect(env.engine.credentials.decryptions.length - before).toBe(1);
});

test("Create or Update over 12 items lists the org's modes once, and looks up no name", async () => {
	seedModes('Site 0', 'Site 1', 'Site 2', 'Elsewhere');
	const result = await env.runNode(
		{
			resource: 'operatingMode',
			operation: 'createOrUpdate',
			name: '={{ $json.name }}',
			type: 'NONE',
			level: 'ORGANIZATION',
			options: { concurrency: 4 },
		},
		Array.from({ length: 12 }, (_, i) => ({ name: `Site ${i}` })),
	);
	const output = result.output('Webex Calling');
	// The seeded modes have no call forwarding; the form's (off) is written to them.
	expect(output.map((item) => item.json.action)).toEqual([
		'updated',
		'updated',
		'updated',
		...Array.from({ length: 9 }, () => 'created'),
	]);
	const listings = env.simulator.requests('GET').filter((r) => r.path === MODES);
	expect(listings).toHaveLength(1);
	expect(listings[0].query.name).toBeUndefined();
	expect(env.simulator.requests('POST', MODES)).toHaveLength(9);
});

test('outputs n8n cannot pair by position are paired to their inputs: many per item, and errors', async () => {
	seedModes('Alpha 1', 'Alpha 2', 'Beta 1', 'Beta 2', 'Beta 3');
	// Item 0 lists two modes, item 1 is refused (Limit 0), item 2 lists three: six outputs
	// from three inputs, which n8n cannot pair by position.
	const result = await env.runNode(
		{
			resource: 'operatingMode',
			operation: 'getMany',
			returnAll: false,
			limit: '={{ $json.limit }}',
			filters: { name: '={{ $json.name }}' },
		},
		[
			{ name: 'Alpha', limit: 50 },
			{ name: 'Alpha', limit: 0 },
			{ name: 'Beta', limit: 50 },
		],
		{ onError: 'continueRegularOutput' },
	);
	const output = result.output('Webex Calling');
	expect(output.map((item) => [item.json.name ?? item.json.error, item.pairedItem])).toEqual([
		['Alpha 1', { item: 0 }],
		['Alpha 2', { item: 0 }],
		['Invalid input in item 1: Limit must be a whole number of 1 or more, got 0', { item: 1 }],
		['Beta 1', { item: 2 }],
		['Beta 2', { item: 2 }],
		['Beta 3', { item: 2 }],
	]);
});
