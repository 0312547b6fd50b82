import { asPat, operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode, tagLocator as fromList } from '../../../helpers/runNode';

const agent = operationParameters('agent');

describe('Agent → Update', () => {
	it('changes the fields given, groups included', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			agent('update', {
				agent: fromList('jones@example.com'),
				updateFields: {
					loginStatus: 'accepting chats',
					mobile: '+48 123',
					groups: { group: [{ ids: [1], priority: 'last' }] },
				},
			}),
		);
		const expected = {
			id: 'jones@example.com',
			login_status: 'accepting chats',
			mobile: '+48 123',
			groups: [{ id: 1, priority: 'last' }],
		};
		expect(fake.callsOf('update_agent')[0].body).toEqual(expected);
		expect(item.json).toEqual(expected);
		const { groups } = fake.simulator.state;
		expect(groups[1].agent_priorities['jones@example.com']).toBe('last');
		expect(groups[0].agent_priorities).not.toHaveProperty('jones@example.com');
	});

	it('refuses an update without fields, naming what v3.6 cannot change', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(
			agent('update', { agent: fromList('jones@example.com'), updateFields: {} }),
		);
		expect(error.message).toBe('Nothing to update');
		expect(error.description).toContain('name or avatar');
		expect(fake.callsOf('update_agent')).toEqual([]);
	});

	it('says which scope a role change needs', async () => {
		const fake = new FakeLiveChat();
		fake.grantPat(['agents--all:rw']);
		const error = await failingRun(
			agent('update', {
				authentication: 'accessToken',
				agent: fromList('jones@example.com'),
				updateFields: { role: 'administrator' },
			}),
			asPat,
		);
		expect(error.message).toBe('The LiveChat user of this credential may not call update_agent');
		expect(error.description).toContain('accounts.roles.lc--all:rw to change a role');
	});
});
