/**
 * The workflow templates in templates/ as a user brings them into n8n: import the file, pick their
 * credentials and Data Table, fill in Settings, then save (the editor's POST /rest/workflows).
 */
import { randomUUID } from 'crypto';
import fs from 'fs';
import path from 'path';

import { POLLING_TRIGGER_TYPE, saveCredential, SEEDED_BOT_DATA, TRIGGER_TYPE } from './livechat';
import type { N8n } from './n8n';
import { ROOT } from './package';
import { API_KEY, API_KEY_HEADER } from './standIns';
import type { StandIns } from './standIns';
import { ACTION_TYPE, authenticationOf, credentialOfAuthentication } from './workflowNodes';

/** The token MCP clients send to the MCP template's server (a stand-in). */
export const MCP_CLIENT_TOKEN = 'mcp-client-token-0123456789abcdef';

export const TEMPLATES_DIR = path.join(ROOT, 'templates');

/** The template files' names without `.json`, in the README's order. */
export const TEMPLATES = [
	'crm-enrichment-on-chat-start',
	'crm-enrichment-legacy-webhooks',
	'queue-status-board',
	'transcript-archive',
	'transcript-archive-no-chat-lost',
	'keyword-auto-tagging',
	'marketing-contact-on-incoming-chat',
	'ai-agent-human-handoff',
	'daily-livechat-report',
	'agent-onboarding-from-data-table',
	'livechat-tools-for-mcp-clients',
] as const;
export type TemplateName = (typeof TEMPLATES)[number];

export interface TemplateNode {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	position: [number, number];
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	webhookId?: string;
	[key: string]: unknown;
}

export interface Template {
	name: string;
	nodes: TemplateNode[];
	connections: Record<string, Record<string, Array<Array<{ node: string }>>>>;
	settings: Record<string, unknown>;
	[key: string]: unknown;
}

export function readTemplate(name: TemplateName): Template {
	return JSON.parse(fs.readFileSync(path.join(TEMPLATES_DIR, `${name}.json`), 'utf8')) as Template;
}

export const MCP_TRIGGER_TYPE = '@n8n/n8n-nodes-langchain.mcpTrigger';

// n8n offers a node usable as a tool under its type plus `Tool`.
const LIVECHAT_NODES = [TRIGGER_TYPE, POLLING_TRIGGER_TYPE, ACTION_TYPE, `${ACTION_TYPE}Tool`];

/** The nodes that run or serve (sticky notes left out). */
export const workingNodesOf = (template: Template) =>
	template.nodes.filter((node) => node.type !== 'n8n-nodes-base.stickyNote');

/** The credential type a node asks for, as its parameters stand (none for most core nodes). */
export function credentialTypeOf(node: TemplateNode): string | undefined {
	const parameters = node.parameters;
	if (LIVECHAT_NODES.includes(node.type)) {
		if (parameters.webhookSource === 'legacy' || parameters.resource === 'visitor') {
			return 'liveChatLegacyWebhookApi';
		}
		return credentialOfAuthentication(parameters.authentication as string | undefined);
	}
	if (node.type === 'n8n-nodes-base.httpRequest') {
		return parameters.authentication === 'genericCredentialType'
			? String(parameters.genericAuthType)
			: undefined;
	}
	if (node.type === '@n8n/n8n-nodes-langchain.lmChatOpenAi') return 'openAiApi';
	if (node.type === MCP_TRIGGER_TYPE && parameters.authentication === 'bearerAuth')
		return 'httpBearerAuth';
	return undefined;
}

export interface Ref {
	id: string;
	name: string;
}

/** What the sticky notes ask a user to set after importing. */
export interface TemplateSetup {
	/** The user's credential of each type the nodes ask for. */
	credentials: Record<string, Ref>;
	/** Picks a LiveChat credential other than the template's (its Authentication follows). */
	liveChatCredentialType?: string;
	/** The Data Table chosen in every Data Table node. */
	dataTable?: Ref;
	/** Values of the Settings node's fields. */
	settings?: Record<string, unknown>;
	/** Other parameters a user changes, by node name. */
	parameters?: Record<string, Record<string, unknown>>;
}

