import {
	ARCHIVED_CHAT_ID,
	chat,
	handOverToJones,
	JONES_ID,
	OTHER_CUSTOMER_ID,
	simulatedChat,
} from '../../../helpers/chats';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { ADMIN, CUSTOMER_ID, LIVE_CHAT_ID } from '../../../simulator/state';

describe('Chat → Add User', () => {
	it('adds an agent with the chosen visibility', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('addUser', {
				chatId: LIVE_CHAT_ID,
				userType: 'agent',
				userId: JONES_ID,
				visibility: 'agents',
			}),
		);
		expect(fake.callsOf('add_user_to_chat')[0].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			user_id: JONES_ID,
			user_type: 'agent',
			visibility: 'agents',
			ignore_requester_presence: false,
		});
		expect(item.json).toEqual({
			chat_id: LIVE_CHAT_ID,
			user_id: JONES_ID,
			user_type: 'agent',
			visibility: 'agents',
		});
		expect(simulatedChat(fake).thread.user_ids).toEqual([CUSTOMER_ID, ADMIN.email, JONES_ID]);
	});

	it('adds a customer visible to everyone, whatever visibility is set', async () => {
		const fake = new FakeLiveChat();
		await runNode(
			chat('addUser', {
				chatId: LIVE_CHAT_ID,
				userType: 'customer',
				userId: CUSTOMER_ID,
				visibility: 'agents',
			}),
		);
		expect(fake.callsOf('add_user_to_chat')[0].body).toMatchObject({
			user_type: 'customer',
			visibility: 'all',
		});
	});

	it('passes on LiveChat’s refusal of a second customer, and of a user while not in the chat', async () => {
		const fake = new FakeLiveChat();
		const second = await failingRun(
			chat('addUser', { chatId: LIVE_CHAT_ID, userType: 'customer', userId: OTHER_CUSTOMER_ID }),
		);
		expect(second.description).toContain('A chat can have only one customer');
		handOverToJones(fake);
		const outside = await failingRun(
			chat('addUser', { chatId: LIVE_CHAT_ID, userType: 'agent', userId: ADMIN.email }),
		);
		expect(outside.description).toContain('Even If Not in the Chat');
		const ended = await failingRun(
			chat('addUser', { chatId: ARCHIVED_CHAT_ID, userType: 'agent', userId: JONES_ID }),
		);
		expect(ended.message).toBe(`The chat has ended (chat ${ARCHIVED_CHAT_ID})`);
	});
});
