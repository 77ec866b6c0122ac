/** `npm run test:e2e`: the examples in the real n8n application (see test/n8n/). */
/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/n8n'],
	testMatch: ['**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
	maxWorkers: 1,
	testTimeout: 120000,
	reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
