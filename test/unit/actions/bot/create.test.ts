import { asPat, operationParameters } from '../../../helpers/actionParameters';
import { PAT_CREDENTIALS } from '../../../helpers/contexts';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

const bot = operationParameters('bot', { authentication: 'accessToken' });

describe('Bot → Create', () => {
	it('creates a bot owned by the credential’s app and never outputs its secret', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			bot('create', {
				name: 'Order Assistant',
				additionalFields: { groupIds: [0, 1], defaultGroupPriority: 'first', maxChatsCount: 20 },
			}),
			asPat,
		);
		expect(fake.callsOf('create_bot')[0].body).toEqual({
			name: 'Order Assistant',
			owner_client_id: PAT_CREDENTIALS.clientId,
			default_group_priority: 'first',
			max_chats_count: 20,
			groups: [
				{ id: 0, priority: 'first' },
				{ id: 1, priority: 'first' },
			],
		});
		const created = fake.simulator.state.bots.find((b) => b.name === 'Order Assistant')!;
		expect(item.json).toMatchObject({ id: created.id, name: 'Order Assistant' });
		expect(JSON.stringify(item.json)).not.toContain(created.secret);
	});

	it('sends the trimmed name alone when no field is added, and outputs the new bot’s ID and name', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(bot('create', { name: '  Helper ' }), asPat);
		expect(fake.callsOf('create_bot')[0].body).toEqual({
			name: 'Helper',
			owner_client_id: PAT_CREDENTIALS.clientId,
		});
		const created = fake.simulator.state.bots.find((b) => b.name === 'Helper')!;
		expect(item.json).toEqual({ id: created.id, name: 'Helper' });
	});

	it('refuses an empty name before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(bot('create', { name: ' ' }), asPat);
		expect(error.message).toBe('Name is empty');
		expect(fake.calls).toEqual([]);
	});
});