/** The template with the user's choices made: a workflow n8n can save and run. */
export function setUpTemplate(template: Template, setup: TemplateSetup): Template {
	const workflow = structuredClone(template);
	for (const node of workflow.nodes) {
		const edits = setup.parameters?.[node.name];
		if (edits) node.parameters = { ...node.parameters, ...edits };
		if (
			setup.liveChatCredentialType &&
			LIVECHAT_NODES.includes(node.type) &&
			node.parameters.authentication === 'accessToken'
		) {
			node.parameters.authentication = authenticationOf(setup.liveChatCredentialType);
		}
		// The editor gives every pasted webhook node its own webhook ID.
		if (node.type === TRIGGER_TYPE || node.type === MCP_TRIGGER_TYPE) node.webhookId = randomUUID();
		const type = credentialTypeOf(node);
		if (type) {
			const credential = setup.credentials[type];
			if (!credential)
				throw new Error(`${template.name}: "${node.name}" needs a ${type} credential`);
			node.credentials = { [type]: { id: credential.id, name: credential.name } };
		}
		if (node.type === 'n8n-nodes-base.dataTable') {
			if (!setup.dataTable) throw new Error(`${template.name}: "${node.name}" needs a Data Table`);
			node.parameters.dataTableId = {
				__rl: true,
				mode: 'list',
				value: setup.dataTable.id,
				cachedResultName: setup.dataTable.name,
			};
		}
		if (node.name === 'Settings' && setup.settings) {
			const { assignments } = node.parameters.assignments as {
				assignments: Array<{ name: string; value: unknown }>;
			};
			for (const [name, value] of Object.entries(setup.settings)) {
				const field = assignments.find((assignment) => assignment.name === name);
				if (!field) throw new Error(`${template.name}: Settings has no field ${name}`);
				field.value = value;
			}
		}
	}
	return workflow;
}

export interface ImportedWorkflow {
	id: string;
	name: string;
	body: Template;
	/** The LiveChat Trigger's webhook ID and URLs ('' and unusable without the trigger). */
	webhookId: string;
	url: string;
	testUrl: string;
}

/** Imports a template, makes the user's choices and saves it as the editor does (inactive). */
export async function importTemplate(
	n8n: N8n,
	name: TemplateName,
	setup: TemplateSetup,
): Promise<ImportedWorkflow> {
	const body = setUpTemplate(readTemplate(name), setup);
	// The editor sends the workflow inactive and without tags (the file's are names, not ids).
	const { tags: _tags, ...workflow } = body;
	const saved = await n8n.rest<{ id: string }>('POST', '/rest/workflows', {
		...workflow,
		active: false,
	});
	const webhookId = body.nodes.find((node) => node.type === TRIGGER_TYPE)?.webhookId ?? '';
	return {
		id: saved.id,
		name: body.name,
		body,
		webhookId,
		url: `${n8n.webhookBaseUrl}/webhook/${webhookId}/webhook`,
		testUrl: `${n8n.webhookBaseUrl}/webhook-test/${webhookId}/webhook`,
	};
}

export type ColumnType = 'string' | 'number' | 'boolean' | 'date';

const TRANSCRIPTS_TABLE = {
	name: 'livechat_transcripts',
	columns: {
		chat_id: 'string',
		thread_id: 'string',
		customer_name: 'string',
		customer_email: 'string',
		messages: 'number',
		transcript: 'string',
	},
} as const;

/** The Data Table each template's sticky note asks for, with its columns. */
export const TEMPLATE_TABLES: Partial<
	Record<TemplateName, { name: string; columns: Record<string, ColumnType> }>
> = {
	'queue-status-board': {
		name: 'livechat_queue',
		columns: {
			chat_id: 'string',
			thread_id: 'string',
			customer: 'string',
			queued_at: 'string',
			group_id: 'number',
		},
	},
	'transcript-archive': TRANSCRIPTS_TABLE,
	// The same table: both archives write the same rows.
	'transcript-archive-no-chat-lost': TRANSCRIPTS_TABLE,
	'keyword-auto-tagging': {
		name: 'livechat_keywords',
		columns: { thread_id: 'string', chat_id: 'string', tag: 'string' },
	},
	'agent-onboarding-from-data-table': {
		name: 'livechat_agents',
		columns: {
			email: 'string',
			name: 'string',
			groups: 'string',
			left: 'boolean',
			status: 'string',
		},
	},
};

