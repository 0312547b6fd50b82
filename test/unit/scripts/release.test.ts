/**
 * The release path: scripts/release.mjs dates the changelog, sets the version, commits and tags
 * (in a scratch git repository here), and a plain `npm publish` from a developer's machine is
 * refused, because package.json asks for provenance, which only GitHub Actions can give.
 */
import { execFileSync, spawn, spawnSync } from 'child_process';
import fs from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import os from 'os';
import path from 'path';

import { ROOT } from '../../e2e/support/package';

const RELEASE = path.join(ROOT, 'scripts/release.mjs');
const REPOSITORY = 'https://github.com/n8n-nodes-livechat/n8n-nodes-livechat';
const today = new Date().toISOString().slice(0, 10);

describe('npm run release', () => {
	let repo: string;
	const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
	const release = (wanted: string) =>
		spawnSync('node', [RELEASE, wanted], { cwd: repo, encoding: 'utf8' });
	const read = (file: string) => fs.readFileSync(path.join(repo, file), 'utf8');
	const version = (file: string) => JSON.parse(read(file)).version;
	const expectRefused = (wanted: string, reason: string) => {
		const run = release(wanted);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(reason);
	};

	beforeAll(() => {
		repo = fs.mkdtempSync(path.join(os.tmpdir(), 'release-'));
		git('init', '--quiet', '--initial-branch=main');
		git('config', 'user.email', 'release@example.com');
		git('config', 'user.name', 'Release Test');
		fs.copyFileSync(path.join(ROOT, 'CHANGELOG.md'), path.join(repo, 'CHANGELOG.md'));
		const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
		const { name, repository } = manifest;
		fs.writeFileSync(
			path.join(repo, 'package.json'),
			JSON.stringify({ name, version: '0.1.0', repository }, null, '\t') + '\n',
		);
		fs.writeFileSync(
			path.join(repo, 'package-lock.json'),
			JSON.stringify({
				name,
				version: '0.1.0',
				lockfileVersion: 3,
				requires: true,
				packages: { '': { name, version: '0.1.0' } },
			}),
		);
		git('add', '.');
		git('commit', '--quiet', '-m', 'Start');
	});
	afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

	it('releases the version in package.json first: dates the changelog, commits, tags', () => {
		const run = release('0.1.0');
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('git push origin main v0.1.0');
		expect(git('tag', '--list').trim()).toBe('v0.1.0');
		expect(git('log', '-1', '--format=%s').trim()).toBe('Release 0.1.0');
		expect(git('status', '--porcelain')).toBe('');
		const changelog = read('CHANGELOG.md');
		expect(changelog).toContain(`## [Unreleased]\n\n## [0.1.0] - ${today}\n\nThe first release.`);
		expect(changelog.trimEnd().split('\n').slice(-2)).toEqual([
			`[Unreleased]: ${REPOSITORY}/compare/v0.1.0...HEAD`,
			`[0.1.0]: ${REPOSITORY}/releases/tag/v0.1.0`,
		]);
	});

	it('refuses a release whose Unreleased section lists nothing, and changes nothing', () => {
		expectRefused('patch', 'lists no change');
		expect(git('tag', '--list').trim()).toBe('v0.1.0');
		expect(git('status', '--porcelain')).toBe('');
	});

	it('refuses uncommitted changes', () => {
		fs.appendFileSync(path.join(repo, 'CHANGELOG.md'), '\n');
		expectRefused('patch', 'commit them first');
		git('checkout', '--', 'CHANGELOG.md');
	});

	it('bumps the next version in package.json and package-lock.json with compare links', () => {
		const changelog = read('CHANGELOG.md').replace(
			'## [Unreleased]\n',
			'## [Unreleased]\n\n### Fixed\n\n- Something.\n',
		);
		fs.writeFileSync(path.join(repo, 'CHANGELOG.md'), changelog);
		git('commit', '--quiet', '-am', 'Fix something');
		const run = release('minor');
		expect(run.status).toBe(0);
		expect(version('package.json')).toBe('0.2.0');
		expect(version('package-lock.json')).toBe('0.2.0');
		expect(git('tag', '--list').trim().split('\n')).toEqual(['v0.1.0', 'v0.2.0']);
		const released = read('CHANGELOG.md');
		expect(released).toContain(`## [Unreleased]\n\n## [0.2.0] - ${today}\n\n### Fixed`);
		expect(released.trimEnd().split('\n').slice(-3)).toEqual([
			`[Unreleased]: ${REPOSITORY}/compare/v0.2.0...HEAD`,
			`[0.2.0]: ${REPOSITORY}/compare/v0.1.0...v0.2.0`,
			`[0.1.0]: ${REPOSITORY}/releases/tag/v0.1.0`,
		]);
	});

	it('refuses a version that is not after the current one', () => {
		expectRefused('0.1.5', '0.1.5 is not after 0.2.0');
	});
});

it('refuses a plain npm publish outside GitHub Actions before anything is uploaded', async () => {
	const requests: string[] = [];
	const registry = http.createServer((request, response) => {
		requests.push(`${request.method} ${request.url}`);
		response.writeHead(404, { 'Content-Type': 'application/json' }).end('{}');
	});
	await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
	const port = (registry.address() as AddressInfo).port;
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-'));
	fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
	fs.mkdirSync(path.join(dir, 'dist'));
	fs.writeFileSync(path.join(dir, 'dist', 'index.js'), "'use strict';\n");
	// A developer's shell: none of the variables by which npm recognises a CI provider.
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([name]) => !/^(CI|GITHUB_|GITLAB_|RUNNER_)/.test(name)),
	);
	const args = [
		'publish',
		dir,
		`--registry=http://127.0.0.1:${port}/`,
		`--//127.0.0.1:${port}/:_authToken=not-a-real-token`,
	];
	const publish = spawn('npm', args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	publish.stdout.on('data', (chunk) => (output += chunk));
	publish.stderr.on('data', (chunk) => (output += chunk));
	const status = await new Promise((resolve) => publish.on('close', resolve));
	registry.close();
	fs.rmSync(dir, { recursive: true, force: true });
	expect(status).not.toBe(0);
	expect(output).toContain('provenance');
	expect(requests.filter((request) => request.startsWith('PUT'))).toEqual([]);
});
