import { asPat, operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { BOT_ID } from '../../../simulator/state';

const bot = operationParameters('bot', { authentication: 'accessToken' });

describe('Bot → Get', () => {
	it('gets a bot with its groups and settings', async () => {
		const fake = new FakeLiveChat();
		const [got] = await runNode(bot('get', { botId: BOT_ID }), asPat);
		expect(fake.callsOf('get_bot')[0].body).toEqual({
			id: BOT_ID,
			fields: ['groups', 'work_scheduler', 'job_title', 'max_chats_count', 'timezone'],
		});
		expect(got.json).toMatchObject({ id: BOT_ID, name: 'ChatBot', groups: [{ id: 0 }] });
	});

	it('refuses an empty bot before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(bot('get', { botId: '' }), asPat);
		expect(error.message).toBe('Bot is empty');
		expect(fake.calls).toEqual([]);
	});
});
