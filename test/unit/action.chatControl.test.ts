import type { IExecuteFunctions, ILoadOptionsFunctions, INodeProperties } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { OperationRun } from '../../nodes/LiveChat/actions/run';
import { LiveChat } from '../../nodes/LiveChat/LiveChat.node';
import {
	ADMIN,
	AGENT_PAT,
	BOT_ID,
	CUSTOMER_ID,
	currentThread,
	LIVE_CHAT_ID,
	LIVE_THREAD_ID,
} from '../simulator/state';
import {
	API_URL,
	CLIENT_ID,
	executeContext,
	hookContext,
	OAUTH2_CREDENTIALS,
	PAT_CREDENTIALS,
} from '../helpers/contexts';
import { FakeLiveChat } from '../helpers/fakeLiveChat';
import { failingRun, runNode } from '../helpers/runNode';

const JONES_ID = 'jones@example.com';
const ARCHIVED = 'ARCHIVE003';
const OTHER_CUSTOMER = '00000001-0000-4000-8000-000000000001';

const chat = (operation: string, parameters: Record<string, unknown> = {}) => ({
	resource: 'chat',
	operation,
	...parameters,
});

/** The OAuth2 credential as n8n stores it after connecting: LiveChat's answer names the account. */
const SMITH_OAUTH = {
	liveChatOAuth2Api: {
		...OAUTH2_CREDENTIALS,
		oauthTokenData: {
			...(OAUTH2_CREDENTIALS.oauthTokenData as object),
			account_id: ADMIN.accountId,
		},
	},
};

function stateOf(fake: FakeLiveChat, chatId = LIVE_CHAT_ID) {
	const found = fake.simulator.state.chats.get(chatId)!;
	return { chat: found, thread: currentThread(found) };
}

/** Smith, the user of the OAuth2 credential, leaves the live chat; jones has it now. */
function handOverToJones(fake: FakeLiveChat) {
	const { chat: live, thread } = stateOf(fake);
	thread.user_ids = [CUSTOMER_ID, JONES_ID];
	live.agentIds = [JONES_ID];
}

const jonesInSales = (fake: FakeLiveChat) =>
	fake.simulator.state.agent(JONES_ID)!.groups.push({ id: 1, priority: 'normal' });

