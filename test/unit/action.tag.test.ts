import { FakeLiveChat } from '../helpers/fakeLiveChat';
import { failingRun, runNode, tagLocator } from '../helpers/runNode';

const tag = (operation: string, parameters: Record<string, unknown> = {}) => ({
	resource: 'tag',
	operation,
	...parameters,
});

describe('Tag → Create', () => {
	it('creates a tag in the chosen groups', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(tag('create', { name: 'vip', groupIds: [0, 1] }));
		expect(fake.callsOf('create_tag')[0].body).toEqual({ name: 'vip', group_ids: [0, 1] });
		expect(item.json).toEqual({ name: 'vip', group_ids: [0, 1] });
		expect(fake.simulator.state.tags.map((t) => t.name)).toContain('vip');
	});

	it('leaves group_ids out when none is chosen (LiveChat puts the tag in General)', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(tag('create', { name: 'vip', groupIds: [] }));
		expect(fake.callsOf('create_tag')[0].body).toEqual({ name: 'vip' });
		expect(item.json).toEqual({ name: 'vip', group_ids: [0] });
	});

	it('says a tag differing only in case already exists', async () => {
		new FakeLiveChat();
		const error = await failingRun(tag('create', { name: 'Sales' }));
		expect(error.message).toBe('It already exists in LiveChat (create_tag)');
	});
});

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

describe('Tag → Update', () => {
	it('replaces the groups of the tag', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(tag('update', { tag: tagLocator('sales'), groupIds: '0, 1' }));
		expect(fake.callsOf('update_tag')[0].body).toEqual({ name: 'sales', group_ids: [0, 1] });
		expect(item.json).toEqual({ name: 'sales', group_ids: [0, 1] });
		expect(fake.simulator.state.tags.find((t) => t.name === 'sales')?.group_ids).toEqual([0, 1]);
	});
});

describe('Tag → Delete', () => {
	it('deletes the tag and says so', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			tag('delete', { tag: { __rl: true, mode: 'name', value: 'support' } }),
		);
		expect(fake.callsOf('delete_tag')[0].body).toEqual({ name: 'support' });
		expect(item.json).toEqual({ name: 'support', deleted: true });
		expect(fake.simulator.state.tags.map((t) => t.name)).not.toContain('support');
	});

	it('names the tag that does not exist', async () => {
		new FakeLiveChat();
		const error = await failingRun(tag('delete', { tag: tagLocator('nope') }));
		expect(error.message).toBe('LiveChat could not find tag "nope" (delete_tag)');
	});
});