/** Settings that point each template at the stand-ins (and a folder for transcript files). */
export function standInSettings(
	standIns: StandIns,
	transcriptsFolder: string,
): Partial<Record<TemplateName, Record<string, unknown>>> {
	return {
		'crm-enrichment-on-chat-start': { crmSearchUrl: standIns.crmUrl },
		'crm-enrichment-legacy-webhooks': { crmSearchUrl: standIns.crmUrl },
		'queue-status-board': { warningWebhookUrl: standIns.chatHookUrl('queue') },
		'transcript-archive': { archiveFolder: transcriptsFolder },
		'marketing-contact-on-incoming-chat': { contactsUrl: standIns.contactsUrl },
		'daily-livechat-report': { chatWebhookUrl: standIns.chatHookUrl('daily') },
	};
}

/**
 * Everything the templates' sticky notes ask a user to create besides the LiveChat credential
 * they have: the other credentials (stand-in values) and the Data Tables. For the editor's checks,
 * `npm run dev` and the screenshots.
 */
export async function createTemplatePrerequisites(n8n: N8n, liveChat: Ref) {
	const credentials: Record<string, Ref> = {
		liveChatApi: liveChat,
		liveChatBotApi: await saveCredential(n8n, 'liveChatBotApi', 'LiveChat bot', SEEDED_BOT_DATA),
		liveChatLegacyWebhookApi: await saveCredential(
			n8n,
			'liveChatLegacyWebhookApi',
			'LiveChat legacy webhooks',
			{ user: 'livechat', password: 'a-long-random-password' },
		),
		httpHeaderAuth: await saveCredential(n8n, 'httpHeaderAuth', 'CRM / marketing API key', {
			name: API_KEY_HEADER,
			value: API_KEY,
		}),
		openAiApi: await saveCredential(n8n, 'openAiApi', 'OpenAI', { apiKey: 'sk-replace-me' }),
		httpBearerAuth: await saveCredential(n8n, 'httpBearerAuth', 'MCP clients', {
			token: MCP_CLIENT_TOKEN,
		}),
	};
	const tables = new DataTables(n8n);
	const dataTables: Partial<Record<TemplateName, Ref>> = {};
	const byName = new Map<string, Ref>();
	for (const [template, table] of Object.entries(TEMPLATE_TABLES)) {
		if (!byName.has(table.name))
			byName.set(table.name, await tables.create(table.name, table.columns));
		dataTables[template as TemplateName] = byName.get(table.name);
	}
	return { credentials, dataTables };
}

/** n8n's Data Tables of the owner's personal project, as its editor creates and reads them. */
export class DataTables {
	private projectId?: string;

	constructor(private readonly n8n: N8n) {}

	private async base() {
		this.projectId ??= (await this.n8n.rest<{ id: string }>('GET', '/rest/projects/personal')).id;
		return `/rest/projects/${this.projectId}/data-tables`;
	}

	async create(name: string, columns: Record<string, ColumnType>): Promise<Ref> {
		const table = await this.n8n.rest<{ id: string; name: string }>('POST', await this.base(), {
			name,
			columns: Object.entries(columns).map(([column, type]) => ({ name: column, type })),
		});
		return { id: table.id, name: table.name };
	}

	/** Adds rows as the editor's table view does. */
	async insert(table: Ref, rows: Array<Record<string, unknown>>) {
		await this.n8n.rest('POST', `${await this.base()}/${table.id}/insert`, {
			data: rows,
			returnType: 'count',
		});
	}

	async rows(table: Ref): Promise<Array<Record<string, unknown>>> {
		const answer = await this.n8n.rest<{ data: Array<Record<string, unknown>> }>(
			'GET',
			`${await this.base()}/${table.id}/rows?take=1000`,
		);
		return answer.data;
	}
}
