/**
 * The workflow templates as files: what a user imports must be complete, free of anyone's
 * credentials, and only use what our nodes offer. (The e2e suites run them in real n8n.)
 */
import fs from 'fs';
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { LiveChat } from '../../nodes/LiveChat/LiveChat.node';
import { LiveChatPollingTrigger } from '../../nodes/LiveChat/LiveChatPollingTrigger.node';
import { LiveChatTrigger } from '../../nodes/LiveChat/LiveChatTrigger.node';
import {
	readTemplate,
	TEMPLATE_TABLES,
	TEMPLATES,
	TEMPLATES_DIR,
	workingNodesOf,
} from '../e2e/support/templates';
import { README, readmeWithTemplates } from '../dev/templatesReadme';

const actionProperties = new LiveChat().description.properties;
const triggerProperties = new LiveChatTrigger().description.properties;
const pollingProperties = new LiveChatPollingTrigger().description.properties;

const optionValues = (properties: INodeProperties[], name: string, resource?: string) =>
	properties
		.filter(
			(property) =>
				property.name === name &&
				(!resource || property.displayOptions?.show?.resource?.includes(resource)),
		)
		.flatMap((property) => (property.options as INodePropertyOptions[]).map((o) => o.value));

/** Names n8n gives new nodes: a template's nodes say what they do instead. */
const DEFAULT_NAMES = [
	'Code',
	'Convert to File',
	'Data table',
	'Edit Fields',
	'Filter',
	'HTTP Request',
	'If',
	'LiveChat',
	'LiveChat Polling Trigger',
	'LiveChat Tool',
	'LiveChat Trigger',
	'Read/Write Files from Disk',
	'Schedule Trigger',
	'Summarize',
	'Switch',
];

describe.each(TEMPLATES)('template %s', (name) => {
	const template = readTemplate(name);
	const nodes = workingNodesOf(template);
	const text = fs.readFileSync(`${TEMPLATES_DIR}/${name}.json`, 'utf8');

	it('has a name, unique node names a person would choose, and connections between its nodes', () => {
		expect(template.name).toMatch(/^LiveChat/);
		const names = template.nodes.map((node) => node.name);
		expect(new Set(names).size).toBe(names.length);
		expect(nodes.filter((node) => DEFAULT_NAMES.includes(node.name))).toEqual([]);
		for (const [from, outputs] of Object.entries(template.connections)) {
			expect(names).toContain(from);
			for (const target of Object.values(outputs).flat(2)) expect(names).toContain(target.node);
		}
		// Every node but the trigger runs after another node or serves one (AI model, tools, MCP).
		const reached = new Set(
			Object.values(template.connections).flatMap((outputs) =>
				(outputs.main ?? []).flat().map((target) => target.node),
			),
		);
		const serving = (node: { name: string }) =>
			Object.keys(template.connections[node.name] ?? {}).some((kind) => kind.startsWith('ai_'));
		// One trigger, or a webhook and a polling trigger into the same steps (the safety net).
		const starts = nodes.filter((node) => !reached.has(node.name) && !serving(node));
		expect(starts.length).toBeGreaterThanOrEqual(1);
		for (const start of starts) expect(start.type).toMatch(/trigger$/i);
		if (starts.length > 1)
			expect(starts.map((start) => start.type).sort()).toEqual([
				'n8n-nodes-livechat.liveChatPollingTrigger',
				'n8n-nodes-livechat.liveChatTrigger',
			]);
	});

	it('carries no credentials, webhook IDs or secrets', () => {
		for (const node of template.nodes) {
			expect(node.credentials).toBeUndefined();
			expect(node.webhookId).toBeUndefined();
		}
		expect(text).not.toMatch(
			/sk-[A-Za-z0-9]{8}|Bearer [A-Za-z0-9._~+/-]{16}|"password"|"apiKey"|secret_key/,
		);
	});

	it('says what it does, what to set and which LiveChat scopes it needs', () => {
		const about = template.nodes.find((node) => node.name === 'About This Workflow');
		const content = String(about?.parameters.content);
		expect(content).toMatch(/^## .+\n.{40,}\n\n\*\*Set:\*\* .{20,}\n\n\*\*LiveChat scopes:\*\* .+/);
		const table = TEMPLATE_TABLES[name];
		if (table) {
			expect(content).toContain(`**${table.name}**`);
			for (const column of Object.keys(table.columns)) expect(content).toContain(column);
		}
	});

	it('uses only events, resources and operations the LiveChat nodes offer', () => {
		for (const node of nodes) {
			const parameters = node.parameters as Record<string, unknown>;
			if (node.type === 'n8n-nodes-livechat.liveChatTrigger') {
				const events = optionValues(triggerProperties, 'events');
				const legacy = optionValues(triggerProperties, 'legacyEvents');
				for (const event of (parameters.events as string[]) ?? []) expect(events).toContain(event);
				for (const event of (parameters.legacyEvents as string[]) ?? [])
					expect(legacy).toContain(event);
			}
			if (node.type === 'n8n-nodes-livechat.liveChatPollingTrigger') {
				const events = optionValues(pollingProperties, 'events');
				for (const event of parameters.events as string[]) expect(events).toContain(event);
			}
			if (node.type.startsWith('n8n-nodes-livechat.liveChat') && parameters.resource) {
				const resource = String(parameters.resource);
				expect(optionValues(actionProperties, 'resource')).toContain(resource);
				expect(optionValues(actionProperties, 'operation', resource)).toContain(
					parameters.operation,
				);
			}
		}
	});
});

it('every file in templates/ is a listed template', () => {
	const files = fs.readdirSync(TEMPLATES_DIR).filter((file) => file.endsWith('.json'));
	expect(files.map((file) => file.replace(/\.json$/, '')).sort()).toEqual([...TEMPLATES].sort());
});

it("the README's Templates section says what the templates' notes say (npm run screenshots)", () => {
	const readme = fs.readFileSync(README, 'utf8');
	expect(readmeWithTemplates(readme)).toBe(readme);
});
