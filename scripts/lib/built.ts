/** The built package (dist/), loaded by n8n's own package loader, in the test engine. */
import path from 'node:path';

import { PackageDirectoryLoader } from 'n8n-core';
import type { INodeType } from 'n8n-workflow';

import type { Engine } from '../../test/harness/engine';
import { createEngine } from '../../test/harness/environment';

export const ROOT = path.resolve(__dirname, '..', '..');

export async function builtEngine(): Promise<Engine> {
	const loader = new PackageDirectoryLoader(ROOT);
	await loader.loadAll();
	// Every credential type the package declares (the examples use all three).
	return createEngine(
		[loader.nodeTypes.webexCalling.type as INodeType],
		Object.values(loader.credentialTypes).map(({ type }) => type),
	);
}
