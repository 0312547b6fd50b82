/**
 * The simulator's conversation control follows LiveChat's documented rules (requester presence,
 * active threads, group overlap, routing) and fires the webhooks LiveChat fires, with the payloads
 * LiveChat documents.
 */
import fs from 'fs';
import path from 'path';

import {
	type Answer,
	basic,
	callApi,
	type FiredWebhook,
	recordFiredWebhooks,
	SMITH,
} from '../helpers/simulatorCalls';
import { METHODS } from './api';
import type { Caller } from './calls';
import { LiveChatError } from './errors';
import { buildEvent } from './webhookEvents';
import { LiveChatSimulator } from './server';
import type { Agent, Bot } from './state';
import {
	ADMIN,
	AGENT_PAT,
	BOT_ID,
	CUSTOMER_ID,
	LIVE_CHAT_ID,
	LIVE_THREAD_ID,
	LiveChatState,
	currentThread,
} from './state';

const JONES = basic(AGENT_PAT.accountId, AGENT_PAT.token);
const JONES_ID = 'jones@example.com';
const ARCHIVED = 'ARCHIVE003';
const OTHER_CUSTOMER = '00000001-0000-4000-8000-000000000001';

let sim: LiveChatSimulator;
let fired: FiredWebhook[];

beforeEach(() => {
	sim = new LiveChatSimulator();
	fired = recordFiredWebhooks(sim);
});

/** An Agent Chat API call over the simulator's own request handling (auth, scopes, rules). */
const call = (method: string, body: object, authorization = SMITH) =>
	callApi(sim, 'agent', method, body, authorization);

/** A call as a bot with its own token (the requester is then the bot). */
function callAsBot(botId: string, method: string, body: Record<string, unknown>) {
	const caller: Caller = { accountId: '', botId };
	try {
		const answer = METHODS.agent[method]({
			state: sim.state,
			deliverer: sim.deliverer,
			pages: sim.pages,
			caller,
			body,
			propagationDelayMs: 0,
		});
		return { status: 200, body: answer as Answer };
	} catch (error) {
		if (!(error instanceof LiveChatError)) throw error;
		return { status: error.status, body: error.body as Answer };
	}
}

const chat = (id = LIVE_CHAT_ID) => sim.state.chats.get(id)!;
const thread = (id = LIVE_CHAT_ID) => currentThread(chat(id));

function addAgent(overrides: Partial<Agent> & { id: string }) {
	const agent: Agent = {
		account_id: `account-${overrides.id}`,
		name: overrides.id,
		role: 'normal',
		job_title: 'Support',
		max_chats_count: 6,
		avatar_path: '',
		login_status: 'accepting chats',
		groups: [{ id: 0, priority: 'normal' }],
		suspended: false,
		awaiting_approval: false,
		...overrides,
	};
	sim.state.agents.push(agent);
	return agent;
}

function addBot(overrides: Partial<Bot> & { id: string }) {
	const bot: Bot = {
		name: 'Order bot',
		secret: 'bot-secret',
		owner_client_id: 'client',
		max_chats_count: 10,
		default_group_priority: 'normal',
		type: 'bot',
		groups: [{ id: 1, priority: 'normal' }],
		routing_status: 'accepting_chats',
		...overrides,
	};
	sim.state.bots.push(bot);
	return bot;
}

/** Puts jones in the Sales group, where smith is the only agent otherwise. */
const jonesInSales = () => sim.state.agent(JONES_ID)!.groups.push({ id: 1, priority: 'normal' });

const fixturePayload = (action: string) =>
	(
		JSON.parse(
			fs.readFileSync(path.join(__dirname, '../fixtures/webhooks', `${action}.json`), 'utf8'),
		) as { payload: Record<string, unknown> }
	).payload;

