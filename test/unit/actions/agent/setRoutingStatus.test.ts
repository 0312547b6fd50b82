import { PAT_CREDENTIALS } from '../../../helpers/contexts';
import { asPat, operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode } from '../../../helpers/runNode';
import { ADMIN, ADMIN_PAT } from '../../../simulator/state';

const agent = operationParameters('agent', { authentication: 'accessToken' });

describe('Agent → Set Routing Status', () => {
	it('sets an agent’s status', async () => {
		const fake = new FakeLiveChat();
		const [set] = await runNode(
			agent('setRoutingStatus', {
				agentId: { __rl: true, mode: 'list', value: 'jones@example.com' },
				status: 'not_accepting_chats',
			}),
			asPat,
		);
		expect(fake.callsOf('set_routing_status')[0].body).toEqual({
			agent_id: 'jones@example.com',
			status: 'not_accepting_chats',
		});
		expect(set.json).toEqual({ agent_id: 'jones@example.com', status: 'not_accepting_chats' });
		// LiveChat keeps agents' status with a space ("not accepting chats").
		expect(fake.simulator.state.agent('jones@example.com')?.login_status).toBe(
			'not accepting chats',
		);
	});

	it('without an agent sets the status of the credential’s user', async () => {
		const fake = new FakeLiveChat();
		const [set] = await runNode(agent('setRoutingStatus', { status: 'not_accepting_chats' }), {
			credentials: {
				liveChatApi: { ...PAT_CREDENTIALS, accountId: ADMIN.accountId, accessToken: ADMIN_PAT },
			},
		});
		expect(fake.callsOf('set_routing_status')[0].body).toEqual({ status: 'not_accepting_chats' });
		expect(fake.simulator.state.agent(ADMIN.email)?.login_status).toBe('not accepting chats');
		expect(set.json).toEqual({ agent_id: null, status: 'not_accepting_chats' });
	});
});
