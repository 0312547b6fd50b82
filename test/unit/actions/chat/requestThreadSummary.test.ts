import { ARCHIVED_CHAT_ID, asAdmin, chat, onLiveChat, simulatedChat } from '../../../helpers/chats';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { LIVE_CHAT_ID, LIVE_THREAD_ID } from '../../../simulator/state';

describe('Chat → Request Thread Summary', () => {
	it("asks for a summary of the chat's latest thread; LiveChat writes it later", async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(onLiveChat('requestThreadSummary'), asAdmin);
		expect(fake.callsOf('request_thread_summary')[0].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
		});
		expect(item.json).toEqual({
			chat_id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
			summary_requested: true,
		});
		expect(simulatedChat(fake).thread.summary?.status).toBe('ok');
	});

	it('passes on that a closed thread is summarized only once', async () => {
		const fake = new FakeLiveChat();
		const { thread } = simulatedChat(fake, ARCHIVED_CHAT_ID);
		const once = chat('requestThreadSummary', {
			authentication: 'accessToken',
			chatId: ARCHIVED_CHAT_ID,
			threadId: thread.id,
		});
		await runNode(once, asAdmin);
		const error = await failingRun(once, asAdmin);
		expect(error.description).toContain('A deactivated thread can be summarized only once');
	});
});
