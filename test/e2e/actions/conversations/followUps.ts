/**
 * What the action node does around a chat rather than in it (C5–C8), in a real n8n: following,
 * a message preview, a postback, event properties and the chat's threads; an AI summary asked for
 * by the action node that reaches a LiveChat Trigger on Thread Summary Set; and a trigger's bot
 * webhooks, which follow the status of the app's bot; a trigger's Agent IDs filter (C8).
 */
import { ADMIN, BOT_ID, LIVE_CHAT_ID, LIVE_THREAD_ID } from '../../../simulator/state';
import { createActionWorkflow, runOk } from '../../support/actionWorkflows';
import {
	activate,
	createTriggerWorkflow,
	deactivate,
	executionsOf,
	waitForExecutions,
} from '../../support/livechat';
import type { ScenarioContext } from '../../support/n8nWithSimulator';
import { sleep } from '../../support/ports';

export function followUpScenarios(context: ScenarioContext) {
	test('C5. follow, a message preview, a postback, event properties, threads and a multicast', async () => {
		const { n8n, sim, pat } = context;
		const chat = { chatId: LIVE_CHAT_ID };
		const workflow = await createActionWorkflow(n8n, 'Around the chat', pat, [
			{ name: 'Follow', parameters: { resource: 'chat', operation: 'follow', ...chat } },
			{
				name: 'Preview',
				parameters: {
					resource: 'chat',
					operation: 'sendMessagePreview',
					...chat,
					text: 'Checking…',
				},
			},
			{
				name: 'Event Property',
				parameters: {
					resource: 'chat',
					operation: 'updateProperties',
					...chat,
					level: 'event',
					eventId: `${LIVE_THREAD_ID}_0`,
					properties: { property: [{ namespace: 'test', name: 'string_property', value: 'seen' }] },
				},
			},
			{
				name: 'Postback',
				parameters: {
					resource: 'chat',
					operation: 'sendRichMessagePostback',
					...chat,
					eventId: `${LIVE_THREAD_ID}_0`,
					postbackId: 'track_order',
					toggled: true,
				},
			},
			{
				name: 'Notify',
				parameters: {
					resource: 'agent',
					operation: 'multicast',
					recipients: { agentIds: ADMIN.email },
					content: '={"text": "Order question in {{ $(\'Follow\').item.json.chat_id }}"}',
				},
			},
			{
				name: 'Threads',
				parameters: { resource: 'chat', operation: 'getManyThreads', ...chat, returnAll: true },
			},
		]);
		const threads = await runOk(workflow, [{}]);
		expect(threads.map((thread) => thread.id)).toContain(LIVE_THREAD_ID);
		expect((await sim.calls()).map((call) => [call.method, call.status])).toEqual([
			['follow_chat', 200],
			['send_event_preview', 200],
			['get_chat', 200],
			['update_event_properties', 200],
			['get_chat', 200],
			['send_rich_message_postback', 200],
			['multicast', 200],
			['list_threads', 200],
		]);
		expect((await sim.calls('multicast'))[0].body).toEqual({
			recipients: { agents: { ids: [ADMIN.email] } },
			content: { text: `Order question in ${LIVE_CHAT_ID}` },
		});
	});

	test('C6. Request Thread Summary: the summary reaches a LiveChat Trigger on Thread Summary Set', async () => {
		const { n8n, sim, pat } = context;
		const listener = await createTriggerWorkflow(n8n, 'Thread summaries', pat, {
			events: ['thread_summary_set'],
		});
		await activate(n8n, sim, listener);
		const ask = await createActionWorkflow(n8n, 'Ask for a summary', pat, [
			{
				name: 'Summary',
				parameters: { resource: 'chat', operation: 'requestThreadSummary', chatId: LIVE_CHAT_ID },
			},
		]);
		expect(await runOk(ask, [{}])).toEqual([
			{ chat_id: LIVE_CHAT_ID, thread_id: LIVE_THREAD_ID, summary_requested: true },
		]);
		await waitForExecutions(n8n, listener, 1);
		const [execution] = await executionsOf(n8n, listener);
		expect(execution.items).toEqual([
			expect.objectContaining({
				chatId: LIVE_CHAT_ID,
				threadId: LIVE_THREAD_ID,
				summaryStatus: 'ok',
				summary: expect.stringContaining('•'),
			}),
		]);
		await deactivate(n8n, listener);
	});

	test("C7. a trigger of Webhook Type Bot hears events while the app's bot is online, none once it is offline", async () => {
		const { n8n, sim, pat } = context;
		const listener = await createTriggerWorkflow(n8n, 'Bot inbox', pat, {
			events: ['incoming_event'],
			webhookType: 'bot',
		});
		const [registered] = await activate(n8n, sim, listener);
		expect(registered).toMatchObject({ type: 'bot', action: 'incoming_event' });
		const message = {
			action: 'incoming_event',
			chat_id: LIVE_CHAT_ID,
			author: 'customer' as const,
		};
		// The seeded bot of the app is not accepting chats, but not offline.
		expect(await sim.emit({ ...message, text: 'Hello bot', wait: true })).toHaveLength(1);
		await waitForExecutions(n8n, listener, 1);
		const offline = await createActionWorkflow(n8n, 'Bot offline', pat, [
			{
				name: 'Offline',
				parameters: {
					resource: 'bot',
					operation: 'setRoutingStatus',
					botId: BOT_ID,
					status: 'offline',
				},
			},
		]);
		await runOk(offline, [{}]);
		expect(await sim.emit({ ...message, text: 'Anyone?', wait: true })).toEqual([]);
		expect(await executionsOf(n8n, listener)).toHaveLength(1);
		await deactivate(n8n, listener);
	});

	test("C8. a trigger on Routing Status Set with Agent IDs runs for those agents' changes only", async () => {
		const { n8n, sim, pat } = context;
		const jones = 'jones@example.com';
		const listener = await createTriggerWorkflow(n8n, 'Jones away', pat, {
			events: ['routing_status_set'],
			filters: { agentIds: ` ${jones} ` },
		});
		const [registered] = await activate(n8n, sim, listener);
		expect(registered).toMatchObject({
			action: 'routing_status_set',
			filters: { agent_ids: [jones] },
		});
		const setStatus = await createActionWorkflow(n8n, 'Routing statuses', pat, [
			{
				name: 'Set Status',
				parameters: {
					resource: 'agent',
					operation: 'setRoutingStatus',
					agentId: { __rl: true, mode: 'id', value: '={{ $json.agent }}' },
					status: 'not_accepting_chats',
				},
			},
		]);
		await runOk(setStatus, [{ agent: ADMIN.email }, { agent: jones }]);
		await waitForExecutions(n8n, listener, 1);
		await sleep(1000);
		const executions = await executionsOf(n8n, listener);
		expect(executions.map((execution) => execution.items)).toEqual([
			[expect.objectContaining({ agentId: jones, status: 'not_accepting_chats' })],
		]);
		await deactivate(n8n, listener);
	});
}
