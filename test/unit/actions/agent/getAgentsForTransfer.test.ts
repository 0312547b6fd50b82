import { asPat, operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { ADMIN, BOT_ID, LIVE_CHAT_ID } from '../../../simulator/state';

const agent = operationParameters('agent', { authentication: 'accessToken' });

describe('Agent → Get Agents for Transfer', () => {
	it('lists the agents a chat can be transferred to', async () => {
		new FakeLiveChat();
		const agents = await runNode(agent('getAgentsForTransfer', { chatId: LIVE_CHAT_ID }), asPat);
		expect(agents.map((i) => i.json.agent_id)).toEqual(
			expect.arrayContaining([ADMIN.email, 'jones@example.com']),
		);
		expect(agents[0].json).toMatchObject({
			chat_id: LIVE_CHAT_ID,
			total_active_chats: expect.any(Number),
		});
	});

	it('asks for the trimmed chat and gives each agent with the chat’s ID, in LiveChat’s order', async () => {
		const fake = new FakeLiveChat();
		const agents = await runNode(
			agent('getAgentsForTransfer', { chatId: ` ${LIVE_CHAT_ID} ` }),
			asPat,
		);
		expect(fake.callsOf('list_agents_for_transfer')[0].body).toEqual({ chat_id: LIVE_CHAT_ID });
		expect(agents.map((i) => i.json)).toEqual([
			{ chat_id: LIVE_CHAT_ID, agent_id: BOT_ID, total_active_chats: 0 },
			{ chat_id: LIVE_CHAT_ID, agent_id: 'jones@example.com', total_active_chats: 0 },
			{ chat_id: LIVE_CHAT_ID, agent_id: ADMIN.email, total_active_chats: 1 },
		]);
	});

	it('refuses an empty Chat ID before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(agent('getAgentsForTransfer', { chatId: ' ' }), asPat);
		expect(error.message).toBe('Chat ID is empty');
		expect(fake.calls).toEqual([]);
	});
});
