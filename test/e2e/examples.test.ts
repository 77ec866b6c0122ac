/**
 * Every workflow in examples/ runs in the engine against the simulator, as users will import
 * it, with n8n's own Manual Trigger and Edit Fields nodes from n8n-nodes-base.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { RunResult, WorkflowDefinition } from '../harness/engine';
import { SEED } from '../simulator/data';
import { useEnvironment } from '../harness/lifecycle';

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');
const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));

const env = useEnvironment();

async function runExample(file: string): Promise<RunResult> {
	const workflow = JSON.parse(
		readFileSync(path.join(EXAMPLES, file), 'utf8'),
	) as WorkflowDefinition;
	for (const node of workflow.nodes) {
		for (const credential of Object.values(node.credentials ?? {})) {
			await env.engine.credentials.store(credential.id!, credential.name, 'webexCallingApi', {
				accessToken: SEED.token,
				baseUrl: env.simulator.url,
			});
		}
	}
	return await env.engine.run(workflow);
}

test('there are examples', () => expect(files.length).toBeGreaterThanOrEqual(3));

test.each(files)('%s runs to the end without a workflow error', async (file) => {
	const result = await runExample(file);
	expect(result.error).toBeUndefined();
	expect(result.run.status).toBe('success');
	expect(env.simulator.log.length).toBeGreaterThan(0);
});

test('the audit makes one table row per Calling workspace, naming the ones without the feature', async () => {
	const result = await runExample('audit-workspace-simultaneous-ring.json');
	expect(result.output('Audit table').map((row) => row.json)).toEqual([
		{
			workspace: 'Denver Lobby',
			workspaceId: SEED.workspaces.lobby,
			simultaneousRing: 'on',
			// As Webex shows them
			numbers: '+1-9075552859, +1-9186663950',
			doNotRingIfOnCall: true,
			criteria: 1,
		},
		{
			workspace: 'Boston Boardroom',
			workspaceId: SEED.workspaces.boardroom,
			simultaneousRing: 'off',
			numbers: '',
			doNotRingIfOnCall: false,
			criteria: 0,
		},
		{
			workspace: 'Austin Break Room',
			workspaceId: SEED.workspaces.breakRoom,
			simultaneousRing:
				'unavailable: This feature is only available for professional licensed workspaces.',
			numbers: '',
			doNotRingIfOnCall: false,
			criteria: 0,
		},
	]);
});

test('the roll-out creates one holiday mode per location; run again, it reports each unchanged and writes nothing', async () => {
	const first = await runExample('roll-out-holiday-schedule-to-every-location.json');
	const created = first.output('Create or update holiday mode').map((i) => i.json);
	expect(created.map((mode) => [mode.action, mode.name])).toEqual([
		['created', 'Holidays 2027 - Denver HQ'],
		['created', 'Holidays 2027 - Boston Office'],
		['created', 'Holidays 2027 - Austin Lab'],
	]);
	const modes = env.simulator.world.operatingModes;
	expect(modes.map((m) => m.body.locationId)).toEqual([
		SEED.locations.denver,
		SEED.locations.boston,
		SEED.locations.austin,
	]);
	expect((modes[0].body.holidays as unknown[]).length).toBe(5);

	env.simulator.log.length = 0;
	const again = await runExample('roll-out-holiday-schedule-to-every-location.json');
	expect(
		again.output('Create or update holiday mode').map((i) => [i.json.action, i.json.id]),
	).toEqual(modes.map((mode) => ['unchanged', mode.id]));
	expect(env.simulator.log.filter((r) => r.method !== 'GET')).toEqual([]);
	expect(env.simulator.world.operatingModes).toHaveLength(3);
});
