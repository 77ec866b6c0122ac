// n8n's own lint for community nodes: the config `@n8n/node-cli` ships (`n8n-node lint` runs
// the same), with one local addition, said below.
import { config } from '@n8n/node-cli/eslint';

export default [
	...config,
	{
		ignores: [
			'coverage/',
			'.dev/',
			'.tmp/',
			'test/summary-reporter.js',
			'jest.config.js',
			'jest.e2e.config.js',
			'gulpfile.js',
		],
	},
	{
		// The one local addition: these rules guard code that runs inside n8n. The test tooling
		// is not shipped: it prints reports, spawns npm and n8n, waits on timers, imports dev-only
		// packages, and its simulator has made-up tokens that are fixtures, not secrets.
		files: ['test/**/*.ts', 'scripts/**/*.ts'],
		rules: {
			'no-console': 'off',
			'@n8n/community-nodes/no-restricted-globals': 'off',
			'@n8n/community-nodes/no-restricted-imports': 'off',
			'@n8n/community-nodes/no-dangerous-functions': 'off',
			'@n8n/community-nodes/no-hardcoded-secrets': 'off',
		},
	},
];
