/**
 * `npm run lint` is `n8n-node lint` with our eslint.config.mjs, which is not strict mode's
 * two-line template only because of one block for test/. What is published must therefore be
 * linted exactly as the template would lint it.
 */
import { execFileSync } from 'child_process';
import path from 'path';

import { ROOT } from '../e2e/support/package';

/** What `n8n-node cloud-support enable` writes, and strict mode demands. */
const TEMPLATE = path.join(
	ROOT,
	'node_modules/@n8n/node-cli/dist/template/templates/shared/default/eslint.config.mjs',
);

/** The rules each configuration applies to a file, computed by ESLint itself (an ES module). */
function rulesFor(files: string[], configFile?: string): Record<string, unknown>[] {
	const script = `
		const { ESLint } = await import('eslint');
		const eslint = new ESLint(${JSON.stringify(configFile ? { overrideConfigFile: configFile } : {})});
		const rules = [];
		for (const file of ${JSON.stringify(files)}) {
			rules.push((await eslint.calculateConfigForFile(file)).rules);
		}
		process.stdout.write(JSON.stringify(rules));`;
	const output = execFileSync('node', ['--input-type=module', '-e', script], {
		cwd: ROOT,
		encoding: 'utf8',
	});
	return JSON.parse(output);
}

const PUBLISHED = [
	'package.json',
	'index.ts',
	'nodes/LiveChat/LiveChat.node.ts',
	'nodes/LiveChat/LiveChatTrigger.node.ts',
	'nodes/LiveChat/transport/index.ts',
	'credentials/LiveChatOAuth2Api.credentials.ts',
];

it("lints what is published with n8n-node's own configuration, unchanged", () => {
	const ours = rulesFor(PUBLISHED);
	const n8n = rulesFor(PUBLISHED, TEMPLATE);
	PUBLISHED.forEach((file, index) => {
		expect({ file, rules: ours[index] }).toEqual({ file, rules: n8n[index] });
	});
	// The node files get n8n's node rules and the Cloud rules.
	expect(ours[2]).toHaveProperty(['@n8n/community-nodes/no-restricted-imports']);
	expect(ours[2]).toHaveProperty(['n8n-nodes-base/node-class-description-name-miscased']);
});

it('lints test/ too, without the rules for published nodes', () => {
	const [ours] = rulesFor(['test/unit/lint.test.ts']);
	const [n8n] = rulesFor(['test/unit/lint.test.ts'], TEMPLATE);
	expect(n8n['@n8n/community-nodes/no-restricted-imports']).toEqual([2]);
	expect(ours['@n8n/community-nodes/no-restricted-imports']).toEqual([0]);
	expect(ours['@typescript-eslint/no-unused-vars']).toEqual([
		2,
		{ varsIgnorePattern: '^_', argsIgnorePattern: '^_' },
	]);
});
