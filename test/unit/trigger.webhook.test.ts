import { readFileSync } from 'fs';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { join } from 'path';

import { LiveChatTrigger } from '../../nodes/LiveChat/LiveChatTrigger.node';
import { deliveryIdentity } from '../../nodes/LiveChat/trigger/dedupe';
import type { WebhookAction, WebhookDelivery } from '../../nodes/LiveChat/types/livechat';
import { WEBHOOK_ACTIONS } from '../../nodes/LiveChat/types/livechat';
import { webhookContext } from '../helpers/contexts';

const SECRET = 'a'.repeat(24) + '0123456789abcdef0123456789abcdef0123456789';
const trigger = new LiveChatTrigger();

/** A fixture delivery, carrying the secret the node stored. */
function delivery(action: WebhookAction): WebhookDelivery {
	const text = readFileSync(join(__dirname, '../fixtures/webhooks', `${action}.json`), 'utf8');
	return { ...(JSON.parse(text) as WebhookDelivery), secret_key: SECRET };
}

let workflows = 0;

/** The node's static data after registering `actions`; the first one is the delivery's webhook. */
function storedFor(webhookId: unknown, ...actions: WebhookAction[]) {
	const idOf = (i: number) =>
		i === 0 && typeof webhookId === 'string' ? webhookId : `webhook-${i}`;
	return {
		secret: SECRET,
		registrations: Object.fromEntries(actions.map((a, i) => [a, idOf(i)])),
	};
}

/**
 * Hands a body to the trigger's webhook(). Each call is another workflow (deliveries are
 * remembered per workflow) unless `workflowId` names the same one, as a retry would.
 */
async function deliver(
	body: unknown,
	parameters: IDataObject = {},
	actions?: WebhookAction[],
	workflowId = `wf-${++workflows}`,
	mode: 'webhook' | 'manual' = 'webhook',
) {
	const { action = 'incoming_chat', webhook_id } = (body ?? {}) as Partial<WebhookDelivery>;
	const staticData = storedFor(webhook_id, ...(actions ?? [action as WebhookAction]));
	const { context, response } = webhookContext(body, { parameters, staticData, workflowId, mode });
	const result = await trigger.webhook.call(context);
	const items = (result.workflowData?.[0] ?? []) as INodeExecutionData[];
	return { result, response, items, json: items[0]?.json };
}

describe('verification', () => {
	it('emits one item for a delivery with the registered secret and action', async () => {
		const { items, result } = await deliver(delivery('incoming_chat'));
		expect(items).toHaveLength(1);
		expect(result.noWebhookResponse).toBeUndefined();
	});

	it.each([
		['a wrong secret', { secret_key: SECRET.slice(0, -1) + 'X' }],
		['a secret of another length', { secret_key: 'short' }],
		['a missing secret', { secret_key: undefined }],
		['a non-string secret', { secret_key: 12345 }],
	])('answers 401 and starts nothing for %s', async (_case, override) => {
		const body = { ...delivery('incoming_chat'), ...override };
		const { response, result } = await deliver(body);
		expect(response.statusCode).toBe(401);
		expect(result.workflowData).toBeUndefined();
		expect(result.noWebhookResponse).toBe(true);
	});

	it('answers 401 for an action this node did not register, even with the right secret', async () => {
		const body = delivery('thread_tagged');
		const { response, result } = await deliver(body, {}, ['incoming_chat']);
		expect(response.statusCode).toBe(401);
		expect(result.workflowData).toBeUndefined();
	});

	it('answers 401 when nothing was registered (no stored secret)', async () => {
		const { context, response } = webhookContext(delivery('incoming_chat'), { staticData: {} });
		const result = await trigger.webhook.call(context);
		expect(response.statusCode).toBe(401);
		expect(result.workflowData).toBeUndefined();
	});

	it('answers 401 for a body that is not a LiveChat delivery', async () => {
		for (const body of [undefined, {}, 'text', []]) {
			const { response, result } = await deliver(body);
			expect(response.statusCode).toBe(401);
			expect(result.workflowData).toBeUndefined();
		}
	});
});

