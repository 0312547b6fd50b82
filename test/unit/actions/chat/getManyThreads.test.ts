import { ARCHIVED_CHAT_ID, chat } from '../../../helpers/chats';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode } from '../../../helpers/runNode';
import { EVERY_EVENT_CHAT_ID, EVERY_EVENT_THREAD_ID } from '../../../simulator/state';

describe('Chat → Get Many Threads', () => {
	it('reads every page of list_threads, the chat ID on every page', async () => {
		const fake = new FakeLiveChat();
		const items = await runNode(
			chat('getManyThreads', { chatId: EVERY_EVENT_CHAT_ID, returnAll: true, options: {} }),
		);
		expect(items.map((item) => item.json.id)).toContain(EVERY_EVENT_THREAD_ID);
		expect(items[0].json).toMatchObject({
			chat_id: EVERY_EVENT_CHAT_ID,
			events: expect.any(Array),
		});
		for (const call of fake.callsOf('list_threads'))
			expect(call.body.chat_id).toBe(EVERY_EVENT_CHAT_ID);
	});

	it('sends the sort order and minimum events (then no limit: LiveChat refuses both), and stops at the limit', async () => {
		const fake = new FakeLiveChat();
		const items = await runNode(
			chat('getManyThreads', {
				chatId: ARCHIVED_CHAT_ID,
				returnAll: false,
				limit: 1,
				options: { sortOrder: 'asc', minEventsCount: 2 },
			}),
		);
		expect(items).toHaveLength(1);
		expect(fake.callsOf('list_threads')[0].body).toEqual({
			chat_id: ARCHIVED_CHAT_ID,
			sort_order: 'asc',
			min_events_count: 2,
		});
	});
});
