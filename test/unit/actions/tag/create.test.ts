import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

const tag = operationParameters('tag');

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

	it('refuses an empty name before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(tag('create', { name: ' ', groupIds: [0] }));
		expect(error.message).toBe('Name is empty');
		expect(fake.calls).toEqual([]);
	});
});
