import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode } from '../../../helpers/runNode';

const tag = operationParameters('tag');

describe('Tag → Get Many', () => {
	it('returns the tags themselves, up to the limit', async () => {
		const fake = new FakeLiveChat();
		const items = await runNode(tag('getMany', { returnAll: false, limit: 2 }));
		expect(items.map((item) => item.json.name)).toEqual(['bug_report', 'sales']);
		expect(items[0].json).toMatchObject({ group_ids: [0], author_id: 'smith@example.com' });
		expect(fake.callsOf('list_tags')[0].body).toEqual({});
	});

	it('filters by group', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.tags.push({
			name: 'deal',
			group_ids: [1],
			author_id: 'x',
			created_at: '',
		});
		const items = await runNode(tag('getMany', { returnAll: true, filters: { groupIds: [1] } }));
		expect(fake.callsOf('list_tags')[0].body).toEqual({ filters: { group_ids: [1] } });
		expect(items.map((item) => item.json.name)).toEqual(['deal']);
	});
});
