/**
 * The LiveChat action node's operations, end to end (A1–A9 and A16, A10–A15 of
 * accountAdministration.ts, L0–L3 of legacyWebhooks.ts), in each n8n version of
 * SUITE_VERSIONS.actionNode: workflows per resource run over HTTP, the simulator's records as the
 * proof of what was sent, and a 250-item tagging run under the simulator's rate limit that reports
 * API calls per item.
 */
import fs from 'fs';
import path from 'path';

import { CUSTOMER_ID, LIVE_CHAT_ID, LIVE_THREAD_ID } from '../../simulator/state';
import type { ActionWorkflow } from '../support/actionWorkflows';
import {
	createActionWorkflow,
	lastExecutionError,
	runActionWorkflow,
	runOk,
} from '../support/actionWorkflows';
import { activate, createTriggerWorkflow, deactivate } from '../support/livechat';
import type { N8nVersion } from '../support/n8n';
import { ROOT } from '../support/package';
import { useN8nWithSimulator } from '../support/n8nWithSimulator';
import { waitFor } from '../support/ports';
import { SUITE_VERSIONS } from '../support/versions';
import { accountAdministrationScenarios } from './accountAdministration';
import { legacyWebhookScenarios } from './legacyWebhooks';

const ARCHIVED = Array.from({ length: 24 }, (_, day) => `ARCHIVE${String(day).padStart(3, '0')}`);
const ALL_CHATS = [...ARCHIVED, LIVE_CHAT_ID];
const TAGS = ['bug_report', 'sales', 'support'];
const byName = (expression: string) => ({ __rl: true, mode: 'name', value: expression });

