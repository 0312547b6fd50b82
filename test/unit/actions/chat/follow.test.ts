import { asAdmin, onLiveChat } from '../../../helpers/chats';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode } from '../../../helpers/runNode';
import { ADMIN, LIVE_CHAT_ID } from '../../../simulator/state';

describe('Chat → Follow', () => {
	it('follows a chat', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(onLiveChat('follow'), asAdmin);
		expect(fake.callsOf('follow_chat')[0].body).toEqual({ id: LIVE_CHAT_ID });
		expect(item.json).toEqual({ chat_id: LIVE_CHAT_ID, following: true });
		expect([...fake.simulator.state.followers.get(LIVE_CHAT_ID)!]).toEqual([ADMIN.email]);
	});
});
