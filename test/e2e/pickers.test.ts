/** The resource-locator lists, called the way n8n's editor calls them. */
import { SEED } from '../simulator/data';
import { useEnvironment } from '../harness/lifecycle';
import { webexNode } from '../harness/webex';

const env = useEnvironment();

const createNode = (options = {}) =>
	webexNode({ resource: 'operatingMode', operation: 'create', level: 'LOCATION', options });

test('locations: all of the org\'s, by name', async () => {
	const result = await env.engine.listSearch(createNode(), 'searchLocations');
	expect(result.results).toEqual([
		{ name: 'Denver HQ', value: SEED.locations.denver },
		{ name: 'Boston Office', value: SEED.locations.boston },
		{ name: 'Austin Lab', value: SEED.locations.austin },
	]);
	expect(result.paginationToken).toBeUndefined();
	expect(env.simulator.log[0].query).toEqual({ max: '100' });
});

test('locations: the typed filter goes to Webex as name', async () => {
	const result = await env.engine.listSearch(createNode(), 'searchLocations', 'bost');
	expect(result.results.map((r) => r.name)).toEqual(['Boston Office']);
	expect(env.simulator.log[0].query).toEqual({ max: '100', name: 'bost' });
});

test('locations: more than a page is paged with the Link header\'s start', async () => {
	for (let i = 0; i < 150; i++) {
		env.simulator.world.locations.push({ id: `loc-${i}`, name: `Branch ${i}`, orgId: SEED.orgId });
	}
	const first = await env.engine.listSearch(createNode(), 'searchLocations');
	expect(first.results).toHaveLength(100);
	expect(first.paginationToken).toBe('100');
	const second = await env.engine.listSearch(createNode(), 'searchLocations', undefined, first.paginationToken);
	expect(second.results).toHaveLength(53);
	expect(second.results[52]).toEqual({ name: 'Branch 149', value: 'loc-149' });
	expect(second.paginationToken).toBeUndefined();
});

test('locations: options.orgId lists the customer org\'s', async () => {
	const result = await env.engine.listSearch(createNode({ orgId: SEED.customerOrgId }), 'searchLocations');
	expect(result.results).toEqual([{ name: 'Customer HQ', value: SEED.locations.customerHq }]);
});

test('workspaces: by display name', async () => {
	const node = webexNode({ resource: 'workspace', operation: 'getSimultaneousRing' });
	const all = await env.engine.listSearch(node, 'searchWorkspaces');
	expect(all.results.map((r) => r.name)).toEqual(['Denver Lobby', 'Boston Boardroom', 'Austin Break Room']);
	const filtered = await env.engine.listSearch(node, 'searchWorkspaces', 'lobby');
	expect(filtered.results).toEqual([{ name: 'Denver Lobby', value: SEED.workspaces.lobby }]);
	expect(env.simulator.log[1].query).toEqual({ max: '100', displayName: 'lobby' });
});

test('a picker error carries Webex\'s message', async () => {
	await env.setCredential({ accessToken: 'bad', baseUrl: env.simulator.url });
	await expect(env.engine.listSearch(createNode(), 'searchLocations')).rejects.toThrow(
		'The request requires a valid access token set in the Authorization request header.',
	);
	await env.setCredential();
});
