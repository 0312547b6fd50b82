import { asAdmin, onLiveChat, simulatedChat } from '../../../helpers/chats';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { LIVE_CHAT_ID, LIVE_THREAD_ID } from '../../../simulator/state';

describe('Chat → Send Rich Message Postback', () => {
	it("presses a rich message's button in the latest thread", async () => {
		const fake = new FakeLiveChat();
		const [event] = simulatedChat(fake).thread.events;
		const [item] = await runNode(
			onLiveChat('sendRichMessagePostback', {
				eventId: event.id,
				postbackId: 'track_order',
				toggled: true,
				additionalFields: { buttonType: 'message', buttonValue: 'Track my order' },
			}),
			asAdmin,
		);
		const request = {
			chat_id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
			event_id: event.id,
			postback: {
				id: 'track_order',
				toggled: true,
				button_type: 'message',
				button_value: 'Track my order',
			},
		};
		expect(fake.callsOf('send_rich_message_postback')[0].body).toEqual(request);
		expect(item.json).toEqual(request);
	});

	it('refuses an empty postback ID, and names an event LiveChat does not know', async () => {
		const fake = new FakeLiveChat();
		const empty = await failingRun(
			onLiveChat('sendRichMessagePostback', {
				threadId: LIVE_THREAD_ID,
				eventId: 'e',
				postbackId: '',
			}),
			asAdmin,
		);
		expect(empty.message).toBe('Postback ID is empty');
		expect(fake.calls).toEqual([]);
		const unknown = await failingRun(
			onLiveChat('sendRichMessagePostback', {
				threadId: LIVE_THREAD_ID,
				eventId: 'nope',
				postbackId: 'p',
			}),
			asAdmin,
		);
		expect(unknown.description).toContain('Event nope not found');
	});
});