describe('retried deliveries', () => {
	it('emits a delivery that LiveChat sends again only once', async () => {
		const body = delivery('incoming_event');
		const first = await deliver(body, {}, undefined, 'wf-retry');
		const retry = await deliver(JSON.parse(JSON.stringify(body)), {}, undefined, 'wf-retry');
		const retryAgain = await deliver(JSON.parse(JSON.stringify(body)), {}, undefined, 'wf-retry');
		expect(first.items).toHaveLength(1);
		expect(retry.result.workflowData).toBeUndefined();
		expect(retry.response.statusCode).toBe(200);
		expect(retryAgain.result.workflowData).toBeUndefined();
	});

	it('gives every item a deliveryKey that is the same for a retry, whichever process gets it', async () => {
		// Two workflows stand for two n8n webhook processes: their memories are apart.
		const body = delivery('thread_tagged');
		const copy = () => JSON.parse(JSON.stringify(body)) as WebhookDelivery;
		const [one] = (await deliver(body, {}, undefined, 'wf-process-1')).items;
		const [other] = (await deliver(copy(), {}, undefined, 'wf-process-2')).items;
		const [raw] = (await deliver(copy(), { output: 'raw' }, undefined, 'wf-process-3')).items;
		expect(one.json.deliveryKey).toEqual(expect.stringMatching(/^thread_tagged:/));
		expect(other.json.deliveryKey).toBe(one.json.deliveryKey);
		expect(raw.json.deliveryKey).toBe(one.json.deliveryKey);
		const untagged = { ...copy(), action: 'thread_untagged' } as WebhookDelivery;
		const [next] = (await deliver(untagged, {}, undefined, 'wf-process-1')).items;
		expect(next.json.deliveryKey).not.toBe(one.json.deliveryKey);
	});

	it('emits the same tag added again after 2 minutes, a retry within them only once', async () => {
		// thread_tagged carries no id of its own: the same payload is a retry only within 2 minutes.
		const now = jest.spyOn(Date, 'now');
		try {
			const copy = () => delivery('thread_tagged');
			const at = async (ms: number) => {
				now.mockReturnValue(1_800_000_000_000 + ms);
				return (await deliver(copy(), {}, undefined, 'wf-tag-again')).items.length;
			};
			expect(await at(0)).toBe(1);
			expect(await at(60_000)).toBe(0);
			expect(await at(60_000 + 121_000)).toBe(1);
			// An event with its own id is remembered for hours.
			now.mockReturnValue(1_800_000_000_000);
			const event = delivery('incoming_event');
			expect((await deliver(event, {}, undefined, 'wf-event-later')).items).toHaveLength(1);
			now.mockReturnValue(1_800_000_000_000 + 6 * 60 * 60_000);
			const again = delivery('incoming_event');
			expect((await deliver(again, {}, undefined, 'wf-event-later')).items).toHaveLength(0);
		} finally {
			now.mockRestore();
		}
	});

	it('emits a new event of the same chat and thread', async () => {
		const first = delivery('incoming_event');
		const second = JSON.parse(JSON.stringify(first)) as WebhookDelivery & {
			action: 'incoming_event';
		};
		second.payload.event.id = 'another-event';
		expect((await deliver(first, {}, undefined, 'wf-events')).items).toHaveLength(1);
		expect((await deliver(second, {}, undefined, 'wf-events')).items).toHaveLength(1);
	});

	it('emits two different updates of the same event', async () => {
		const first = delivery('event_updated');
		const second = JSON.parse(JSON.stringify(first)) as WebhookDelivery & {
			action: 'event_updated';
		};
		(second.payload.event as { text: string }).text = 'edited again';
		expect((await deliver(first, {}, undefined, 'wf-updates')).items).toHaveLength(1);
		expect((await deliver(second, {}, undefined, 'wf-updates')).items).toHaveLength(1);
	});

	it('emits an event at the production URL and at the test URL, each once', async () => {
		// While someone listens for a test event, LiveChat sends every event to both registrations.
		const body = delivery('incoming_event');
		const copy = () => JSON.parse(JSON.stringify(body)) as WebhookDelivery;
		expect((await deliver(body, {}, undefined, 'wf-both', 'webhook')).items).toHaveLength(1);
		expect((await deliver(copy(), {}, undefined, 'wf-both', 'manual')).items).toHaveLength(1);
		expect((await deliver(copy(), {}, undefined, 'wf-both', 'manual')).items).toHaveLength(0);
		expect((await deliver(copy(), {}, undefined, 'wf-both', 'webhook')).items).toHaveLength(0);
	});

	it('does not count a rejected delivery as seen', async () => {
		const body = delivery('thread_tagged');
		await deliver({ ...body, secret_key: 'wrong' }, {}, undefined, 'wf-rejected');
		expect((await deliver(body, {}, undefined, 'wf-rejected')).items).toHaveLength(1);
	});
});

describe('raw output', () => {
	it.each(WEBHOOK_ACTIONS.map((a) => [a]))(
		'%s: the envelope as sent, without secret_key',
		async (action) => {
			const body = delivery(action);
			const { json } = await deliver(body, { output: 'raw' }, [action]);
			const { secret_key: _secret, ...expected } = body;
			expect(json).toEqual({
				...expected,
				deliveryKey: deliveryIdentity({ ...body, action } as WebhookDelivery).key,
			});
			expect(JSON.stringify(json)).not.toContain(SECRET);
		},
	);
});

