import { asPat, operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode } from '../../../helpers/runNode';
import { BOT_ID } from '../../../simulator/state';

const bot = operationParameters('bot', { authentication: 'accessToken' });

describe('Bot → Set Routing Status', () => {
	it('sets a bot’s routing status, offline included', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			bot('setRoutingStatus', { botId: BOT_ID, status: 'offline' }),
			asPat,
		);
		expect(fake.callsOf('set_routing_status')[0].body).toEqual({
			agent_id: BOT_ID,
			status: 'offline',
		});
		expect(item.json).toEqual({ bot_id: BOT_ID, status: 'offline' });
		expect(fake.simulator.state.bots[0].routing_status).toBe('offline');
	});
});
