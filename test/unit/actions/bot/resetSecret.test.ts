import { asPat, operationParameters } from '../../../helpers/actionParameters';
import { CLIENT_ID } from '../../../helpers/contexts';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { BOT_ID, BOT_SECRET } from '../../../simulator/state';

const bot = operationParameters('bot', { authentication: 'accessToken' });

describe('Bot → Reset Secret', () => {
	it('outputs the new secret only when asked to', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(bot('resetSecret', { botId: BOT_ID, outputSecret: true }), asPat);
		expect(fake.callsOf('reset_bot_secret')[0].body).toEqual({
			id: BOT_ID,
			owner_client_id: CLIENT_ID,
		});
		const { secret } = fake.simulator.state.bots[0];
		expect(secret).not.toBe(BOT_SECRET);
		expect(item.json).toEqual({ id: BOT_ID, secret });
	});

	it('by default only revokes the old secret: the item holds no secret', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(bot('resetSecret', { botId: BOT_ID }), asPat);
		expect(item.json).toEqual({ id: BOT_ID, secretReset: true });
		expect(JSON.stringify(item.json)).not.toContain(fake.simulator.state.bots[0].secret);
		expect(fake.simulator.state.bots[0].secret).not.toBe(BOT_SECRET);
	});

	it('names the bot LiveChat does not know', async () => {
		new FakeLiveChat();
		const error = await failingRun(bot('resetSecret', { botId: 'nobot' }), asPat);
		expect(error.message).toContain('reset_bot_secret');
		expect(error.description).toContain('Bot nobot not found');
	});
});
