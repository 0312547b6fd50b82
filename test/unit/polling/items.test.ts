import type { IDataObject } from 'n8n-workflow';

import { LiveChatTrigger } from '../../../nodes/LiveChat/LiveChatTrigger.node';
import type { ArchivedThread } from '../../../nodes/LiveChat/polling/changes';
import { eventTime, polledItem } from '../../../nodes/LiveChat/polling/items';
import { webhookContext } from '../../helpers/contexts';
import { usePollingTrigger } from '../../helpers/pollingTrigger';
import { recordFiredWebhooks } from '../../helpers/simulatorCalls';
import { ORGANIZATION_ID } from '../../simulator/state';
import { endChat, startChat } from '../../simulator/traffic';

const node = usePollingTrigger();
const { later, poll } = node;

describe('items', () => {
	/** The LiveChat Trigger's item for the webhook the simulator fired for the same event. */
	async function webhookItem(fired: { action: string; payload: Record<string, unknown> }) {
		const secret = 's'.repeat(40);
		const delivery = {
			webhook_id: 'wh-1',
			secret_key: secret,
			action: fired.action,
			organization_id: ORGANIZATION_ID,
			payload: fired.payload,
		};
		const { context } = webhookContext(delivery, {
			staticData: { secret, registrations: { [fired.action]: 'wh-1' } },
		});
		const result = await new LiveChatTrigger().webhook.call(context);
		return (result.workflowData?.[0]?.[0]?.json ?? {}) as IDataObject;
	}

	it("are the LiveChat Trigger's items for the same events, with the same deliveryKey", async () => {
		const staticData: IDataObject = {};
		await poll(staticData);
		const fired = recordFiredWebhooks(node.fake.simulator);
		const chat = startChat(node.fake.simulator, 0, 'Where is my parcel?');
		later(2_000);
		endChat(node.fake.simulator, chat.chatId);
		const { items } = await poll(staticData);
		expect(fired.map((webhook) => webhook.action)).toEqual(['incoming_chat', 'chat_deactivated']);
		for (const [index, webhook] of fired.entries()) {
			const expected = await webhookItem(webhook);
			// Only webhooks say which organization and who asked (their envelope).
			const { organizationId, requesterId: _requester, ...same } = expected;
			expect(organizationId).toBe(ORGANIZATION_ID);
			expect(items[index]).toEqual({ ...same, organizationId: null });
		}
		expect(items[1]).toMatchObject({ action: 'chat_deactivated', userId: 'smith@example.com' });
		expect(items[0]).toMatchObject({
			action: 'incoming_chat',
			customer: expect.objectContaining({ id: chat.customerId }),
		});
	});

	it('raw items carry the payload a webhook would, and Chat Ended can carry the transcript', async () => {
		const staticData: IDataObject = {};
		await poll(staticData);
		const chat = startChat(node.fake.simulator, 0, 'Where is my parcel?');
		endChat(node.fake.simulator, chat.chatId);
		const { items } = await poll(staticData, {
			output: 'raw',
			options: { includeTranscript: true },
		});
		expect(items[0]).toEqual({
			action: 'incoming_chat',
			payload: { chat: expect.objectContaining({ id: chat.chatId }) },
			deliveryKey: `incoming_chat:${chat.chatId}:${chat.threadId}`,
		});
		expect(items[1]).toEqual({
			action: 'chat_deactivated',
			payload: { chat_id: chat.chatId, thread_id: chat.threadId, user_id: 'smith@example.com' },
			transcript: expect.stringMatching(
				/^Thread \S+ · 2026-12-04 11:00:00 \(Europe\/Warsaw\)\n\[2026-12-04 11:00:00\] Agent Smith: Where is my parcel\?\n.*System: Agent Smith archived the chat$/,
			),
			deliveryKey: `chat_deactivated:${chat.chatId}:${chat.threadId}`,
		});
	});
});

const PEOPLE = [
	{ id: 'a1b2c3d4-0000-4000-8000-000000000001', type: 'customer', name: 'Ana' },
	{ id: 'ben@example.com', type: 'agent', name: 'Ben' },
];

/** A thread of a chat with Ana (customer) and Ben (agent), with these events. */
function archived(events: object[], users: object[] = PEOPLE): ArchivedThread {
	return {
		id: 'CHAT1',
		users,
		thread: { id: 'THREAD1', active: false, created_at: '2026-12-04T09:00:00.000000Z', events },
	} as unknown as ArchivedThread;
}

const message = {
	id: 'E1',
	type: 'message',
	text: 'Hi',
	author_id: PEOPLE[0].id,
	created_at: '2026-12-04T09:01:00.000000Z',
};

/** The system message LiveChat writes when a person closes the chat. */
const closedByThe = (who: 'customer' | 'agent', name: string) => ({
	id: 'E2',
	type: 'system_message',
	system_message_type: `manual_archived_${who}`,
	text_vars: { [who]: name },
	created_at: '2026-12-04T09:05:00.000000Z',
});

const simplified = { output: 'simplified' as const };

describe('polledItem', () => {
	it.each([
		['the customer', closedByThe('customer', 'Ana'), 'a1b2c3d4-0000-4000-8000-000000000001'],
		['an agent', closedByThe('agent', 'Ben'), 'ben@example.com'],
	])('names %s who closed the chat as its user', (_who, closing, userId) => {
		const chat = archived([message, closing]);
		expect(polledItem({ event: 'chat_deactivated', chat }, simplified)).toMatchObject({
			action: 'chat_deactivated',
			chatId: 'CHAT1',
			threadId: 'THREAD1',
			userId,
			deliveryKey: 'chat_deactivated:CHAT1:THREAD1',
		});
	});

	it('names nobody when no person closed it, or when two users share the name', () => {
		const byRouter = archived([message]);
		expect(polledItem({ event: 'chat_deactivated', chat: byRouter }, simplified).userId).toBeNull();
		const twoBens = [...PEOPLE, { id: 'ben2@example.com', type: 'agent', name: 'Ben' }];
		const ambiguous = archived([message, closedByThe('agent', 'Ben')], twoBens);
		const raw = polledItem({ event: 'chat_deactivated', chat: ambiguous }, { output: 'raw' });
		expect(raw.payload).toEqual({ chat_id: 'CHAT1', thread_id: 'THREAD1' });
	});

	it('adds a transcript to Chat Ended items only', () => {
		const chat = archived([message]);
		const settings = { output: 'simplified' as const, transcriptTimeZone: 'UTC' };
		expect(polledItem({ event: 'chat_deactivated', chat }, settings).transcript).toBe(
			'Thread THREAD1 · 2026-12-04 09:00:00 (UTC)\n[2026-12-04 09:01:00] Ana: Hi',
		);
		expect(polledItem({ event: 'incoming_chat', chat }, settings)).not.toHaveProperty('transcript');
	});
});

describe('eventTime', () => {
	it("is a thread's start for Chat Started, its last event for Chat Ended", () => {
		const chat = archived([message, closedByThe('agent', 'Ben')]);
		expect(eventTime({ event: 'incoming_chat', chat })).toBe('2026-12-04T09:00:00.000000Z');
		expect(eventTime({ event: 'chat_deactivated', chat })).toBe('2026-12-04T09:05:00.000000Z');
	});

	it("is the thread's start for a Chat Ended without events", () => {
		expect(eventTime({ event: 'chat_deactivated', chat: archived([]) })).toBe(
			'2026-12-04T09:00:00.000000Z',
		);
	});
});