describe('Chat → Transfer', () => {
	it('transfers to a group: LiveChat gives the chat to a free agent of it', async () => {
		const fake = new FakeLiveChat();
		jonesInSales(fake);
		const [item] = await runNode(
			chat('transfer', { chatId: LIVE_CHAT_ID, target: 'group', groupId: 1 }),
		);
		expect(fake.callsOf('transfer_chat').map((c) => c.body)).toEqual([
			{
				id: LIVE_CHAT_ID,
				target: { type: 'group', ids: [1] },
				ignore_agents_availability: false,
				ignore_requester_presence: false,
			},
		]);
		expect(item.json).toEqual({
			chat_id: LIVE_CHAT_ID,
			target: 'group',
			group_ids: [1],
			queue_if_nobody_free: false,
		});
		const { chat: moved, thread } = stateOf(fake);
		expect(moved.access.group_ids).toEqual([1]);
		expect(thread.user_ids).toEqual([CUSTOMER_ID, JONES_ID]);
	});

	it('takes a group id from an expression as a number, and refuses one that is not', async () => {
		const fake = new FakeLiveChat();
		jonesInSales(fake);
		await runNode(chat('transfer', { chatId: LIVE_CHAT_ID, target: 'group', groupId: ' 1 ' }));
		expect(fake.callsOf('transfer_chat')[0].body.target).toEqual({ type: 'group', ids: [1] });
		const error = await failingRun(
			chat('transfer', { chatId: LIVE_CHAT_ID, target: 'group', groupId: 'Sales' }),
		);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('"Sales" is not a group ID');
		expect(fake.callsOf('transfer_chat')).toHaveLength(1);
	});

	it('transfers to agents given as a list or a comma-separated expression', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('transfer', { chatId: LIVE_CHAT_ID, target: 'agents', agentIds: ` ${JONES_ID}, ` }),
		);
		expect(fake.callsOf('transfer_chat')[0].body.target).toEqual({
			type: 'agent',
			ids: [JONES_ID],
		});
		expect(item.json).toMatchObject({ target: 'agents', agent_ids: [JONES_ID] });
		expect(stateOf(fake).thread.user_ids).toEqual([CUSTOMER_ID, JONES_ID]);
	});

	it('refuses an empty agent list before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(
			chat('transfer', { chatId: LIVE_CHAT_ID, target: 'agents', agentIds: [] }),
		);
		expect(error.message).toBe('No agents to transfer the chat to');
		expect(fake.calls).toHaveLength(0);
	});

	it('transfers within the current group without a target', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('transfer', { chatId: LIVE_CHAT_ID, target: 'currentGroup' }),
		);
		expect(fake.callsOf('transfer_chat')[0].body).toEqual({
			id: LIVE_CHAT_ID,
			ignore_agents_availability: false,
			ignore_requester_presence: false,
		});
		expect(item.json).toEqual({
			chat_id: LIVE_CHAT_ID,
			target: 'currentGroup',
			queue_if_nobody_free: false,
		});
		expect(stateOf(fake).thread.user_ids).toEqual([CUSTOMER_ID, JONES_ID]);
	});

	it('says when nobody is free and how to queue the chat instead', async () => {
		const fake = new FakeLiveChat();
		// Sales has only smith, who is the one handing the chat over.
		const error = await failingRun(
			chat('transfer', { chatId: LIVE_CHAT_ID, target: 'group', groupId: 1 }),
		);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe(
			`Nobody the chat was transferred to can take it now (chat ${LIVE_CHAT_ID})`,
		);
		expect(error.description).toContain('Turn on "Queue If Nobody Is Free"');
		expect(error.description).toContain('No agent available for group');
		expect(stateOf(fake).thread.user_ids).toEqual([CUSTOMER_ID, ADMIN.email]);
	});

	it('queues the chat when nobody is free with "Queue If Nobody Is Free"', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('transfer', {
				chatId: LIVE_CHAT_ID,
				target: 'group',
				groupId: 1,
				queueIfNobodyFree: true,
			}),
		);
		expect(fake.callsOf('transfer_chat')[0].body.ignore_agents_availability).toBe(true);
		expect(item.json.queue_if_nobody_free).toBe(true);
		const { thread } = stateOf(fake);
		expect(thread.user_ids).toEqual([CUSTOMER_ID]);
		expect(thread).toHaveProperty('queue.position', 1);
	});

	it('knows "nobody free" by LiveChat’s message whatever the error type, else says what LiveChat said', async () => {
		const fake = new FakeLiveChat();
		fake.failNext('transfer_chat', {
			status: 400,
			type: 'validation',
			message: 'No agents are available in the target group',
		});
		const nobody = await failingRun(
			chat('transfer', { chatId: LIVE_CHAT_ID, target: 'group', groupId: 0 }),
		);
		expect(nobody.description).toContain('Queue If Nobody Is Free');
		fake.failNext('transfer_chat', { status: 400, type: 'validation', message: 'Bad target' });
		const other = await failingRun(
			chat('transfer', { chatId: LIVE_CHAT_ID, target: 'group', groupId: 0 }),
		);
		expect(other.message).toBe('LiveChat rejected the request to transfer_chat as invalid');
		expect(other.description).toContain('Bad target');
		expect(other.description).not.toContain('Queue If Nobody Is Free');
		fake.failNext('transfer_chat', { status: 400, type: 'something_new', message: 'Odd' });
		const unknown = await failingRun(
			chat('transfer', { chatId: LIVE_CHAT_ID, target: 'group', groupId: 0 }),
		);
		expect(unknown.message).toBe('LiveChat could not complete transfer_chat (something_new)');
	});

	it('says the credential’s user is not in the chat, and goes ahead with "Even If Not in the Chat"', async () => {
		const fake = new FakeLiveChat();
		handOverToJones(fake);
		const error = await failingRun(
			chat('transfer', { chatId: LIVE_CHAT_ID, target: 'currentGroup' }),
		);
		expect(error.message).toBe(
			`The LiveChat user of this credential is not in chat ${LIVE_CHAT_ID}`,
		);
		expect(error.description).toContain('Turn on "Even If Not in the Chat"');
		// Jones leaves, and the General group has nobody else: the chat waits in the queue.
		await runNode(
			chat('transfer', {
				chatId: LIVE_CHAT_ID,
				target: 'currentGroup',
				ignoreRequesterPresence: true,
				queueIfNobodyFree: true,
			}),
		);
		expect(fake.callsOf('transfer_chat')[1].body.ignore_requester_presence).toBe(true);
		expect(stateOf(fake).thread.user_ids).toEqual([CUSTOMER_ID]);
	});

	it('says that an ended chat cannot be transferred', async () => {
		new FakeLiveChat();
		const error = await failingRun(chat('transfer', { chatId: ARCHIVED, target: 'currentGroup' }));
		expect(error.message).toBe(`The chat has ended (chat ${ARCHIVED})`);
		expect(error.description).toContain('Chat → Resume');
	});
});