describe('requester presence and active threads', () => {
	it.each([
		['transfer_chat', { id: LIVE_CHAT_ID, ignore_agents_availability: true }],
		['deactivate_chat', { id: LIVE_CHAT_ID }],
		[
			'add_user_to_chat',
			{ chat_id: LIVE_CHAT_ID, user_id: JONES_ID, user_type: 'agent', visibility: 'all' },
		],
		['remove_user_from_chat', { chat_id: LIVE_CHAT_ID, user_id: ADMIN.email, user_type: 'agent' }],
	])('%s refuses a requester who is not in the chat unless told to ignore it', (method, body) => {
		// Jones is an agent of the license but not a user of the live chat.
		const refused = call(method, body, JONES);
		expect(refused.body.error).toEqual({
			type: 'validation',
			message: 'Requester is not a user of this chat',
		});
		expect(fired).toEqual([]);
		const allowed = call(method, { ...body, ignore_requester_presence: true }, JONES);
		expect(allowed.status).toBe(200);
		expect(fired).toHaveLength(1);
	});

	it.each([
		['transfer_chat', { id: ARCHIVED }],
		['deactivate_chat', { id: ARCHIVED }],
		[
			'add_user_to_chat',
			{ chat_id: ARCHIVED, user_id: JONES_ID, user_type: 'agent', visibility: 'all' },
		],
		['remove_user_from_chat', { chat_id: ARCHIVED, user_id: ADMIN.email, user_type: 'agent' }],
	])('%s needs an active chat (chat_inactive)', (method, body) => {
		const answer = call(method, { ...body, ignore_requester_presence: true });
		expect(answer.body.error?.type).toBe('chat_inactive');
		expect(fired).toEqual([]);
	});

	it('asks for the chats rw scope, and only a valid credential for list_agents_for_transfer', () => {
		sim.state.addPat(AGENT_PAT.accountId, 'read-only', ['customers:ro']);
		const readOnly = basic(AGENT_PAT.accountId, 'read-only');
		expect(call('transfer_chat', { id: LIVE_CHAT_ID }, readOnly).body.error?.type).toBe(
			'authorization',
		);
		expect(call('list_agents_for_transfer', { chat_id: LIVE_CHAT_ID }, readOnly).status).toBe(200);
		expect(call('list_agents_for_transfer', { chat_id: LIVE_CHAT_ID }, '').status).toBe(401);
	});
});

