import { deliveryIdentity } from '../../../nodes/LiveChat/trigger/dedupe';
import { eventText, formAnswers } from '../../../nodes/LiveChat/shared/chatEvents';
import {
	isCustomerId,
	rawDelivery,
	simplifyDelivery,
} from '../../../nodes/LiveChat/trigger/simplify';
import type {
	FormEvent,
	WebhookAction,
	WebhookDelivery,
} from '../../../nodes/LiveChat/types/livechat';
import { WEBHOOK_ACTIONS } from '../../../nodes/LiveChat/types/livechat';
import { EVERY_EVENT, EVERY_EVENT_CHAT, FILLED_FORM } from '../../fixtures/chatEvents';
import { deliver, delivery, SECRET } from '../../helpers/webhookDeliveries';

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

describe('rawDelivery', () => {
	it('leaves the delivery it copies as it was', () => {
		const body = delivery('incoming_chat');
		expect(rawDelivery(body)).not.toHaveProperty('secret_key');
		expect(body.secret_key).toBe(SECRET);
	});
});

describe('isCustomerId', () => {
	it('tells customers (UUIDs) from agents (e-mails) and bots (hex ids)', () => {
		expect(isCustomerId('b7eff798-f8df-4364-8059-649c35c9ed0c')).toBe(true);
		expect(isCustomerId('B7EFF798-F8DF-4364-8059-649C35C9ED0C')).toBe(true);
		expect(isCustomerId('smith@example.com')).toBe(false);
		expect(isCustomerId('5c9871d5372c824cbf22d860a707a578')).toBe(false);
		expect(isCustomerId(undefined)).toBe(false);
	});
});

describe('simplified items of every documented event type', () => {
	const incomingEvent = (event: (typeof EVERY_EVENT)[number]) =>
		({
			action: 'incoming_event',
			organization_id: 'org',
			payload: { chat_id: 'EVERYEVENT', thread_id: 'EVERYEVTH1', event },
		}) as WebhookDelivery;

	it.each(EVERY_EVENT.map((event) => [event.deleted ? 'deleted' : event.type, event]))(
		'incoming_event of a %s event: its text and content',
		(_type, event) => {
			const item = simplifyDelivery(incomingEvent(event));
			expect(item).toMatchObject({ eventId: event.id, eventType: event.type });
			expect(item.text).toBe(eventText(event));
			if (event.deleted) expect(item).toMatchObject({ text: null, deleted: true });
			else expect(item.text).toEqual(expect.any(String));
			expect(JSON.stringify(item)).not.toContain('undefined');
		},
	);

	it('incoming_event of a filled form: every answer', () => {
		const item = simplifyDelivery(incomingEvent(FILLED_FORM));
		expect(item.form).toEqual({
			id: '1580131236000',
			type: 'prechat',
			answers: formAnswers(FILLED_FORM as FormEvent),
		});
	});

	it('incoming_event of a file, a card, custom and system events: their content', () => {
		const [, , , message, file, card, custom, system] = EVERY_EVENT.map((event) =>
			simplifyDelivery(incomingEvent(event)),
		);
		expect(message.postback).toMatchObject({ id: 'return_shoes', value: 'shoes' });
		expect(file.file).toEqual({
			name: 'receipt.png',
			url: 'https://cdn.example.com/receipt.png',
			contentType: 'image/png',
			size: 20480,
		});
		expect(card.richMessage).toMatchObject({ templateId: 'cards', elements: [expect.anything()] });
		expect(custom.content).toEqual({ order: { id: 'R-1042', status: 'return_requested' } });
		expect(system).toMatchObject({ source: 'cdp', subtype: 'store_order_was_created' });
		expect(system.details).toContain('#1042');
	});

	it('incoming_chat: the pre-chat answers CRM enrichment reads', () => {
		const item = simplifyDelivery({
			action: 'incoming_chat',
			organization_id: 'org',
			payload: { chat: EVERY_EVENT_CHAT },
		} as WebhookDelivery);
		expect(item.forms).toEqual([
			expect.objectContaining({
				formType: 'prechat',
				answers: formAnswers(FILLED_FORM as FormEvent),
			}),
		]);
		expect(item.messages).toEqual([
			expect.objectContaining({ text: 'I want to return my shoes', authorIsCustomer: true }),
			expect.objectContaining({ eventType: 'file', text: 'https://cdn.example.com/receipt.png' }),
			expect.objectContaining({ eventId: 'EV-DELETED', text: null, deleted: true }),
		]);
	});
});
