import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode, tagLocator } from '../../../helpers/runNode';

const tag = operationParameters('tag');

describe('Tag → Update', () => {
	it('replaces the groups of the tag', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(tag('update', { tag: tagLocator('sales'), groupIds: '0, 1' }));
		expect(fake.callsOf('update_tag')[0].body).toEqual({ name: 'sales', group_ids: [0, 1] });
		expect(item.json).toEqual({ name: 'sales', group_ids: [0, 1] });
		expect(fake.simulator.state.tags.find((t) => t.name === 'sales')?.group_ids).toEqual([0, 1]);
	});

	it('refuses an empty tag before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(tag('update', { tag: tagLocator(''), groupIds: [0] }));
		expect(error.message).toBe('Tag is empty');
		expect(fake.calls).toEqual([]);
	});
});
