import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

const group = operationParameters('group');

describe('Group → Delete', () => {
	it('deletes a group and takes its agents out of it', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(group('delete', { groupId: 1 }));
		expect(fake.callsOf('delete_group')[0].body).toEqual({ id: 1 });
		expect(item.json).toEqual({ id: 1, deleted: true });
		expect(fake.simulator.state.groups.map((known) => known.id)).toEqual([0]);
		expect(fake.simulator.state.agent('smith@example.com')?.groups).toEqual([
			{ id: 0, priority: 'normal' },
		]);
	});

	it('passes on LiveChat’s refusal to delete General', async () => {
		new FakeLiveChat();
		const error = await failingRun(group('delete', { groupId: 0 }));
		expect(error.message).toContain('delete_group');
		expect(error.description).toContain('General group cannot be deleted');
	});
});
