import { ARCHIVED_CHAT_ID, chat, handOverToJones, simulatedChat } from '../../../helpers/chats';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { LIVE_CHAT_ID } from '../../../simulator/state';

describe('Chat → Close', () => {
	it('ends the chat', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(chat('close', { chatId: LIVE_CHAT_ID }));
		expect(fake.callsOf('deactivate_chat').map((c) => c.body)).toEqual([
			{ id: LIVE_CHAT_ID, ignore_requester_presence: false },
		]);
		expect(item.json).toEqual({ chat_id: LIVE_CHAT_ID, closed: true });
		const { thread } = simulatedChat(fake);
		expect(thread.active).toBe(false);
		expect(thread.events.at(-1)).toMatchObject({ system_message_type: 'manual_archived_agent' });
	});

	it('needs the user in the chat unless "Even If Not in the Chat" is on', async () => {
		const fake = new FakeLiveChat();
		handOverToJones(fake);
		const error = await failingRun(chat('close', { chatId: LIVE_CHAT_ID }));
		expect(error.message).toBe(
			`The LiveChat user of this credential is not in chat ${LIVE_CHAT_ID}`,
		);
		expect(simulatedChat(fake).thread.active).toBe(true);
		await runNode(chat('close', { chatId: LIVE_CHAT_ID, ignoreRequesterPresence: true }));
		expect(simulatedChat(fake).thread.active).toBe(false);
	});

	it('says that the chat has already ended', async () => {
		new FakeLiveChat();
		const error = await failingRun(chat('close', { chatId: ARCHIVED_CHAT_ID }));
		expect(error.message).toBe(`The chat has ended (chat ${ARCHIVED_CHAT_ID})`);
	});
});
