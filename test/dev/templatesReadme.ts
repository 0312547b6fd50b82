/**
 * The README's Templates section, made from the templates' own "About This Workflow" notes: a
 * title, a screenshot (npm run screenshots takes it) and three lines: what it does, what to set,
 * which LiveChat scopes it needs.
 */
import fs from 'fs';
import path from 'path';

import { ROOT } from '../e2e/support/package';
import { readTemplate, TEMPLATES } from '../e2e/support/templates';

export const README = path.join(ROOT, 'README.md');
const START = '<!-- templates:start (npm run screenshots writes this part) -->';
const END = '<!-- templates:end -->';

export const screenshotOf = (name: string) => `docs/screenshots/templates/${name}.png`;

export function templatesSection(): string {
	const parts = TEMPLATES.map((name) => {
		const about = readTemplate(name).nodes.find((node) => node.name === 'About This Workflow');
		const [title, what, , set, , scopes] = String(about?.parameters.content).trim().split('\n');
		return [
			`### ${title.replace(/^## /, '')}`,
			'',
			`![${readTemplate(name).name}](${screenshotOf(name)})`,
			'',
			`${what}<br>`,
			`${set}<br>`,
			`${scopes} File: [\`templates/${name}.json\`](templates/${name}.json)`,
		].join('\n');
	});
	return [START, '', ...parts.flatMap((part) => [part, '']), END].join('\n');
}

/** The README with its Templates section as the templates say now. */
export function readmeWithTemplates(readme = fs.readFileSync(README, 'utf8')): string {
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	if (start < 0 || end < 0) throw new Error(`README.md lacks the markers ${START} … ${END}`);
	return readme.slice(0, start) + templatesSection() + readme.slice(end + END.length);
}
