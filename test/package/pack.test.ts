/**
 * The published package: what `npm pack` ships is what n8n loads, and it works in the engine.
 * Needs `npm run build` first (the `npm test` script does it).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import seedRequest from '../fixtures/seed-create-operating-mode.request.json';
import { packAndLoad } from '../harness/packed';
import type { PackedPackage } from '../harness/packed';
import { createEngine, startEnvironment } from '../harness/webex';

let packed: PackedPackage;
beforeAll(async () => {
	packed = await packAndLoad();
}, 120_000);

test('it ships only what n8n needs', () => {
	const outside = packed.files.filter((file) => !file.startsWith('dist/'));
	expect(outside).toEqual(['LICENSE', 'README.md', 'package.json']);
	expect(packed.files.some((file) => file.startsWith('dist/test') || file.endsWith('.ts'))).toBe(
		false,
	);
});

test('its package.json is a strict n8n community package with no runtime dependencies', () => {
	const manifest = JSON.parse(readFileSync(path.join(packed.directory, 'package.json'), 'utf8'));
	expect(manifest.name).toBe('n8n-nodes-webex-calling');
	expect(manifest.keywords).toContain('n8n-community-node-package');
	expect(manifest.dependencies ?? {}).toEqual({});
	expect(manifest.peerDependencies).toEqual({ 'n8n-workflow': '*' });
	expect(manifest.n8n).toEqual({
		n8nNodesApiVersion: 1,
		strict: true,
		credentials: [
			'dist/credentials/WebexCallingApi.credentials.js',
			'dist/credentials/WebexCallingOAuth2Api.credentials.js',
			'dist/credentials/WebexCallingServiceAppApi.credentials.js',
		],
		nodes: [
			'dist/nodes/WebexCalling/WebexCalling.node.js',
			'dist/nodes/WebexCallingTrigger/WebexCallingTrigger.node.js',
		],
	});
	for (const file of [...manifest.n8n.nodes, ...manifest.n8n.credentials]) {
		expect(existsSync(path.join(packed.directory, file))).toBe(true);
	}
});

test('icons and codex sit beside the classes in dist/', () => {
	for (const file of [
		'dist/nodes/WebexCalling/webexCalling.svg',
		'dist/nodes/WebexCalling/webexCalling.dark.svg',
		'dist/nodes/WebexCalling/WebexCalling.node.json',
		'dist/nodes/WebexCallingTrigger/webexCalling.svg',
		'dist/nodes/WebexCallingTrigger/webexCalling.dark.svg',
		'dist/nodes/WebexCallingTrigger/WebexCallingTrigger.node.json',
		'dist/credentials/webexCalling.svg',
		'dist/credentials/webexCalling.dark.svg',
	]) {
		expect(packed.files).toContain(file);
	}
	const codex = JSON.parse(
		readFileSync(
			path.join(packed.directory, 'dist/nodes/WebexCalling/WebexCalling.node.json'),
			'utf8',
		),
	);
	expect(codex.node).toBe('n8n-nodes-webex-calling.webexCalling');
	const triggerCodex = JSON.parse(
		readFileSync(
			path.join(packed.directory, 'dist/nodes/WebexCallingTrigger/WebexCallingTrigger.node.json'),
			'utf8',
		),
	);
	expect(triggerCodex.node).toBe('n8n-nodes-webex-calling.webexCallingTrigger');
	expect(
		(packed.loader.nodeTypes.webexCallingTrigger.type.description as { polling?: boolean }).polling,
	).toBe(true);
});

test("n8n's package loader finds the node and the credential, with their icons", () => {
	expect(packed.loader.packageName).toBe('n8n-nodes-webex-calling');
	expect(packed.node.description.name).toBe('webexCalling');
	expect(packed.node.description.usableAsTool).toBe(true);
	expect(packed.credential.name).toBe('webexCallingApi');
	expect(packed.credentialTypes.sort()).toEqual([
		'webexCallingApi',
		'webexCallingOAuth2Api',
		'webexCallingServiceAppApi',
	]);
	const nodeIcons = packed.node.description.iconUrl as { light: string; dark: string };
	expect(nodeIcons).toEqual({
		light: 'icons/n8n-nodes-webex-calling/dist/nodes/WebexCalling/webexCalling.svg',
		dark: 'icons/n8n-nodes-webex-calling/dist/nodes/WebexCalling/webexCalling.dark.svg',
	});
	const credentialIcons = packed.credential.iconUrl as { light: string; dark: string };
	expect(credentialIcons).toEqual({
		light: 'icons/n8n-nodes-webex-calling/dist/credentials/webexCalling.svg',
		dark: 'icons/n8n-nodes-webex-calling/dist/credentials/webexCalling.dark.svg',
	});
	// n8n serves icons/<package>/<path> from the package folder: each must be a real SVG there.
	for (const url of [
		nodeIcons.light,
		nodeIcons.dark,
		credentialIcons.light,
		credentialIcons.dark,
	]) {
		const file = path.join(packed.directory, url.replace('icons/n8n-nodes-webex-calling/', ''));
		expect(readFileSync(file, 'utf8')).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
	}
});

test('the packed classes run the seed example in the engine', async () => {
	const env = await startEnvironment(createEngine([packed.node], [packed.credential]));
	try {
		const result = await env.runNode({
			resource: 'operatingMode',
			operation: 'create',
			inputMode: 'json',
			jsonBody: JSON.stringify(seedRequest),
		});
		expect(result.error).toBeUndefined();
		expect(result.output('Webex Calling')[0].json.id).toBe(
			env.simulator.world.operatingModes[0].id,
		);
		expect(env.simulator.log[0].rawBody).toBe(JSON.stringify(seedRequest));
	} finally {
		await env.stop();
	}
});
