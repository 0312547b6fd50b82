// Prepares a release: `npm run release -- <patch | minor | major | x.y.z>`, on a clean main.
// Turns CHANGELOG.md's "Unreleased" section into the new version with today's date, sets the
// version in package.json and package-lock.json, commits, and tags vX.Y.Z. Nothing is published
// from here: pushing the tag makes .github/workflows/publish.yml publish with provenance.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const CHANGELOG = 'CHANGELOG.md';
const UNRELEASED = '## [Unreleased]';

const run = (command, args) =>
	execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const git = (...args) => run('git', args);

function fail(message) {
	console.error(`release: ${message}`);
	process.exit(1);
}

const parse = (version) => version.split('.').map(Number);
const isVersion = (text) => /^\d+\.\d+\.\d+$/.test(text);
const isAfter = (a, b) => {
	const [x, y] = [parse(a), parse(b)];
	for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i];
	return false;
};
const tagExists = (version) => git('tag', '--list', `v${version}`) !== '';

/** The version asked for; the current one itself only while it has never been released. */
function nextVersion(current, wanted) {
	const [major, minor, patch] = parse(current);
	const bumped = {
		major: `${major + 1}.0.0`,
		minor: `${major}.${minor + 1}.0`,
		patch: `${major}.${minor}.${patch + 1}`,
	}[wanted];
	const next = bumped ?? wanted;
	if (!isVersion(next)) fail(`"${wanted}" is no version: give patch, minor, major or x.y.z`);
	if (tagExists(next)) fail(`v${next} is already tagged`);
	if (next !== current && !isAfter(next, current)) fail(`${next} is not after ${current}`);
	return next;
}

/**
 * CHANGELOG.md with its Unreleased section dated as `version` and a new empty one above it; the
 * link definitions at the end (Keep a Changelog's compare links) get the new version's.
 */
function releasedChangelog(text, version, previous, repository) {
	const linksAt = text.search(/^\[[^\]]+\]: /m);
	const body = (linksAt < 0 ? text : text.slice(0, linksAt)).trimEnd();
	const oldLinks = linksAt < 0 ? [] : text.slice(linksAt).trim().split('\n');
	const start = body.indexOf(UNRELEASED);
	if (start < 0) fail(`${CHANGELOG} has no "${UNRELEASED}" section`);
	const after = start + UNRELEASED.length;
	const nextSection = body.indexOf('\n## [', after);
	const changes = body.slice(after, nextSection < 0 ? body.length : nextSection);
	if (!/^\s*[-*] \S/m.test(changes)) {
		fail(`"${UNRELEASED}" in ${CHANGELOG} lists no change: say what this release changes`);
	}
	const today = new Date().toISOString().slice(0, 10);
	const links = [
		`[Unreleased]: ${repository}/compare/v${version}...HEAD`,
		previous
			? `[${version}]: ${repository}/compare/v${previous}...v${version}`
			: `[${version}]: ${repository}/releases/tag/v${version}`,
		...oldLinks.filter((line) => !line.startsWith('[Unreleased]:')),
	];
	const dated = `${body.slice(0, after)}\n\n## [${version}] - ${today}${body.slice(after)}`;
	return `${dated}\n\n${links.join('\n')}\n`;
}

const wanted = process.argv[2];
if (!wanted) fail('usage: npm run release -- <patch | minor | major | x.y.z>');
if (git('status', '--porcelain') !== '') fail('the working tree has changes: commit them first');
if (git('rev-parse', '--abbrev-ref', 'HEAD') !== 'main') fail('releases are made from main');

const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const current = manifest.version;
const version = nextVersion(current, wanted);
// The version before, if it was released (the very first release is the current version itself).
const previous = tagExists(current) ? current : undefined;
const repository = manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

fs.writeFileSync(
	CHANGELOG,
	releasedChangelog(fs.readFileSync(CHANGELOG, 'utf8'), version, previous, repository),
);
run('npm', ['version', version, '--no-git-tag-version', '--allow-same-version']);
git('add', 'package.json', 'package-lock.json', CHANGELOG);
git('commit', '--quiet', '-m', `Release ${version}`);
git('tag', '--annotate', `v${version}`, '-m', `n8n-nodes-livechat ${version}`);
console.log(
	`Release ${version} committed and tagged v${version}. Publish it with:\n` +
		`  git push origin main v${version}\n` +
		'GitHub Actions (publish.yml) then builds, tests and publishes it with provenance.',
);
