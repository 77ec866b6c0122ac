/**
 * Workflows saved with release 0.2.0 (node version 1), kept here exactly as that release's
 * examples were, run unchanged on this release: a change to what a saved parameter means ships
 * as a new node version, never under the old one. Each must still run to the end, with no item
 * failing that was not meant to, through the version-1 form (IDs as text where version 2 has pickers).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { WorkflowDefinition } from '../harness/engine';
import { NODE_TYPE } from '../harness/webex';
import { useEnvironment } from '../harness/lifecycle';
import { SEED } from '../simulator/data';

const FOLDER = path.resolve(__dirname, '..', 'fixtures', 'saved-0.2.0');
const files = [
	...readdirSync(FOLDER).filter((file) => file.endsWith('.json')),
	...readdirSync(path.join(FOLDER, 'operations')).map((file) => path.join('operations', file)),
];

const env = useEnvironment();

test('there are the 0.2.0 workflows: one per operation of that release, and the examples', () => {
	expect(files.filter((file) => file.startsWith('operations'))).toHaveLength(21);
	expect(files.length).toBeGreaterThanOrEqual(24);
});

test.each(files)('%s, saved with 0.2.0, runs unchanged', async (file) => {
	const workflow = JSON.parse(readFileSync(path.join(FOLDER, file), 'utf8')) as WorkflowDefinition;
	const ours = workflow.nodes.filter((node) => node.type === NODE_TYPE);
	expect(ours.length).toBeGreaterThan(0);
	expect(ours.every((node) => node.typeVersion === 1)).toBe(true);
	for (const node of ours)
		for (const credential of Object.values(node.credentials ?? {}))
			await env.engine.credentials.store(credential.id!, credential.name, 'webexCallingApi', {
				accessToken: SEED.token,
				baseUrl: env.simulator.url,
			});
	const result = await env.engine.run(workflow);
	expect(result.error).toBeUndefined();
	expect(result.run.status).toBe('success');
	// A node set to continue on errors fails items on purpose (the audit's licence-less workspace).
	for (const node of ours.filter((n) => !n.onError?.startsWith('continue')))
		for (const item of result.output(node.name)) expect(item.json.error).toBeUndefined();
});
