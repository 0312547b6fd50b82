import { ARCHIVED_CHAT_ID, chat, simulatedChat } from '../../../helpers/chats';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { LIVE_CHAT_ID } from '../../../simulator/state';

describe('Chat → Resume', () => {
	it('resumes an archived chat; continuous is sent only to switch it on', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('resume', { chatId: ARCHIVED_CHAT_ID, firstMessage: 'We are back', groupId: 0 }),
		);
		expect(fake.callsOf('resume_chat')[0].body).toEqual({
			chat: {
				id: ARCHIVED_CHAT_ID,
				access: { group_ids: [0] },
				thread: { events: [{ type: 'message', text: 'We are back', visibility: 'all' }] },
			},
			active: true,
		});
		const { thread } = simulatedChat(fake, ARCHIVED_CHAT_ID);
		expect(item.json).toEqual({
			chat_id: ARCHIVED_CHAT_ID,
			thread_id: thread.id,
			event_ids: [`${thread.id}_0`],
			active: true,
		});
		expect(thread.active).toBe(true);
		// Closes the resumed chat (Chat → Close) to resume it once more.
		await runNode(chat('close', { chatId: ARCHIVED_CHAT_ID }));
		await runNode(chat('resume', { chatId: ARCHIVED_CHAT_ID, continuous: true }));
		expect(fake.callsOf('resume_chat')[1].body).toMatchObject({ continuous: true });
		expect(simulatedChat(fake, ARCHIVED_CHAT_ID).chat.properties.routing).toMatchObject({
			continuous: true,
		});
	});

	it('passes on LiveChat’s refusal to resume a chat that is going on', async () => {
		new FakeLiveChat();
		const error = await failingRun(chat('resume', { chatId: LIVE_CHAT_ID }));
		expect(error.message).toBe(`LiveChat rejected the request to resume_chat as invalid`);
		expect(error.description).toContain('is already active');
	});
});
