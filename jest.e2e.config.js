/**
 * End-to-end suites (test/e2e/<area>/*.test.ts): real n8n processes against the LiveChat
 * simulator, one file at a time; each file runs its versions of test/e2e/support/versions.ts.
 * `npm run test:e2e` runs two of these Jest runs at once (test/e2e/run.sh).
 */
/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'test/tsconfig.json' }] },
	globalSetup: '<rootDir>/test/e2e/support/globalSetup.ts',
	testTimeout: 10 * 60_000,
	maxWorkers: 1,
	verbose: true,
	// Keep-alive sockets to n8n and the simulator may outlive the suites by a few seconds.
	forceExit: true,
};
