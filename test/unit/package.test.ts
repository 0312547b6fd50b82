/**
 * The package as n8n and its community-node scanner see it: the manifest, and for every node and
 * credential it lists a source file, light and dark icons, a codex file and documentation.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import type { ICredentialType, INodeType } from 'n8n-workflow';
import { dirname, join } from 'path';

import { TEMPLATES_DOC, templatesDocWithTemplates } from '../dev/templatesReadme';
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

/** The markdown files a user reads: the README and the pages under docs/. */
const DOCUMENTS = [
	'README.md',
	...readdirSync(join(ROOT, 'docs'))
		.filter((file) => file.endsWith('.md'))
		.map((file) => `docs/${file}`),
];

/** A markdown file without its code blocks and code spans: what is left can be a heading or link. */
const proseOf = (file: string) =>
	readFileSync(join(ROOT, file), 'utf8')
		.replace(/^\s*```[\s\S]*?^\s*```/gm, '')
		.replace(/`[^`]*`/g, '');

/**
 * GitHub's anchors of a markdown file's headings: lower case, punctuation dropped, spaces → '-',
 * and a heading's repeats numbered (-1, -2…).
 */
function anchorsOf(file: string): string[] {
	const seen = new Map<string, number>();
	return proseOf(file)
		.split('\n')
		.filter((line) => /^#{1,6} /.test(line))
		.map((line) => {
			const anchor = line
				.replace(/^#+ /, '')
				.toLowerCase()
				.replace(/[^\p{L}\p{N}_\- ]/gu, '')
				.replace(/ /g, '-');
			const repeats = seen.get(anchor) ?? 0;
			seen.set(anchor, repeats + 1);
			return repeats ? `${anchor}-${repeats}` : anchor;
		});
}

const REPOSITORY = manifest.homepage.replace(/#readme$/, '');
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** The repository's README, or a page under docs/ on the main branch, and a heading of it. */
const DOCUMENTATION_URL = new RegExp(
	`^${escaped(REPOSITORY)}(?:/blob/main/(docs/[\\w-]+\\.md))?#(.+)$`,
);

/** A documentation link the editor shows must open a heading of the README or of a docs/ page. */
function expectDocumentationSection(url: string) {
	expect(url).toMatch(DOCUMENTATION_URL);
	const [, page = 'README.md', anchor] = DOCUMENTATION_URL.exec(url) as RegExpExecArray;
	expect(DOCUMENTS).toContain(page);
	expect(anchorsOf(page)).toContain(anchor);
}

describe('the README and docs/', () => {
	/** Links and images to this repository's files: `[text](path#anchor)`, no scheme. */
	const relativeLinksOf = (file: string) =>
		[...proseOf(file).matchAll(/\]\(([^)\s]+)\)/g)]
			.map(([, target]) => target)
			.filter((target) => !/^[a-z][\w+.-]*:/i.test(target));

	it.each(DOCUMENTS)('%s links only to files and headings that exist', (file) => {
		const broken = relativeLinksOf(file).filter((target) => {
			const [path, anchor] = target.split('#');
			const linked = path ? join(dirname(file), path) : file;
			if (!existsSync(join(ROOT, linked))) return true;
			return (
				anchor !== undefined && !(linked.endsWith('.md') && anchorsOf(linked).includes(anchor))
			);
		});
		expect(broken).toEqual([]);
	});

	it("docs/templates.md says what the templates' notes say (npm run screenshots)", () => {
		const doc = readFileSync(TEMPLATES_DOC, 'utf8');
		expect(templatesDocWithTemplates(doc)).toBe(doc);
	});
});

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
		expectDocumentationSection(codex.resources.primaryDocumentation[0].url);
		expectDocumentationSection(codex.resources.credentialDocumentation[0].url);
	});
});

describe.each(manifest.n8n.credentials as string[])('%s', (path) => {
	const credential = loadClass<ICredentialType>(path);

	it('has light and dark SVG icons and documentation', () => {
		expectLightAndDarkIcons(path, credential.icon);
		expectDocumentationSection(credential.documentationUrl as string);
	});
});
