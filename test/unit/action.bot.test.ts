import { NodeApiError } from 'n8n-workflow';

import { PAT_CREDENTIALS } from '../helpers/contexts';
import { FakeLiveChat } from '../helpers/fakeLiveChat';
import { failingRun, runNode } from '../helpers/runNode';
import {
	APP_CLIENT_ID,
	BOT_ID,
	BOT_SECRET,
	LIVE_CHAT_ID,
	ORGANIZATION_ID,
} from '../simulator/state';

const asPat = { credentials: { liveChatApi: PAT_CREDENTIALS } };
const bot = (operation: string, parameters: Record<string, unknown> = {}) => ({
	resource: 'bot',
	authentication: 'accessToken',
	operation,
	...parameters,
});

/** The credentials of the seeded bot, with the token n8n's pre-authentication would have got. */
function botCredentials(fake: FakeLiveChat, accessToken = String(PAT_CREDENTIALS.accessToken)) {
	const answer = fake.simulator.answerApi({
		version: '3.6',
		api: 'configuration',
		method: 'issue_bot_token',
		authorization: `Basic ${Buffer.from(`${String(PAT_CREDENTIALS.accountId)}:${accessToken}`).toString('base64')}`,
		xRegion: fake.simulator.state.region,
		body: JSON.stringify({
			bot_id: BOT_ID,
			client_id: APP_CLIENT_ID,
			bot_secret: BOT_SECRET,
			organization_id: ORGANIZATION_ID,
		}),
	});
	const { token } = answer.body as { token: string };
	return { credentials: { liveChatBotApi: { botId: BOT_ID, botToken: token, accessToken } } };
}

describe('Bot → Create, Get, Get Many, Update, Delete', () => {
	it('creates a bot owned by the credential’s app and never outputs its secret', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			bot('create', {
				name: 'Order Assistant',
				additionalFields: { groupIds: [0, 1], defaultGroupPriority: 'first', maxChatsCount: 20 },
			}),
			asPat,
		);
		expect(fake.callsOf('create_bot')[0].body).toEqual({
			name: 'Order Assistant',
			owner_client_id: PAT_CREDENTIALS.clientId,
			default_group_priority: 'first',
			max_chats_count: 20,
			groups: [
				{ id: 0, priority: 'first' },
				{ id: 1, priority: 'first' },
			],
		});
		const created = fake.simulator.state.bots.find((b) => b.name === 'Order Assistant')!;
		expect(item.json).toMatchObject({ id: created.id, name: 'Order Assistant' });
		expect(JSON.stringify(item.json)).not.toContain(created.secret);
	});

	it('gets, lists, updates and deletes bots', async () => {
		const fake = new FakeLiveChat();
		const [got] = await runNode(bot('get', { botId: BOT_ID }), asPat);
		expect(got.json).toMatchObject({ id: BOT_ID, name: 'ChatBot', groups: [{ id: 0 }] });
		const listed = await runNode(bot('getMany', { returnAll: true }), asPat);
		expect(listed.map((i) => i.json.id)).toEqual([BOT_ID]);
		await runNode(bot('update', { botId: BOT_ID, updateFields: { name: 'Helper' } }), asPat);
		expect(fake.simulator.state.bots[0].name).toBe('Helper');
		await runNode(bot('delete', { botId: BOT_ID }), asPat);
		expect(fake.simulator.state.bots).toEqual([]);
	});

	it('refuses an update without fields before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(bot('update', { botId: BOT_ID, updateFields: {} }), asPat);
		expect(error.message).toBe('Nothing to update');
		expect(fake.callsOf('update_bot')).toEqual([]);
	});

	it('sets a bot’s routing status, offline included', async () => {
		const fake = new FakeLiveChat();
		await runNode(bot('setRoutingStatus', { botId: BOT_ID, status: 'offline' }), asPat);
		expect(fake.simulator.state.bots[0].routing_status).toBe('offline');
	});
});

describe('acting as the bot (LiveChat Bot API credential)', () => {
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

	it('calls the license’s region at once: the bot token names none, the PAT does', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.region = 'fra';
		const credentials = botCredentials(
			fake,
			String(PAT_CREDENTIALS.accessToken).replace(/^dal:/, 'fra:'),
		);
		await runNode(
			{ resource: 'bot', authentication: 'bot', operation: 'get', botId: BOT_ID },
			credentials,
		);
		const calls = fake.callsOf('get_bot');
		expect(calls.map((call) => call.headers['x-region'])).toEqual(['fra']);
		expect(calls[0].headers.authorization).toBe(
			`Bearer ${credentials.credentials.liveChatBotApi.botToken}`,
		);
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
