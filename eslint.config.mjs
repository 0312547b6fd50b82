// The rule sets of `n8n-node lint` (strict, Cloud support) and of n8n's verification scanner:
// @n8n/eslint-plugin-community-nodes `recommended` everywhere it lints, and
// eslint-plugin-n8n-nodes-base `community` / `credentials` / `nodes` on package.json,
// credentials/ and nodes/. test/ gets the TypeScript rule set every file gets: the community
// rules are about what a published node may do (no imports, no environment), which tests must.
// @n8n/node-cli itself does not install on this Node 20 machine.
import js from '@eslint/js';
import communityNodes from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import tseslint from 'typescript-eslint';

const n8nBase = (config) => ({
	plugins: { 'n8n-nodes-base': n8nNodesBase },
	rules: n8nNodesBase.configs[config].rules,
});

export default tseslint.config(
	{ ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'gulpfile.js'] },
	{
		files: ['**/*.ts'],
		extends: [js.configs.recommended, ...tseslint.configs.recommended],
		rules: {
			'no-console': 'error',
			'prefer-spread': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ varsIgnorePattern: '^_', argsIgnorePattern: '^_' },
			],
		},
	},
	{
		// Dev tools and the end-to-end suites report to the terminal (URLs, log paths, figures).
		files: ['test/dev/**/*.ts', 'test/simulator/cli.ts', 'test/e2e/**/*.ts', 'test/bench/**/*.ts'],
		rules: { 'no-console': 'off' },
	},
	{
		files: ['package.json', 'nodes/**/*.ts', 'credentials/**/*.ts'],
		...communityNodes.configs.recommended,
	},
	{
		files: ['package.json'],
		languageOptions: {
			parser: tseslint.parser,
			parserOptions: { extraFileExtensions: ['.json'] },
		},
		...n8nBase('community'),
	},
	{
		files: ['credentials/**/*.ts'],
		...n8nBase('credentials'),
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// Overridden by n8n's scanner too: community credentials link to a full https URL, and
			// the community plugin's credential-password-field rule replaces the old password check.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		...n8nBase('nodes'),
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			// Switched off by n8n-node lint as well.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
);
