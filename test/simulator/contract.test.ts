/**
 * The simulator against LiveChat's documented contract (v3.6): webhook envelopes and payloads as
 * the Webhooks page's samples show them, the seeded chat with an event of every type, chat
 * summaries, and request validation. The expected shapes below are the project's own reading of
 * the docs' samples (field names only). The pagination rules and scopes are proven in
 * pagination.test.ts and scopes.test.ts, the "lost answer" fault in server.test.ts.
 */
import nock from 'nock';

import { callApi, SMITH, startWebhookReceiver } from '../helpers/simulatorCalls';
import { LiveChatSimulator } from './server';
import {
	ADMIN,
	APP_CLIENT_ID,
	EVERY_EVENT_CHAT_ID,
	EVERY_EVENT_CUSTOMER_ID,
	EVERY_EVENT_THREAD_ID,
	LIVE_CHAT_ID,
	LIVE_THREAD_ID,
	ORGANIZATION_ID,
	currentThread,
} from './state';
import { ACTIONS, isConfigurationAction } from './webhookEvents';

let sim: LiveChatSimulator;
beforeEach(() => {
	sim = new LiveChatSimulator();
});

const call = (
	api: 'agent' | 'configuration',
	method: string,
	body: object,
	authorization = SMITH,
) => callApi(sim, api, method, body, authorization);
const agent = (method: string, body: object, authorization = SMITH) =>
	call('agent', method, body, authorization);
const configuration = (method: string, body: object, authorization = SMITH) =>
	call('configuration', method, body, authorization);

const keys = (value: unknown) => Object.keys(value as object).sort();

const register = (action: string, url: string, more: object = {}) =>
	configuration('register_webhook', {
		url,
		action,
		secret_key: `secret-${action}`,
		owner_client_id: APP_CLIENT_ID,
		type: 'license',
		...more,
	});

/**
 * The fields of each action's payload in the Webhooks page's samples (auto_accesses_updated is an
 * array: see its own test). `optional`: fields the page documents besides its sample.
 */
const PAYLOAD_FIELDS: Record<string, { fields: string[]; optional?: string[] }> = {
	agent_approved: { fields: ['id'] },
	agent_created: {
		fields: [
			'awaiting_approval',
			'email_subscriptions',
			'groups',
			'id',
			'name',
			'notifications',
			'role',
			'work_scheduler',
		],
	},
	agent_deleted: { fields: ['id'] },
	agent_suspended: { fields: ['id'] },
	agent_unsuspended: { fields: ['id'] },
	agent_updated: { fields: ['id', 'work_scheduler'] },
	bot_created: { fields: ['default_group_priority', 'groups', 'id', 'name', 'owner_client_id'] },
	bot_deleted: { fields: ['id'] },
	bot_updated: { fields: ['id', 'name'] },
	chat_access_updated: { fields: ['access', 'id'] },
	chat_deactivated: { fields: ['chat_id', 'thread_id', 'user_id'] },
	chat_properties_deleted: { fields: ['chat_id', 'properties'] },
	chat_properties_updated: { fields: ['chat_id', 'properties'] },
	// `queue`: "Present if the chat is queued after the transfer".
	chat_transferred: {
		fields: ['chat_id', 'reason', 'requester_id', 'thread_id', 'transferred_to'],
		optional: ['queue'],
	},
	customer_session_fields_updated: { fields: ['active_chat', 'id', 'session_fields'] },
	event_deleted: { fields: ['chat_id', 'event_id', 'thread_id'] },
	event_properties_deleted: { fields: ['chat_id', 'event_id', 'properties', 'thread_id'] },
	event_properties_updated: { fields: ['chat_id', 'event_id', 'properties', 'thread_id'] },
	event_updated: { fields: ['chat_id', 'event', 'thread_id'] },
	events_marked_as_seen: { fields: ['chat_id', 'seen_up_to', 'user_id'] },
	group_created: { fields: ['agent_priorities', 'id', 'language_code', 'name'] },
	group_deleted: { fields: ['id'] },
	group_updated: { fields: ['agent_priorities', 'id'] },
	incoming_chat: { fields: ['chat'] },
	incoming_event: { fields: ['chat_id', 'event', 'thread_id'] },
	incoming_rich_message_postback: {
		fields: ['chat_id', 'event_id', 'postback', 'thread_id', 'user_id'],
	},
	routing_status_set: { fields: ['agent_id', 'status'] },
	tag_created: { fields: ['author_id', 'created_at', 'group_ids', 'name'] },
	tag_deleted: { fields: ['name'] },
	tag_updated: { fields: ['group_ids', 'name'] },
	thread_properties_deleted: { fields: ['chat_id', 'properties', 'thread_id'] },
	thread_properties_updated: { fields: ['chat_id', 'properties', 'thread_id'] },
	thread_summary_set: { fields: ['chat_id', 'summary', 'thread_id'] },
	thread_tagged: { fields: ['chat_id', 'tag', 'thread_id'] },
	thread_untagged: { fields: ['chat_id', 'tag', 'thread_id'] },
	// `user_type` is in the page's table of the payload.
	user_added_to_chat: {
		fields: ['chat_id', 'reason', 'requester_id', 'thread_id', 'user'],
		optional: ['user_type'],
	},
	user_removed_from_chat: {
		fields: ['chat_id', 'reason', 'requester_id', 'thread_id', 'user_id'],
		optional: ['user_type'],
	},
};

