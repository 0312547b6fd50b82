/**
 * Bots and routing statuses in a real n8n: the LiveChat Bot credential gets its token by n8n's
 * pre-authentication and a new one when the old expires; the simulator holds the results.
 * (Reports and bans: reports.ts.)
 */
import { APP_CLIENT_ID, BOT_ID, LIVE_CHAT_ID } from '../../../simulator/state';
import type { ScenarioContext } from '../../support/n8nWithSimulator';
import { createActionWorkflow, runOk } from '../../support/actionWorkflows';
import { saveCredential, SEEDED_BOT_DATA } from '../../support/livechat';

export function managementScenarios(context: ScenarioContext) {
	test('M1. bots: create and route one; act as the seeded bot, with a new token once it expired', async () => {
		const { n8n, sim, pat, simulator } = context;
		const manage = await createActionWorkflow(n8n, 'Manage bots', pat, [
			{
				name: 'Create Bot',
				parameters: {
					resource: 'bot',
					operation: 'create',
					name: '={{ $json.name }}',
					additionalFields: { groupIds: [1], defaultGroupPriority: 'first' },
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
			{
				name: 'Statuses',
				parameters: { resource: 'agent', operation: 'getManyRoutingStatuses', groupIds: [1] },
				executeOnce: true,
			},
		]);
		const statuses = await runOk(manage, [{ name: 'Sales Bot' }]);
		const created = simulator.state.bots.find((bot) => bot.name === 'Sales Bot')!;
		expect(created).toMatchObject({
			owner_client_id: APP_CLIENT_ID,
			groups: [{ id: 1, priority: 'first' }],
			routing_status: 'accepting_chats',
		});
		expect(statuses).toContainEqual({ agent_id: created.id, status: 'accepting_chats' });
		// The secret LiveChat answered is nowhere in what n8n stored.
		const { data } = await n8n.apiOk<{ data: unknown[] }>(
			'GET',
			`/executions?workflowId=${manage.id}&includeData=true`,
		);
		expect(JSON.stringify(data)).not.toContain(created.secret);

		const bot = await saveCredential(n8n, 'liveChatBotApi', 'LiveChat bot', SEEDED_BOT_DATA);
		const greet = await createActionWorkflow(n8n, 'Bot greets', bot, [
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
		await runOk(greet, [{ text: 'Hi, I am the bot.' }]);
		await sim.expireBotTokens();
		await runOk(greet, [{ text: 'Still here.' }]);
		const thread = simulator.state.chats.get(LIVE_CHAT_ID)!.threads.at(-1)!;
		const byBot = thread.events.filter((event) => event.author_id === BOT_ID);
		expect(byBot.map((event) => event.text)).toEqual(['Hi, I am the bot.', 'Still here.']);
		expect(thread.user_ids).toContain(BOT_ID);
		// One token at first; the expired one was refused once (401) and a new one issued.
		expect((await sim.calls('issue_bot_token')).map((call) => call.status)).toEqual([200, 200]);
		const sent = await sim.calls('send_event');
		expect(sent.map((call) => `${call.auth}:${call.status}`)).toEqual([
			'bearer:400', // not in the chat yet: it joins, then sends
			'bearer:200',
			'bearer:401', // the token expired: n8n asked for a new one and sent again
			'bearer:200',
		]);
	});
}
