/**
 * The workflow templates (T1–T9) in each n8n version of SUITE_VERSIONS.templates: each is imported
 * as a user imports it (credentials, Data Table and Settings chosen), then driven by LiveChat events
 * from the simulator, the editor's "Execute workflow" (T7, T8) or an MCP client (T9); the assertions
 * read the simulator, n8n's Data Tables and the stand-ins for the CRM, the marketing tool and the
 * chat tool. (The AI hand-off template runs in handoff/.)
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import fs from 'fs';
import os from 'os';
import path from 'path';

import { answerReport } from '../../simulator/reports';
import {
	ADMIN,
	CUSTOMER_ID,
	currentThread,
	LIVE_CHAT_ID,
	PRIVATE_SCOPES_PAT,
} from '../../simulator/state';
import type { Chat } from '../../simulator/state';
import { lastExecutionError } from '../support/actionWorkflows';
import { BROWN, brownInSales } from '../support/agents';
import {
	activate,
	deactivate,
	runFromEditor,
	saveCredential,
	waitForExecutions,
} from '../support/livechat';
import type { N8n, N8nVersion, StoredExecution } from '../support/n8n';
import { PAT_DATA, useN8nWithSimulator } from '../support/n8nWithSimulator';
import { sleep, waitFor } from '../support/ports';
import { API_KEY, API_KEY_HEADER, StandIns, THOMAS_IN_CRM } from '../support/standIns';
import type { ImportedWorkflow, Ref, TemplateName, TemplateSetup } from '../support/templates';
import {
	DataTables,
	importTemplate,
	MCP_CLIENT_TOKEN,
	TEMPLATE_TABLES,
} from '../support/templates';
import { SUITE_VERSIONS } from '../support/versions';

const TIME_ZONE = 'Europe/Warsaw';
const LEGACY_PASSWORD = 'template-legacy-password';

/** Waits for `count` executions and fails with n8n's error if the last one failed. */
async function ranOk(n8n: N8n, workflow: ImportedWorkflow, count: number) {
	const executions = await waitForExecutions(n8n, workflow, count);
	const failed = executions.filter((execution) => execution.status !== 'success');
	if (failed.length) {
		throw new Error(`${workflow.name}: ${JSON.stringify(await lastExecutionError(n8n, workflow))}`);
	}
	return executions;
}

/** The date (yyyy-mm-dd) of a moment in a time zone. */
const dayIn = (time: number, timeZone: string) =>
	new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(time));

