/**
 * Chat conversation control in a real n8n: Send Message joining the chat first, Transfer, Close,
 * Start, Resume, Add User and Remove User run as workflows against the simulator, which holds
 * LiveChat's rules and fires the webhooks a LiveChat Trigger workflow then receives.
 */
import { ADMIN, BOT_ID, CUSTOMER_ID, currentThread, LIVE_CHAT_ID } from '../../../simulator/state';
import { BROWN, brownInSales } from '../../support/agents';
import type { ScenarioContext } from '../../support/n8nWithSimulator';
import { createActionWorkflow, runOk } from '../../support/actionWorkflows';
import {
	activate,
	createTriggerWorkflow,
	deactivate,
	waitForExecutions,
} from '../../support/livechat';

const JONES = 'jones@example.com';
const OTHER_CUSTOMER = '00000001-0000-4000-8000-000000000001';

export function chatControlScenarios(context: ScenarioContext) {
	const chats = () => context.simulator.state.chats;
	const threadOf = (chatId: string) => currentThread(chats().get(chatId)!);

	test('C1. join first, send, transfer to Sales, close another chat; the trigger gets every change', async () => {
		const { n8n, sim, pat, simulator } = context;
		// Jones has the live chat, so smith (the credential's agent) must join before writing.
		const live = chats().get(LIVE_CHAT_ID)!;
		live.agentIds = [JONES];
		threadOf(LIVE_CHAT_ID).user_ids = [CUSTOMER_ID, JONES];
		simulator.state.agents.push(brownInSales([0, 1]));
		// A second chat going on with smith, to close.
		const other = threadOf('ARCHIVE005');
		other.active = true;

		const events = ['chat_deactivated', 'chat_transferred', 'incoming_event', 'user_added_to_chat'];
		const trigger = await createTriggerWorkflow(n8n, 'Chat changes', pat, { events });
		await activate(n8n, sim, trigger);
		const workflow = await createActionWorkflow(n8n, 'Hand over to sales', pat, [
			{
				name: 'Send Message',
				parameters: {
					resource: 'chat',
					operation: 'sendMessage',
					chatId: '={{ $json.chatId }}',
					text: 'A colleague from sales will take over.',
					joinFirst: true,
				},
			},
			{
				name: 'Transfer',
				parameters: {
					resource: 'chat',
					operation: 'transfer',
					chatId: "={{ $('Split Out').item.json.chatId }}",
					target: 'group',
					groupId: 1,
				},
			},
			{
				name: 'Close',
				parameters: {
					resource: 'chat',
					operation: 'close',
					chatId: "={{ $('Split Out').item.json.closeChatId }}",
				},
			},
		]);

		const output = await runOk(workflow, [{ chatId: LIVE_CHAT_ID, closeChatId: 'ARCHIVE005' }]);
		expect(output).toEqual([{ chat_id: 'ARCHIVE005', closed: true }]);
		const calls = (await sim.calls()).filter((call) =>
			[
				'send_event',
				'list_agents',
				'add_user_to_chat',
				'transfer_chat',
				'deactivate_chat',
			].includes(call.method),
		);
		expect(calls.map((call) => [call.method, call.status])).toEqual([
			['send_event', 400],
			['list_agents', 200],
			['add_user_to_chat', 200],
			['send_event', 200],
			['transfer_chat', 200],
			['deactivate_chat', 200],
		]);
		expect(calls[2].body).toMatchObject({ user_id: ADMIN.email, ignore_requester_presence: true });

		const thread = threadOf(LIVE_CHAT_ID);
		// Everyone who was in the chat left with the transfer; brown of Sales has it now.
		expect(thread.user_ids).toEqual([CUSTOMER_ID, BROWN]);
		expect(chats().get(LIVE_CHAT_ID)!.access.group_ids).toEqual([1]);
		expect(thread.events.filter((event) => event.type === 'message').at(-1)).toMatchObject({
			text: 'A colleague from sales will take over.',
			author_id: ADMIN.email,
		});
		expect(threadOf('ARCHIVE005').active).toBe(false);

		const executions = await waitForExecutions(n8n, trigger, 4);
		const items = executions.map((execution) => execution.items[0]);
		expect(items.map((item) => item.action).sort()).toEqual(events);
		const byAction = Object.fromEntries(items.map((item) => [item.action, item]));
		expect(byAction.user_added_to_chat).toMatchObject({
			chatId: LIVE_CHAT_ID,
			user: { id: ADMIN.email },
			requesterId: ADMIN.email,
		});
		expect(byAction.chat_transferred).toMatchObject({
			chatId: LIVE_CHAT_ID,
			requesterId: ADMIN.email,
			transferredTo: { groupIds: [1], agentIds: [BROWN] },
			queue: null,
		});
		expect(byAction.chat_deactivated).toMatchObject({ chatId: 'ARCHIVE005', userId: ADMIN.email });
		await deactivate(n8n, trigger);
	});

	test('C2. start a chat, add and remove an agent, transfer when nobody is free, then queue; resume', async () => {
		const { n8n, sim, pat } = context;
		const workflow = await createActionWorkflow(n8n, 'Outreach', pat, [
			{
				name: 'Start',
				parameters: {
					resource: 'chat',
					operation: 'start',
					customerId: '={{ $json.customerId }}',
					firstMessage: 'Hi, your order has shipped.',
					groupId: 0,
				},
			},
			{
				name: 'Add User',
				parameters: {
					resource: 'chat',
					operation: 'addUser',
					chatId: "={{ $('Start').item.json.chat_id }}",
					userType: 'agent',
					userId: JONES,
					visibility: 'agents',
				},
			},
			{
				name: 'Remove User',
				parameters: {
					resource: 'chat',
					operation: 'removeUser',
					chatId: "={{ $('Start').item.json.chat_id }}",
					userId: JONES,
				},
			},
			{
				name: 'Transfer',
				continueOnFail: true,
				parameters: {
					resource: 'chat',
					operation: 'transfer',
					chatId: "={{ $('Start').item.json.chat_id }}",
					target: 'group',
					groupId: 1,
					queueIfNobodyFree: '={{ $("Split Out").item.json.queue }}',
				},
			},
		]);

		// Sales has only smith, who hands the chat over: nobody can take it.
		const [refused] = await runOk(workflow, [{ customerId: OTHER_CUSTOMER, queue: false }]);
		expect(refused.error).toMatch(/^Nobody the chat was transferred to can take it now/);
		expect(refused.description).toContain('Queue If Nobody Is Free');
		const started = [...chats().values()].find(
			(chat) => chat.customerId === OTHER_CUSTOMER && currentThread(chat).active,
		)!;
		expect(currentThread(started).user_ids).toEqual([OTHER_CUSTOMER, ADMIN.email]);
		expect(currentThread(started).events.map((e) => e.system_message_type ?? e.text)).toEqual([
			'Hi, your order has shipped.',
			'agent_added',
			'agent_removed',
		]);

		const [queued] = await runOk(workflow, [{ customerId: CUSTOMER_ID, queue: true }]);
		expect(queued).toMatchObject({ target: 'group', group_ids: [1], queue_if_nobody_free: true });
		const queuedChat = [...chats().values()].find(
			(chat) => chat.customerId === CUSTOMER_ID && chat.id !== LIVE_CHAT_ID,
		)!;
		expect(currentThread(queuedChat)).toMatchObject({
			user_ids: [CUSTOMER_ID],
			queue: { position: 1 },
		});
		const transfers = await sim.calls('transfer_chat');
		expect(transfers.map((call) => [call.status, call.body.ignore_agents_availability])).toEqual([
			[400, false],
			[200, true],
		]);

		const resume = await createActionWorkflow(n8n, 'Follow up', pat, [
			{
				name: 'Resume',
				parameters: {
					resource: 'chat',
					operation: 'resume',
					chatId: '={{ $json.chatId }}',
					firstMessage: 'Following up on your order.',
				},
			},
		]);
		const [resumed] = await runOk(resume, [{ chatId: 'ARCHIVE007' }]);
		const thread = threadOf('ARCHIVE007');
		expect(resumed).toEqual({
			chat_id: 'ARCHIVE007',
			thread_id: thread.id,
			event_ids: [`${thread.id}_0`],
			active: true,
		});
		expect(thread).toMatchObject({
			active: true,
			events: [{ text: 'Following up on your order.' }],
		});
	});

	test('C3. the agents dropdown of Transfer lists who can take the typed chat, least busy first', async () => {
		const { n8n, pat } = context;
		const options = await n8n.rest('POST', '/rest/dynamic-node-parameters/options', {
			nodeTypeAndVersion: { name: 'n8n-nodes-livechat.liveChat', version: 1 },
			path: 'parameters.agentIds',
			methodName: 'getAgentsForTransfer',
			currentNodeParameters: {
				authentication: 'accessToken',
				resource: 'chat',
				operation: 'transfer',
				chatId: LIVE_CHAT_ID,
				target: 'agents',
			},
			credentials: { liveChatApi: { id: pat.id, name: pat.name } },
		});
		// LiveChat lists who is online, accepting chats or not: the seeded bot too.
		expect(options).toEqual([
			{ name: `${BOT_ID} (0 active chats)`, value: BOT_ID },
			{ name: 'jones@example.com (0 active chats)', value: JONES },
			{ name: 'smith@example.com (1 active chat)', value: ADMIN.email },
		]);
	});
}