describe('Chat → Close', () => {
	it('ends the chat', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(chat('close', { chatId: LIVE_CHAT_ID }));
		expect(fake.callsOf('deactivate_chat').map((c) => c.body)).toEqual([
			{ id: LIVE_CHAT_ID, ignore_requester_presence: false },
		]);
		expect(item.json).toEqual({ chat_id: LIVE_CHAT_ID, closed: true });
		const { thread } = stateOf(fake);
		expect(thread.active).toBe(false);
		expect(thread.events.at(-1)).toMatchObject({ system_message_type: 'manual_archived_agent' });
	});

	it('needs the user in the chat unless "Even If Not in the Chat" is on', async () => {
		const fake = new FakeLiveChat();
		handOverToJones(fake);
		const error = await failingRun(chat('close', { chatId: LIVE_CHAT_ID }));
		expect(error.message).toBe(
			`The LiveChat user of this credential is not in chat ${LIVE_CHAT_ID}`,
		);
		expect(stateOf(fake).thread.active).toBe(true);
		await runNode(chat('close', { chatId: LIVE_CHAT_ID, ignoreRequesterPresence: true }));
		expect(stateOf(fake).thread.active).toBe(false);
	});

	it('says that the chat has already ended', async () => {
		new FakeLiveChat();
		const error = await failingRun(chat('close', { chatId: ARCHIVED }));
		expect(error.message).toBe(`The chat has ended (chat ${ARCHIVED})`);
	});
});

describe('Chat → Add User / Remove User', () => {
	it('adds an agent with the chosen visibility', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('addUser', {
				chatId: LIVE_CHAT_ID,
				userType: 'agent',
				userId: JONES_ID,
				visibility: 'agents',
			}),
		);
		expect(fake.callsOf('add_user_to_chat')[0].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			user_id: JONES_ID,
			user_type: 'agent',
			visibility: 'agents',
			ignore_requester_presence: false,
		});
		expect(item.json).toEqual({
			chat_id: LIVE_CHAT_ID,
			user_id: JONES_ID,
			user_type: 'agent',
			visibility: 'agents',
		});
		expect(stateOf(fake).thread.user_ids).toEqual([CUSTOMER_ID, ADMIN.email, JONES_ID]);
	});

	it('adds a customer visible to everyone, whatever visibility is set', async () => {
		const fake = new FakeLiveChat();
		await runNode(
			chat('addUser', {
				chatId: LIVE_CHAT_ID,
				userType: 'customer',
				userId: CUSTOMER_ID,
				visibility: 'agents',
			}),
		);
		expect(fake.callsOf('add_user_to_chat')[0].body).toMatchObject({
			user_type: 'customer',
			visibility: 'all',
		});
	});

	it('passes on LiveChat’s refusal of a second customer, and of a user while not in the chat', async () => {
		const fake = new FakeLiveChat();
		const second = await failingRun(
			chat('addUser', { chatId: LIVE_CHAT_ID, userType: 'customer', userId: OTHER_CUSTOMER }),
		);
		expect(second.description).toContain('A chat can have only one customer');
		handOverToJones(fake);
		const outside = await failingRun(
			chat('addUser', { chatId: LIVE_CHAT_ID, userType: 'agent', userId: ADMIN.email }),
		);
		expect(outside.description).toContain('Even If Not in the Chat');
		const ended = await failingRun(
			chat('addUser', { chatId: ARCHIVED, userType: 'agent', userId: JONES_ID }),
		);
		expect(ended.message).toBe(`The chat has ended (chat ${ARCHIVED})`);
	});

	it('removes an agent', async () => {
		const fake = new FakeLiveChat();
		stateOf(fake).thread.user_ids.push(JONES_ID);
		const [item] = await runNode(chat('removeUser', { chatId: LIVE_CHAT_ID, userId: JONES_ID }));
		expect(fake.callsOf('remove_user_from_chat')[0].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			user_id: JONES_ID,
			user_type: 'agent',
			ignore_requester_presence: false,
		});
		expect(item.json).toEqual({
			chat_id: LIVE_CHAT_ID,
			user_id: JONES_ID,
			user_type: 'agent',
			removed: true,
		});
		expect(stateOf(fake).thread.user_ids).toEqual([CUSTOMER_ID, ADMIN.email]);
	});

	it('says the remove operation is for agents only', () => {
		const notice = new LiveChat().description.properties.find(
			(property) => property.name === 'removeUserNotice',
		);
		expect(notice?.displayName).toContain('Only agents and bots can be removed');
		expect(notice?.displayOptions?.show?.operation).toEqual(['removeUser']);
	});
});

