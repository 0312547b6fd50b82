/**
 * The package as n8n and its community-node scanner see it: the manifest, and for every node and
 * credential it lists a source file, light and dark icons, a codex file and documentation.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import type { ICredentialType, INodeType } from 'n8n-workflow';
import { dirname, join } from 'path';

import { ROOT } from '../e2e/support/package';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** `dist/credentials/X.credentials.js` → the TypeScript source it is built from. */
const sourceOf = (distPath: string) =>
	join(ROOT, distPath.replace(/^dist\//, '').replace(/\.js$/, '.ts'));

function loadClass<T>(distPath: string): T {
	const exported = jest.requireActual<Record<string, new () => T>>(sourceOf(distPath));
	const [Class] = Object.values(exported);
	return new Class();
}

/** An icon reference `file:x.svg`, resolved next to the file that declares it. */
function iconFile(declaredIn: string, icon: unknown) {
	expect(typeof icon).toBe('string');
	expect(icon).toMatch(/^file:[\w./-]+\.svg$/);
	return join(dirname(sourceOf(declaredIn)), (icon as string).slice('file:'.length));
}

function expectLightAndDarkIcons(declaredIn: string, icon: unknown) {
	const { light, dark } = icon as { light: string; dark: string };
	expect(light).not.toBe(dark);
	for (const file of [iconFile(declaredIn, light), iconFile(declaredIn, dark)]) {
		expect(readFileSync(file, 'utf8')).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
	}
}

describe('package.json', () => {
	it('is a community node package with n8n-workflow as its only peer and no runtime dependencies', () => {
		expect(manifest.name).toBe('n8n-nodes-livechat');
		expect(manifest.keywords).toContain('n8n-community-node-package');
		expect(manifest.license).toBe('MIT');
		expect(manifest.peerDependencies).toEqual({ 'n8n-workflow': '*' });
		expect(manifest.dependencies ?? {}).toEqual({});
		expect(manifest.overrides).toBeUndefined();
		expect(manifest.files).toEqual(['dist']);
	});

	it('runs nothing when it is installed', () => {
		const installHooks = ['preinstall', 'install', 'postinstall', 'prepare', 'prepack'];
		expect(Object.keys(manifest.scripts).filter((name) => installHooks.includes(name))).toEqual([]);
	});

	it('lists every node and credential under dist/, each built from a source file', () => {
		// Not strict: see eslint.config.mjs and lint.test.ts.
		expect(manifest.n8n).toMatchObject({ n8nNodesApiVersion: 1, strict: false });
		const listed = [...manifest.n8n.nodes, ...manifest.n8n.credentials] as string[];
		// Every node and credential in the source is listed, and nothing else.
		const sources = ['nodes/LiveChat', 'credentials'].flatMap((folder) =>
			readdirSync(join(ROOT, folder))
				.filter((file) => /\.(node|credentials)\.ts$/.test(file))
				.map((file) => `dist/${folder}/${file.replace(/\.ts$/, '.js')}`),
		);
		expect([...listed].sort()).toEqual(sources.sort());
		for (const path of listed) {
			expect(path).toMatch(/^dist\/(nodes|credentials)\/.+\.(node|credentials)\.js$/);
			expect(existsSync(sourceOf(path))).toBe(true);
		}
	});
});

/** GitHub's anchors of the README's headings: lower case, punctuation dropped, spaces → '-'. */
const readmeAnchors = readFileSync(join(ROOT, 'README.md'), 'utf8')
	.split('\n')
	.filter((line) => /^#{1,6} /.test(line))
	.map((line) =>
		line
			.replace(/^#+ /, '')
			.toLowerCase()
			.replace(/[^\p{L}\p{N}_\- ]/gu, '')
			.replace(/ /g, '-'),
	);

/** A documentation link the editor shows must open a section of the repository's README. */
function expectReadmeSection(url: string) {
	const [page, anchor] = url.split('#');
	expect(page).toBe(manifest.homepage.replace(/#readme$/, ''));
	expect(readmeAnchors).toContain(anchor);
}

describe.each(manifest.n8n.nodes as string[])('%s', (path) => {
	const { description } = loadClass<INodeType>(path);

	it('has light and dark SVG icons, a subtitle and a Title Case name', () => {
		expectLightAndDarkIcons(path, description.icon);
		expect(description.subtitle).toEqual(expect.stringMatching(/^=\{\{/));
		expect(description.displayName).toMatch(/^LiveChat( [A-Z][a-z]+)*$/);
	});

	it('has a codex file in category Communication with its documentation', () => {
		const codex = JSON.parse(readFileSync(sourceOf(path).replace(/\.ts$/, '.json'), 'utf8'));
		expect(codex.node).toBe(`n8n-nodes-livechat.${description.name}`);
		expect(codex.categories).toEqual(['Communication']);
		expectReadmeSection(codex.resources.primaryDocumentation[0].url);
		expectReadmeSection(codex.resources.credentialDocumentation[0].url);
	});
});

describe.each(manifest.n8n.credentials as string[])('%s', (path) => {
	const credential = loadClass<ICredentialType>(path);

	it('has light and dark SVG icons and documentation', () => {
		expectLightAndDarkIcons(path, credential.icon);
		expectReadmeSection(credential.documentationUrl as string);
	});
});