describe('simplified output', () => {
	it.each(WEBHOOK_ACTIONS.map((a) => [a]))(
		'%s: carries the action, never the secret',
		async (action) => {
			const { json } = await deliver(delivery(action), {}, [action]);
			expect(json?.action).toBe(action);
			expect(json?.organizationId).toBe('390e44e6-f1e6-0368c-z6ddb-74g14508c2ex');
			expect(JSON.stringify(json)).not.toContain(SECRET);
		},
	);

	it('incoming_chat: chat, thread, customer, first messages, tags, group', async () => {
		const { json } = await deliver(delivery('incoming_chat'));
		expect(json).toMatchObject({
			action: 'incoming_chat',
			chatId: 'PJ0MRSHTDG',
			threadId: 'K600PKZON8',
			customer: {
				id: 'b7eff798-f8df-4364-8059-649c35c9ed0c',
				name: 'Thomas Anderson',
				email: 't.anderson@example.com',
			},
			agents: [{ id: 'smith@example.com', name: 'Agent Smith' }],
			tags: ['order'],
			groupId: 2,
			groupIds: [2],
			createdAt: '2026-11-20T09:11:58.288340Z',
			transferredFrom: { group_ids: [1], agent_ids: ['jones@example.com'] },
			chatPresenceUserIds: ['b7eff798-f8df-4364-8059-649c35c9ed0c', 'smith@example.com'],
		});
		expect(json?.messages).toEqual([
			expect.objectContaining({
				text: 'Hi, my order #1234 has not arrived',
				authorId: 'b7eff798-f8df-4364-8059-649c35c9ed0c',
				authorIsCustomer: true,
			}),
			expect.objectContaining({
				text: 'Hello Thomas, let me check that for you.',
				authorId: 'smith@example.com',
				authorIsCustomer: false,
			}),
		]);
	});

	it('incoming_chat: where a queued chat waits, and null once an agent has it', async () => {
		// LiveChat's sample thread carries a queue.
		const queued = delivery('incoming_chat');
		const thread = (queued.payload as { chat: { thread: { queue?: unknown } } }).chat.thread;
		expect((await deliver(queued)).json?.queue).toEqual(thread.queue);
		expect(thread.queue).toMatchObject({ position: expect.any(Number) });
		delete thread.queue;
		expect((await deliver(queued)).json?.queue).toBeNull();
	});

	it('incoming_event: chat, thread, event type, text, author and whether it is the customer', async () => {
		const { json } = await deliver(delivery('incoming_event'));
		expect(json).toMatchObject({
			chatId: 'PJ0MRSHTDG',
			threadId: 'K600PKZON8',
			eventId: 'K600PKZON8_3',
			eventType: 'message',
			text: 'It was shipped to the wrong address',
			authorId: 'b7eff798-f8df-4364-8059-649c35c9ed0c',
			authorIsCustomer: true,
		});
	});

	it('event_updated by an agent: authorIsCustomer is false', async () => {
		const { json } = await deliver(delivery('event_updated'));
		expect(json).toMatchObject({ authorId: 'smith@example.com', authorIsCustomer: false });
	});

	it('chat_deactivated: chat, thread, user', async () => {
		const { json } = await deliver(delivery('chat_deactivated'));
		expect(json).toMatchObject({
			chatId: 'PJ0MRSHTDG',
			threadId: 'K600PKZON8',
			userId: 'smith@example.com',
		});
	});

	it('chat_deactivated closed by the router: userId is null', async () => {
		const body = delivery('chat_deactivated') as WebhookDelivery & { action: 'chat_deactivated' };
		delete body.payload.user_id;
		expect((await deliver(body)).json?.userId).toBeNull();
	});

	it.each([
		['thread_tagged', { chatId: 'PJ0MRSHTDG', threadId: 'K600PKZON8', tag: 'bug_report' }],
		['thread_untagged', { chatId: 'PJ0MRSHTDG', threadId: 'K600PKZON8', tag: 'bug_report' }],
		[
			'chat_transferred',
			{
				reason: 'manual',
				requesterId: 'jones@example.com',
				transferredTo: { groupIds: [19], agentIds: ['smith@example.com'] },
			},
		],
		[
			'user_added_to_chat',
			{ user: { id: 'smith@example.com', type: 'agent', name: 'Agent Smith' }, reason: 'manual' },
		],
		['user_removed_from_chat', { userId: 'smith@example.com', userType: 'agent' }],
		[
			'event_properties_updated',
			{
				chatId: 'PJ0MRSHTDG',
				threadId: 'K600PKZON8',
				eventId: 'K600PKZON8_1',
				properties: { rating: { comment: { value: 'Very good' } } },
			},
		],
		['chat_properties_deleted', { threadId: null, properties: { rating: ['score', 'comment'] } }],
		[
			'customer_session_fields_updated',
			{
				customerId: 'b7eff798-f8df-4364-8059-649c35c9ed0c',
				chatId: 'PJ0MRSHTDG',
				sessionFields: { plan: 'enterprise', order: '1234' },
			},
		],
		['thread_summary_set', { summaryStatus: 'ok', summary: expect.stringContaining('reshipment') }],
		[
			'incoming_rich_message_postback',
			{
				userId: 'b7eff798-f8df-4364-8059-649c35c9ed0c',
				postback: { id: 'action_yes', toggled: true },
			},
		],
		[
			'events_marked_as_seen',
			{ userId: 'smith@example.com', seenUpTo: '2026-11-20T09:13:21.010200Z' },
		],
		['chat_access_updated', { chatId: 'PJ0MRSHTDG', groupIds: [0, 1] }],
		// LiveChat writes 'not accepting chats' here; set_routing_status takes not_accepting_chats.
		['routing_status_set', { agentId: 'smith@example.com', status: 'not_accepting_chats' }],
	] as Array<[WebhookAction, object]>)('%s: its ids and values', async (action, expected) => {
		expect((await deliver(delivery(action))).json).toMatchObject({ action, ...expected });
	});

	it.each([
		['agent_created', 'agent'],
		['agent_deleted', 'agent'],
		['bot_updated', 'bot'],
		['group_created', 'group'],
		['tag_created', 'tag'],
		['tag_deleted', 'tag'],
	] as const)('%s: the entity under "%s" and who changed it', async (action, key) => {
		const body = delivery(action);
		const { json } = await deliver(body);
		expect(json?.[key]).toEqual(body.payload);
		expect(json?.requesterId).toBe('jones@example.com');
	});

	it('auto_accesses_updated: the list of changes', async () => {
		const body = delivery('auto_accesses_updated');
		const { json } = await deliver(body, {}, ['auto_accesses_updated']);
		expect(json?.autoAccesses).toEqual(body.payload);
		expect(json?.autoAccesses).toEqual([
			expect.objectContaining({ status: 'updated', next_id: expect.any(String) }),
			expect.objectContaining({ status: 'added', access: { groups: [42] } }),
		]);
	});
});