describe('Chat → Start / Resume', () => {
	it('starts a chat with an existing customer and a first message', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('start', {
				customerId: OTHER_CUSTOMER,
				firstMessage: 'Hello from the sales team',
				groupId: 1,
				continuous: true,
				active: true,
			}),
		);
		expect(fake.callsOf('start_chat')[0].body).toEqual({
			chat: {
				access: { group_ids: [1] },
				thread: {
					events: [{ type: 'message', text: 'Hello from the sales team', visibility: 'all' }],
				},
				users: [{ id: OTHER_CUSTOMER, type: 'customer' }],
			},
			active: true,
			continuous: true,
		});
		const chatId = String(item.json.chat_id);
		const { chat: started, thread } = stateOf(fake, chatId);
		expect(item.json).toEqual({
			chat_id: chatId,
			thread_id: thread.id,
			event_ids: [`${thread.id}_0`],
			customer_id: OTHER_CUSTOMER,
			active: true,
		});
		expect(started.customerId).toBe(OTHER_CUSTOMER);
		expect(thread.events[0]).toMatchObject({
			text: 'Hello from the sales team',
			author_id: ADMIN.email,
		});
	});

	it('sends no events without a first message and outputs no event ids', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('start', { customerId: OTHER_CUSTOMER, firstMessage: '  ', active: false }),
		);
		expect(fake.callsOf('start_chat')[0].body).toEqual({
			chat: { access: { group_ids: [0] }, users: [{ id: OTHER_CUSTOMER, type: 'customer' }] },
			active: false,
			continuous: false,
		});
		expect(item.json.event_ids).toEqual([]);
		expect(stateOf(fake, String(item.json.chat_id)).thread.active).toBe(false);
	});

	it('says which customer LiveChat does not know', async () => {
		new FakeLiveChat();
		const error = await failingRun(chat('start', { customerId: 'no-such-customer' }));
		expect(error.message).toBe('LiveChat could not find what start_chat refers to');
		expect(error.description).toContain('Customer no-such-customer not found');
	});

	it('resumes an archived chat; continuous is sent only to switch it on', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('resume', { chatId: ARCHIVED, firstMessage: 'We are back', groupId: 0 }),
		);
		expect(fake.callsOf('resume_chat')[0].body).toEqual({
			chat: {
				id: ARCHIVED,
				access: { group_ids: [0] },
				thread: { events: [{ type: 'message', text: 'We are back', visibility: 'all' }] },
			},
			active: true,
		});
		const { thread } = stateOf(fake, ARCHIVED);
		expect(item.json).toEqual({
			chat_id: ARCHIVED,
			thread_id: thread.id,
			event_ids: [`${thread.id}_0`],
			active: true,
		});
		expect(thread.active).toBe(true);
		await runNode(chat('close', { chatId: ARCHIVED }));
		await runNode(chat('resume', { chatId: ARCHIVED, continuous: true }));
		expect(fake.callsOf('resume_chat')[1].body).toMatchObject({ continuous: true });
		expect(stateOf(fake, ARCHIVED).chat.properties.routing).toMatchObject({ continuous: true });
	});

	it('passes on LiveChat’s refusal to resume a chat that is going on', async () => {
		new FakeLiveChat();
		const error = await failingRun(chat('resume', { chatId: LIVE_CHAT_ID }));
		expect(error.message).toBe(`LiveChat rejected the request to resume_chat as invalid`);
		expect(error.description).toContain('is already active');
	});
});

