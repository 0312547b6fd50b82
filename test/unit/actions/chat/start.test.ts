import { chat, OTHER_CUSTOMER_ID, simulatedChat } from '../../../helpers/chats';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { ADMIN } from '../../../simulator/state';

describe('Chat → Start', () => {
	it('starts a chat with an existing customer and a first message', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('start', {
				customerId: OTHER_CUSTOMER_ID,
				firstMessage: 'Hello from the sales team',
				groupId: 1,
				continuous: true,
				active: true,
			}),
		);
		expect(fake.callsOf('start_chat')[0].body).toEqual({
			chat: {
				access: { group_ids: [1] },
				thread: {
					events: [{ type: 'message', text: 'Hello from the sales team', visibility: 'all' }],
				},
				users: [{ id: OTHER_CUSTOMER_ID, type: 'customer' }],
			},
			active: true,
			continuous: true,
		});
		const chatId = String(item.json.chat_id);
		const { chat: started, thread } = simulatedChat(fake, chatId);
		expect(item.json).toEqual({
			chat_id: chatId,
			thread_id: thread.id,
			event_ids: [`${thread.id}_0`],
			customer_id: OTHER_CUSTOMER_ID,
			active: true,
		});
		expect(started.customerId).toBe(OTHER_CUSTOMER_ID);
		expect(thread.events[0]).toMatchObject({
			text: 'Hello from the sales team',
			author_id: ADMIN.email,
		});
	});

	it('sends no events without a first message and outputs no event ids', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('start', { customerId: OTHER_CUSTOMER_ID, firstMessage: '  ', active: false }),
		);
		expect(fake.callsOf('start_chat')[0].body).toEqual({
			chat: { access: { group_ids: [0] }, users: [{ id: OTHER_CUSTOMER_ID, type: 'customer' }] },
			active: false,
			continuous: false,
		});
		expect(item.json.event_ids).toEqual([]);
		expect(simulatedChat(fake, String(item.json.chat_id)).thread.active).toBe(false);
	});

	it('says which customer LiveChat does not know', async () => {
		new FakeLiveChat();
		const error = await failingRun(chat('start', { customerId: 'no-such-customer' }));
		expect(error.message).toBe('LiveChat could not find what start_chat refers to');
		expect(error.description).toContain('Customer no-such-customer not found');
	});
});
