import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode, tagLocator as fromList } from '../../../helpers/runNode';

const agent = operationParameters('agent');

describe('Agent → Get', () => {
	it('gets an agent with every additional field LiveChat offers', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(agent('get', { agent: fromList('jones@example.com') }));
		const { body } = fake.callsOf('get_agent')[0];
		expect(body.id).toBe('jones@example.com');
		expect((body.fields as string[]).sort()).toEqual([
			'awaiting_approval',
			'email_subscriptions',
			'groups',
			'job_title',
			'last_logout',
			'max_chats_count',
			'mobile',
			'notifications',
			'suspended',
			'work_scheduler',
		]);
		expect(item.json).toMatchObject({
			id: 'jones@example.com',
			name: 'Agent Jones',
			avatar: expect.any(String),
			groups: [{ id: 0, priority: 'normal' }],
			suspended: false,
		});
	});

	it('names the agent LiveChat does not know', async () => {
		new FakeLiveChat();
		const error = await failingRun(agent('get', { agent: fromList('nobody@example.com') }));
		expect(error.message).toBe('LiveChat could not find agent nobody@example.com (get_agent)');
	});
});
