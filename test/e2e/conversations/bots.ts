/**
 * A bot made in n8n acts in n8n: Bot → Create keeps the secret out of the execution; with the
 * secret read from the simulator (a user has it from reset_bot_secret or the tool that made the
 * bot) a LiveChat Bot API credential lets the new bot send in a chat. Agent routing statuses and the agents a
 * chat can go to, with LiveChat's one spelling. (M1 in management.ts renews an expired bot token.)
 */
import { ADMIN, ADMIN_PAT, LIVE_CHAT_ID, ORGANIZATION_ID } from '../../simulator/state';
import type { ScenarioContext } from '../conversationScenarios';
import { createActionWorkflow, runOk } from '../support/actionWorkflows';
import { saveCredential } from '../support/livechat';

export function botScenarios(context: ScenarioContext) {
	test('B1. a bot created in n8n acts through its own credential; agent routing statuses', async () => {
		const { n8n, sim, pat, simulator } = context;
		const create = await createActionWorkflow(n8n, 'Create a bot', pat, [
			{
				name: 'Create Bot',
				parameters: {
					resource: 'bot',
					operation: 'create',
					name: '={{ $json.name }}',
					additionalFields: { groupIds: [0], defaultGroupPriority: 'first' },
				},
			},
			{
				name: 'Accept Chats',
				parameters: {
					resource: 'bot',
					operation: 'setRoutingStatus',
					botId: "={{ $('Create Bot').item.json.id }}",
					status: 'accepting_chats',
				},
			},
		]);
		await runOk(create, [{ name: 'Greeter' }]);
		const created = simulator.state.bots.find((bot) => bot.name === 'Greeter')!;
		expect(created.routing_status).toBe('accepting_chats');
		const { data } = await n8n.apiOk<{ data: Array<{ id: string }> }>(
			'GET',
			`/executions?workflowId=${create.id}&includeData=true`,
		);
		// The run data is there (the bot's id), the secret is not.
		expect(JSON.stringify(data)).toContain(created.id);
		expect(JSON.stringify(data)).not.toContain(created.secret);

		const agents = await createActionWorkflow(n8n, 'Agent statuses', pat, [
			{
				name: 'Stop Jones',
				parameters: {
					resource: 'agent',
					operation: 'setRoutingStatus',
					agentId: { __rl: true, mode: 'id', value: 'jones@example.com' },
					status: 'not_accepting_chats',
				},
			},
			{
				name: 'Statuses',
				parameters: { resource: 'agent', operation: 'getManyRoutingStatuses', groupIds: [0] },
				executeOnce: true,
			},
		]);
		const statuses = await runOk(agents, [{}]);
		expect(simulator.state.agent('jones@example.com')?.login_status).toBe('not accepting chats');
		expect(statuses).toEqual(
			expect.arrayContaining([
				{ agent_id: 'jones@example.com', status: 'not_accepting_chats' },
				{ agent_id: ADMIN.email, status: 'accepting_chats' },
				{ agent_id: created.id, status: 'accepting_chats' },
			]),
		);

		const transfer = await createActionWorkflow(n8n, 'Agents for transfer', pat, [
			{
				name: 'For Transfer',
				parameters: {
					resource: 'agent',
					operation: 'getAgentsForTransfer',
					chatId: LIVE_CHAT_ID,
				},
			},
		]);
		const candidates = await runOk(transfer, [{}]);
		const ids = candidates.map((candidate) => candidate.agent_id);
		// Jones stopped accepting chats; the new bot (in the chat's group) accepts them.
		expect(ids).toContain(created.id);
		expect(ids).not.toContain('jones@example.com');

		const credential = await saveCredential(n8n, 'liveChatBotApi', 'Greeter bot', {
			botId: created.id,
			botSecret: created.secret,
			clientId: created.owner_client_id,
			organizationId: ORGANIZATION_ID,
			accountId: ADMIN.accountId,
			accessToken: ADMIN_PAT,
		});
		const greet = await createActionWorkflow(n8n, 'Greeter greets', credential, [
			{
				name: 'Greet',
				parameters: {
					resource: 'chat',
					operation: 'sendMessage',
					chatId: LIVE_CHAT_ID,
					text: '={{ $json.text }}',
					joinFirst: true,
				},
			},
		]);
		await runOk(greet, [{ text: 'Hello from Greeter' }]);
		const thread = simulator.state.chats.get(LIVE_CHAT_ID)!.threads.at(-1)!;
		expect(thread.user_ids).toContain(created.id);
		expect(thread.events.at(-1)).toMatchObject({
			author_id: created.id,
			text: 'Hello from Greeter',
		});
		expect((await sim.calls('issue_bot_token')).map((call) => call.status)).toEqual([200]);
	});
}
