/**
 * The webhook events the simulator builds itself, changing the license the way the event says:
 * queued chats wait in order, and leave the queue when an agent joins or the chat ends.
 */
import { buildEvent } from './webhookEvents';
import { LiveChatState, currentThread } from './state';

describe('simulated queue events', () => {
	type Payload = { chat?: { thread: { queue?: unknown; user_ids: string[] } }; queue?: unknown };
	const payloadOf = (state: LiveChatState, options: Parameters<typeof buildEvent>[1]) =>
		buildEvent(state, options).payload as Payload;

	it('a queued chat waits behind the others, without agents, until an agent joins or it ends', () => {
		const state = new LiveChatState();
		const first = payloadOf(state, {
			action: 'incoming_chat',
			chat_id: 'ARCHIVE000',
			queued: true,
		});
		expect(first.chat?.thread.queue).toMatchObject({ position: 1, wait_time: 0 });
		expect(first.chat?.thread.user_ids).toEqual([state.chats.get('ARCHIVE000')!.customerId]);
		const transferred = payloadOf(state, {
			action: 'chat_transferred',
			chat_id: 'ARCHIVE001',
			queued: true,
		});
		expect(transferred.queue).toMatchObject({ position: 2 });

		payloadOf(state, { action: 'user_added_to_chat', chat_id: 'ARCHIVE000' });
		payloadOf(state, { action: 'chat_deactivated', chat_id: 'ARCHIVE001' });
		const waiting = [...state.chats.values()].filter((chat) => currentThread(chat).queue);
		expect(waiting).toEqual([]);
		// Not queued: no queue in the payload.
		expect(payloadOf(state, { action: 'chat_transferred', chat_id: 'ARCHIVE002' }).queue).toBe(
			undefined,
		);
	});
});