describe('Chat → Send Message with "Join the Chat First"', () => {
	it('joins the chat as the agent of the credential when LiveChat says it is not in it', async () => {
		const fake = new FakeLiveChat();
		handOverToJones(fake);
		const [item] = await runNode(
			chat('sendMessage', { chatId: LIVE_CHAT_ID, text: 'Hello', joinFirst: true }),
			{ credentials: SMITH_OAUTH },
		);
		expect(fake.calls.map((c) => c.method)).toEqual([
			'send_event',
			'list_agents',
			'add_user_to_chat',
			'send_event',
		]);
		expect(fake.callsOf('add_user_to_chat')[0].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			user_id: ADMIN.email,
			user_type: 'agent',
			visibility: 'all',
			ignore_requester_presence: true,
		});
		const { thread } = stateOf(fake);
		expect(thread.user_ids).toEqual([CUSTOMER_ID, JONES_ID, ADMIN.email]);
		expect(thread.events.at(-1)).toMatchObject({ text: 'Hello', author_id: ADMIN.email });
		expect(item.json).toEqual({
			chat_id: LIVE_CHAT_ID,
			event_id: thread.events.at(-1)!.id,
			visibility: 'all',
			joined: true,
		});
	});

	it('sends once when the user is already in the chat', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('sendMessage', { chatId: LIVE_CHAT_ID, text: 'Hello', joinFirst: true }),
			{ credentials: SMITH_OAUTH },
		);
		expect(fake.calls.map((c) => c.method)).toEqual(['send_event']);
		expect(item.json).toEqual({
			chat_id: LIVE_CHAT_ID,
			event_id: `${LIVE_THREAD_ID}_3`,
			visibility: 'all',
			joined: false,
		});
	});

	it('looks the agent up once per execution', async () => {
		const fake = new FakeLiveChat();
		handOverToJones(fake);
		const other = stateOf(fake, ARCHIVED);
		other.thread.active = true;
		other.thread.user_ids = [other.chat.customerId, JONES_ID];
		const items = await runNode(chat('sendMessage', { text: 'Hello', joinFirst: true }), {
			credentials: SMITH_OAUTH,
			items: [{}, {}],
			itemParameters: [{ chatId: LIVE_CHAT_ID }, { chatId: ARCHIVED }],
		});
		expect(items.map((i) => i.json.joined)).toEqual([true, true]);
		expect(fake.callsOf('list_agents')).toHaveLength(1);
		expect(fake.callsOf('add_user_to_chat').map((c) => c.body.chat_id)).toEqual([
			LIVE_CHAT_ID,
			ARCHIVED,
		]);
	});

	it('finds the agent of a Personal Access Token by its Account ID', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.addPat(AGENT_PAT.accountId, 'jones-token', [
			'chats--access:rw',
			'agents--all:ro',
		]);
		const [item] = await runNode(
			{
				...chat('sendMessage', { chatId: LIVE_CHAT_ID, text: 'Jones here', joinFirst: true }),
				authentication: 'accessToken',
			},
			{
				credentials: {
					liveChatApi: {
						accountId: AGENT_PAT.accountId,
						accessToken: 'jones-token',
						clientId: CLIENT_ID,
						apiUrl: API_URL,
					},
				},
			},
		);
		expect(item.json.joined).toBe(true);
		expect(fake.callsOf('add_user_to_chat')[0].body.user_id).toBe(JONES_ID);
		expect(stateOf(fake).thread.events.at(-1)).toMatchObject({
			text: 'Jones here',
			author_id: JONES_ID,
		});
	});

	it('says so when the credential’s account is not an agent, or the OAuth2 token names none', async () => {
		const fake = new FakeLiveChat();
		const notAgent = await failingRun(
			{
				...chat('sendMessage', { chatId: LIVE_CHAT_ID, text: 'Hello', joinFirst: true }),
				authentication: 'accessToken',
			},
			{ credentials: { liveChatApi: PAT_CREDENTIALS } },
		);
		expect(notAgent.message).toBe('Could not tell who the credential belongs to');
		expect(notAgent.description).toContain('not an agent of this LiveChat license');
		handOverToJones(fake);
		const noAccount = await failingRun(
			chat('sendMessage', { chatId: LIVE_CHAT_ID, text: 'Hello', joinFirst: true }),
		);
		expect(noAccount.description).toContain('Reconnect the OAuth2 credential');
		expect(fake.callsOf('add_user_to_chat')).toHaveLength(0);
	});

	it('does not join an ended chat, and keeps the old behaviour when off', async () => {
		const fake = new FakeLiveChat();
		const ended = await failingRun(
			chat('sendMessage', { chatId: ARCHIVED, text: 'Hello', joinFirst: true }),
			{ credentials: SMITH_OAUTH },
		);
		expect(ended.message).toBe(`The chat has ended (chat ${ARCHIVED})`);
		handOverToJones(fake);
		const off = await failingRun(chat('sendMessage', { chatId: LIVE_CHAT_ID, text: 'Hello' }), {
			credentials: SMITH_OAUTH,
		});
		expect(off.message).toBe(`The LiveChat user of this credential is not in chat ${LIVE_CHAT_ID}`);
		expect(off.description).toContain('Turn on "Join the Chat First"');
		expect(fake.callsOf('add_user_to_chat')).toHaveLength(0);
	});

	it('uses the bot’s ID for the bot credential', async () => {
		const { context } = executeContext({
			parameters: { authentication: 'bot' },
			credentials: { liveChatBotApi: { botId: 'b1f4c0ffee', clientId: CLIENT_ID } },
		});
		const run = new OperationRun(context as IExecuteFunctions);
		await expect(run.requesterUserId(0)).resolves.toBe('b1f4c0ffee');
	});
});