function describeActionNode(version: N8nVersion) {
	describe(`LiveChat action node in n8n ${version}`, () => {
		const context = useN8nWithSimulator(version);
		beforeEach(async () => {
			await context.sim.reset();
		});

		test('A1. the nodes, the AI tool variant and the credentials are loaded, with their icons', async () => {
			const { n8n } = context;
			type LoadedType = { name: string; iconUrl?: { light: string; dark: string } };
			const nodes = await n8n.rest<LoadedType[]>('GET', '/types/nodes.json');
			const credentials = await n8n.rest<LoadedType[]>('GET', '/types/credentials.json');
			expect(nodes.map((type) => type.name)).toContain('n8n-nodes-livechat.liveChatTool');
			const ours = [
				...['liveChat', 'liveChatTrigger'].map((name) =>
					nodes.find((type) => type.name === `n8n-nodes-livechat.${name}`),
				),
				...['liveChatApi', 'liveChatLegacyWebhookApi', 'liveChatOAuth2Api'].map((name) =>
					credentials.find((type) => type.name === name),
				),
			];
			// n8n serves the icons from the installed package's dist/, as copied by gulp.
			const icon = (file: string) => fs.readFileSync(path.join(ROOT, 'nodes/LiveChat', file));
			const served = async (url: string) =>
				Buffer.from(await (await fetch(`${n8n.baseUrl}/${url}`)).arrayBuffer());
			for (const type of ours) {
				expect(type?.iconUrl).toEqual({ light: expect.any(String), dark: expect.any(String) });
				expect(await served(type!.iconUrl!.light)).toEqual(icon('livechat.svg'));
				expect(await served(type!.iconUrl!.dark)).toEqual(icon('livechat.dark.svg'));
			}
		});

		test('A2. chat workflow: get, transcript and a note, paired back to each input item', async () => {
			const { n8n, sim, pat } = context;
			const workflow = await createActionWorkflow(n8n, 'Chat notes', pat, [
				{
					name: 'Get Chat',
					parameters: { resource: 'chat', operation: 'get', chatId: '={{ $json.chatId }}' },
				},
				{
					name: 'Get Transcript',
					parameters: {
						resource: 'chat',
						operation: 'getTranscript',
						chatId: "={{ $('Split Out').item.json.chatId }}",
					},
				},
				{
					name: 'Send Note',
					continueOnFail: true,
					parameters: {
						resource: 'chat',
						operation: 'sendMessage',
						chatId: '={{ $json.chat_id }}',
						text: "={{ 'Transcript: ' + $json.transcript.split('\\n').length + ' lines, customer ' + $('Get Chat').item.json.customer.name }}",
						visibility: 'agents',
					},
				},
			]);
			const items = await runOk(workflow, [{ chatId: LIVE_CHAT_ID }, { chatId: 'ARCHIVE001' }]);

			expect(items).toEqual([
				{ chat_id: LIVE_CHAT_ID, event_id: `${LIVE_THREAD_ID}_3`, visibility: 'agents' },
				{
					error: 'The chat has ended (chat ARCHIVE001)',
					description: expect.stringContaining('needs an active chat'),
				},
			]);
			const [sent] = (await sim.calls('send_event')).filter((call) => call.status === 200);
			expect(sent.body).toEqual({
				chat_id: LIVE_CHAT_ID,
				event: {
					type: 'message',
					text: 'Transcript: 4 lines, customer Thomas Anderson',
					visibility: 'agents',
				},
			});
			expect((await sim.calls()).map((call) => call.method)).toEqual([
				'get_chat',
				'get_chat',
				'get_chat',
				'get_chat',
				'send_event',
				'send_event',
			]);
		});

		test('A3. chat lists: get many with a limit, and search archives', async () => {
			const { n8n, sim, pat } = context;
			const workflow = await createActionWorkflow(n8n, 'Chat lists', pat, [
				{
					name: 'Ended Chats',
					parameters: {
						resource: 'chat',
						operation: 'getMany',
						returnAll: false,
						limit: '={{ $json.limit }}',
						filters: { status: 'inactive' },
					},
				},
			]);
			expect(await runOk(workflow, [{ limit: 20 }])).toHaveLength(20);

			const search = await createActionWorkflow(n8n, 'Archive search', pat, [
				{
					name: 'Search',
					parameters: {
						resource: 'chat',
						operation: 'searchArchives',
						returnAll: true,
						filters: { customerEmail: '={{ $json.email }}', tags: ['support'] },
					},
				},
			]);
			const found = await runOk(search, [{ email: 'ada@example.com' }]);
			expect(found.map((chat) => chat.id)).toEqual(['ARCHIVE020', 'ARCHIVE010']);
			expect(found[0]).toMatchObject({ customer: { name: 'Ada Example' }, tags: ['support'] });
			const [archives] = await sim.calls('list_archives');
			expect(archives.body).toEqual({
				filters: {
					customer_email: 'ada@example.com',
					tags: { values: ['support'], require_every_value: false },
				},
				sort_order: 'desc',
				limit: 100,
			});
		});

		test('A4. customer workflow: ban, update session fields, get; a missing customer is an error item', async () => {
			const { n8n, sim, pat } = context;
			const customerId = "={{ $('Split Out').item.json.customerId }}";
			const workflow = await createActionWorkflow(n8n, 'Customer details', pat, [
				{
					name: 'Ban',
					continueOnFail: true,
					parameters: {
						resource: 'customer',
						operation: 'ban',
						customerId: '={{ $json.customerId }}',
						days: 2,
					},
				},
				{
					name: 'Update',
					continueOnFail: true,
					parameters: {
						resource: 'customer',
						operation: 'update',
						customerId,
						updateFields: {
							sessionFields: {
								field: [{ key: 'plan', value: "={{ $('Split Out').item.json.plan }}" }],
							},
						},
					},
				},
				{
					name: 'Get',
					continueOnFail: true,
					parameters: { resource: 'customer', operation: 'get', customerId },
				},
			]);
			const items = await runOk(workflow, [
				{ customerId: CUSTOMER_ID, plan: 'Enterprise' },
				{ customerId: 'no-such-customer', plan: 'Free' },
			]);
			expect(items[0]).toMatchObject({ id: CUSTOMER_ID, session_fields: [{ plan: 'Enterprise' }] });
			expect(items[1]).toEqual({
				error: 'LiveChat could not find customer no-such-customer (get_customer)',
				description: expect.stringContaining('Customer no-such-customer not found'),
			});
			expect((await sim.calls('ban_customer'))[0].body).toEqual({
				id: CUSTOMER_ID,
				ban: { days: 2 },
			});
		});

		test('A5. tag workflow: create, update groups, delete; then list', async () => {
			const { n8n, sim, pat } = context;
			const name = "={{ $('Split Out').item.json.name }}";
			const workflow = await createActionWorkflow(n8n, 'Tag admin', pat, [
				{
					name: 'Create',
					parameters: { resource: 'tag', operation: 'create', name: '={{ $json.name }}' },
				},
				{
					name: 'Update',
					parameters: {
						resource: 'tag',
						operation: 'update',
						tag: byName(name),
						groupIds: '={{ [0, 1] }}',
					},
				},
				{ name: 'Delete', parameters: { resource: 'tag', operation: 'delete', tag: byName(name) } },
			]);
			expect(await runOk(workflow, [{ name: 'vip' }])).toEqual([{ name: 'vip', deleted: true }]);
			expect((await sim.calls()).map((call) => [call.method, call.body])).toEqual([
				['create_tag', { name: 'vip' }],
				['update_tag', { name: 'vip', group_ids: [0, 1] }],
				['delete_tag', { name: 'vip' }],
			]);
			const list = await createActionWorkflow(n8n, 'Tag list', pat, [
				{ name: 'Tags', parameters: { resource: 'tag', operation: 'getMany', returnAll: true } },
			]);
			expect((await runOk(list, [{}])).map((tag) => tag.name)).toEqual(TAGS);
		});

		test('A6. an API error stops the workflow with the message and advice n8n shows', async () => {
			const { n8n, pat } = context;
			const workflow = await createActionWorkflow(n8n, 'Strict get', pat, [
				{
					name: 'Get Chat',
					parameters: { resource: 'chat', operation: 'get', chatId: '={{ $json.chatId }}' },
				},
			]);
			const answer = await runActionWorkflow(workflow, [
				{ chatId: LIVE_CHAT_ID },
				{ chatId: 'NOSUCHCHAT' },
			]);
			expect(answer.status).toBe(500);
			expect(await lastExecutionError(n8n, workflow)).toMatchObject({
				status: 'error',
				node: 'Get Chat',
				message: 'LiveChat could not find chat NOSUCHCHAT (get_chat)',
				description: expect.stringContaining('Chat NOSUCHCHAT not found'),
			});
		});

		test('A7. dropdowns in the editor come from the account: groups, tags, agents', async () => {
			const { n8n, pat } = context;
			const request = (path: string, methodName: string, parameters: Record<string, unknown>) => ({
				nodeTypeAndVersion: { name: 'n8n-nodes-livechat.liveChat', version: 1 },
				path,
				methodName,
				currentNodeParameters: { authentication: 'accessToken', ...parameters },
				credentials: { liveChatApi: { id: pat.id, name: pat.name } },
			});
			const groups = await n8n.rest(
				'POST',
				'/rest/dynamic-node-parameters/options',
				request('parameters.groupIds', 'getGroups', { resource: 'tag', operation: 'create' }),
			);
			expect(groups).toEqual([
				{ name: 'General', value: 0 },
				{ name: 'Sales', value: 1 },
			]);
			const tags = await n8n.rest<{ results: unknown[] }>(
				'POST',
				'/rest/dynamic-node-parameters/resource-locator-results',
				{
					...request('parameters.tag', 'searchTags', { resource: 'chat', operation: 'addTag' }),
					filter: 'sa',
				},
			);
			expect(tags.results).toEqual([{ name: 'sales', value: 'sales' }]);
			const agents = await n8n.rest<{ results: Array<{ value: string }> }>(
				'POST',
				'/rest/dynamic-node-parameters/resource-locator-results',
				{
					...request('parameters.filters.agent', 'searchAgents', {
						resource: 'chat',
						operation: 'searchArchives',
					}),
				},
			);
			expect(agents.results.map((agent) => agent.value)).toEqual([
				'jones@example.com',
				'smith@example.com',
			]);
		});

		test('A8. trigger to action: a customer message gets its thread tagged from the trigger’s item', async () => {
			const { n8n, sim, pat } = context;
			const workflow = await createTriggerWorkflow(
				n8n,
				'Tag customer messages',
				pat,
				{ events: ['incoming_event'], filters: { authorType: 'customer' } },
				[
					{
						name: 'Add Tag',
						parameters: {
							resource: 'chat',
							operation: 'addTag',
							chatId: '={{ $json.chatId }}',
							threadId: '={{ $json.threadId }}',
							tag: byName('support'),
						},
					},
				],
			);
			await activate(n8n, sim, workflow);
			const [delivery] = await sim.emit({
				action: 'incoming_event',
				chat_id: LIVE_CHAT_ID,
				author: 'customer',
				text: 'Where is my order?',
				wait: true,
			});
			expect(delivery.attempts.map((attempt) => attempt.outcome)).toEqual([200]);
			const tagged = await waitFor('tag_thread from the workflow', async () => {
				const calls = await sim.calls('tag_thread');
				return calls.length > 0 && calls;
			});
			expect(tagged.map((call) => [call.status, call.body])).toEqual([
				[200, { chat_id: LIVE_CHAT_ID, thread_id: LIVE_THREAD_ID, tag: 'support' }],
			]);
			await deactivate(n8n, workflow);
		});

		describe('A9. 250-item tagging runs under the rate limit', () => {
			let tagging: ActionWorkflow;
			const RATE_LIMIT = 40;
			const items = Array.from({ length: 250 }, (_, index) => ({
				chatId: ALL_CHATS[index % ALL_CHATS.length],
				tag: TAGS[index % TAGS.length],
			}));

			beforeAll(async () => {
				tagging = await createActionWorkflow(context.n8n, 'Tag chats', context.pat, [
					{
						name: 'Add Tag',
						parameters: {
							resource: 'chat',
							operation: 'addTag',
							chatId: '={{ $json.chatId }}',
							tag: byName('={{ $json.tag }}'),
							threadId: '={{ $json.threadId ?? "" }}',
						},
					},
				]);
			});

			async function taggingRun(label: string, input: Array<Record<string, string>>) {
				const { sim } = context;
				const before = (await sim.calls()).length;
				await sim.faults({ rateLimitPerSecond: RATE_LIMIT });
				const started = Date.now();
				const output = await runOk(tagging, input);
				const seconds = (Date.now() - started) / 1000;
				await sim.clearFaults();
				const calls = (await sim.calls()).slice(before);
				const accepted = calls.filter((call) => call.status === 200);
				const refused = calls.filter((call) => call.error_type === 'too_many_requests');
				const count = (method: string) => accepted.filter((call) => call.method === method).length;
				console.log(
					`[n8n ${version}] ${label}: ${input.length} items in ${seconds.toFixed(1)} s under a ${RATE_LIMIT} calls/s limit — ` +
						`${count('tag_thread')} tag_thread + ${count('get_chat')} get_chat = ` +
						`${(accepted.length / input.length).toFixed(2)} successful calls per item; ` +
						`${refused.length} calls refused with too_many_requests and retried ` +
						`(${(calls.length / input.length).toFixed(2)} calls per item with retries)`,
				);
				return { output, accepted, refused, count };
			}

			test('without thread ids: one lookup per chat, no failed item', async () => {
				const { output, refused, count } = await taggingRun('tagging, thread looked up', items);
				expect(output).toHaveLength(250);
				expect(output.filter((item) => 'error' in item)).toEqual([]);
				expect(output[24]).toEqual({
					chat_id: LIVE_CHAT_ID,
					thread_id: LIVE_THREAD_ID,
					tag: TAGS[0],
				});
				expect(count('tag_thread')).toBe(250);
				expect(count('get_chat')).toBe(ALL_CHATS.length);
				// The limit must really have been hit for this to prove the backoff.
				expect(refused.length).toBeGreaterThan(0);
			});

			test('with thread ids: one call per item, no failed item', async () => {
				const threads = await createActionWorkflow(context.n8n, 'Chat threads', context.pat, [
					{
						name: 'Chats',
						parameters: { resource: 'chat', operation: 'getMany', returnAll: true },
					},
				]);
				const chats = await runOk(threads, [{}]);
				const threadOf = new Map(
					chats.map((chat) => [chat.id as string, chat.thread_id as string]),
				);
				const { output, refused, count } = await taggingRun(
					'tagging, thread ids given',
					items.map((item) => ({ ...item, threadId: threadOf.get(item.chatId)! })),
				);
				expect(output.filter((item) => 'error' in item)).toEqual([]);
				expect(count('tag_thread')).toBe(250);
				expect(count('get_chat')).toBe(0);
				expect(refused.length).toBeGreaterThan(0);
			});
		});

		accountAdministrationScenarios(context);

		test('A16. Any Method → Call: any LiveChat method by name through the node, errors as for operations', async () => {
			const { n8n, sim, pat } = context;
			const workflow = await createActionWorkflow(n8n, 'Any method', pat, [
				{
					name: 'Statuses',
					parameters: {
						resource: 'anyMethod',
						operation: 'call',
						api: 'agent',
						method: 'list_routing_statuses',
						body: '={{ JSON.stringify({ filters: { group_ids: [$json.group] } }) }}',
					},
				},
			]);
			const statuses = await runOk(workflow, [{ group: 1 }]);
			expect(statuses.map((status) => status.agent_id)).toContain('smith@example.com');
			expect((await sim.calls('list_routing_statuses'))[0].body).toEqual({
				filters: { group_ids: [1] },
			});
			const failing = await createActionWorkflow(n8n, 'Any method (unknown group)', pat, [
				{
					name: 'Group',
					parameters: {
						resource: 'anyMethod',
						operation: 'call',
						api: 'configuration',
						method: 'get_group',
						body: '{"id": 9}',
					},
				},
			]);
			expect((await runActionWorkflow(failing, [{}])).status).toBe(500);
			expect((await lastExecutionError(n8n, failing)).message).toBe(
				'LiveChat could not find group 9 (get_group)',
			);
		});

		// The legacy trigger's checks share this n8n: L1 runs Visitor → Add Details after it.
		legacyWebhookScenarios(context);
	});
}

// One n8n at a time: each version's describe block starts its own and stops it when done.
for (const version of SUITE_VERSIONS.actionNode) describeActionNode(version);