describe('transfer_chat', () => {
	it('to a group: assigns a free agent of it, the previous agents leave, chat_transferred fires', () => {
		jonesInSales();
		const answer = call('transfer_chat', { id: LIVE_CHAT_ID, target: { type: 'group', ids: [1] } });
		expect(answer).toEqual({ status: 200, body: {} });
		expect(chat().access).toEqual({ group_ids: [1] });
		expect(thread().user_ids).toEqual([CUSTOMER_ID, JONES_ID]);
		expect(chat().agentIds).toEqual([JONES_ID]);
		expect(thread().events.at(-1)).toMatchObject({
			type: 'system_message',
			system_message_type: 'chat_transferred',
		});
		expect(fired).toEqual([
			{
				action: 'chat_transferred',
				payload: {
					chat_id: LIVE_CHAT_ID,
					thread_id: LIVE_THREAD_ID,
					requester_id: ADMIN.email,
					reason: 'manual',
					transferred_to: { group_ids: [1], agent_ids: [JONES_ID] },
				},
			},
		]);
	});

	it('fails when nobody of the group is free, and changes nothing', () => {
		// Sales has only smith, who is the one handing the chat over.
		const answer = call('transfer_chat', { id: LIVE_CHAT_ID, target: { type: 'group', ids: [1] } });
		expect(answer.body.error).toEqual({
			type: 'group_unavailable',
			message: 'No agent available for group',
		});
		expect(thread().user_ids).toEqual([CUSTOMER_ID, ADMIN.email]);
		expect(chat().access).toEqual({ group_ids: [0] });
		expect(fired).toEqual([]);
	});

	it('counts agents who do not accept chats or are at their limit as not free', () => {
		jonesInSales();
		const jones = sim.state.agent(JONES_ID)!;
		jones.login_status = 'not accepting chats';
		expect(
			call('transfer_chat', { id: LIVE_CHAT_ID, target: { type: 'group', ids: [1] } }).body.error
				?.type,
		).toBe('group_unavailable');
		jones.login_status = 'accepting chats';
		jones.max_chats_count = 1;
		currentThread(chat(ARCHIVED)).active = true;
		currentThread(chat(ARCHIVED)).user_ids.push(JONES_ID);
		expect(
			call('transfer_chat', { id: LIVE_CHAT_ID, target: { type: 'group', ids: [1] } }).body.error
				?.type,
		).toBe('group_unavailable');
	});

	it('queues the chat when nobody is free and ignore_agents_availability is set', () => {
		const answer = call('transfer_chat', {
			id: LIVE_CHAT_ID,
			target: { type: 'group', ids: [1] },
			ignore_agents_availability: true,
		});
		expect(answer.status).toBe(200);
		expect(thread().user_ids).toEqual([CUSTOMER_ID]);
		expect(chat().access).toEqual({ group_ids: [1] });
		const { payload } = fired[0];
		expect(payload.transferred_to).toEqual({ group_ids: [1] });
		expect(payload.queue).toEqual({ position: 1, wait_time: 0, queued_at: expect.any(String) });
		expect(call('get_chat', { chat_id: LIVE_CHAT_ID }).body.thread).toMatchObject({
			queue: { position: 1 },
		});
	});

	it('to agents: each must share a group with the chat and be free', () => {
		addBot({ id: 'sales-bot', groups: [{ id: 1, priority: 'normal' }] });
		expect(
			call('transfer_chat', { id: LIVE_CHAT_ID, target: { type: 'agent', ids: ['sales-bot'] } })
				.body.error,
		).toEqual({
			type: 'validation',
			message: 'Agent sales-bot has no access to the chat; transfer to one of its groups',
		});
		expect(
			call('transfer_chat', { id: LIVE_CHAT_ID, target: { type: 'agent', ids: ['nobody@x.com'] } })
				.body.error?.type,
		).toBe('not_found');
		sim.state.agent(JONES_ID)!.login_status = 'not accepting chats';
		expect(
			call('transfer_chat', { id: LIVE_CHAT_ID, target: { type: 'agent', ids: [JONES_ID] } }).body
				.error,
		).toEqual({ type: 'group_unavailable', message: 'No agent available for transfer' });
		sim.state.agent(JONES_ID)!.login_status = 'accepting chats';
		expect(
			call('transfer_chat', { id: LIVE_CHAT_ID, target: { type: 'agent', ids: [JONES_ID] } })
				.status,
		).toBe(200);
		expect(thread().user_ids).toEqual([CUSTOMER_ID, JONES_ID]);
		expect(fired[0].payload.transferred_to).toEqual({ agent_ids: [JONES_ID] });
	});

	it('within the current group (no target): another free agent of the group takes it', () => {
		expect(call('transfer_chat', { id: LIVE_CHAT_ID }).status).toBe(200);
		expect(thread().user_ids).toEqual([CUSTOMER_ID, JONES_ID]);
		expect(chat().access).toEqual({ group_ids: [0] });
		expect(fired[0].payload.transferred_to).toEqual({ group_ids: [0], agent_ids: [JONES_ID] });
	});

	it('gives a group chat to a free bot of the group; a bot requester leaves like an agent', () => {
		addBot({ id: 'sales-bot', groups: [{ id: 1, priority: 'normal' }] });
		expect(
			call('transfer_chat', { id: LIVE_CHAT_ID, target: { type: 'group', ids: [1] } }).status,
		).toBe(200);
		expect(thread().user_ids).toEqual([CUSTOMER_ID, 'sales-bot']);
		// The bot hands the chat back to the General group: jones and smith are free, jones first.
		const back = callAsBot('sales-bot', 'transfer_chat', {
			id: LIVE_CHAT_ID,
			target: { type: 'group', ids: [0] },
		});
		expect(back.status).toBe(200);
		expect(thread().user_ids).toEqual([CUSTOMER_ID, JONES_ID]);
		expect(fired[1].payload).toMatchObject({
			requester_id: 'sales-bot',
			transferred_to: { group_ids: [0], agent_ids: [JONES_ID] },
		});
	});

	it('checks the target', () => {
		expect(
			call('transfer_chat', { id: LIVE_CHAT_ID, target: { type: 'team', ids: [1] } }).body.error
				?.type,
		).toBe('validation');
		expect(
			call('transfer_chat', { id: LIVE_CHAT_ID, target: { type: 'group', ids: [9] } }).body.error,
		).toEqual({ type: 'not_found', message: 'Group 9 not found' });
		expect(call('transfer_chat', { id: 'NOSUCHCHAT' }).body.error?.type).toBe('not_found');
	});
});

