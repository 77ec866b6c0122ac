/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	// The real-n8n end-to-end run has its own command: npm run test:e2e
	testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/n8n/'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
	// Each worker boots n8n-core once; two workers match CI's two cores.
	maxWorkers: 2,
	testTimeout: 30000,
	reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
