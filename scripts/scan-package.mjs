// Runs the analysis of n8n's community-package scanner (@n8n/scan-community-package) here, before
// publishing: its ESLint pass over the packed tarball (every .js file and package.json) and over
// the source (package.json, nodes/, credentials/), with the rules and settings it uses (inline
// eslint-disable comments ignored). The scanner's other checks need the published package: it
// downloads it from npm and requires a provenance statement, which only `publish.yml` can give.
//
// Usage: node scripts/scan-package.mjs [package directory]   (default: this repository)
import { analyzePackage, SOURCE_FILE_PATTERNS } from '@n8n/scan-community-package/scanner/scanner.mjs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const source = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-package-'));

try {
	const [{ filename }] = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--pack-destination', work, source], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'inherit'],
		}),
	);
	execFileSync('tar', ['xzf', path.join(work, filename), '-C', work]);

	const checks = [
		['tarball', path.join(work, 'package'), ['**/*.js', 'package.json']],
		['source', source, SOURCE_FILE_PATTERNS],
	];
	let failed = false;
	for (const [name, directory, patterns] of checks) {
		const result = await analyzePackage(directory, patterns);
		// The scanner counts a directory without matching files as passed; here that is an error.
		const passed = result.passed && result.message !== 'No files found to analyze';
		console.log(`${passed ? 'passed' : 'FAILED'}: ${name} (${patterns.join(', ')})`);
		if (!passed) console.log(result.details ?? result.message);
		failed ||= !passed;
	}
	process.exitCode = failed ? 1 : 0;
} finally {
	fs.rmSync(work, { recursive: true, force: true });
}
