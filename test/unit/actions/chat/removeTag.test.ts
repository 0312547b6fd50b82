import { chat } from '../../../helpers/chats';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode, tagLocator } from '../../../helpers/runNode';

describe('Chat → Remove Tag', () => {
	it('removes a tag with untag_thread', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('removeTag', { chatId: 'ARCHIVE003', tag: tagLocator('sales') }),
		);
		const thread = fake.simulator.state.chats.get('ARCHIVE003')!.threads[0];
		expect(fake.calls.map((c) => c.method)).toEqual(['get_chat', 'untag_thread']);
		expect(item.json).toEqual({ chat_id: 'ARCHIVE003', thread_id: thread.id, tag: 'sales' });
		expect(thread.tags).toEqual([]);
	});
});
