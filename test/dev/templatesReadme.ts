/**
 * The templates' documentation, made from the templates' own "About This Workflow" notes (a title
 * and three lines: what it does, what to set, which LiveChat scopes it needs): the README's
 * Templates section lists them, and docs/templates.md shows each with its screenshot (npm run
 * screenshots takes it) and all three lines.
 */
import fs from 'fs';
import path from 'path';

import { ROOT } from '../e2e/support/package';
import { readTemplate, TEMPLATES } from '../e2e/support/templates';
import type { TemplateName } from '../e2e/support/templates';

export const README = path.join(ROOT, 'README.md');
export const TEMPLATES_DOC = path.join(ROOT, 'docs', 'templates.md');
const START = '<!-- templates:start (npm run screenshots writes this part) -->';
const END = '<!-- templates:end -->';

/** Where a template's screenshot is, from the package's folder. */
export const screenshotOf = (name: string) => `docs/screenshots/templates/${name}.png`;

const WIDTH = 100;
/** Code spans stay on one line (a link's text may break, its address has no spaces). */
const WORD = /(?:`[^`]*`|\S)+/g;
/** A line starting with one of these would become a list item, quote, heading or table row. */
const BLOCK_START = /^([-+*>#|=]|\d+[.)])/;

/**
 * Markdown prose wrapped at 100 characters, the first line after `first`, the others after `rest`,
 * as prettier leaves it.
 */
export function wrapProse(text: string, first = '', rest = first): string {
	const lines: string[][] = [[]];
	let length = first.length;
	for (const word of text.match(WORD) ?? []) {
		const line = lines[lines.length - 1];
		if (line.length > 0 && length + 1 + word.length > WIDTH) {
			// Take the previous word along rather than start a line with a block marker.
			const carried = BLOCK_START.test(word) && line.length > 1 ? [line.pop() as string] : [];
			lines.push([...carried, word]);
			length = rest.length + [...carried, word].join(' ').length;
		} else {
			line.push(word);
			length += (line.length > 1 ? 1 : 0) + word.length;
		}
	}
	return lines.map((words, i) => (i === 0 ? first : rest) + words.join(' ')).join('\n');
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces → '-'. */
const anchorOf = (heading: string) =>
	heading
		.toLowerCase()
		.replace(/[^\p{L}\p{N}_\- ]/gu, '')
		.replace(/ /g, '-');

/** A template's note, in the emphasis prettier writes (`_x_`, not `*x*`). */
function aboutOf(name: TemplateName) {
	const about = readTemplate(name).nodes.find((node) => node.name === 'About This Workflow');
	const [title, what, , set, , scopes] = String(about?.parameters.content)
		.trim()
		.replace(/(?<![*\w])\*(?!\s)([^*\n]+?)\*(?![*\w])/g, '_$1_')
		.split('\n');
	return { title: title.replace(/^## /, ''), what, set, scopes };
}

const section = (parts: string[]) =>
	[START, '', ...parts.flatMap((part) => [part, '']), END].join('\n');

/**
 * The README's part: each template's title, linking its section of docs/templates.md, and what it
 * does.
 */
export function templatesSection(): string {
	return section([
		TEMPLATES.map((name) => {
			const { title, what } = aboutOf(name);
			return wrapProse(`**[${title}](docs/templates.md#${anchorOf(title)})**: ${what}`, '- ', '  ');
		}).join('\n'),
	]);
}

/**
 * docs/templates.md's part: each template with its screenshot, what it does, what to set and its
 * LiveChat scopes.
 */
export function templatesDocSection(): string {
	return section(
		TEMPLATES.map((name) => {
			const { title, what, set, scopes } = aboutOf(name);
			return [
				`## ${title}`,
				'',
				wrapProse(`![${readTemplate(name).name}](${screenshotOf(name).replace(/^docs\//, '')})`),
				'',
				`${wrapProse(what)}<br>`,
				`${wrapProse(set)}<br>`,
				wrapProse(`${scopes} File: [\`${name}.json\`](../templates/${name}.json)`),
			].join('\n');
		}),
	);
}

function withSection(document: string, part: string, file: string): string {
	const start = document.indexOf(START);
	const end = document.indexOf(END);
	if (start < 0 || end < 0) throw new Error(`${file} lacks the markers ${START} … ${END}`);
	return document.slice(0, start) + part + document.slice(end + END.length);
}

/** The README with its Templates section as the templates say now. */
export function readmeWithTemplates(readme = fs.readFileSync(README, 'utf8')): string {
	return withSection(readme, templatesSection(), 'README.md');
}

/** docs/templates.md as the templates say now. */
export function templatesDocWithTemplates(doc = fs.readFileSync(TEMPLATES_DOC, 'utf8')): string {
	return withSection(doc, templatesDocSection(), 'docs/templates.md');
}
