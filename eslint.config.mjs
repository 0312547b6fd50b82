// `n8n-node lint` runs ESLint with this file over the whole project: n8n's own configuration
// (@n8n/node-cli/eslint: the community-node rules with n8n Cloud support, and
// eslint-plugin-n8n-nodes-base on package.json, credentials/ and nodes/) unchanged for everything
// published, plus one block for test/. That block is why package.json says `"strict": false`:
// in strict mode the CLI accepts only its two-line template, which puts the rules for published
// nodes (no imports, no environment, no console) on the tests too, and they need all three.
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import { config } from '@n8n/node-cli/eslint';

const communityRulesOff = Object.fromEntries(
	Object.keys(n8nCommunityNodesPlugin.rules).map((rule) => [`@n8n/community-nodes/${rule}`, 'off']),
);

export default [
	{ ignores: ['.tools/**', '.dev/**', 'coverage/**'] },
	...config,
	{
		files: ['test/**/*.ts'],
		rules: {
			...communityRulesOff,
			// The simulator, dev tools, suites and benchmarks report to the terminal.
			'no-console': 'off',
			// The MCP SDK's modules resolve through its package.json "exports" (Node and Jest read
			// them), which the import plugin's resolver does not.
			'import-x/no-unresolved': ['error', { ignore: ['^@modelcontextprotocol/sdk/'] }],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ varsIgnorePattern: '^_', argsIgnorePattern: '^_' },
			],
		},
	},
];
