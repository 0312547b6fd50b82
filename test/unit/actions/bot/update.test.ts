import { asPat, operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { BOT_ID } from '../../../simulator/state';

const bot = operationParameters('bot', { authentication: 'accessToken' });

describe('Bot → Update', () => {
	it('updates a bot', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			bot('update', { botId: BOT_ID, updateFields: { name: 'Helper' } }),
			asPat,
		);
		expect(fake.callsOf('update_bot')[0].body).toEqual({ id: BOT_ID, name: 'Helper' });
		expect(item.json).toEqual({ id: BOT_ID, name: 'Helper' });
		expect(fake.simulator.state.bots[0].name).toBe('Helper');
	});

	it('gives every group of an expression the chosen priority', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			bot('update', {
				botId: BOT_ID,
				updateFields: { groupIds: '0, 1', defaultGroupPriority: 'last', jobTitle: 'Helper' },
			}),
			asPat,
		);
		const expected = {
			id: BOT_ID,
			job_title: 'Helper',
			default_group_priority: 'last',
			groups: [
				{ id: 0, priority: 'last' },
				{ id: 1, priority: 'last' },
			],
		};
		expect(fake.callsOf('update_bot')[0].body).toEqual(expected);
		expect(item.json).toEqual(expected);
	});

	it('refuses an update without fields before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(bot('update', { botId: BOT_ID, updateFields: {} }), asPat);
		expect(error.message).toBe('Nothing to update');
		expect(fake.callsOf('update_bot')).toEqual([]);
	});
});
