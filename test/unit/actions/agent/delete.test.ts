import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode, tagLocator as fromList } from '../../../helpers/runNode';

const agent = operationParameters('agent');

describe('Agent → Delete', () => {
	it('deletes the agent and takes them out of their groups', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(agent('delete', { agent: fromList('jones@example.com') }));
		expect(fake.callsOf('delete_agent')[0].body).toEqual({ id: 'jones@example.com' });
		expect(item.json).toEqual({ id: 'jones@example.com', deleted: true });
		expect(fake.simulator.state.agent('jones@example.com')).toBeUndefined();
		expect(fake.simulator.state.groups[0].agent_priorities).not.toHaveProperty('jones@example.com');
	});

	it('refuses an empty agent before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(agent('delete', { agent: fromList(' ') }));
		expect(error.message).toBe('Agent is empty');
		expect(fake.calls).toEqual([]);
	});
});
