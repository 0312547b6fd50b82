import { asPat, operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode, tagLocator as fromList } from '../../../helpers/runNode';
import { ALL_SCOPES, PRIVATE_SCOPES } from '../../../simulator/state';

const agent = operationParameters('agent', { authentication: 'accessToken' });

describe('Agent → Approve', () => {
	it('approves an agent awaiting approval when the credential has the private scope', async () => {
		const fake = new FakeLiveChat();
		fake.grantPat([...ALL_SCOPES, ...PRIVATE_SCOPES]);
		fake.simulator.state.agent('jones@example.com')!.awaiting_approval = true;
		const [item] = await runNode(agent('approve', { agent: fromList('jones@example.com') }), asPat);
		expect(fake.callsOf('approve_agent')[0].body).toEqual({ id: 'jones@example.com' });
		expect(item.json).toEqual({ id: 'jones@example.com', awaiting_approval: false });
		expect(fake.simulator.state.agent('jones@example.com')?.awaiting_approval).toBe(false);
	});

	it('explains that LiveChat has not opened the method to apps', async () => {
		new FakeLiveChat();
		const error = await failingRun(
			agent('approve', { agent: fromList('jones@example.com') }),
			asPat,
		);
		expect(error.message).toBe(
			'LiveChat refused approve_agent for agent jones@example.com: it is not yet open to apps',
		);
	});
});
