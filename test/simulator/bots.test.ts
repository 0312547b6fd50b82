/**
 * The simulator's bots follow LiveChat's documented contract (livechat-api-conversations.md §1.7
 * and §4): created offline and owned by a Client ID, 24 h bot tokens from issue_bot_token, the bot
 * acting as itself only in its own groups, routing statuses with LiveChat's two spellings, and the
 * webhooks LiveChat fires.
 */
import nock from 'nock';

import {
	basic,
	callApi,
	type FiredWebhook,
	recordFiredWebhooks,
	SMITH,
} from '../helpers/simulatorCalls';
import { LiveChatSimulator } from './server';
import {
	ADMIN,
	AGENT_PAT,
	APP_CLIENT_ID,
	BOT_ID,
	BOT_SECRET,
	LIVE_CHAT_ID,
	ORGANIZATION_ID,
	currentThread,
} from './state';

const JONES = basic(AGENT_PAT.accountId, AGENT_PAT.token);

let sim: LiveChatSimulator;
let fired: FiredWebhook[];

beforeEach(() => {
	sim = new LiveChatSimulator();
	fired = recordFiredWebhooks(sim);
});

const call = (
	api: 'agent' | 'configuration',
	method: string,
	body: object,
	authorization = SMITH,
) => callApi(sim, api, method, body, authorization);

const issue = (overrides: Record<string, string> = {}, authorization = SMITH) =>
	call(
		'configuration',
		'issue_bot_token',
		{
			bot_id: BOT_ID,
			client_id: APP_CLIENT_ID,
			bot_secret: BOT_SECRET,
			organization_id: ORGANIZATION_ID,
			...overrides,
		},
		authorization,
	);

function botToken() {
	const answer = issue();
	expect(answer.status).toBe(200);
	return `Bearer ${String(answer.body.token)}`;
}

describe('create, update, delete, list and get bots', () => {
	it('creates an offline bot owned by the named app, with a 32-hex id and a secret', () => {
		const missingOwner = call('configuration', 'create_bot', { name: 'Helper' });
		expect(missingOwner.body.error).toEqual({
			type: 'validation',
			message: '`owner_client_id` is required',
		});
		const created = call('configuration', 'create_bot', {
			name: 'Helper',
			owner_client_id: APP_CLIENT_ID,
			groups: [{ id: 1, priority: 'last' }],
		});
		expect(created.status).toBe(200);
		expect(created.body.id).toMatch(/^[0-9a-f]{32}$/);
		expect(created.body.secret).toEqual(expect.any(String));
		const bot = sim.state.bots.find((candidate) => candidate.id === created.body.id)!;
		expect(bot).toMatchObject({
			owner_client_id: APP_CLIENT_ID,
			routing_status: 'offline',
			max_chats_count: 6,
			groups: [{ id: 1, priority: 'last' }],
		});
		expect(fired).toEqual([
			{
				action: 'bot_created',
				payload: expect.objectContaining({ id: bot.id, name: 'Helper' }),
			},
		]);
	});

	it('needs agents-bot--my:rw, a known group and a known priority', () => {
		const denied = call(
			'configuration',
			'create_bot',
			{ name: 'Helper', owner_client_id: APP_CLIENT_ID },
			JONES,
		);
		expect(denied.status).toBe(403);
		const badGroup = call('configuration', 'create_bot', {
			name: 'Helper',
			owner_client_id: APP_CLIENT_ID,
			groups: [{ id: 9 }],
		});
		expect(badGroup.body.error?.type).toBe('not_found');
		const badPriority = call('configuration', 'create_bot', {
			name: 'Helper',
			owner_client_id: APP_CLIENT_ID,
			default_group_priority: 'top',
		});
		expect(badPriority.body.error?.type).toBe('validation');
		expect(sim.state.bots).toHaveLength(1);
	});

	it('updates only the given fields, deletes the bot and its tokens, and fires both', () => {
		const token = botToken();
		expect(call('configuration', 'update_bot', { id: BOT_ID }).body.error?.type).toBe('validation');
		expect(call('configuration', 'update_bot', { id: BOT_ID, name: 'Helper' }).status).toBe(200);
		expect(sim.state.bots[0]).toMatchObject({ name: 'Helper', max_chats_count: 6 });
		expect(call('configuration', 'delete_bot', { id: BOT_ID }).status).toBe(200);
		expect(sim.state.bots).toEqual([]);
		expect(fired).toEqual([
			{ action: 'bot_updated', payload: { id: BOT_ID, name: 'Helper' } },
			{ action: 'bot_deleted', payload: { id: BOT_ID } },
		]);
		expect(call('configuration', 'get_bot', { id: BOT_ID }, token).status).toBe(401);
	});

	it('lists bots with the fields asked for and gets one in full', () => {
		expect(call('configuration', 'list_bots', { fields: ['groups'] }).body).toEqual([
			{ id: BOT_ID, name: 'ChatBot', groups: [{ id: 0, priority: 'first' }] },
		]);
		expect(call('configuration', 'get_bot', { id: BOT_ID }).body).toMatchObject({
			id: BOT_ID,
			owner_client_id: APP_CLIENT_ID,
			default_group_priority: 'first',
		});
		expect(call('configuration', 'get_bot', { id: 'nope' }).body.error?.type).toBe('not_found');
	});
});