const ENVELOPE = [
	'action',
	'additional_data',
	'organization_id',
	'payload',
	'secret_key',
	'webhook_id',
];

describe('webhook deliveries: every v3.6 action', () => {
	beforeAll(() => nock.enableNetConnect('127.0.0.1'));

	it('delivers each of the 38 actions with the documented envelope and payload fields', async () => {
		expect(ACTIONS).toHaveLength(38);
		const hook = await startWebhookReceiver();
		try {
			for (const { action } of ACTIONS) expect(register(action, hook.url).status).toBe(200);
			Object.assign(sim.deliverer.settings, { retries: 0, timeoutMs: 2000 });
			// tag_created adds "returns" and tag_deleted removes it; the rest name "sales".
			for (const { action } of ACTIONS) {
				const tag = ['tag_created', 'tag_deleted'].includes(action) ? 'returns' : 'sales';
				expect(sim.emit({ action, tag })).toHaveLength(1);
			}
			await sim.deliverer.settled();
		} finally {
			hook.close();
		}
		expect(hook.bodies).toHaveLength(38);
		for (const { action } of ACTIONS) {
			const body = hook.bodies.find((candidate) => candidate.secret_key === `secret-${action}`)!;
			const configurationEvent = isConfigurationAction(action);
			expect({ action, envelope: keys(body) }).toEqual({
				action,
				envelope: [...ENVELOPE, ...(configurationEvent ? ['requester'] : [])].sort(),
			});
			expect(body.organization_id).toBe(ORGANIZATION_ID);
			expect(body.additional_data).toEqual({});
			if (configurationEvent) {
				expect(keys(body.requester)).toEqual(['account_id', 'client_id', 'user_id']);
			}
			if (action === 'auto_accesses_updated') continue;
			expect(body.action).toBe(action);
			const { fields, optional = [] } = PAYLOAD_FIELDS[action];
			const payload = keys(body.payload);
			expect({ action, missing: fields.filter((field) => !payload.includes(field)) }).toEqual({
				action,
				missing: [],
			});
			expect({
				action,
				extra: payload.filter((field) => !fields.includes(field) && !optional.includes(field)),
			}).toEqual({ action, extra: [] });
		}
		const incomingChat = hook.bodies.find((body) => body.action === 'incoming_chat')!;
		const chat = (incomingChat.payload as { chat: Record<string, unknown> }).chat;
		expect(Object.keys(chat)).toEqual(
			expect.arrayContaining(['id', 'users', 'properties', 'thread']),
		);
		expect(keys(chat.thread)).toEqual(
			expect.arrayContaining(['access', 'active', 'created_at', 'events', 'id', 'user_ids']),
		);
		const routing = hook.bodies.find((body) => body.action === 'routing_status_set')!;
		expect((routing.payload as { status: string }).status).toBe('accepting chats');
	});

	it('adds the additional data a registration asked for, also for configuration actions but agent_deleted', async () => {
		const hook = await startWebhookReceiver();
		const more = { additional_data: ['chat_properties', 'chat_presence_user_ids'] };
		expect(register('thread_tagged', hook.url, more).status).toBe(200);
		expect(register('tag_created', hook.url, more).status).toBe(200);
		expect(register('routing_status_set', hook.url, more).status).toBe(200);
		expect(register('agent_deleted', hook.url, more).body.error?.type).toBe('validation');
		expect(
			register('incoming_chat', hook.url, { additional_data: ['chat_users'] }).body.error?.type,
		).toBe('validation');
		Object.assign(sim.deliverer.settings, { retries: 0 });
		try {
			sim.emit({ action: 'thread_tagged', tag: 'sales' });
			sim.emit({ action: 'tag_created', tag: 'returns' });
			await sim.deliverer.settled();
		} finally {
			hook.close();
		}
		const tagged = hook.bodies.find((body) => body.action === 'thread_tagged')!;
		expect(tagged.additional_data).toEqual({
			chat_properties: sim.state.chats.get(LIVE_CHAT_ID)!.properties,
			chat_presence_user_ids: currentThread(sim.state.chats.get(LIVE_CHAT_ID)!).user_ids,
		});
		expect(hook.bodies.find((body) => body.action === 'tag_created')!.additional_data).toEqual({});
	});

	it('delivers auto_accesses_updated as "auto_access_added" with the changed rules, in order', async () => {
		const hook = await startWebhookReceiver();
		expect(register('auto_accesses_updated', hook.url).status).toBe(200);
		const [seeded] = sim.state.autoAccesses;
		Object.assign(sim.deliverer.settings, { retries: 0 });
		try {
			sim.emit({ action: 'auto_accesses_updated' });
			await sim.deliverer.settled();
			sim.emit({ action: 'auto_accesses_updated', status: 'updated', text: 'EU visitors' });
			await sim.deliverer.settled();
			sim.emit({ action: 'auto_accesses_updated', status: 'deleted' });
			await sim.deliverer.settled();
		} finally {
			hook.close();
		}
		expect(hook.bodies.map((body) => body.action)).toEqual([
			'auto_access_added',
			'auto_access_added',
			'auto_access_added',
		]);
		expect(sim.deliverer.deliveries.map((delivery) => delivery.action)).toEqual([
			'auto_accesses_updated',
			'auto_accesses_updated',
			'auto_accesses_updated',
		]);
		const [added, updated, deleted] = hook.bodies.map(
			(body) => body.payload as Array<Record<string, unknown>>,
		);
		const addedId = added[1].id as string;
		expect(added[0]).toEqual({ id: seeded.id, next_id: addedId, status: 'updated' });
		expect(added[1]).toMatchObject({
			id: addedId,
			next_id: '',
			status: 'added',
			description: 'Sales visitors',
			access: { groups: [1] },
		});
		expect(keys(added[1])).toEqual(
			['access', 'conditions', 'description', 'id', 'next_id', 'status'].sort(),
		);
		expect(keys((added[1] as { conditions: object }).conditions)).toEqual([
			'domain',
			'geolocation',
			'url',
		]);
		expect(updated).toEqual([
			{ id: addedId, description: 'EU visitors', next_id: '', status: 'updated' },
		]);
		expect(deleted).toEqual([
			{ id: seeded.id, next_id: '', status: 'updated' },
			{ id: addedId, status: 'deleted' },
		]);
		expect(sim.state.autoAccesses.map((rule) => rule.id)).toEqual([seeded.id]);
	});

	it('names the API caller as the requester of a configuration event it caused', async () => {
		const hook = await startWebhookReceiver();
		register('tag_created', hook.url);
		Object.assign(sim.deliverer.settings, { retries: 0 });
		try {
			expect(configuration('create_tag', { name: 'returns', group_ids: [0] }).status).toBe(200);
			await sim.deliverer.settled();
		} finally {
			hook.close();
		}
		expect(hook.bodies[0]).toMatchObject({
			action: 'tag_created',
			payload: { name: 'returns', group_ids: [0], author_id: ADMIN.email },
			requester: {
				user_id: ADMIN.email,
				account_id: ADMIN.accountId,
				client_id: APP_CLIENT_ID,
			},
		});
	});
});

