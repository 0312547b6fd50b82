import { NodeApiError } from 'n8n-workflow';

import { botCredentials } from '../../../helpers/botCredentials';
import {
	ARCHIVED_CHAT_ID,
	chat,
	handOverToJones,
	JONES_ID,
	simulatedChat,
} from '../../../helpers/chats';
import { API_URL, CLIENT_ID, OAUTH2_CREDENTIALS, PAT_CREDENTIALS } from '../../../helpers/contexts';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import {
	ADMIN,
	AGENT_PAT,
	BOT_ID,
	CUSTOMER_ID,
	LIVE_CHAT_ID,
	LIVE_THREAD_ID,
} from '../../../simulator/state';

describe('Chat → Send Message', () => {
	it('sends a message event with the chosen visibility and returns its id', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('sendMessage', { chatId: LIVE_CHAT_ID, text: 'Only for agents', visibility: 'agents' }),
		);
		expect(fake.callsOf('send_event')[0].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			event: { type: 'message', text: 'Only for agents', visibility: 'agents' },
		});
		expect(item.json).toEqual({
			chat_id: LIVE_CHAT_ID,
			event_id: `${LIVE_THREAD_ID}_3`,
			visibility: 'agents',
		});
		const thread = fake.simulator.state.chats.get(LIVE_CHAT_ID)!.threads[0];
		expect(thread.events[3]).toMatchObject({
			text: 'Only for agents',
			author_id: 'smith@example.com',
		});
	});

	it('says that the credential’s user must join the chat first', async () => {
		new FakeLiveChat();
		// The PAT of the test contexts belongs to an account that is not an agent of the chat.
		const error = await failingRun(
			{
				...chat('sendMessage', { chatId: LIVE_CHAT_ID, text: 'Hello' }),
				authentication: 'accessToken',
			},
			{ credentials: { liveChatApi: PAT_CREDENTIALS } },
		);
		expect(error.message).toBe(
			`The LiveChat user of this credential is not in chat ${LIVE_CHAT_ID}`,
		);
		expect(error.description).toContain('join the chat first');
	});

	it('says that an ended chat cannot take messages', async () => {
		new FakeLiveChat();
		const error = await failingRun(chat('sendMessage', { chatId: 'ARCHIVE003', text: 'Hello' }));
		expect(error.message).toBe('The chat has ended (chat ARCHIVE003)');
		expect(error.description).toContain('needs an active chat');
	});

	it('refuses empty text before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(chat('sendMessage', { chatId: LIVE_CHAT_ID, text: '' }));
		expect(error.message).toBe('Text is empty');
		expect(fake.calls).toHaveLength(0);
	});
});

describe('Chat → Send Message with "Join the Chat First"', () => {
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
		const { thread } = simulatedChat(fake);
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
		const other = simulatedChat(fake, ARCHIVED_CHAT_ID);
		other.thread.active = true;
		other.thread.user_ids = [other.chat.customerId, JONES_ID];
		const items = await runNode(chat('sendMessage', { text: 'Hello', joinFirst: true }), {
			credentials: SMITH_OAUTH,
			items: [{}, {}],
			itemParameters: [{ chatId: LIVE_CHAT_ID }, { chatId: ARCHIVED_CHAT_ID }],
		});
		expect(items.map((i) => i.json.joined)).toEqual([true, true]);
		expect(fake.callsOf('list_agents')).toHaveLength(1);
		expect(fake.callsOf('add_user_to_chat').map((c) => c.body.chat_id)).toEqual([
			LIVE_CHAT_ID,
			ARCHIVED_CHAT_ID,
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
		expect(simulatedChat(fake).thread.events.at(-1)).toMatchObject({
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
			chat('sendMessage', { chatId: ARCHIVED_CHAT_ID, text: 'Hello', joinFirst: true }),
			{ credentials: SMITH_OAUTH },
		);
		expect(ended.message).toBe(`The chat has ended (chat ${ARCHIVED_CHAT_ID})`);
		handOverToJones(fake);
		const off = await failingRun(chat('sendMessage', { chatId: LIVE_CHAT_ID, text: 'Hello' }), {
			credentials: SMITH_OAUTH,
		});
		expect(off.message).toBe(`The LiveChat user of this credential is not in chat ${LIVE_CHAT_ID}`);
		expect(off.description).toContain('Turn on "Join the Chat First"');
		expect(fake.callsOf('add_user_to_chat')).toHaveLength(0);
	});
});

describe('Chat → Send Message as the bot (LiveChat Bot API credential)', () => {
	it('sends a message as the bot after joining the chat', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			{
				resource: 'chat',
				authentication: 'bot',
				operation: 'sendMessage',
				chatId: LIVE_CHAT_ID,
				text: 'Hello, I am the bot',
				joinFirst: true,
			},
			botCredentials(fake),
		);
		expect(item.json).toMatchObject({ joined: true });
		const thread = fake.simulator.state.chats.get(LIVE_CHAT_ID)!.threads.at(-1)!;
		expect(thread.events.at(-1)).toMatchObject({ author_id: BOT_ID, text: 'Hello, I am the bot' });
		expect(
			fake.calls.filter((c) => c.method === 'send_event').map((c) => c.headers.authorization),
		).toEqual([expect.stringMatching(/^Bearer /), expect.stringMatching(/^Bearer /)]);
	});

	it('says when the bot is outside the chat’s groups, and how to fix it', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.bots[0].groups = [{ id: 1, priority: 'first' }];
		const error = await failingRun(
			{
				resource: 'chat',
				authentication: 'bot',
				operation: 'sendMessage',
				chatId: LIVE_CHAT_ID,
				text: 'Hi',
			},
			botCredentials(fake),
		);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe(`The bot is not in the groups of chat ${LIVE_CHAT_ID}`);
		expect(error.description).toContain('Bot → Update');
	});
});
