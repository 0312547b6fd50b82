import { asAdmin, onLiveChat, simulatedChat } from '../../../helpers/chats';

import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { ADMIN, LIVE_CHAT_ID } from '../../../simulator/state';

describe('Chat → Send Typing Indicator', () => {
	it('shows typing to the customer', async () => {
		const fake = new FakeLiveChat();
		await runNode(onLiveChat('sendTypingIndicator', { isTyping: true }), asAdmin);
		expect(fake.simulator.state.signals).toEqual([
			expect.objectContaining({ type: 'typing', user_id: ADMIN.email, is_typing: true }),
		]);
	});

	it('hides typing again, to agents only', async () => {
		const fake = new FakeLiveChat();
		await runNode(
			onLiveChat('sendTypingIndicator', { isTyping: false, visibility: 'agents' }),
			asAdmin,
		);
		expect(fake.callsOf('send_typing_indicator')[0].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			is_typing: false,
			visibility: 'agents',
		});
	});

	it('says the user must be in the chat for an indicator', async () => {
		const fake = new FakeLiveChat();
		const { thread } = simulatedChat(fake);
		thread.user_ids = thread.user_ids.filter((id) => id !== ADMIN.email);
		const error = await failingRun(onLiveChat('sendTypingIndicator'), asAdmin);
		expect(error.message).toBe(
			`The LiveChat user of this credential is not in chat ${LIVE_CHAT_ID}`,
		);
	});
});
