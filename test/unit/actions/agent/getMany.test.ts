import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode } from '../../../helpers/runNode';

const agent = operationParameters('agent');

describe('Agent → Get Many', () => {
	it('lists every agent with all fields', async () => {
		const fake = new FakeLiveChat();
		const items = await runNode(agent('getMany', { returnAll: true, filters: {} }));
		expect(items.map((item) => item.json.id)).toEqual(['smith@example.com', 'jones@example.com']);
		expect(items[0].json).toMatchObject({ avatar_path: expect.any(String), suspended: false });
		expect(fake.callsOf('list_agents')[0].body).not.toHaveProperty('filters');
	});

	it('filters by group and suspension, and stops at the limit', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.agent('jones@example.com')!.suspended = true;
		const items = await runNode(
			agent('getMany', {
				returnAll: false,
				limit: 1,
				filters: { groupIds: '0', suspended: false },
			}),
		);
		expect(fake.callsOf('list_agents')[0].body.filters).toEqual({
			group_ids: [0],
			suspended: false,
		});
		expect(items.map((item) => item.json.id)).toEqual(['smith@example.com']);
	});
});
