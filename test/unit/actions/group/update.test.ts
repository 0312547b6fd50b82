import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

const group = operationParameters('group');

describe('Group → Update', () => {
	it('renames a group and sets its agents', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			group('update', {
				groupId: 1,
				updateFields: {
					name: 'Sales EU',
					agents: { agent: [{ id: 'jones@example.com', priority: 'first' }] },
				},
			}),
		);
		const request = {
			id: 1,
			name: 'Sales EU',
			agent_priorities: { 'jones@example.com': 'first' },
		};
		expect(fake.callsOf('update_group')[0].body).toEqual(request);
		expect(item.json).toEqual(request);
		expect(fake.simulator.state.groups[1]).toMatchObject({
			name: 'Sales EU',
			agent_priorities: { 'jones@example.com': 'first' },
		});
	});

	it('refuses an update without fields before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(group('update', { groupId: 1, updateFields: {} }));
		expect(error.message).toBe('Nothing to update');
		expect(fake.calls).toEqual([]);
	});

	it('refuses an agent entry left empty', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(
			group('update', {
				groupId: 1,
				updateFields: { agents: { agent: [{ id: '', priority: 'normal' }] } },
			}),
		);
		expect(error.message).toBe('An agent of the group is empty');
		expect(fake.calls).toEqual([]);
	});
});
