import { botRequestFields } from '../../../../nodes/LiveChat/actions/bot/request';

describe('botRequestFields', () => {
	it('writes the bot fields as LiveChat names them, keeping a max of 0 chats', () => {
		expect(
			botRequestFields({
				name: 'Helper',
				avatar: 'https://example.com/bot.png',
				jobTitle: 'Support',
				type: 'chatbot',
				maxChatsCount: 0,
				groupIds: '1',
			}),
		).toEqual({
			name: 'Helper',
			avatar: 'https://example.com/bot.png',
			job_title: 'Support',
			type: 'chatbot',
			max_chats_count: 0,
			groups: [{ id: 1, priority: 'first' }],
		});
		expect(botRequestFields({})).toEqual({});
	});
});
