import { NodeApiError } from 'n8n-workflow';

import { chat } from '../../../helpers/chats';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { LIVE_CHAT_ID, LIVE_THREAD_ID } from '../../../simulator/state';

describe('Chat → Get', () => {
	it('asks for the latest thread and returns a simplified chat', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(chat('get', { chatId: LIVE_CHAT_ID, simplify: true }));
		expect(fake.callsOf('get_chat').map((c) => c.body)).toEqual([{ chat_id: LIVE_CHAT_ID }]);
		expect(item.json).toMatchObject({
			id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
			active: true,
			customer: { name: 'Thomas Anderson', email: 't.anderson@example.com' },
			agents: [{ id: 'smith@example.com', name: 'Agent Smith' }],
			group_ids: [0],
			tags: [],
		});
		expect(item.json.messages).toEqual([
			expect.objectContaining({ author: 'Thomas Anderson', text: 'Hi, where is my order?' }),
			expect.objectContaining({ author: 'Agent Smith', text: 'Let me check that for you.' }),
		]);
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	it('passes a given thread id and returns LiveChat’s chat unchanged when not simplified', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('get', { chatId: LIVE_CHAT_ID, threadId: LIVE_THREAD_ID, simplify: false }),
		);
		expect(fake.callsOf('get_chat')[0].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
		});
		expect(item.json).toMatchObject({ id: LIVE_CHAT_ID, thread: { id: LIVE_THREAD_ID } });
		expect(item.json.users).toHaveLength(2);
	});

	it('says which chat LiveChat could not find, with the item index', async () => {
		new FakeLiveChat();
		const error = await failingRun(chat('get', { chatId: 'NOSUCHCHAT' }), {
			items: [{}, {}],
			itemParameters: [{ chatId: LIVE_CHAT_ID }],
		});
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('LiveChat could not find chat NOSUCHCHAT (get_chat)');
		expect(error.description).toContain('Chat NOSUCHCHAT not found');
		expect(error.context?.itemIndex).toBe(1);
	});

	it('refuses an empty chat id before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(chat('get', { chatId: '  ' }));
		expect(error.message).toBe('Chat ID is empty');
		expect(fake.calls).toHaveLength(0);
	});
});
