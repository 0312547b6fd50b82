import { asAdmin, onLiveChat, simulatedChat } from '../../../helpers/chats';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { ADMIN, LIVE_CHAT_ID } from '../../../simulator/state';

describe('Chat → Send Message Preview', () => {
	it('shows the text so far, saving nothing in the chat', async () => {
		const fake = new FakeLiveChat();
		const events = simulatedChat(fake).thread.events.length;
		const [item] = await runNode(
			onLiveChat('sendMessagePreview', { text: 'Checking your order…' }),
			asAdmin,
		);
		expect(fake.callsOf('send_event_preview')[0].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			event: { type: 'message', text: 'Checking your order…', visibility: 'all' },
		});
		expect(item.json).toEqual({ chat_id: LIVE_CHAT_ID, preview: 'Checking your order…' });
		expect(simulatedChat(fake).thread.events).toHaveLength(events);
		expect(fake.simulator.state.signals).toEqual([
			expect.objectContaining({ type: 'preview', user_id: ADMIN.email }),
		]);
	});

	it('says the user must be in the chat', async () => {
		const fake = new FakeLiveChat();
		const { thread } = simulatedChat(fake);
		thread.user_ids = thread.user_ids.filter((id) => id !== ADMIN.email);
		const error = await failingRun(onLiveChat('sendMessagePreview', { text: 'Hi' }), asAdmin);
		expect(error.message).toBe(
			`The LiveChat user of this credential is not in chat ${LIVE_CHAT_ID}`,
		);
	});
});
