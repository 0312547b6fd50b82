import nock from 'nock';

import { asPat, operationParameters } from '../../../helpers/actionParameters';
import { API_URL, PAT_CREDENTIALS } from '../../../helpers/contexts';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { ADMIN, BOT_ID } from '../../../simulator/state';

const agent = operationParameters('agent', { authentication: 'accessToken' });

describe('Agent → Get Many Routing Statuses', () => {
	it('lists every status with one spelling', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.agent('jones@example.com')!.login_status = 'not accepting chats';
		const statuses = await runNode(agent('getManyRoutingStatuses'), asPat);
		expect(fake.callsOf('list_routing_statuses')[0].body).toEqual({});
		expect(statuses.map((i) => i.json)).toEqual([
			{ agent_id: ADMIN.email, status: 'accepting_chats' },
			{ agent_id: 'jones@example.com', status: 'not_accepting_chats' },
			{ agent_id: BOT_ID, status: 'not_accepting_chats' },
		]);
	});

	it('writes a status LiveChat spells with spaces with underscores, as Set Routing Status takes it', async () => {
		nock(API_URL)
			.post('/v3.6/agent/action/list_routing_statuses')
			.reply(200, [{ agent_id: 'jones@example.com', status: 'not accepting chats' }]);
		const statuses = await runNode(agent('getManyRoutingStatuses'), asPat);
		expect(statuses.map((i) => i.json)).toEqual([
			{ agent_id: 'jones@example.com', status: 'not_accepting_chats' },
		]);
	});

	it('asks only for the chosen groups, given as a comma-separated expression', async () => {
		const fake = new FakeLiveChat();
		const statuses = await runNode(agent('getManyRoutingStatuses', { groupIds: '1' }), asPat);
		expect(fake.callsOf('list_routing_statuses')[0].body).toEqual({
			filters: { group_ids: [1] },
		});
		// Only smith is in the Sales group.
		expect(statuses.map((i) => i.json)).toEqual([
			{ agent_id: ADMIN.email, status: 'accepting_chats' },
		]);
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
});
