/**
 * The tarball users install: compiled code, icons, codex files, README and the payload types;
 * no source maps or references to them (their sources are not shipped), no build state, no
 * internal declarations.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

import { ROOT } from '../support/package';

test('the published tarball holds what n8n loads and the payload types, nothing else', () => {
	const tarball = process.env.E2E_TARBALL!;
	const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' })
		.split('\n')
		.filter((file) => file && !file.endsWith('/'));
	const kinds = new Set(files.map((file) => file.replace(/^.*?((\.d)?\.[a-z]+|LICENSE)$/, '$1')));
	console.log(`${tarball}: ${fs.statSync(tarball).size} bytes packed, ${files.length} files`);
	expect([...kinds].sort()).toEqual(['.d.ts', '.js', '.json', '.md', '.svg', 'LICENSE']);
	expect(files.filter((file) => file.endsWith('.d.ts')).sort()).toEqual([
		'package/dist/index.d.ts',
		'package/dist/nodes/LiveChat/types/livechat.d.ts',
	]);
	const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	for (const entry of [
		...manifest.n8n.nodes,
		...manifest.n8n.credentials,
		manifest.main,
		manifest.types,
	]) {
		expect(files).toContain(`package/${entry}`);
	}
	const contents = execFileSync('tar', ['xzOf', tarball], { encoding: 'utf8', maxBuffer: 1 << 26 });
	expect(contents).not.toContain('sourceMappingURL');
});
