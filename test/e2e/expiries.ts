/**
 * Runs across access-token expiries, shared by the tests of the two credentials that refresh
 * (OAuth2 and Service App): what must hold is the same, only the credential differs.
 */
import type { INode } from 'n8n-workflow';

import type { RunResult } from '../harness/engine';
import type { Environment } from '../harness/environment';
import { SEED } from '../simulator/data';

const MODES = '/telephony/config/operatingModes';

/** A read of the lobby's simultaneous ring with the given Authentication and Options. */
export const readRing = (authentication: string, options: Record<string, unknown> = {}) => ({
	authentication,
	resource: 'workspace',
	operation: 'getSimultaneousRing',
	workspaceId: { __rl: true, mode: 'id', value: SEED.workspaces.lobby },
	options,
});

export const items = (count: number) => Array.from({ length: count }, () => ({}));

/** Everything a run let out, as one text: output, errors and their descriptions. */
export function everything(result: RunResult): string {
	return JSON.stringify({
		output: result.error ? [] : result.output('Webex Calling'),
		error: result.error?.message,
		description: result.error?.description,
	});
}

/**
 * 1000 reads at Concurrency 10 while tokens last 500 ms (several expiries): every item read once,
 * none failed. Returns how many distinct tokens Webex refused as expired and how many token
 * requests there were, for the caller's own count (one per expiry).
 */
export async function readsAcrossExpiries(
	env: Environment,
	authentication: string,
	node: Partial<INode>,
): Promise<{ expired: number; tokenRequests: number; refused: number }> {
	env.simulator.oauth.accessTokenLifetimeMs = 500;
	env.simulator.faults.latencyMs = 20;
	const result = await env.runNode(
		readRing(authentication, { concurrency: 10 }),
		items(1000),
		node,
	);
	expect(result.error).toBeUndefined();
	const output = result.output('Webex Calling');
	expect(output).toHaveLength(1000);
	expect(output.filter((item) => item.json.error !== undefined)).toHaveLength(0);
	const answered = env.simulator.requests('GET');
	expect(answered.filter((r) => r.status === 200)).toHaveLength(1000);
	const refused = answered.filter((r) => r.status === 401);
	const expired = new Set(refused.map((r) => r.headers.authorization)).size;
	// Several expiries (100 rounds of 20 ms against tokens of 500 ms).
	expect(expired).toBeGreaterThanOrEqual(2);
	const tokenRequests = env.simulator.oauth.tokenRequests.length;
	// A burst of 401s is not a burst of token requests.
	expect(refused.length).toBeGreaterThan(tokenRequests);
	return { expired, tokenRequests, refused: refused.length };
}

/** 150 creates at Concurrency 10 while tokens last 150 ms: each mode created once, none failed. */
export async function createsAcrossExpiries(
	env: Environment,
	authentication: string,
	node: Partial<INode>,
) {
	env.simulator.oauth.accessTokenLifetimeMs = 150;
	env.simulator.faults.latencyMs = 20;
	const result = await env.runNode(
		{
			authentication,
			resource: 'operatingMode',
			operation: 'create',
			name: '={{ $json.name }}',
			type: 'NONE',
			level: 'ORGANIZATION',
			options: { concurrency: 10 },
		},
		Array.from({ length: 150 }, (_, i) => ({ name: `Storm ${i}` })),
		node,
	);
	expect(result.error).toBeUndefined();
	expect(result.output('Webex Calling').filter((i) => i.json.error !== undefined)).toHaveLength(0);
	const names = env.simulator.world.operatingModes.map((m) => String(m.body.name));
	expect(names.filter((n) => n.startsWith('Storm '))).toHaveLength(150);
	expect(new Set(names).size).toBe(names.length);
	expect(env.simulator.requests('POST', MODES).filter((r) => r.status === 201)).toHaveLength(150);
	expect(env.simulator.oauth.tokenRequests.length).toBeGreaterThanOrEqual(2);
}
