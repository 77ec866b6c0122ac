/**
 * The engine the scripts (`npm run demo`, the benchmarks) build from dist/: it must carry
 * everything the package declares, or the examples that use the OAuth2 or service app
 * credential fail in the demo while the source-built tests pass.
 * Needs `npm run build` first (the `npm test` script does it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { builtEngine, ROOT } from '../../scripts/lib/built';
import { storeExampleCredentials } from '../simulator/credentials';

test('the built engine knows every credential type package.json declares', async () => {
	const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
		n8n: { credentials: string[] };
	};
	const engine = await builtEngine();
	for (const file of manifest.n8n.credentials) {
		const name = path.basename(file, '.credentials.js');
		// The class name with a lower-case first letter is the type name, as n8n's loader reads it.
		const type = name.charAt(0).toLowerCase() + name.slice(1);
		expect(engine.credentials.getType(type).name).toBe(type);
	}
	// And every example's credentials can be stored in it.
	await expect(
		storeExampleCredentials(engine.credentials, 'http://127.0.0.1:1'),
	).resolves.not.toThrow();
});
