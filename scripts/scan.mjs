/**
 * `npm run scan`: the lint half of n8n's community-package verification gate
 * (`@n8n/scan-community-package`), run offline as the scanner runs it: on the packed tarball
 * (compiled JavaScript and the published package.json) and on the sources the provenance
 * statement would point at. The provenance half needs the npm registry's attestation of a
 * published version, which only exists after a release from GitHub Actions.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
	SOURCE_FILE_PATTERNS,
	analyzePackage,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(tmpdir(), 'webex-scan-'));
const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
	cwd: root,
	encoding: 'utf8',
})
	.trim()
	.split('\n')
	.pop();
execFileSync('tar', ['-xzf', path.join(work, tarball), '-C', work]);

let failed = false;
for (const [label, dir, patterns] of [
	['packed tarball', path.join(work, 'package'), undefined],
	['sources', root, SOURCE_FILE_PATTERNS],
]) {
	const result = await analyzePackage(dir, patterns);
	console.log(
		`${result.passed ? 'passed' : 'FAILED'}: n8n's scanner lint on the ${label}${result.message ? ` (${result.message})` : ''}`,
	);
	if (!result.passed) {
		failed = true;
		if (result.details) console.log(result.details);
	}
}
process.exit(failed ? 1 : 0);