describe('a delivery spelled unlike its registration', () => {
	// LiveChat registers auto_accesses_updated and delivers it as auto_access_added.
	const body = () => delivery('auto_accesses_updated');

	it("runs as the chosen event when its webhook id and secret are this node's", async () => {
		const { json, items } = await deliver(body(), {}, ['auto_accesses_updated']);
		expect(items).toHaveLength(1);
		expect(json).toMatchObject({
			action: 'auto_accesses_updated',
			deliveryKey: expect.stringMatching(/^auto_accesses_updated:/),
		});
		const raw = await deliver(body(), { output: 'raw' }, ['auto_accesses_updated']);
		expect(raw.json?.action).toBe('auto_access_added');
	});

	it("answers 401 with a webhook id that is not this node's", async () => {
		const staticData = storedFor(body().webhook_id, 'auto_accesses_updated');
		const foreign = { ...body(), webhook_id: 'someone-else' };
		const { context, response } = webhookContext(foreign, { staticData });
		const result = await trigger.webhook.call(context);
		expect(response.statusCode).toBe(401);
		expect(result.workflowData).toBeUndefined();
	});

	it.each([
		['no action', undefined],
		['an empty action', ''],
		['an action that is no text', 42],
	])('answers 401 with its webhook id and secret but %s', async (_case, action) => {
		const body = { ...delivery('incoming_event'), action };
		const staticData = storedFor(body.webhook_id, 'incoming_event');
		const { context, response } = webhookContext(body, { staticData });
		const result = await trigger.webhook.call(context);
		expect(response.statusCode).toBe(401);
		expect(result.workflowData).toBeUndefined();
	});

	it('answers 401 with its webhook id but a wrong secret', async () => {
		const forged = { ...body(), secret_key: 'wrong' };
		const { response, items } = await deliver(forged, {}, ['auto_accesses_updated']);
		expect(response.statusCode).toBe(401);
		expect(items).toHaveLength(0);
	});
});

describe('fixtures', () => {
	it('cover all 38 v3.6 actions, each named after its action', () => {
		expect(WEBHOOK_ACTIONS).toHaveLength(38);
		for (const action of WEBHOOK_ACTIONS) {
			const body = delivery(action);
			// As LiveChat's documented samples: auto_accesses_updated arrives as auto_access_added.
			expect(body.action).toBe(action === 'auto_accesses_updated' ? 'auto_access_added' : action);
			expect(body.payload).toBeDefined();
		}
	});
});
