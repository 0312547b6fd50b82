/**
 * scripts/scan-package.mjs runs the lint of n8n's community-package scanner on a packed tarball and
 * its source. Our own package passes it in `.ci/run`; here it must fail a package that breaks the
 * scanner's rules, or a pass would prove nothing.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

import { ROOT } from '../../e2e/support/package';

function scan(directory: string) {
	const run = spawnSync('node', [path.join(ROOT, 'scripts/scan-package.mjs'), directory], {
		cwd: ROOT,
		encoding: 'utf8',
	});
	return { status: run.status, output: run.stdout + run.stderr };
}

it('fails a package whose shipped code reads the environment and logs to the console', () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-fixture-'));
	fs.mkdirSync(path.join(dir, 'dist'));
	fs.writeFileSync(
		path.join(dir, 'package.json'),
		JSON.stringify({
			name: 'n8n-nodes-scan-fixture',
			version: '0.0.1',
			keywords: ['n8n-community-node-package'],
			files: ['dist'],
			n8n: { n8nNodesApiVersion: 1, nodes: ['dist/Fixture.node.js'], credentials: [] },
		}),
	);
	fs.writeFileSync(
		path.join(dir, 'dist', 'Fixture.node.js'),
		"'use strict';\n// eslint-disable-next-line\nconsole.log(process.env.SECRET);\n",
	);
	const { status, output } = scan(dir);
	fs.rmSync(dir, { recursive: true, force: true });
	expect(status).toBe(1);
	expect(output).toContain('FAILED: tarball');
	// Inline eslint-disable comments do not count, as in the scanner.
	expect(output).toContain('no-console');
	expect(output).toContain('no-restricted-globals');
});