describe('the operations as the editor and AI agents see them', () => {
	const { properties } = new LiveChat().description;
	const chatOperations = properties.find(
		(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes('chat'),
	)!.options as Array<{ value: string; description?: string; action?: string }>;
	const parameter = (name: string, operation: string) =>
		properties.find(
			(p) => p.name === name && p.displayOptions?.show?.operation?.includes(operation),
		) as INodeProperties;

	it('lists each operation with a description and an action', () => {
		for (const value of ['transfer', 'close', 'addUser', 'removeUser', 'start', 'resume']) {
			const option = chatOperations.find((o) => o.value === value);
			expect(option?.description).toBeTruthy();
			expect(option?.action).toMatch(/^[A-Z][a-z]+ (a|the) /);
		}
	});

	it('offers the agents the chat can go to, for the Chat ID typed in', () => {
		expect(parameter('agentIds', 'transfer').typeOptions).toEqual({
			loadOptionsMethod: 'getAgentsForTransfer',
			loadOptionsDependsOn: ['chatId'],
		});
		expect(parameter('joinFirst', 'sendMessage')).toMatchObject({
			type: 'boolean',
			default: false,
		});
	});
});

describe('the agents dropdown of Transfer', () => {
	const node = new LiveChat();
	const loadContext = (chatId: unknown) => {
		const { context } = hookContext();
		Object.assign(context, {
			getCurrentNodeParameter: (name: string) => (name === 'chatId' ? chatId : undefined),
		});
		return context as unknown as ILoadOptionsFunctions;
	};

	it('lists the agents of the chat’s groups with their load, least busy first', async () => {
		const fake = new FakeLiveChat();
		const options = await node.methods.loadOptions.getAgentsForTransfer.call(
			loadContext(LIVE_CHAT_ID),
		);
		expect(fake.callsOf('list_agents_for_transfer')[0].body).toEqual({ chat_id: LIVE_CHAT_ID });
		// LiveChat lists agents (and bots) that are online, accepting chats or not.
		expect(options).toEqual([
			{ name: `${BOT_ID} (0 active chats)`, value: BOT_ID },
			{ name: 'jones@example.com (0 active chats)', value: JONES_ID },
			{ name: 'smith@example.com (1 active chat)', value: ADMIN.email },
		]);
	});

	it('asks for a Chat ID when there is none it can use', async () => {
		const fake = new FakeLiveChat();
		for (const chatId of ['', '={{ $json.chatId }}']) {
			await expect(
				node.methods.loadOptions.getAgentsForTransfer.call(loadContext(chatId)),
			).rejects.toThrow('Enter a Chat ID to list its agents');
		}
		expect(fake.calls).toHaveLength(0);
	});
});