describe('deactivate_chat', () => {
	it('ends the thread with a manual_archived_agent message and fires chat_deactivated', () => {
		expect(call('deactivate_chat', { id: LIVE_CHAT_ID })).toEqual({ status: 200, body: {} });
		expect(thread().active).toBe(false);
		expect(thread().events.at(-1)).toMatchObject({
			type: 'system_message',
			system_message_type: 'manual_archived_agent',
		});
		expect(fired).toEqual([
			{
				action: 'chat_deactivated',
				payload: { chat_id: LIVE_CHAT_ID, thread_id: LIVE_THREAD_ID, user_id: ADMIN.email },
			},
		]);
		// The same shape as the trigger's sample event of the same action.
		const sample = buildEvent(new LiveChatState(), { action: 'chat_deactivated' }).payload;
		expect(Object.keys(fired[0].payload).sort()).toEqual(Object.keys(sample as object).sort());
		expect(call('deactivate_chat', { id: LIVE_CHAT_ID }).body.error?.type).toBe('chat_inactive');
	});
});

describe('add_user_to_chat / remove_user_from_chat', () => {
	it('adds an agent of a shared group and fires user_added_to_chat shaped like LiveChat’s sample', () => {
		const answer = call('add_user_to_chat', {
			chat_id: LIVE_CHAT_ID,
			user_id: JONES_ID,
			user_type: 'agent',
			visibility: 'agents',
		});
		expect(answer).toEqual({ status: 200, body: {} });
		expect(thread().user_ids).toEqual([CUSTOMER_ID, ADMIN.email, JONES_ID]);
		expect(thread().events.at(-1)).toMatchObject({ system_message_type: 'agent_added' });
		const { payload } = fired[0];
		expect(fired[0].action).toBe('user_added_to_chat');
		expect(Object.keys(payload).sort()).toEqual(
			Object.keys(fixturePayload('user_added_to_chat')).sort(),
		);
		expect(payload).toMatchObject({
			chat_id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
			user: {
				id: JONES_ID,
				type: 'agent',
				name: 'Agent Jones',
				present: true,
				visibility: 'agents',
			},
			user_type: 'agent',
			reason: 'manual',
			requester_id: ADMIN.email,
		});
	});

	it('writes agent_joined when the requester adds itself', () => {
		call(
			'add_user_to_chat',
			{
				chat_id: LIVE_CHAT_ID,
				user_id: JONES_ID,
				user_type: 'agent',
				visibility: 'all',
				ignore_requester_presence: true,
			},
			JONES,
		);
		expect(thread().events.at(-1)).toMatchObject({ system_message_type: 'agent_joined' });
		expect(fired[0].payload.requester_id).toBe(JONES_ID);
	});

	it('refuses agents without a shared group, unknown users, a second customer and hidden customers', () => {
		const add = (body: object) =>
			call('add_user_to_chat', { chat_id: LIVE_CHAT_ID, visibility: 'all', ...body }).body.error;
		addBot({ id: 'sales-bot', groups: [{ id: 1, priority: 'normal' }] });
		expect(add({ user_id: 'sales-bot', user_type: 'agent' })).toEqual({
			type: 'validation',
			message: "Agent sales-bot has no access to the chat's groups",
		});
		expect(add({ user_id: 'ghost@example.com', user_type: 'agent' })?.type).toBe('not_found');
		expect(add({ user_id: OTHER_CUSTOMER, user_type: 'customer' })).toEqual({
			type: 'validation',
			message: 'A chat can have only one customer',
		});
		expect(
			add({ user_id: CUSTOMER_ID, user_type: 'customer', visibility: 'agents' })?.message,
		).toBe('A customer must be added with visibility all');
		expect(add({ user_id: JONES_ID, user_type: 'visitor' })?.type).toBe('validation');
		expect(fired).toEqual([]);
	});

	it('lets a bot of the chat’s group in (bots share groups through bot.groups)', () => {
		addBot({ id: 'general-bot', name: 'Helper', groups: [{ id: 0, priority: 'normal' }] });
		const answer = callAsBot('general-bot', 'add_user_to_chat', {
			chat_id: LIVE_CHAT_ID,
			user_id: 'general-bot',
			user_type: 'agent',
			visibility: 'all',
			ignore_requester_presence: true,
		});
		expect(answer.status).toBe(200);
		expect(thread().user_ids).toContain('general-bot');
		expect(fired[0].payload).toMatchObject({
			user: { id: 'general-bot', name: 'Helper' },
			requester_id: 'general-bot',
		});
	});

	it('removes agents only, and fires user_removed_from_chat', () => {
		call('add_user_to_chat', {
			chat_id: LIVE_CHAT_ID,
			user_id: JONES_ID,
			user_type: 'agent',
			visibility: 'all',
		});
		expect(
			call('remove_user_from_chat', {
				chat_id: LIVE_CHAT_ID,
				user_id: CUSTOMER_ID,
				user_type: 'customer',
			}).body.error?.type,
		).toBe('validation');
		const answer = call('remove_user_from_chat', {
			chat_id: LIVE_CHAT_ID,
			user_id: JONES_ID,
			user_type: 'agent',
		});
		expect(answer.status).toBe(200);
		expect(thread().user_ids).toEqual([CUSTOMER_ID, ADMIN.email]);
		expect(thread().events.at(-1)).toMatchObject({ system_message_type: 'agent_removed' });
		expect(fired[1]).toEqual({
			action: 'user_removed_from_chat',
			payload: {
				chat_id: LIVE_CHAT_ID,
				thread_id: LIVE_THREAD_ID,
				user_id: JONES_ID,
				user_type: 'agent',
				reason: 'manual',
				requester_id: ADMIN.email,
			},
		});
		expect(
			call('remove_user_from_chat', {
				chat_id: LIVE_CHAT_ID,
				user_id: JONES_ID,
				user_type: 'agent',
			}).body.error?.type,
		).toBe('not_found');
	});
});

