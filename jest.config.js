/** Unit tests (test/unit mirrors nodes/ and credentials/) and the simulator's own (test/simulator). */
/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/unit', '<rootDir>/test/simulator'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'test/tsconfig.json' }] },
	setupFilesAfterEnv: ['<rootDir>/test/helpers/setup.ts'],
	// Jest's default leaves a core idle (one worker on CI's two); each test file mostly loads modules.
	maxWorkers: '100%',
};
