// n8n's own lint set for community nodes (what `n8n-node lint` runs), plus the same
// TypeScript-aware rules for the tests and scripts.
import { config } from '@n8n/node-cli/eslint';

export default [
	...config,
	{
		// Tests, the simulator and the benchmarks are not part of the package: they may print,
		// and they import dev-only packages (n8n-core, axios) that a community node must not.
		files: ['test/**/*.ts', 'scripts/**/*.ts'],
		rules: {
			// These rules guard code that runs inside n8n. The test tooling is not shipped: it
			// prints reports, spawns `npm pack`, waits on timers, imports dev-only packages, and
			// its simulator has made-up tokens that are fixtures, not secrets.
			'no-console': 'off',
			'@n8n/community-nodes/no-restricted-globals': 'off',
			'@n8n/community-nodes/no-restricted-imports': 'off',
			'@n8n/community-nodes/no-dangerous-functions': 'off',
			'@n8n/community-nodes/no-hardcoded-secrets': 'off',
		},
	},
	{ ignores: ['dist/', 'coverage/', 'node_modules/', 'test/summary-reporter.js', 'jest.config.js', 'gulpfile.js'] },
];
