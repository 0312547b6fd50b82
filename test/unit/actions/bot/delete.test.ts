import { asPat, operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { BOT_ID } from '../../../simulator/state';

const bot = operationParameters('bot', { authentication: 'accessToken' });

describe('Bot → Delete', () => {
	it('deletes a bot and says so', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(bot('delete', { botId: BOT_ID }), asPat);
		expect(fake.callsOf('delete_bot')[0].body).toEqual({ id: BOT_ID });
		expect(item.json).toEqual({ id: BOT_ID, deleted: true });
		expect(fake.simulator.state.bots).toEqual([]);
	});

	it('passes on LiveChat not finding the bot', async () => {
		new FakeLiveChat();
		const error = await failingRun(bot('delete', { botId: 'no-such-bot' }), asPat);
		expect(error.message).toBe('LiveChat could not find what delete_bot refers to');
		expect(error.description).toContain('Bot no-such-bot not found');
	});
});