describe('the chat with an event of every type', () => {
	type Event = Record<string, unknown> & { type: string };
	const eventsOf = (thread: unknown) => (thread as { events: Event[] }).events;
	const byType = (events: Event[], type: string) => events.filter((event) => event.type === type);

	function expectEveryEventType(events: Event[]) {
		expect(new Set(events.map((event) => event.type))).toEqual(
			new Set([
				'filled_form',
				'system_message',
				'message',
				'rich_message',
				'form',
				'file',
				'custom',
				'system',
			]),
		);
		const [withPostback] = byType(events, 'message').filter((event) => event.postback);
		expect(withPostback).toMatchObject({ text: expect.any(String), author_id: expect.any(String) });
		expect(keys(withPostback.postback)).toEqual(['event_id', 'id', 'thread_id', 'type', 'value']);
		const [rich] = byType(events, 'rich_message');
		expect(withPostback.postback).toMatchObject({
			thread_id: EVERY_EVENT_THREAD_ID,
			event_id: rich.id,
		});
		expect(rich).toMatchObject({ template_id: 'cards', visibility: 'all' });
		const [element] = rich.elements as Array<{ buttons: Array<Record<string, unknown>> }>;
		expect(element.buttons.every((button) => button.postback_id && button.user_ids)).toBe(true);

		const [file] = byType(events, 'file');
		expect(keys(file)).toEqual(
			expect.arrayContaining([
				'alternative_text',
				'author_id',
				'content_type',
				'height',
				'name',
				'size',
				'thumbnail2x_url',
				'thumbnail_url',
				'url',
				'width',
			]),
		);

		const [filled] = byType(events, 'filled_form');
		expect(filled).toMatchObject({ form_id: expect.any(String), form_type: 'prechat' });
		const fields = filled.fields as Array<Record<string, unknown>>;
		const field = (type: string) => fields.find((candidate) => candidate.type === type)!;
		expect(field('name').answer).toEqual(expect.any(String));
		expect(field('email').answer).toEqual(expect.any(String));
		expect(keys(field('radio').answer)).toEqual(['id', 'label']);
		expect(field('checkbox').answer).toBeUndefined();
		expect((field('checkbox').answers as object[]).map(keys)).toEqual([
			['id', 'label'],
			['id', 'label'],
		]);
		expect(keys(field('group_chooser').answer)).toEqual(['group_id', 'id', 'label']);

		const [form] = byType(events, 'form');
		expect(form).toMatchObject({ form_id: expect.any(String), author_id: ADMIN.email });
		expect((form.fields as Array<Record<string, unknown>>).every((f) => 'required' in f)).toBe(
			true,
		);

		const systemMessages = byType(events, 'system_message');
		expect(systemMessages[0]).toMatchObject({
			system_message_type: 'routing.assigned',
			text_vars: { agent: 'Agent Smith' },
		});
		expect(systemMessages.every((event) => event.author_id === undefined)).toBe(true);

		const [custom] = byType(events, 'custom');
		expect(custom).toMatchObject({ custom_id: expect.any(String), content: expect.any(Object) });

		const [system] = byType(events, 'system');
		expect(system).toMatchObject({ source: 'cdp', subtype: expect.any(String), version: 1 });
		expect(typeof system.details).toBe('string');
		expect(JSON.parse(system.details as string)).toMatchObject({ order: expect.any(Object) });
		expect(system.author_id).toBeUndefined();

		const deleted = events.filter((event) => event.deleted === true);
		expect(deleted).toHaveLength(1);
		expect(keys(deleted[0])).toEqual([
			'author_id',
			'created_at',
			'deleted',
			'id',
			'type',
			'visibility',
		]);
	}

	it('get_chat returns the archived thread with all of them', () => {
		const { body } = agent('get_chat', {
			chat_id: EVERY_EVENT_CHAT_ID,
			thread_id: EVERY_EVENT_THREAD_ID,
		});
		expect(body).toMatchObject({ id: EVERY_EVENT_CHAT_ID, is_followed: false });
		const thread = body.thread as Record<string, unknown>;
		expect(thread).toMatchObject({
			id: EVERY_EVENT_THREAD_ID,
			active: false,
			tags: ['bug_report'],
		});
		expect(keys(thread.summary)).toEqual(['status', 'text', 'updated_at']);
		expectEveryEventType(eventsOf(thread));
		const users = body.users as Array<{ id: string; type: string }>;
		expect(users.map((user) => [user.id, user.type])).toEqual([
			[EVERY_EVENT_CUSTOMER_ID, 'customer'],
			[ADMIN.email, 'agent'],
		]);
	});

	it('is the earlier thread of its chat: the chat’s latest thread is another', () => {
		const latest = agent('get_chat', { chat_id: EVERY_EVENT_CHAT_ID }).body.thread as {
			id: string;
			previous_thread_id?: string;
		};
		expect(latest.id).not.toBe(EVERY_EVENT_THREAD_ID);
		expect(latest.previous_thread_id).toBe(EVERY_EVENT_THREAD_ID);
	});

	it('list_threads and list_archives return it too', () => {
		const threads = agent('list_threads', { chat_id: EVERY_EVENT_CHAT_ID, sort_order: 'asc' }).body;
		expect(threads.found_threads).toBe(2);
		const [oldest] = threads.threads as Array<{ id: string; next_thread_id?: string }>;
		expect(oldest.id).toBe(EVERY_EVENT_THREAD_ID);
		expectEveryEventType(eventsOf(oldest));

		const archives = agent('list_archives', {
			filters: { event_types: { values: ['system', 'filled_form'], require_every_value: true } },
		}).body;
		expect(archives.found_chats).toBe(1);
		const [archived] = archives.chats as Array<{ id: string; thread: unknown }>;
		expect(archived.id).toBe(EVERY_EVENT_CHAT_ID);
		expectEveryEventType(eventsOf(archived.thread));
		expect(
			agent('list_archives', { filters: { chat_ids: [EVERY_EVENT_CHAT_ID] } }).body.found_chats,
		).toBe(2);
	});

	it('list_chats shows it with its last event of each type', () => {
		const summaries = agent('list_chats', { limit: 100 }).body.chats_summary as Array<{
			id: string;
			last_event_per_type: Record<string, { thread_id: string; event: { type: string } }>;
		}>;
		const summary = summaries.find((chat) => chat.id === EVERY_EVENT_CHAT_ID)!;
		expect(Object.keys(summary.last_event_per_type).sort()).toEqual(
			[
				'custom',
				'file',
				'filled_form',
				'form',
				'message',
				'rich_message',
				'system',
				'system_message',
			].sort(),
		);
		// Messages and system messages were last written in the chat's latest thread.
		const latest = currentThread(sim.state.chats.get(EVERY_EVENT_CHAT_ID)!).id;
		for (const [type, last] of Object.entries(summary.last_event_per_type)) {
			const thread = ['message', 'system_message'].includes(type) ? latest : EVERY_EVENT_THREAD_ID;
			expect(last).toMatchObject({ thread_id: thread, event: { type } });
		}
	});
});