describe('start_chat / resume_chat', () => {
	const start = (chatBody: object, extra: object = {}) =>
		call('start_chat', { chat: chatBody, ...extra });

	it('starts a chat with an existing customer, the requester and a first message', () => {
		const answer = start({
			users: [{ id: OTHER_CUSTOMER, type: 'customer' }],
			access: { group_ids: [1] },
			thread: { events: [{ type: 'message', text: 'Hello from sales' }] },
		});
		expect(answer.status).toBe(200);
		const { chat_id, thread_id, event_ids } = answer.body as Record<string, string>;
		expect(Object.keys(answer.body).sort()).toEqual(['chat_id', 'event_ids', 'thread_id']);
		expect(event_ids).toEqual([`${thread_id}_0`]);
		const started = chat(chat_id);
		expect(started).toMatchObject({
			customerId: OTHER_CUSTOMER,
			agentIds: [ADMIN.email],
			access: { group_ids: [1] },
			properties: { routing: { continuous: false } },
		});
		expect(currentThread(started)).toMatchObject({
			id: thread_id,
			active: true,
			user_ids: [OTHER_CUSTOMER, ADMIN.email],
			events: [
				{ type: 'message', text: 'Hello from sales', author_id: ADMIN.email, visibility: 'all' },
			],
		});
		expect(fired.map((f) => f.action)).toEqual(['incoming_chat']);
		expect(fired[0].payload).toMatchObject({
			chat: { id: chat_id, thread: { id: thread_id, active: true } },
		});
	});

	it('answers without event_ids when no events were sent; an inactive thread fires nothing', () => {
		const answer = start(
			{ users: [{ id: OTHER_CUSTOMER, type: 'customer' }] },
			{ active: false, continuous: true },
		);
		expect(Object.keys(answer.body).sort()).toEqual(['chat_id', 'thread_id']);
		const started = chat(String(answer.body.chat_id));
		expect(currentThread(started).active).toBe(false);
		expect(started.properties.routing).toMatchObject({ continuous: true });
		expect(fired).toEqual([]);
	});

	it('needs an existing customer, at most one, and at most 4 agents besides the requester', () => {
		expect(start({}).body.error?.message).toBe(
			'`chat.users` must include the customer (an existing customer ID)',
		);
		expect(start({ users: [{ id: 'no-such-customer', type: 'customer' }] }).body.error).toEqual({
			type: 'not_found',
			message: 'Customer no-such-customer not found',
		});
		expect(
			start({
				users: [
					{ id: OTHER_CUSTOMER, type: 'customer' },
					{ id: CUSTOMER_ID, type: 'customer' },
				],
			}).body.error?.message,
		).toBe('A chat can have only one customer');
		for (const n of [1, 2, 3, 4]) addAgent({ id: `agent${n}@example.com` });
		const fiveAgents = [JONES_ID, 1, 2, 3, 4].map((n) => ({
			id: typeof n === 'string' ? n : `agent${n}@example.com`,
			type: 'agent',
		}));
		expect(
			start({ users: [{ id: OTHER_CUSTOMER, type: 'customer' }, ...fiveAgents] }).body.error
				?.message,
		).toBe('At most 4 agents besides the requester can be added');
		expect(
			start({
				users: [{ id: OTHER_CUSTOMER, type: 'customer' }, ...fiveAgents.slice(0, 4)],
			}).status,
		).toBe(200);
		expect(
			start({ users: [{ id: OTHER_CUSTOMER, type: 'customer' }], access: { group_ids: [7] } }).body
				.error,
		).toEqual({ type: 'not_found', message: 'Group 7 not found' });
	});

	it('needs agents with access to the chat’s groups, and event authors among the users', () => {
		addAgent({ id: 'general@example.com' });
		expect(
			start({
				users: [
					{ id: OTHER_CUSTOMER, type: 'customer' },
					{ id: 'general@example.com', type: 'agent' },
				],
				access: { group_ids: [1] },
			}).body.error?.message,
		).toBe("Agent general@example.com has no access to the chat's groups");
		expect(
			start({
				users: [{ id: OTHER_CUSTOMER, type: 'customer' }],
				thread: { events: [{ type: 'message', text: 'Hi', author_id: JONES_ID }] },
			}).body.error?.message,
		).toBe('Every author of an initial event must be listed in `chat.users`');
		expect(sim.state.chats.size).toBe(25);
	});

	it('resumes an archived chat in a new thread and answers without chat_id', () => {
		const before = chat(ARCHIVED).threads.length;
		const answer = call('resume_chat', {
			chat: { id: ARCHIVED, thread: { events: [{ type: 'message', text: 'Back again' }] } },
			continuous: true,
		});
		expect(answer.status).toBe(200);
		expect(Object.keys(answer.body).sort()).toEqual(['event_ids', 'thread_id']);
		const resumed = chat(ARCHIVED);
		expect(resumed.threads).toHaveLength(before + 1);
		expect(currentThread(resumed)).toMatchObject({
			id: answer.body.thread_id,
			active: true,
			events: [{ text: 'Back again', author_id: ADMIN.email }],
		});
		expect(resumed.properties.routing).toMatchObject({ continuous: true });
		expect(fired.map((f) => f.action)).toEqual(['incoming_chat']);
		expect(fired[0].payload).toMatchObject({
			chat: { id: ARCHIVED, thread: { id: answer.body.thread_id } },
		});
	});

	it('refuses to resume a chat that is going on, or one that does not exist', () => {
		expect(call('resume_chat', { chat: { id: LIVE_CHAT_ID } }).body.error).toEqual({
			type: 'validation',
			message: `Chat ${LIVE_CHAT_ID} is already active`,
		});
		expect(call('resume_chat', { chat: { id: 'NOSUCHCHAT' } }).body.error?.type).toBe('not_found');
		expect(call('resume_chat', {}).body.error?.message).toBe('`chat.id` is required');
	});
});

