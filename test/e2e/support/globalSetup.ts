/**
 * Packs the built package once (as `npm publish` would ship it) for every n8n under test to
 * install. Expects `npm run build` to have run and install-n8n.sh to have installed n8n.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

export default function globalSetup() {
	const root = path.resolve(__dirname, '..', '..', '..');
	if (!fs.existsSync(path.join(root, 'dist', 'index.js')))
		throw new Error('run npm run build first');
	const destination = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-livechat-pack-'));
	const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
		cwd: root,
		encoding: 'utf8',
	});
	const [{ filename }] = JSON.parse(output) as Array<{ filename: string }>;
	process.env.E2E_TARBALL = path.join(destination, filename);
}