describe('issue_bot_token and acting as the bot', () => {
	it('gives a 24 h token only for the right bot, secret, owner app and organization', () => {
		expect(issue({}, '').status).toBe(401);
		expect(issue({ bot_secret: 'wrong' }).status).toBe(401);
		expect(issue({ client_id: 'another-app' }).body.error?.type).toBe('validation');
		expect(issue({ organization_id: 'another-org' }).body.error?.type).toBe('validation');
		expect(issue({ bot_id: 'ffffffffffffffffffffffffffffffff' }).body.error?.type).toBe(
			'not_found',
		);
		expect(sim.state.botTokens.size).toBe(0);
		const before = Date.now();
		botToken();
		const [issued] = sim.state.botTokens.values();
		expect(issued.botId).toBe(BOT_ID);
		expect(issued.expiresAt - before).toBeGreaterThanOrEqual(24 * 3_600_000 - 1_000);
		expect(issued.expiresAt - before).toBeLessThanOrEqual(24 * 3_600_000 + 1_000);
	});

	it('lets the bot send in a chat of its groups as itself, and refuses it elsewhere', () => {
		const token = botToken();
		const notIn = call(
			'agent',
			'send_event',
			{ chat_id: LIVE_CHAT_ID, event: { type: 'message', text: 'Hi' } },
			token,
		);
		expect(notIn.body.error?.message).toBe('Requester is not a user of this chat');
		const join = call(
			'agent',
			'add_user_to_chat',
			{
				chat_id: LIVE_CHAT_ID,
				user_id: BOT_ID,
				user_type: 'agent',
				visibility: 'all',
				ignore_requester_presence: true,
			},
			token,
		);
		expect(join.status).toBe(200);
		const sent = call(
			'agent',
			'send_event',
			{ chat_id: LIVE_CHAT_ID, event: { type: 'message', text: 'Hi' } },
			token,
		);
		expect(sent.status).toBe(200);
		const thread = currentThread(sim.state.chats.get(LIVE_CHAT_ID)!);
		expect(thread.events.at(-1)).toMatchObject({ author_id: BOT_ID, text: 'Hi' });

		// Out of the chat's groups: chats--access still covers a chat the bot is in (Scopes,
		// "Accessing chat": -A +P), but not one of other groups it is not in.
		sim.state.bots[0].groups = [{ id: 1, priority: 'first' }];
		const present = call(
			'agent',
			'send_event',
			{ chat_id: LIVE_CHAT_ID, event: { type: 'message', text: 'Still here' } },
			token,
		);
		expect(present.status).toBe(200);
		const outside = call('agent', 'get_chat', { chat_id: 'ARCHIVE000' }, token);
		expect(outside.body.error).toEqual({
			type: 'missing_access',
			message: `Bot ${BOT_ID} has no access to chat ARCHIVE000: no common group`,
		});
	});

	it('refuses an expired token, also after POST /_sim/bot-tokens/expire', async () => {
		const token = botToken();
		expect(call('configuration', 'get_bot', { id: BOT_ID }, token).status).toBe(200);
		nock.enableNetConnect('127.0.0.1');
		const url = await sim.start();
		try {
			const response = await fetch(`${url}/_sim/bot-tokens/expire`, { method: 'POST' });
			expect(await response.json()).toEqual({ expired: 1 });
		} finally {
			await sim.stop();
			nock.disableNetConnect();
		}
		const refused = call('configuration', 'get_bot', { id: BOT_ID }, token);
		expect(refused).toEqual({
			status: 401,
			body: { error: { type: 'authentication', message: 'Bot token expired' } },
		});
		// A bot token cannot do what its scopes leave out.
		expect(call('agent', 'list_routing_statuses', {}, botToken()).status).toBe(403);
	});
});

