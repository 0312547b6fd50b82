import { asPat, operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode } from '../../../helpers/runNode';
import { APP_CLIENT_ID, BOT_ID } from '../../../simulator/state';

const bot = operationParameters('bot', { authentication: 'accessToken' });

describe('Bot → Get Many', () => {
	it('lists the bots', async () => {
		const fake = new FakeLiveChat();
		const listed = await runNode(bot('getMany', { returnAll: true }), asPat);
		expect(fake.callsOf('list_bots')[0].body).toEqual({
			all: false,
			fields: ['groups', 'job_title', 'max_chats_count'],
		});
		expect(listed.map((i) => i.json.id)).toEqual([BOT_ID]);
	});

	it('asks for every bot of the license with All Bots, and keeps the first ones up to the limit', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.bots.push({
			...fake.simulator.state.bots[0],
			id: 'second-bot',
			name: 'Second',
			owner_client_id: 'another-app',
		});
		const listed = await runNode(bot('getMany', { all: true, returnAll: false, limit: 1 }), asPat);
		expect(fake.callsOf('list_bots')[0].body).toMatchObject({ all: true });
		expect(listed.map((i) => i.json)).toEqual([
			{
				id: BOT_ID,
				name: 'ChatBot',
				groups: [{ id: 0, priority: 'first' }],
				max_chats_count: 6,
			},
		]);
		const every = await runNode(bot('getMany', { all: true, returnAll: true }), asPat);
		expect(every.map((i) => i.json.id)).toEqual([BOT_ID, 'second-bot']);
		expect(fake.simulator.state.bots[0].owner_client_id).toBe(APP_CLIENT_ID);
	});
});
