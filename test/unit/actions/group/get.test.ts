import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

const group = operationParameters('group');

describe('Group → Get', () => {
	it('gets a group with its agents and routing status', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(group('get', { groupId: 1 }));
		expect(fake.callsOf('get_group')[0].body).toEqual({
			id: 1,
			fields: ['agent_priorities', 'routing_status'],
		});
		expect(item.json).toEqual({
			id: 1,
			name: 'Sales',
			language_code: 'en',
			agent_priorities: { 'smith@example.com': 'first' },
			routing_status: 'not_accepting_chats',
		});
	});

	it('takes the ID from an expression, and refuses one that is not a number', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(group('get', { groupId: '0' }));
		expect(item.json.name).toBe('General');
		const error = await failingRun(group('get', { groupId: 'Sales' }));
		expect(error.message).toBe('"Sales" is not a group ID');
		expect(fake.callsOf('get_group')).toHaveLength(1);
	});

	it('says which group LiveChat does not know', async () => {
		new FakeLiveChat();
		const error = await failingRun(group('get', { groupId: 42 }));
		expect(error.message).toContain('group 42');
	});
});
