/**
 * The simulator checks the scopes LiveChat's method pages name, with their alternatives: what a
 * personal access token, a bot token and `chats--access` may reach.
 */

import { basic, callApi, simulatorOverHttp, SMITH } from '../helpers/simulatorCalls';
import { LiveChatSimulator } from './server';
import {
	ADMIN,
	AGENT_PAT,
	APP_CLIENT_ID,
	BOT_ID,
	BOT_SECRET,
	EVERY_EVENT_CUSTOMER_ID,
	LIVE_CHAT_ID,
	ORGANIZATION_ID,
} from './state';

const JONES = basic(AGENT_PAT.accountId, AGENT_PAT.token);

let sim: LiveChatSimulator;
beforeEach(() => {
	sim = new LiveChatSimulator();
});

const agent = (method: string, body: object, authorization = SMITH) =>
	callApi(sim, 'agent', method, body, authorization);
const configuration = (method: string, body: object, authorization = SMITH) =>
	callApi(sim, 'configuration', method, body, authorization);

describe('scopes', () => {
	const withScopes = (token: string, scopes: string[]) => {
		sim.state.addPat(ADMIN.accountId, token, scopes);
		return basic(ADMIN.accountId, token);
	};

	it('takes tags--all or tags--groups for the tag methods', () => {
		const all = withScopes('sim-pat-tags-all', ['tags--all:rw']);
		const groups = withScopes('sim-pat-tags-groups', ['tags--groups:rw']);
		const readOnly = withScopes('sim-pat-tags-ro', ['tags--groups:ro']);
		expect(configuration('create_tag', { name: 'first' }, all).status).toBe(200);
		expect(configuration('create_tag', { name: 'second' }, groups).status).toBe(200);
		expect(configuration('list_tags', {}, readOnly).status).toBe(200);
		const refused = configuration('delete_tag', { name: 'first' }, readOnly);
		expect(refused).toMatchObject({
			status: 403,
			body: {
				error: {
					type: 'authorization',
					message: 'Scope tags--all:rw or tags--groups:rw is required',
				},
			},
		});
	});

	it('gives bot tokens chats--access:rw, agents-bot--my:rw and customers:rw, and issue_bot_token needs no scope', () => {
		const noScopes = withScopes('sim-pat-none', []);
		const issued = configuration(
			'issue_bot_token',
			{
				bot_id: BOT_ID,
				client_id: APP_CLIENT_ID,
				bot_secret: BOT_SECRET,
				organization_id: ORGANIZATION_ID,
			},
			noScopes,
		);
		expect(issued.status).toBe(200);
		const bot = `Bearer ${String(issued.body.token)}`;
		expect(agent('get_customer', { id: EVERY_EVENT_CUSTOMER_ID }, bot).status).toBe(200);
		expect(agent('list_chats', {}, bot).status).toBe(200);
		expect(configuration('get_bot', { id: BOT_ID }, bot).status).toBe(200);
		// Its own routing status with agents-bot--my:rw; another app's bot needs agents-bot--all:rw.
		expect(agent('set_routing_status', { status: 'accepting_chats' }, bot).status).toBe(200);
		expect(configuration('list_webhooks', {}, bot).status).toBe(403);
		expect(agent('list_agents_for_transfer', { chat_id: LIVE_CHAT_ID }, noScopes).status).toBe(200);
	});

	it('sets a bot’s routing status with agents-bot--all:rw, and the own app’s bots with agents-bot--my:rw', () => {
		sim.state.bots.push({
			...sim.state.bots[0],
			id: 'other-app-bot',
			owner_client_id: 'other-app',
		});
		const botsAll = withScopes('sim-pat-bots-all', ['agents-bot--all:rw']);
		const none = withScopes('sim-pat-nothing', []);
		expect(
			agent('set_routing_status', { agent_id: 'other-app-bot', status: 'offline' }, botsAll).status,
		).toBe(200);
		expect(
			agent('set_routing_status', { agent_id: 'other-app-bot', status: 'offline' }, none).body
				.error,
		).toMatchObject({ type: 'authorization', message: 'Scope agents-bot--all:rw is required' });
		expect(
			agent(
				'set_routing_status',
				{ agent_id: 'jones@example.com', status: 'accepting_chats' },
				JONES,
			).body.error?.type,
		).toBe('authorization');
	});

	it('lets chats--access reach the chats of the requester’s groups and the chats it is in', () => {
		const access = withScopes('sim-pat-access', ['chats--access:ro']);
		sim.state.agents[0].groups = [{ id: 1, priority: 'normal' }];
		for (const group of sim.state.groups) delete group.agent_priorities[ADMIN.email];
		// Smith is in the live chat (+P), not in the archived chats of group 0.
		expect(agent('get_chat', { chat_id: LIVE_CHAT_ID }, access).status).toBe(200);
		expect(agent('get_chat', { chat_id: 'ARCHIVE000' }, access).body.error?.type).toBe(
			'missing_access',
		);
		const listed = agent('list_chats', {}, access).body.chats_summary as Array<{ id: string }>;
		expect(listed.map((chat) => chat.id)).toEqual([LIVE_CHAT_ID]);
	});
});

describe('scopes over HTTP', () => {
	const { call } = simulatorOverHttp(() => sim);

	it('checks the scope of each method', async () => {
		const answer = await call(
			'configuration',
			'list_webhooks',
			{ owner_client_id: APP_CLIENT_ID },
			{
				Authorization: basic(AGENT_PAT.accountId, AGENT_PAT.token),
			},
		);
		expect(answer).toMatchObject({ status: 403, body: { error: { type: 'authorization' } } });
		expect(
			(
				await call(
					'agent',
					'get_chat',
					{ chat_id: 'PJ0MRSHTDG' },
					{ Authorization: basic(AGENT_PAT.accountId, AGENT_PAT.token) },
				)
			).status,
		).toBe(200);
	});
});