describe('list_chats: chat summaries', () => {
	it('answers the Chat summary structure; last_thread_summary has no tags and no events', () => {
		sim.state.chats.get(LIVE_CHAT_ID)!.threads[0].tags = ['sales'];
		const { body } = agent('list_chats', {});
		const summaries = body.chats_summary as Array<Record<string, unknown>>;
		expect(summaries).toHaveLength(10);
		expect(body.found_chats).toBe(25);
		const live = summaries.find((chat) => chat.id === LIVE_CHAT_ID)!;
		expect(keys(live)).toEqual(
			[
				'access',
				'id',
				'is_followed',
				'last_event_per_type',
				'last_thread_summary',
				'properties',
				'users',
			].sort(),
		);
		expect(keys(live.last_thread_summary)).toEqual(
			['access', 'active', 'created_at', 'id', 'properties', 'user_ids'].sort(),
		);
		expect(Object.keys(live.last_event_per_type as object).sort()).toEqual([
			'message',
			'system_message',
		]);
	});

	it('adds the queue to the last thread summary while the chat waits', () => {
		sim.emit({ action: 'chat_transferred', chat_id: LIVE_CHAT_ID, queued: true });
		const summaries = agent('list_chats', { filters: { active: true } }).body
			.chats_summary as Array<{
			id: string;
			last_thread_summary: { queue?: unknown };
		}>;
		expect(
			summaries.find((chat) => chat.id === LIVE_CHAT_ID)!.last_thread_summary.queue,
		).toMatchObject({ position: 1, wait_time: 0 });
	});

	it('shows tags only on a tagged thread, and the neighbouring threads', () => {
		const untagged = agent('get_chat', { chat_id: LIVE_CHAT_ID }).body.thread as object;
		expect('tags' in untagged).toBe(false);
		sim.emit({ action: 'incoming_chat', chat_id: LIVE_CHAT_ID });
		const first = agent('get_chat', { chat_id: LIVE_CHAT_ID, thread_id: LIVE_THREAD_ID }).body
			.thread as Record<string, unknown>;
		const latest = currentThread(sim.state.chats.get(LIVE_CHAT_ID)!).id;
		expect(first.next_thread_id).toBe(latest);
		expect(first.previous_thread_id).toBeUndefined();
		expect(keys(first.customer_visit)).toEqual(['geolocation', 'ip', 'user_agent']);
	});
});

