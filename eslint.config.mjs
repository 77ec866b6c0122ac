// n8n's lint rules for community nodes: the same set `@n8n/node-cli` (`n8n-node lint`) builds
// (ESLint and TypeScript ESLint recommended, @n8n/eslint-plugin-community-nodes recommended,
// eslint-plugin-n8n-nodes-base's community, credentials and nodes rules, with the same few
// turned off), composed here without its import-x plugin: that plugin needs the native
// unrs-resolver, whose platform packages the npm registry reachable here does not carry,
// which breaks `npm ci`. TypeScript itself (npm run typecheck) catches broken imports.
import eslint from '@eslint/js';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import n8nNodesPlugin from 'eslint-plugin-n8n-nodes-base';
import tseslint from 'typescript-eslint';

const communityNodes = n8nCommunityNodesPlugin.configs.recommended;

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'coverage/',
			'node_modules/',
			'.dev/',
			'test/summary-reporter.js',
			'jest.config.js',
			'jest.e2e.config.js',
			'gulpfile.js',
		],
	},
	{
		files: ['**/*.ts'],
		extends: [eslint.configs.recommended, tseslint.configs.recommended, communityNodes],
		rules: {
			'prefer-spread': 'off',
			'no-console': 'error',
		},
	},
	{ plugins: { 'n8n-nodes-base': n8nNodesPlugin } },
	{
		files: ['package.json'],
		extends: [communityNodes],
		rules: { ...n8nNodesPlugin.configs.community.rules },
		languageOptions: { parser: tseslint.parser, parserOptions: { extraFileExtensions: ['.json'] } },
	},
	{
		files: ['credentials/**/*.ts'],
		rules: {
			...n8nNodesPlugin.configs.credentials.rules,
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		rules: {
			...n8nNodesPlugin.configs.nodes.rules,
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
	{
		files: ['test/**/*.ts', 'scripts/**/*.ts'],
		rules: {
			// These rules guard code that runs inside n8n. The test tooling is not shipped: it
			// prints reports, spawns npm and n8n, waits on timers, imports dev-only packages, and
			// its simulator has made-up tokens that are fixtures, not secrets.
			'no-console': 'off',
			'@n8n/community-nodes/no-restricted-globals': 'off',
			'@n8n/community-nodes/no-restricted-imports': 'off',
			'@n8n/community-nodes/no-dangerous-functions': 'off',
			'@n8n/community-nodes/no-hardcoded-secrets': 'off',
		},
	},
);