function describeTemplates(version: N8nVersion) {
	describe(`workflow templates in n8n ${version}`, () => {
		const files = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-template-files-'));
		const context = useN8nWithSimulator(version, {
			env: () => ({
				GENERIC_TIMEZONE: TIME_ZONE,
				// Where Read/Write Files from Disk may write (2.x's default is ~/.n8n-files).
				N8N_RESTRICT_FILE_ACCESS_TO: files,
			}),
		});
		const standIns = new StandIns();
		let apiKey: Ref;
		let tables: DataTables;
		let active: ImportedWorkflow | undefined;

		/** Imports a template with the user's credentials and activates it (one active at a time). */
		async function activateTemplate(name: TemplateName, setup: Partial<TemplateSetup>) {
			const { n8n, sim, pat } = context;
			const workflow = await importTemplate(n8n, name, {
				...setup,
				credentials: { liveChatApi: pat, httpHeaderAuth: apiKey, ...setup.credentials },
			});
			const registrations = await activate(n8n, sim, workflow);
			active = workflow;
			return { workflow, registrations };
		}

		beforeAll(async () => {
			await standIns.start();
			apiKey = await saveCredential(context.n8n, 'httpHeaderAuth', 'Stand-in API key', {
				name: API_KEY_HEADER,
				value: API_KEY,
			});
			tables = new DataTables(context.n8n);
		});
		afterEach(async () => {
			if (active) await deactivate(context.n8n, active);
			active = undefined;
		});
		afterAll(async () => {
			await standIns.stop();
			fs.rmSync(files, { recursive: true, force: true });
		});

		const chatOf = (id: string): Chat => context.simulator.state.chats.get(id)!;
		/** The Data Table a template's sticky note asks for. */
		const createTable = async (template: TemplateName) => {
			const { name, columns } = TEMPLATE_TABLES[template]!;
			return await tables.create(name, columns);
		};

		test('T1. CRM enrichment: a known customer gets their CRM details as session fields, once', async () => {
			const { n8n, sim, simulator } = context;
			standIns.crm.set(THOMAS_IN_CRM.email, THOMAS_IN_CRM);
			const { workflow, registrations } = await activateTemplate('crm-enrichment-on-chat-start', {
				settings: { crmSearchUrl: standIns.crmUrl },
			});
			expect(registrations.map((webhook) => webhook.action)).toEqual(['incoming_chat']);

			await sim.emit({ action: 'incoming_chat', chat_id: LIVE_CHAT_ID, wait: true });
			// One after the other, so that the CRM is asked in this order.
			await ranOk(n8n, workflow, 1);
			// A customer the CRM does not know: looked up, nothing written.
			await sim.emit({ action: 'incoming_chat', chat_id: 'ARCHIVE001', wait: true });
			await ranOk(n8n, workflow, 2);

			expect(simulator.state.customers.get(CUSTOMER_ID)!.session_fields).toEqual([
				{ Company: 'Acme Corp' },
				{ Plan: 'Enterprise' },
				{ 'Lifetime value': '12400' },
				{ 'CRM profile': 'https://crm.example.com/customers/42' },
			]);
			const updates = await sim.calls('update_customer');
			expect(updates.map((call) => [call.status, call.body.id])).toEqual([[200, CUSTOMER_ID]]);
			const lookups = standIns.requests.filter((request) => request.path.startsWith('/crm/'));
			expect(lookups.map((request) => [request.query.email, request.apiKey])).toEqual([
				['t.anderson@example.com', API_KEY],
				[simulator.state.customers.get(chatOf('ARCHIVE001').customerId)!.email, API_KEY],
			]);
		});

		test('T1b. CRM enrichment on legacy webhooks: chat_started adds the CRM details as visitor details', async () => {
			const { n8n, sim } = context;
			const legacy = await saveCredential(n8n, 'liveChatLegacyWebhookApi', 'LiveChat legacy', {
				user: 'livechat',
				password: LEGACY_PASSWORD,
			});
			const { workflow, registrations } = await activateTemplate('crm-enrichment-legacy-webhooks', {
				credentials: { liveChatLegacyWebhookApi: legacy },
				settings: { crmSearchUrl: standIns.crmUrl },
			});
			// Legacy webhooks are set up by hand in LiveChat: activation registers nothing.
			expect(registrations).toEqual([]);
			await sim.legacyWebhook({
				event_type: 'chat_started',
				data_types: ['chat', 'visitor', 'pre_chat_survey'],
				url: workflow.url.replace('://', `://livechat:${LEGACY_PASSWORD}@`),
			});
			const [delivery] = await sim.emitLegacy({ event_type: 'chat_started', wait: true });
			expect(delivery.attempts.map((attempt) => attempt.outcome)).toEqual([200]);
			await ranOk(n8n, workflow, 1);

			const [call] = await sim.calls('add_visitor_details');
			const details = (await sim.state()).visitor_details[String(call.body.visitor_id)];
			expect(details).toEqual({
				crm: {
					fields: [
						{ name: 'Company', value: 'Acme Corp' },
						{ name: 'Plan', value: 'Enterprise' },
						{ name: 'Lifetime value', value: '12400' },
						{
							name: 'CRM profile',
							value: 'https://crm.example.com/customers/42',
							url: 'https://crm.example.com/customers/42',
						},
					],
				},
			});
		});

		test('T2. queue status board: the Data Table holds exactly the waiting chats; a warning above the limit', async () => {
			const { n8n, sim } = context;
			const table = await createTable('queue-status-board');
			const { workflow, registrations } = await activateTemplate('queue-status-board', {
				dataTable: table,
				settings: { warnAbove: 2, warningWebhookUrl: standIns.chatHookUrl('queue') },
			});
			expect(registrations.map((webhook) => webhook.action).sort()).toEqual([
				'chat_deactivated',
				'chat_transferred',
				'incoming_chat',
				'user_added_to_chat',
			]);
			let runs = 0;
			const step = async (action: string, chatId: string, queued = false) => {
				await sim.emit({ action, chat_id: chatId, queued, wait: true });
				await ranOk(n8n, workflow, ++runs);
			};
			const waiting = async () =>
				(await tables.rows(table)).map((row) => row.chat_id as string).sort();
			const warnings = () => standIns.messages.filter((message) => message.hook === 'queue');

			await step('incoming_chat', 'ARCHIVE000', true);
			await step('incoming_chat', 'ARCHIVE001', true);
			expect(await waiting()).toEqual(['ARCHIVE000', 'ARCHIVE001']);
			expect(warnings()).toEqual([]);
			// Transferred to a group where nobody is free: a third waits, one more than the limit.
			await step('chat_transferred', 'ARCHIVE002', true);
			expect(await waiting()).toEqual(['ARCHIVE000', 'ARCHIVE001', 'ARCHIVE002']);
			expect(warnings().map((message) => message.text)).toEqual([
				expect.stringMatching(/^⚠️ 3 customers are waiting in the LiveChat queue \(more than 2\)/),
			]);
			const row = (await tables.rows(table)).find(
				(candidate) => candidate.chat_id === 'ARCHIVE000',
			);
			const thread = currentThread(chatOf('ARCHIVE000'));
			expect(row).toMatchObject({
				thread_id: thread.id,
				queued_at: thread.queue!.queued_at,
				customer: context.simulator.state.customers.get(chatOf('ARCHIVE000').customerId)!.name,
				group_id: 0,
			});

			// An agent takes one, a customer gives up, a transfer finds a free agent: they leave.
			await step('user_added_to_chat', 'ARCHIVE000');
			await step('incoming_chat', 'ARCHIVE003', true);
			expect(warnings()).toHaveLength(2);
			await step('chat_deactivated', 'ARCHIVE001');
			await step('chat_transferred', 'ARCHIVE002');
			// A chat that an agent took at once never waited.
			await step('incoming_chat', 'ARCHIVE004');
			expect(await waiting()).toEqual(['ARCHIVE003']);
			expect(warnings()).toHaveLength(2);
		});

		test('T3. transcript archive: an ended chat is stored with every message, in the Data Table and a file', async () => {
			const { n8n, sim } = context;
			const table = await createTable('transcript-archive');
			const folder = path.join(files, 'livechat-transcripts');
			fs.mkdirSync(folder);
			const { workflow } = await activateTemplate('transcript-archive', {
				dataTable: table,
				settings: { archiveFolder: folder },
			});
			await sim.emit({
				action: 'incoming_event',
				chat_id: LIVE_CHAT_ID,
				author: 'customer',
				text: 'Thanks, that helps!',
			});
			await sim.emit({
				action: 'incoming_event',
				chat_id: LIVE_CHAT_ID,
				author: 'agent',
				text: 'Glad to help. Have a nice day!',
			});
			await sim.emit({ action: 'chat_deactivated', chat_id: LIVE_CHAT_ID, wait: true });
			await ranOk(n8n, workflow, 1);

			const thread = currentThread(chatOf(LIVE_CHAT_ID));
			const messages = thread.events.filter((event) => event.type === 'message');
			expect(messages.length).toBeGreaterThanOrEqual(3);
			const [row] = await tables.rows(table);
			expect(row).toMatchObject({
				chat_id: LIVE_CHAT_ID,
				thread_id: thread.id,
				customer_name: 'Thomas Anderson',
				customer_email: 't.anderson@example.com',
				messages: messages.length,
			});
			const file = fs.readFileSync(path.join(folder, `${LIVE_CHAT_ID}-${thread.id}.txt`), 'utf8');
			expect(file).toBe(row.transcript);
			for (const message of messages) expect(file).toContain(`: ${message.text}`);
			expect(file).toContain('Thomas Anderson: Thanks, that helps!');
			expect(file).toContain('Agent Smith: Glad to help. Have a nice day!');
		});

		test('T4. keyword auto-tagging: keywords customers wrote tag the thread when the chat ends', async () => {
			const { n8n, sim, simulator } = context;
			// The sticky note: the tags must exist in LiveChat.
			simulator.state.tags.push({
				name: 'billing',
				group_ids: [0],
				author_id: ADMIN.email,
				created_at: new Date().toISOString(),
			});
			const table = await createTable('keyword-auto-tagging');
			const { workflow } = await activateTemplate('keyword-auto-tagging', { dataTable: table });
			const chatId = 'ARCHIVE005';
			await sim.emit({
				action: 'incoming_chat',
				chat_id: chatId,
				text: 'Hi, my invoice shows the wrong price',
				wait: true,
			});
			await ranOk(n8n, workflow, 1);
			const thread = currentThread(chatOf(chatId));
			const noted = async () =>
				(await tables.rows(table)).map((row) => `${row.thread_id}:${row.tag}`).sort();
			expect(await noted()).toEqual([`${thread.id}:billing`, `${thread.id}:sales`]);

			await sim.emit({
				action: 'incoming_event',
				chat_id: chatId,
				author: 'customer',
				text: 'Now the app shows an ERROR, and the invoice is still wrong.',
				wait: true,
			});
			// Agents' words do not count.
			await sim.emit({
				action: 'incoming_event',
				chat_id: chatId,
				author: 'agent',
				text: 'Sorry about the discount',
				wait: true,
			});
			await ranOk(n8n, workflow, 3);
			expect(await noted()).toEqual([
				`${thread.id}:billing`,
				`${thread.id}:bug_report`,
				`${thread.id}:sales`,
			]);
			expect(thread.tags).toEqual([]);

			await sim.emit({ action: 'chat_deactivated', chat_id: chatId, wait: true });
			await ranOk(n8n, workflow, 4);
			expect([...thread.tags].sort()).toEqual(['billing', 'bug_report', 'sales']);
			const tagged = await sim.calls('tag_thread');
			expect(tagged.map((call) => [call.status, call.body.thread_id])).toEqual([
				[200, thread.id],
				[200, thread.id],
				[200, thread.id],
			]);
			expect(await noted()).toEqual([]);
		});

		test('T5. marketing contact: a customer with an e-mail becomes a contact once', async () => {
			const { n8n, sim, simulator } = context;
			const anonymous = '0000000a-0000-4000-8000-00000000000a';
			simulator.state.addCustomer(anonymous, 'Customer 123', '');
			simulator.state.addChat('NOEMAIL001', anonymous, Date.now());
			const { workflow } = await activateTemplate('marketing-contact-on-incoming-chat', {
				settings: { contactsUrl: standIns.contactsUrl },
			});
			const before = standIns.requests.length;
			await sim.emit({ action: 'incoming_chat', chat_id: LIVE_CHAT_ID, wait: true });
			await ranOk(n8n, workflow, 1);
			// The same customer comes back; then someone who left no e-mail.
			await sim.emit({ action: 'incoming_chat', chat_id: LIVE_CHAT_ID, wait: true });
			await sim.emit({ action: 'incoming_chat', chat_id: 'NOEMAIL001', wait: true });
			await ranOk(n8n, workflow, 3);

			expect(standIns.contacts).toEqual([
				{
					id: 1,
					email: 't.anderson@example.com',
					name: 'Thomas Anderson',
					source: 'LiveChat',
					livechat_customer_id: CUSTOMER_ID,
				},
			]);
			const requests = standIns.requests.slice(before);
			expect(requests.map((request) => `${request.method} ${request.query.email ?? ''}`)).toEqual([
				'GET t.anderson@example.com',
				'POST ',
				'GET t.anderson@example.com',
			]);
			expect(requests.every((request) => request.apiKey === API_KEY)).toBe(true);
		});

		test("T7. daily report: yesterday's chats, ratings and response time reach the chat tool", async () => {
			const { n8n, sim, simulator } = context;
			const state = simulator.state;
			// Three chats yesterday (noon in the workflow's time zone, give or take the offset).
			const today = dayIn(Date.now(), TIME_ZONE);
			const yesterday = dayIn(Date.parse(`${today}T12:00:00Z`) - 86_400_000, TIME_ZONE);
			const noon = Date.parse(`${yesterday}T11:00:00Z`);
			const scores = [1, 1, 0];
			scores.forEach((score, index) => {
				const chat = state.addChat(`YESTERDAY${index}`, CUSTOMER_ID, noon + index * 60_000);
				chat.threads[0].active = false;
				chat.threads[0].properties = { rating: { score } };
			});
			const threadsYesterday = [...state.chats.values()]
				.flatMap((chat) => chat.threads)
				.filter((thread) => dayIn(Date.parse(thread.created_at), TIME_ZONE) === yesterday);
			const rated = (score: number) =>
				threadsYesterday.filter((thread) => thread.properties.rating?.score === score).length;

			const workflow = await importTemplate(n8n, 'daily-livechat-report', {
				credentials: { liveChatApi: context.pat },
				settings: { chatWebhookUrl: standIns.chatHookUrl('daily') },
			});
			// Active, the schedule waits for 8:00; the editor's "Execute workflow" runs it now.
			expect(await activate(n8n, sim, workflow)).toEqual([]);
			active = workflow;
			await runFromEditor(n8n, workflow, 'Every Morning');
			await waitFor('the daily message', () =>
				standIns.messages.some((message) => message.hook === 'daily'),
			);
			const calls = (await sim.calls()).filter((call) => call.api === 'reports');
			expect(calls.map((call) => [call.method, call.status])).toEqual([
				['chats/total_chats', 200],
				['chats/ratings', 200],
				['chats/response_time', 200],
			]);
			// What LiveChat answers for yesterday's response time (the simulator, asked the same).
			const answer = answerReport(state, 'chats/response_time', calls[2].body) as {
				records: Record<string, { response_time?: number }>;
			};
			expect(Object.keys(answer.records)).toEqual([yesterday]);
			const responseTime = answer.records[yesterday].response_time ?? 0;
			const [message] = standIns.messages.filter((candidate) => candidate.hook === 'daily');
			expect(message.text).toBe(
				`📊 LiveChat yesterday (${yesterday}): ${threadsYesterday.length} chats · rated good ${rated(1)}, bad ${rated(0)} · average response time ${Math.round(responseTime)} s`,
			);
			expect(rated(1)).toBeGreaterThanOrEqual(2);
			await expectManualRun(n8n, workflow);
		});

		test('T8. agent onboarding: new rows become agents in their groups; leavers are suspended, or deleted', async () => {
			const { n8n, sim, simulator, pat } = context;
			const state = simulator.state;
			state.agents.push(brownInSales());
			const table = await createTable('agent-onboarding-from-data-table');
			const ada = { email: 'ada@example.com', name: 'Ada Lovelace', groups: '1' };
			await tables.insert(table, [
				{ ...ada, left: false },
				{ email: 'cy@example.com', name: 'Cy Young', groups: '1, 0', left: false },
				{ email: 'jones@example.com', name: 'Agent Jones', groups: '', left: false },
				{ email: BROWN, name: 'Agent Brown', groups: '1', left: true },
			]);
			/** Imports the template with a LiveChat token and Settings and runs it once. */
			const onboard = async (liveChat: Ref, deleteWhenSuspendRefused: boolean) => {
				const workflow = await importTemplate(n8n, 'agent-onboarding-from-data-table', {
					credentials: { liveChatApi: liveChat },
					dataTable: table,
					settings: { deleteWhenSuspendRefused },
				});
				const before = (await sim.calls()).length;
				await runFromEditor(n8n, workflow, 'Every Hour');
				await ranOk(n8n, workflow, 1);
				const rows = await tables.rows(table);
				return {
					rows: rows.map((row) => [row.email, row.left, row.status]),
					calls: (await sim.calls())
						.slice(before)
						.map((call) => [call.method, (call.body as { id?: string }).id]),
				};
			};

			// Joiners are invited into their groups; the token cannot suspend, so Brown stays.
			const first = await onboard(pat, false);
			expect(first.rows).toEqual([
				[ada.email, false, 'invited'],
				['cy@example.com', false, 'invited'],
				['jones@example.com', false, 'in LiveChat already'],
				[BROWN, true, expect.stringMatching(/^not suspended: LiveChat refused suspend_agent/)],
			]);
			expect(first.calls).toEqual([
				['create_agent', ada.email],
				['create_agent', 'cy@example.com'],
				['create_agent', 'jones@example.com'],
				['suspend_agent', BROWN],
			]);
			expect(state.agent(ada.email)).toMatchObject({
				name: ada.name,
				groups: [{ id: 1, priority: 'normal' }],
				awaiting_approval: true,
			});
			expect(state.agent('cy@example.com')?.groups).toEqual([
				{ id: 1, priority: 'normal' },
				{ id: 0, priority: 'normal' },
			]);
			expect(state.agent(BROWN)?.suspended).toBe(false);

			// Brown's row tried again, with leavers LiveChat will not suspend deleted instead.
			await tables.insert(table, [{ email: BROWN, name: 'Agent Brown', groups: '', left: true }]);
			const second = await onboard(pat, true);
			expect(second.rows.slice(4)).toEqual([[BROWN, true, 'deleted']]);
			expect(second.calls).toEqual([
				['suspend_agent', BROWN],
				['delete_agent', BROWN],
			]);
			expect(state.agent(BROWN)).toBeUndefined();

			// With a token that may suspend, Ada leaving suspends her; rows already done stay as they are.
			const privateToken = await saveCredential(n8n, 'liveChatApi', 'LiveChat private', {
				...PAT_DATA,
				accessToken: PRIVATE_SCOPES_PAT,
			});
			await tables.insert(table, [{ ...ada, left: true }]);
			const third = await onboard(privateToken, true);
			expect(third.rows.slice(5)).toEqual([[ada.email, true, 'suspended']]);
			expect(third.calls).toEqual([['suspend_agent', ada.email]]);
			expect(state.agent(ada.email)?.suspended).toBe(true);
		});

		test('T9. LiveChat tools for MCP clients: an MCP client lists the tools, reads a chat and sends a message', async () => {
			const { n8n, sim, pat } = context;
			const bearer = await saveCredential(n8n, 'httpBearerAuth', 'MCP clients', {
				token: MCP_CLIENT_TOKEN,
			});
			const { workflow } = await activateTemplate('livechat-tools-for-mcp-clients', {
				credentials: { liveChatApi: pat, httpBearerAuth: bearer },
			});
			const url = new URL(`${n8n.webhookBaseUrl}/mcp/livechat`);
			const client = new Client({ name: 'n8n-nodes-livechat e2e', version: '1.0.0' });
			await client.connect(
				new StreamableHTTPClientTransport(url, {
					requestInit: { headers: { Authorization: `Bearer ${MCP_CLIENT_TOKEN}` } },
				}),
			);
			try {
				const { tools } = await client.listTools();
				expect(tools.map((tool) => tool.name).sort()).toEqual([
					'Get_Chat',
					'Get_Customer',
					'List_Active_Chats',
					'Search_Archives',
					'Send_Message',
					'Transfer_Chat',
				]);
				const sendMessage = tools.find((tool) => tool.name === 'Send_Message')!;
				expect(sendMessage.description).toContain('Sends a message in a LiveChat chat');
				expect(Object.keys(sendMessage.inputSchema.properties ?? {}).sort()).toEqual([
					'chatId',
					'text',
				]);

				const read = await client.callTool({
					name: 'Get_Chat',
					arguments: { chatId: LIVE_CHAT_ID },
				});
				expect(read.isError).toBeFalsy();
				expect(JSON.stringify(read.content)).toContain('Thomas Anderson');

				const text = 'Hello from an MCP client';
				const sent = await client.callTool({
					name: 'Send_Message',
					arguments: { chatId: LIVE_CHAT_ID, text },
				});
				expect(sent.isError).toBeFalsy();
				const sendEvents = await sim.calls('send_event');
				expect(sendEvents).toEqual([
					expect.objectContaining({
						status: 200,
						body: expect.objectContaining({
							chat_id: LIVE_CHAT_ID,
							event: expect.objectContaining({ type: 'message', text }),
						}),
					}),
				]);
				const thread = currentThread(chatOf(LIVE_CHAT_ID));
				expect(thread.events.at(-1)).toMatchObject({ text, author_id: ADMIN.email });
			} finally {
				await client.close();
			}
			// A client without the token gets nothing.
			const refused = await fetch(url, {
				method: 'POST',
				headers: { Authorization: 'Bearer wrong', 'Content-Type': 'application/json' },
				body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
			});
			expect(refused.status).toBe(403);
			// Each tool call ran as an execution of the workflow.
			await waitForExecutions(n8n, workflow, 2);
		});
	});
}

/** The run was the editor's manual one, and it succeeded. */
async function expectManualRun(n8n: N8n, workflow: ImportedWorkflow) {
	await sleep(500);
	const { data } = await n8n.apiOk<{ data: StoredExecution[] }>(
		'GET',
		`/executions?workflowId=${workflow.id}`,
	);
	expect(data.map((execution) => [execution.mode, execution.status])).toEqual([
		['manual', 'success'],
	]);
}

// One n8n at a time: each version's describe block starts its own and stops it when done.
for (const version of SUITE_VERSIONS.templates) describeTemplates(version);
