import { chat } from '../../../helpers/chats';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode, tagLocator } from '../../../helpers/runNode';
import { LIVE_CHAT_ID, LIVE_THREAD_ID } from '../../../simulator/state';

describe('Chat → Add Tag', () => {
	it('tags the given thread with one call per item', async () => {
		const fake = new FakeLiveChat();
		const items = await runNode(
			chat('addTag', { chatId: LIVE_CHAT_ID, threadId: LIVE_THREAD_ID, tag: tagLocator('sales') }),
			{ items: [{}, {}] },
		);
		expect(fake.calls.map((c) => c.method)).toEqual(['tag_thread', 'tag_thread']);
		expect(fake.calls[0].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
			tag: 'sales',
		});
		expect(items.map((item) => item.json)).toEqual([
			{ chat_id: LIVE_CHAT_ID, thread_id: LIVE_THREAD_ID, tag: 'sales' },
			{ chat_id: LIVE_CHAT_ID, thread_id: LIVE_THREAD_ID, tag: 'sales' },
		]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(fake.simulator.state.chats.get(LIVE_CHAT_ID)!.threads[0].tags).toEqual(['sales']);
	});

	it('looks up the current thread once per chat in an execution', async () => {
		const fake = new FakeLiveChat();
		const chats = [
			'ARCHIVE001',
			'ARCHIVE002',
			'ARCHIVE001',
			'ARCHIVE002',
			'ARCHIVE001',
			LIVE_CHAT_ID,
		];
		const items = await runNode(chat('addTag', { tag: tagLocator('bug_report') }), {
			items: chats.map(() => ({})),
			itemParameters: chats.map((chatId) => ({ chatId })),
		});
		expect(fake.callsOf('get_chat').map((c) => c.body.chat_id)).toEqual([
			'ARCHIVE001',
			'ARCHIVE002',
			LIVE_CHAT_ID,
		]);
		expect(fake.callsOf('tag_thread')).toHaveLength(6);
		expect(items[5].json.thread_id).toBe(LIVE_THREAD_ID);
		const archived = fake.simulator.state.chats.get('ARCHIVE001')!.threads[0];
		expect(items[0].json.thread_id).toBe(archived.id);
		expect(archived.tags).toContain('bug_report');
	});

	it('names the tag LiveChat does not know', async () => {
		new FakeLiveChat();
		const error = await failingRun(
			chat('addTag', { chatId: LIVE_CHAT_ID, threadId: LIVE_THREAD_ID, tag: tagLocator('Sales') }),
		);
		expect(error.message).toBe(
			`LiveChat could not find chat ${LIVE_CHAT_ID}, thread ${LIVE_THREAD_ID}, tag "Sales" (tag_thread)`,
		);
		expect(error.description).toContain('Tag Sales not found');
	});

	it('names the missing scope and that an administrator must grant it', async () => {
		const fake = new FakeLiveChat();
		fake.failNext('tag_thread', { status: 403, type: 'authorization', message: 'Scope missing' });
		const error = await failingRun(
			chat('addTag', { chatId: LIVE_CHAT_ID, threadId: LIVE_THREAD_ID, tag: tagLocator('sales') }),
		);
		expect(error.message).toBe('The LiveChat user of this credential may not call tag_thread');
		expect(error.description).toContain('chats--all:rw (or chats--access:rw)');
		expect(error.description).toContain('administrator');
	});
});