describe('request validation', () => {
	const send = (event: object) => agent('send_event', { chat_id: LIVE_CHAT_ID, event });

	it('send_event takes every sendable event type with its required fields', () => {
		expect(send({ type: 'custom', content: { order: 1 } }).status).toBe(200);
		expect(
			send({ type: 'system_message', text: 'Note', system_message_type: 'manual' }).status,
		).toBe(200);
		expect(
			send({ type: 'form', form_id: 'f1', fields: [{ type: 'name', id: 'a', label: 'Name' }] })
				.status,
		).toBe(200);
		expect(
			send({
				type: 'filled_form',
				form_id: 'f1',
				fields: [{ type: 'radio', id: 'b', label: 'Why', answer: { id: '0', label: 'Returns' } }],
			}).status,
		).toBe(200);
		const thread = currentThread(sim.state.chats.get(LIVE_CHAT_ID)!);
		expect(thread.events.slice(-4).map((event) => event.type)).toEqual([
			'custom',
			'system_message',
			'form',
			'filled_form',
		]);
		expect(thread.events.at(-3)!.author_id).toBeUndefined();
	});

	it.each([
		[{ type: 'system', source: 'cdp' }, 'cannot be sent'],
		[
			{ type: 'message', text: 'Hi', visibility: 'everyone' },
			'`event.visibility` must be all or agents',
		],
		[{ type: 'system_message', text: 'Note' }, '`event.system_message_type` is required'],
		[{ type: 'file' }, '`event.url` is required'],
		[{ type: 'form', fields: [] }, '`event.form_id` is required'],
		[
			{ type: 'filled_form', form_id: 'f', fields: [{ type: 'name', id: 'a', label: 'Name' }] },
			'`event.fields.answer` is required',
		],
		[
			{ type: 'message', text: 'Yes', postback: { id: 'p', thread_id: LIVE_THREAD_ID } },
			'`event.postback.event_id` is required',
		],
		[
			{
				type: 'message',
				text: 'Yes',
				postback: { id: 'p', thread_id: LIVE_THREAD_ID, event_id: 'e', type: 'message' },
			},
			'`event.postback.type` and `postback.value` go together',
		],
	])('send_event refuses %j', (event, message) => {
		const answer = send(event);
		expect(answer.status).toBe(400);
		expect(answer.body.error?.type).toBe('validation');
		expect(answer.body.error?.message).toContain(message);
	});

	it('update_customer wants a UUID v4 id and the documented omnichannel and address fields', () => {
		expect(agent('update_customer', { id: 'not-a-uuid', name: 'X' }).body.error?.message).toBe(
			'`id` must be a UUID v4',
		);
		const id = EVERY_EVENT_CUSTOMER_ID;
		expect(
			agent('update_customer', { id, omnichannel: { fbmessenger: { name: 'Ada' } } }).body.error
				?.message,
		).toBe('`omnichannel.fbmessenger.id` is required');
		expect(agent('update_customer', { id, address: { street: 'Main' } }).body.error?.type).toBe(
			'validation',
		);
		expect(agent('update_customer', { id, address: { city: 'Wroclaw' } }).status).toBe(200);
	});

	it('get_customer leaves out what is not set', () => {
		const customer = agent('get_customer', { id: EVERY_EVENT_CUSTOMER_ID }).body;
		expect(customer.session_fields).toBeUndefined();
		// Dev's chats: days 3, 13 (EVERY_EVENT_CHAT_ID) and 23.
		expect(customer.chat_ids).toEqual(['ARCHIVE003', EVERY_EVENT_CHAT_ID, 'ARCHIVE023']);
		expect(customer.statistics).toMatchObject({ chats_count: 3, threads_count: 4 });
	});

	it('register_webhook checks the filters’ values', () => {
		const url = 'https://example.com/hook';
		expect(
			register('incoming_event', url, { filters: { author_type: 'bot' } }).body.error?.type,
		).toBe('validation');
		expect(
			register('incoming_chat', url, { filters: { source_type: ['mine'] } }).body.error?.type,
		).toBe('validation');
		expect(register('incoming_chat', url, { filters: { source_type: ['my_client'] } }).status).toBe(
			200,
		);
	});

	it('list_tags wants group_ids in filters; create_tag integer group ids', () => {
		expect(configuration('list_tags', { filters: {} }).body.error?.type).toBe('validation');
		expect(configuration('list_tags', { filters: { group_ids: [0] } }).status).toBe(200);
		expect(configuration('create_tag', { name: 'x', group_ids: ['0'] }).body.error?.type).toBe(
			'validation',
		);
		expect(configuration('create_tag', { name: 'x', group_ids: [] }).status).toBe(200);
	});

	it('create_bot wants a priority for each group and a time zone for the work scheduler', () => {
		const bot = (more: object) =>
			configuration('create_bot', { name: 'Helper', owner_client_id: APP_CLIENT_ID, ...more });
		expect(bot({ groups: [{ id: 0 }] }).body.error?.message).toBe('`groups.priority` is required');
		expect(bot({ work_scheduler: { schedule: [] } }).body.error?.message).toBe(
			'`work_scheduler.timezone` is required',
		);
		expect(bot({ groups: [{ id: 0, priority: 'first' }] }).status).toBe(200);
	});
});
