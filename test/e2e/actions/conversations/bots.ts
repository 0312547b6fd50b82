/**
 * A bot made in n8n acts in n8n: Bot → Create keeps the secret out of the execution; with the
 * secret read from the simulator (a user gets one from reset_bot_secret) a LiveChat Bot API
 * credential passes its test and lets the new bot send in a chat. Agent routing statuses and the
 * agents a chat can go to, with LiveChat's one spelling. (M1 in management.ts renews an expired
 * bot token.)
 */
import { ADMIN, ADMIN_PAT, LIVE_CHAT_ID, ORGANIZATION_ID } from '../../../simulator/state';
import type { ScenarioContext } from '../../support/n8nWithSimulator';
import {
	createActionWorkflow,
	lastExecutionError,
	runActionWorkflow,
	runOk,
} from '../../support/actionWorkflows';
import { saveCredential } from '../../support/livechat';

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
		// LiveChat lists who is online, accepting chats or not ("online and not accepting chats";
		// offline agents are left out): Jones, who stopped accepting, and the new bot of the group.
		expect(ids).toContain(created.id);
		expect(ids).toContain('jones@example.com');

		const botData = {
			botId: created.id,
			botSecret: created.secret,
			clientId: created.owner_client_id,
			organizationId: ORGANIZATION_ID,
			accountId: ADMIN.accountId,
			accessToken: ADMIN_PAT,
		};
		const credential = await saveCredential(n8n, 'liveChatBotApi', 'Greeter bot', botData);
		// The editor's Test button: a bot token by pre-authentication, then the bot read with it; a
		// wrong secret gets the credential's explanation, not only an HTTP status.
		const test = async (data: Record<string, string>) =>
			await n8n.rest<{ status: string; message?: string }>('POST', '/rest/credentials/test', {
				credentials: { ...credential, data },
			});
		expect(await test(botData)).toMatchObject({ status: 'OK' });
		const [tested] = await sim.calls('get_bot');
		expect(tested).toMatchObject({ status: 200, auth: 'bearer', body: { id: created.id } });
		// n8n 1.x shows its own text for the status: its NodeApiError drops the HTTP error (`cause`)
		// the credential's rules are matched against (n8n-workflow ExecutionBaseError).
		const explained = (rule: string, n8n1: string) =>
			n8n.install.major >= 2 ? expect.stringContaining(rule) : n8n1;
		expect(await test({ ...botData, botSecret: 'not-the-secret' })).toEqual({
			status: 'Error',
			message: explained(
				'or the Bot Secret (authentication error)',
				'Authorization failed - please check your credentials',
			),
		});
		expect(await test({ ...botData, organizationId: 'another-organization' })).toEqual({
			status: 'Error',
			message: explained(
				'the Organization ID your organization',
				'Bad request - please check your parameters',
			),
		});
		const issued = await sim.calls('issue_bot_token');
		expect(issued[0].status).toBe(200);
		expect(issued.slice(1).map((call) => call.status)).toEqual(expect.arrayContaining([401, 400]));
		expect(issued.slice(1).every((call) => call.status !== 200)).toBe(true);
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
		// The token the credential test got was saved with the credential: the run asked for none.
		expect(await sim.calls('issue_bot_token')).toHaveLength(issued.length);

		// A credential LiveChat gives no token: the run fails saying so, and stores no secret.
		const wrong = await saveCredential(n8n, 'liveChatBotApi', 'Greeter bot, old secret', {
			...botData,
			botSecret: 'an-old-secret',
		});
		const fails = await createActionWorkflow(n8n, 'Greeter with an old secret', wrong, [
			{
				name: 'Greet',
				parameters: {
					resource: 'chat',
					operation: 'sendMessage',
					chatId: LIVE_CHAT_ID,
					text: 'Hi',
				},
			},
		]);
		expect((await runActionWorkflow(fails, [{}])).status).not.toBe(200);
		expect(await lastExecutionError(n8n, fails)).toMatchObject({
			message: 'LiveChat issued no token for the bot of this credential',
			description: expect.stringContaining('Check the Bot Secret'),
		});
		const { data: failed } = await n8n.apiOk<{ data: unknown[] }>(
			'GET',
			`/executions?workflowId=${fails.id}&includeData=true`,
		);
		for (const secret of ['an-old-secret', ADMIN_PAT.replace(/^[a-z]+:/, '')])
			expect(JSON.stringify(failed)).not.toContain(secret);
	});
}
