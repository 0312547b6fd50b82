import { LiveChat } from '../../../../nodes/LiveChat/LiveChat.node';
import { chat, JONES_ID, simulatedChat } from '../../../helpers/chats';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode } from '../../../helpers/runNode';
import { ADMIN, CUSTOMER_ID, LIVE_CHAT_ID } from '../../../simulator/state';

describe('Chat → Remove User', () => {
	it('removes an agent', async () => {
		const fake = new FakeLiveChat();
		simulatedChat(fake).thread.user_ids.push(JONES_ID);
		const [item] = await runNode(chat('removeUser', { chatId: LIVE_CHAT_ID, userId: JONES_ID }));
		expect(fake.callsOf('remove_user_from_chat')[0].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			user_id: JONES_ID,
			user_type: 'agent',
			ignore_requester_presence: false,
		});
		expect(item.json).toEqual({
			chat_id: LIVE_CHAT_ID,
			user_id: JONES_ID,
			user_type: 'agent',
			removed: true,
		});
		expect(simulatedChat(fake).thread.user_ids).toEqual([CUSTOMER_ID, ADMIN.email]);
	});

	it('says the remove operation is for agents only', () => {
		const notice = new LiveChat().description.properties.find(
			(property) => property.name === 'removeUserNotice',
		);
		expect(notice?.displayName).toContain('Only agents and bots can be removed');
		expect(notice?.displayOptions?.show?.operation).toEqual(['removeUser']);
	});
});
