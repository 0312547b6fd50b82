import { asPat, operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode, tagLocator as fromList } from '../../../helpers/runNode';
import { ALL_SCOPES, PRIVATE_SCOPES } from '../../../simulator/state';

const agent = operationParameters('agent', { authentication: 'accessToken' });

describe('Agent → Suspend', () => {
	it('suspends the agent when the credential has the private scope', async () => {
		const fake = new FakeLiveChat();
		fake.grantPat([...ALL_SCOPES, ...PRIVATE_SCOPES]);
		const [item] = await runNode(agent('suspend', { agent: fromList('jones@example.com') }), asPat);
		expect(fake.callsOf('suspend_agent')[0].body).toEqual({ id: 'jones@example.com' });
		expect(item.json).toEqual({ id: 'jones@example.com', suspended: true });
		expect(fake.simulator.state.agent('jones@example.com')?.suspended).toBe(true);
	});

	it('explains that LiveChat has not opened the method to apps', async () => {
		new FakeLiveChat();
		const error = await failingRun(
			agent('suspend', { agent: fromList('jones@example.com') }),
			asPat,
		);
		expect(error.message).toBe(
			'LiveChat refused suspend_agent for agent jones@example.com: it is not yet open to apps',
		);
		expect(error.description).toContain('Agent → Delete');
	});
});