describe('list_agents_for_transfer', () => {
	it('lists online agents and bots (accepting chats or not) with access to the chat, least busy first', () => {
		addAgent({ id: 'away@example.com', login_status: 'not accepting chats' });
		addAgent({ id: 'sales@example.com', groups: [{ id: 1, priority: 'normal' }] });
		addBot({ id: 'general-bot', groups: [{ id: 0, priority: 'normal' }] });
		addBot({
			id: 'offline-bot',
			groups: [{ id: 0, priority: 'normal' }],
			routing_status: 'offline',
		});
		const answer = call('list_agents_for_transfer', { chat_id: LIVE_CHAT_ID });
		// "Only Agents with statuses online and not accepting chats. Offline Agents aren't returned."
		expect(answer.body).toEqual([
			{ agent_id: BOT_ID, total_active_chats: 0 },
			{ agent_id: 'away@example.com', total_active_chats: 0 },
			{ agent_id: 'general-bot', total_active_chats: 0 },
			{ agent_id: JONES_ID, total_active_chats: 0 },
			{ agent_id: ADMIN.email, total_active_chats: 1 },
		]);
		expect(call('list_agents_for_transfer', { chat_id: 'NOSUCHCHAT' }).body.error?.type).toBe(
			'not_found',
		);
	});
});
