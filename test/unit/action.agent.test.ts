import { PAT_CREDENTIALS } from '../helpers/contexts';
import { FakeLiveChat } from '../helpers/fakeLiveChat';
import { failingRun, runNode } from '../helpers/runNode';
import { ADMIN, ADMIN_PAT, BOT_ID, LIVE_CHAT_ID } from '../simulator/state';

const asPat = { credentials: { liveChatApi: PAT_CREDENTIALS } };
const agent = (operation: string, parameters: Record<string, unknown> = {}) => ({
	resource: 'agent',
	authentication: 'accessToken',
	operation,
	...parameters,
});

describe('Agent → routing statuses and agents for transfer', () => {
	it('sets an agent’s status and lists every status with one spelling', async () => {
		const fake = new FakeLiveChat();
		const [set] = await runNode(
			agent('setRoutingStatus', {
				agentId: { __rl: true, mode: 'list', value: 'jones@example.com' },
				status: 'not_accepting_chats',
			}),
			asPat,
		);
		expect(set.json).toEqual({ agent_id: 'jones@example.com', status: 'not_accepting_chats' });
		// LiveChat keeps agents' status with a space ("not accepting chats").
		expect(fake.simulator.state.agent('jones@example.com')?.login_status).toBe(
			'not accepting chats',
		);
		const statuses = await runNode(agent('getManyRoutingStatuses'), asPat);
		expect(statuses.map((i) => i.json)).toEqual([
			{ agent_id: ADMIN.email, status: 'accepting_chats' },
			{ agent_id: 'jones@example.com', status: 'not_accepting_chats' },
			{ agent_id: BOT_ID, status: 'not_accepting_chats' },
		]);
	});

	it('without an agent sets the status of the credential’s user', async () => {
		const fake = new FakeLiveChat();
		await runNode(agent('setRoutingStatus', { status: 'not_accepting_chats' }), {
			credentials: {
				liveChatApi: { ...PAT_CREDENTIALS, accountId: ADMIN.accountId, accessToken: ADMIN_PAT },
			},
		});
		expect(fake.callsOf('set_routing_status')[0].body).toEqual({ status: 'not_accepting_chats' });
		expect(fake.simulator.state.agent(ADMIN.email)?.login_status).toBe('not accepting chats');
	});

	it('names the missing scopes when listing statuses is not allowed', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.addPat('limited', 'token', ['chats--access:rw']);
		const error = await failingRun(agent('getManyRoutingStatuses'), {
			credentials: {
				liveChatApi: { ...PAT_CREDENTIALS, accountId: 'limited', accessToken: 'token' },
			},
		});
		expect(error.description).toContain('agents--all:ro and agents-bot--all:ro');
	});

	it('lists the agents a chat can be transferred to', async () => {
		new FakeLiveChat();
		const agents = await runNode(agent('getAgentsForTransfer', { chatId: LIVE_CHAT_ID }), asPat);
		expect(agents.map((i) => i.json.agent_id)).toEqual(
			expect.arrayContaining([ADMIN.email, 'jones@example.com']),
		);
		expect(agents[0].json).toMatchObject({
			chat_id: LIVE_CHAT_ID,
			total_active_chats: expect.any(Number),
		});
	});
});
