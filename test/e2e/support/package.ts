import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

/** The package's folder, found upwards (this file also runs compiled from `.tools/`). */
function packageRoot(dir = __dirname): string {
	const manifest = path.join(dir, 'package.json');
	if (
		fs.existsSync(manifest) &&
		JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'n8n-nodes-livechat'
	) {
		return dir;
	}
	if (path.dirname(dir) === dir) throw new Error('n8n-nodes-livechat package.json not found');
	return packageRoot(path.dirname(dir));
}

export const ROOT = packageRoot();

/** Packs the built package as `npm publish` would ship it; returns the tarball's path. */
export function packPackage() {
	if (!fs.existsSync(path.join(ROOT, 'dist', 'index.js')))
		throw new Error('run npm run build first');
	const destination = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-livechat-pack-'));
	const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
		cwd: ROOT,
		encoding: 'utf8',
	});
	const [{ filename }] = JSON.parse(output) as Array<{ filename: string }>;
	return path.join(destination, filename);
}