describe('reset_bot_secret', () => {
	it("replaces the secret of the named app's bot: the old one issues no token, the new one does", () => {
		const body = { id: BOT_ID, owner_client_id: APP_CLIENT_ID };
		const answer = call('configuration', 'reset_bot_secret', body);
		expect(answer.body.secret).toMatch(/^[0-9a-f]{32}$/);
		expect(issue().body.error?.type).toBe('authentication');
		expect(issue({ bot_secret: String(answer.body.secret) }).status).toBe(200);
		expect(
			call('configuration', 'reset_bot_secret', { ...body, owner_client_id: undefined }).body.error
				?.message,
		).toBe('`owner_client_id` is required');
		expect(call('configuration', 'reset_bot_secret', body, JONES).status).toBe(403);
	});
});

describe('routing statuses', () => {
	it('stores an agent’s status with a space, lists it with an underscore, fires with a space', () => {
		const set = call('agent', 'set_routing_status', {
			agent_id: 'jones@example.com',
			status: 'accepting_chats',
		});
		expect(set.status).toBe(200);
		expect(sim.state.agent('jones@example.com')?.login_status).toBe('accepting chats');
		expect(fired).toEqual([
			{
				action: 'routing_status_set',
				payload: { agent_id: 'jones@example.com', status: 'accepting chats' },
			},
		]);
		const listed = call('agent', 'list_routing_statuses', {}).body as unknown as Array<{
			agent_id: string;
			status: string;
		}>;
		expect(listed).toContainEqual({ agent_id: 'jones@example.com', status: 'accepting_chats' });
		expect(listed).toContainEqual({ agent_id: BOT_ID, status: 'not_accepting_chats' });
		expect(listed.every((entry) => !entry.status.includes(' '))).toBe(true);
	});

	it('filters the list by group and needs both agents--all:ro and agents-bot--all:ro', () => {
		sim.state.bots[0].groups = [{ id: 1, priority: 'first' }];
		const sales = call('agent', 'list_routing_statuses', { filters: { group_ids: [1] } })
			.body as unknown as Array<{ agent_id: string }>;
		expect(sales.map((entry) => entry.agent_id)).toEqual([ADMIN.email, BOT_ID]);
		sim.state.addPat('e0e0e0e0-0000-4000-8000-000000000000', 'agents-only', ['agents--all:ro']);
		const agentsOnly = basic('e0e0e0e0-0000-4000-8000-000000000000', 'agents-only');
		const denied = call('agent', 'list_routing_statuses', {}, agentsOnly);
		expect(denied).toEqual({
			status: 403,
			body: {
				error: { type: 'authorization', message: 'Scope agents-bot--all:ro is required' },
			},
		});
	});

	it('takes offline for bots only, and without agent_id sets the requester', () => {
		expect(
			call('agent', 'set_routing_status', { agent_id: BOT_ID, status: 'offline' }).status,
		).toBe(200);
		expect(sim.state.bots[0].routing_status).toBe('offline');
		const agentOffline = call('agent', 'set_routing_status', {
			agent_id: ADMIN.email,
			status: 'offline',
		});
		expect(agentOffline.body.error?.type).toBe('validation');
		const bot = botToken();
		expect(call('agent', 'set_routing_status', { status: 'accepting_chats' }, bot).status).toBe(
			200,
		);
		expect(sim.state.bots[0].routing_status).toBe('accepting_chats');
		// An agent with neither agents--my:rw nor agents--all:rw changes no status.
		const jones = call('agent', 'set_routing_status', { status: 'not_accepting_chats' }, JONES);
		expect(jones.status).toBe(403);
		expect(sim.state.agent('jones@example.com')?.login_status).toBe('accepting chats');
	});
});
