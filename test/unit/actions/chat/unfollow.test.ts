import { asAdmin, onLiveChat, simulatedChat } from '../../../helpers/chats';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { ADMIN, LIVE_CHAT_ID } from '../../../simulator/state';

describe('Chat → Unfollow', () => {
	it('stops following a chat the user is not in', async () => {
		const fake = new FakeLiveChat();
		const { thread } = simulatedChat(fake);
		thread.user_ids = thread.user_ids.filter((id) => id !== ADMIN.email);
		fake.simulator.state.followers.set(LIVE_CHAT_ID, new Set([ADMIN.email]));
		const [item] = await runNode(onLiveChat('unfollow'), asAdmin);
		expect(fake.callsOf('unfollow_chat')[0].body).toEqual({ id: LIVE_CHAT_ID });
		expect(item.json).toEqual({ chat_id: LIVE_CHAT_ID, following: false });
		expect(fake.simulator.state.followers.get(LIVE_CHAT_ID)?.size).toBe(0);
	});

	it("passes on LiveChat's refusal for a member of the chat", async () => {
		new FakeLiveChat();
		const error = await failingRun(onLiveChat('unfollow'), asAdmin);
		expect(error.description).toContain('Chat members cannot unfollow the chat');
	});
});
