/**
 * The 38 v3.6 webhook actions as LiveChat's trigger table lists them (filters and additional data
 * each supports), and a builder per action that makes its payload from the simulated license —
 * changing the license the way the event says (a tag added, a message sent, a chat ended).
 */
import type { AutoAccess, Chat, ChatEvent, LiveChatState } from './state';
import { ADMIN, BOT_ID, currentThread, LIVE_CHAT_ID, newChatId, newId, time } from './state';
import { LiveChatError, notFound, validation } from './errors';

const CHAT_FILTERS = ['chat_presence', 'only_my_chats', 'source_type'];
const CONFIGURATION = [
	'agent_approved',
	'agent_created',
	'agent_deleted',
	'agent_suspended',
	'agent_unsuspended',
	'agent_updated',
	'auto_accesses_updated',
	'bot_created',
	'bot_deleted',
	'bot_updated',
	'group_created',
	'group_deleted',
	'group_updated',
	'tag_created',
	'tag_deleted',
	'tag_updated',
];
const CHAT_ACTIONS = [
	'chat_access_updated',
	'chat_deactivated',
	'chat_properties_deleted',
	'chat_properties_updated',
	'chat_transferred',
	'event_deleted',
	'event_properties_deleted',
	'event_properties_updated',
	'event_updated',
	'events_marked_as_seen',
	'incoming_chat',
	'incoming_event',
	'incoming_rich_message_postback',
	'thread_properties_deleted',
	'thread_properties_updated',
	'thread_summary_set',
	'thread_tagged',
	'thread_untagged',
	'user_added_to_chat',
	'user_removed_from_chat',
];

export interface ActionInfo {
	action: string;
	filters: string[];
	additional_data?: string[];
}

/**
 * register_webhook: `additional_data` takes `chat_properties`, `chat_presence_user_ids` "(all
 * actions except for agent_status_changed, agent_deleted)"; only chat events have a chat to add.
 */
const ADDITIONAL_DATA = ['chat_properties', 'chat_presence_user_ids'];

export const ACTIONS: ActionInfo[] = [
	...CHAT_ACTIONS.map((action) => ({
		action,
		filters: ['incoming_event', 'event_updated'].includes(action)
			? ['author_type', ...CHAT_FILTERS]
			: CHAT_FILTERS,
	})),
	{ action: 'customer_session_fields_updated', filters: ['chat_presence', 'source_type'] },
	{ action: 'routing_status_set', filters: ['agent_ids', 'source_type'] },
	...CONFIGURATION.map((action) => ({ action, filters: ['source_type'] })),
]
	.map((info) => ({
		...info,
		...(info.action !== 'agent_deleted' && { additional_data: ADDITIONAL_DATA }),
	}))
	.sort((a, b) => a.action.localeCompare(b.action));

export const isConfigurationAction = (action: string) => CONFIGURATION.includes(action);

/**
 * The `action` a delivery carries. LiveChat's samples of `auto_accesses_updated` (the action to
 * register, as its table says) all carry `"action": "auto_access_added"`, for an added, updated or
 * deleted rule alike; the simulator delivers what the samples show.
 */
export const deliveredAction = (action: string) =>
	action === 'auto_accesses_updated' ? 'auto_access_added' : action;

/** What a control call may say about the event it wants. */
export interface EmitOptions {
	action: string;
	chat_id?: string;
	/** For incoming_event / event_updated: who wrote the message. */
	author?: 'customer' | 'agent';
	text?: string;
	tag?: string;
	/** auto_accesses_updated: the change to the rules (default: a rule is added at the end). */
	status?: 'added' | 'updated' | 'deleted';
	/** incoming_chat / chat_transferred: nobody could take the chat, so it waits in the queue. */
	queued?: boolean;
	/** The client id the change came from; none means LiveChat itself (source_type `system`). */
	source_client_id?: string;
}

/** Who made a configuration change: the envelope's `requester` of configuration events. */
export interface Requester {
	user_id: string;
	account_id: string;
	/** The app whose token made the change; unset: the receiving webhook's owner. */
	client_id?: string;
}

export interface BuiltEvent {
	payload: unknown;
	chat?: Chat;
	/** For author_type filters. */
	authorType?: 'customer' | 'agent';
	/** For configuration events; unset: an owner of the license (Agent Smith) in LiveChat's app. */
	requester?: Requester;
}

type Builder = (state: LiveChatState, options: EmitOptions) => BuiltEvent;

function chatOf(state: LiveChatState, options: EmitOptions) {
	const chat = state.chats.get(options.chat_id ?? LIVE_CHAT_ID);
	if (!chat) throw notFound(`Chat ${options.chat_id} not found`);
	return { chat, thread: currentThread(chat) };
}

function lastMessage(state: LiveChatState, options: EmitOptions) {
	const { chat, thread } = chatOf(state, options);
	const event = [...thread.events]
		.reverse()
		.find((candidate) => candidate.type === 'message' && !candidate.deleted);
	if (!event) throw validation('The chat has no message');
	return { chat, thread, event };
}

const authorTypeOf = (state: LiveChatState, authorId?: string) =>
	authorId && state.customers.has(authorId) ? ('customer' as const) : ('agent' as const);

const REQUESTER = 'jones@example.com';

const WORK_SCHEDULER = {
	timezone: 'Europe/Warsaw',
	schedule: [
		{ day: 'monday', enabled: true, start: '08:00', end: '12:00' },
		{ day: 'monday', enabled: true, start: '13:00', end: '16:00' },
	],
};

const BUILDERS: Record<string, Builder> = {
	incoming_chat(state, options) {
		// A returning customer starts a new thread in their chat.
		const { chat, thread } = chatOf(state, options);
		thread.active = false;
		const id = newChatId();
		const now = Date.now();
		// A queued chat has no agent yet.
		if (options.queued) chat.agentIds = [];
		chat.threads.push({
			id,
			active: true,
			user_ids: [chat.customerId, ...chat.agentIds],
			tags: [],
			properties: {},
			access: chat.access,
			created_at: time(now),
			events: [
				{
					id: `${id}_0`,
					created_at: time(now),
					type: 'message',
					visibility: 'all',
					text: options.text ?? 'Hello, I need help with my order',
					author_id: chat.customerId,
				},
			],
		});
		if (options.queued) state.enqueue(chat);
		return { chat, payload: { chat: state.chatWithThread(chat) } };
	},
	chat_deactivated(state, options) {
		const { chat, thread } = chatOf(state, options);
		thread.active = false;
		delete thread.queue;
		return { chat, payload: { chat_id: chat.id, thread_id: thread.id, user_id: ADMIN.email } };
	},
	incoming_event(state, options) {
		const { chat, thread } = chatOf(state, options);
		const authorId = options.author === 'agent' ? ADMIN.email : chat.customerId;
		const event = {
			id: `${thread.id}_${thread.events.length}`,
			created_at: time(),
			visibility: 'all',
			type: 'message',
			text: options.text ?? 'Is anyone there?',
			author_id: authorId,
		};
		thread.events.push(event);
		return {
			chat,
			authorType: authorTypeOf(state, authorId),
			payload: { chat_id: chat.id, thread_id: thread.id, event },
		};
	},
	event_updated(state, options) {
		const { chat, thread, event } = lastMessage(state, options);
		event.text = options.text ?? `${event.text} (edited)`;
		return {
			chat,
			authorType: authorTypeOf(state, event.author_id),
			payload: { chat_id: chat.id, thread_id: thread.id, event },
		};
	},
	event_deleted(state, options) {
		// The event stays in the thread as LiveChat's Deleted event: `deleted: true`, no content.
		const { chat, thread, event } = lastMessage(state, options);
		thread.events[thread.events.indexOf(event)] = deletedEvent(event);
		return { chat, payload: { chat_id: chat.id, thread_id: thread.id, event_id: event.id } };
	},
	incoming_rich_message_postback(state, options) {
		const { chat, thread } = chatOf(state, options);
		// The postback answers the thread's latest rich message (or its latest event).
		const rich = [...thread.events].reverse().find((event) => event.type === 'rich_message');
		return {
			chat,
			payload: {
				user_id: chat.customerId,
				chat_id: chat.id,
				thread_id: thread.id,
				event_id: rich?.id ?? `${thread.id}_${thread.events.length - 1}`,
				postback: {
					id: 'track_order',
					toggled: true,
					button_type: 'message',
					button_value: 'Track my order',
				},
			},
		};
	},
	thread_tagged(state, options) {
		const { chat, thread } = chatOf(state, options);
		const tag = options.tag ?? 'bug_report';
		if (!thread.tags.includes(tag)) thread.tags.push(tag);
		return { chat, payload: { chat_id: chat.id, thread_id: thread.id, tag } };
	},
	thread_untagged(state, options) {
		const { chat, thread } = chatOf(state, options);
		const tag = options.tag ?? thread.tags[0] ?? 'bug_report';
		thread.tags = thread.tags.filter((candidate) => candidate !== tag);
		return { chat, payload: { chat_id: chat.id, thread_id: thread.id, tag } };
	},
	chat_access_updated(state, options) {
		const { chat } = chatOf(state, options);
		chat.access = { group_ids: [0, 1] };
		return { chat, payload: { id: chat.id, access: chat.access } };
	},
	chat_transferred(state, options) {
		const { chat, thread } = chatOf(state, options);
		// Transferred to a group where nobody is free: the chat waits in the queue, agents left.
		if (options.queued) {
			chat.agentIds = [];
			thread.user_ids = [chat.customerId];
			state.enqueue(chat);
		} else {
			delete thread.queue;
		}
		return {
			chat,
			payload: {
				chat_id: chat.id,
				thread_id: thread.id,
				requester_id: REQUESTER,
				reason: 'manual',
				transferred_to: options.queued
					? { group_ids: [1] }
					: { group_ids: [1], agent_ids: [ADMIN.email] },
				...(thread.queue && { queue: thread.queue }),
			},
		};
	},
	user_added_to_chat(state, options) {
		const { chat, thread } = chatOf(state, options);
		// An agent took the chat: it no longer waits.
		delete thread.queue;
		if (!chat.agentIds.includes(REQUESTER)) chat.agentIds.push(REQUESTER);
		if (!thread.user_ids.includes(REQUESTER)) thread.user_ids.push(REQUESTER);
		return {
			chat,
			payload: {
				chat_id: chat.id,
				thread_id: thread.id,
				user: state.chatUser(chat, REQUESTER),
				user_type: 'agent',
				reason: 'manual',
				requester_id: ADMIN.email,
			},
		};
	},
	user_removed_from_chat(state, options) {
		const { chat, thread } = chatOf(state, options);
		thread.user_ids = thread.user_ids.filter((id) => id !== REQUESTER);
		return {
			chat,
			payload: {
				chat_id: chat.id,
				thread_id: thread.id,
				user_id: REQUESTER,
				user_type: 'agent',
				reason: 'manual',
				requester_id: ADMIN.email,
			},
		};
	},
	chat_properties_updated(state, options) {
		const { chat } = chatOf(state, options);
		chat.properties.routing = { ...chat.properties.routing, pinned: true };
		return { chat, payload: { chat_id: chat.id, properties: { routing: { pinned: true } } } };
	},
	chat_properties_deleted(state, options) {
		const { chat } = chatOf(state, options);
		delete chat.properties.routing?.pinned;
		return { chat, payload: { chat_id: chat.id, properties: { routing: ['pinned'] } } };
	},
	thread_properties_updated(state, options) {
		const { chat, thread } = chatOf(state, options);
		thread.properties.test = { rating: 'good' };
		return {
			chat,
			payload: { chat_id: chat.id, thread_id: thread.id, properties: { test: { rating: 'good' } } },
		};
	},
	thread_properties_deleted(state, options) {
		const { chat, thread } = chatOf(state, options);
		delete thread.properties.test;
		return {
			chat,
			payload: { chat_id: chat.id, thread_id: thread.id, properties: { test: ['rating'] } },
		};
	},
	event_properties_updated(state, options) {
		const { chat, thread, event } = lastMessage(state, options);
		event.properties = { ...event.properties, test: { flagged: true } };
		return {
			chat,
			payload: {
				chat_id: chat.id,
				thread_id: thread.id,
				event_id: event.id,
				properties: { test: { flagged: true } },
			},
		};
	},
	event_properties_deleted(state, options) {
		const { chat, thread, event } = lastMessage(state, options);
		delete event.properties?.test;
		return {
			chat,
			payload: {
				chat_id: chat.id,
				thread_id: thread.id,
				event_id: event.id,
				properties: { test: ['flagged'] },
			},
		};
	},
	events_marked_as_seen(state, options) {
		const { chat, thread } = chatOf(state, options);
		return {
			chat,
			payload: {
				user_id: ADMIN.email,
				chat_id: chat.id,
				seen_up_to: thread.events[thread.events.length - 1].created_at,
			},
		};
	},
	thread_summary_set(state, options) {
		const { chat, thread } = chatOf(state, options);
		thread.summary = {
			status: 'ok',
			text: options.text ?? 'The customer asked where their order is.',
			updated_at: time(),
		};
		return { chat, payload: { chat_id: chat.id, thread_id: thread.id, summary: thread.summary } };
	},
	customer_session_fields_updated(state, options) {
		const { chat, thread } = chatOf(state, options);
		const customer = state.customers.get(chat.customerId)!;
		return {
			chat,
			payload: {
				id: customer.id,
				active_chat: { chat_id: chat.id, thread_id: thread.id },
				session_fields: customer.session_fields ?? [],
			},
		};
	},
	routing_status_set: () => ({ payload: { agent_id: ADMIN.email, status: 'accepting chats' } }),
	agent_created(state) {
		const id = `agent.${newId(3)}@example.com`;
		const created = {
			id,
			account_id: newId(),
			name: 'New Agent',
			role: 'normal',
			job_title: 'Support',
			max_chats_count: 6,
			avatar_path: '',
			login_status: 'not accepting chats',
			groups: [{ id: 0, priority: 'normal' }],
			suspended: false,
			awaiting_approval: true,
		};
		state.agents.push(created);
		// The fields of LiveChat's sample (the agent as create_agent made it).
		return {
			payload: {
				id,
				name: created.name,
				role: created.role,
				awaiting_approval: created.awaiting_approval,
				groups: created.groups,
				notifications: ['new_visitor', 'incoming_chat'],
				email_subscriptions: ['daily_summary'],
				work_scheduler: WORK_SCHEDULER,
			},
		};
	},
	agent_approved(state) {
		const approved = newestAgent(state);
		approved.awaiting_approval = false;
		return { payload: { id: approved.id } };
	},
	// Only the changed fields; as in LiveChat's sample, the work scheduler.
	agent_updated: (state) => ({
		payload: {
			id: newestAgent(state).id,
			work_scheduler: {
				...WORK_SCHEDULER,
				schedule: [
					...WORK_SCHEDULER.schedule,
					{ day: 'friday', enabled: true, start: '09:00', end: '13:00' },
				],
			},
		},
	}),
	agent_suspended: (state) => ({ payload: { id: newestAgent(state).id } }),
	agent_unsuspended: (state) => ({ payload: { id: newestAgent(state).id } }),
	agent_deleted(state) {
		const removed = newestAgent(state);
		state.agents = state.agents.filter((candidate) => candidate !== removed);
		return { payload: { id: removed.id } };
	},
	bot_created(state) {
		const bot = {
			id: newId(),
			name: 'Order bot',
			secret: newId(),
			owner_client_id: 'c5e4f61e1a6c3b1521b541bc5c5a2ac5',
			max_chats_count: 6,
			default_group_priority: 'first',
			type: 'chatbot',
			groups: [{ id: 0, priority: 'normal' }],
			routing_status: 'offline',
		};
		state.bots.push(bot);
		return {
			payload: {
				id: bot.id,
				name: bot.name,
				default_group_priority: bot.default_group_priority,
				groups: bot.groups,
				owner_client_id: bot.owner_client_id,
			},
		};
	},
	// Only the changed fields. The seeded bot (BOT_ID) is left alone: without a bot from
	// bot_created these name a bot that is not in the simulated license.
	bot_updated(state) {
		const bot = emittedBot(state);
		if (bot) bot.name = 'Order assistant';
		return { payload: { id: bot?.id ?? newId(), name: 'Order assistant' } };
	},
	bot_deleted(state) {
		const bot = emittedBot(state);
		state.bots = state.bots.filter((candidate) => candidate !== bot);
		return { payload: { id: bot?.id ?? newId() } };
	},
	group_created(state) {
		const id = Math.max(...state.groups.map((group) => group.id)) + 1;
		const group = {
			id,
			name: `Group ${id}`,
			language_code: 'en',
			routing_status: 'offline',
			agent_priorities: { [ADMIN.email]: 'normal' },
		};
		state.groups.push(group);
		return {
			payload: {
				id,
				name: group.name,
				language_code: 'en',
				agent_priorities: group.agent_priorities,
			},
		};
	},
	group_updated(state) {
		// Only the changed fields: here the agents' priorities, as in LiveChat's sample.
		const group = state.groups[state.groups.length - 1];
		group.agent_priorities = { ...group.agent_priorities, [REQUESTER]: 'normal' };
		return { payload: { id: group.id, agent_priorities: { [REQUESTER]: 'normal' } } };
	},
	group_deleted(state) {
		const group = state.groups[state.groups.length - 1];
		if (group.id === 0) throw validation('The General group cannot be deleted');
		state.groups.pop();
		return { payload: { id: group.id } };
	},
	tag_created(state, options) {
		const name = options.tag ?? `tag_${newId(2)}`;
		if (state.tags.some((known) => known.name.toLowerCase() === name.toLowerCase()))
			throw new LiveChatError('already_exists', `Tag ${name} already exists`);
		const tag = {
			name,
			group_ids: [0],
			author_id: ADMIN.email,
			created_at: time(),
		};
		state.tags.push(tag);
		return { payload: tag };
	},
	tag_updated(state, options) {
		const tag = state.tags.find((candidate) => candidate.name === (options.tag ?? 'sales'));
		if (!tag) throw notFound(`Tag ${options.tag} not found`);
		tag.group_ids = [0, 1];
		return { payload: { name: tag.name, group_ids: tag.group_ids } };
	},
	tag_deleted(state, options) {
		const name = options.tag ?? state.tags[state.tags.length - 1]?.name;
		state.tags = state.tags.filter((candidate) => candidate.name !== name);
		return { payload: { name } };
	},
	auto_accesses_updated: (state, options) => ({ payload: changeAutoAccesses(state, options) }),
};

/**
 * An auto access change as LiveChat sends it: every rule it touched, in a list. Rules are kept in
 * order, each naming the next in `next_id` ("" for the last). Added at the end: the previous last
 * rule now points at it (`updated`, only `id`, `next_id`, `status`), then the new rule's full
 * state (`added`); updated: the rule's changed fields; deleted: the rule before it (if any) gets
 * the deleted rule's `next_id`, then `{ id, status: "deleted" }`.
 */
function changeAutoAccesses(state: LiveChatState, options: EmitOptions) {
	const rules = state.autoAccesses;
	const status = options.status ?? 'added';
	if (status === 'added') {
		const rule: AutoAccess = {
			id: newId(),
			description: options.text ?? 'Sales visitors',
			access: { groups: [1] },
			conditions: {
				url: { values: [{ value: 'https://shop.example.com/pricing', exact_match: false }] },
				domain: { values: [{ value: 'shop.example.com', exact_match: true }] },
				geolocation: {
					values: [{ country: 'Germany', country_code: 'DE', region: 'Berlin', city: 'Berlin' }],
				},
			},
		};
		const previous = rules[rules.length - 1];
		rules.push(rule);
		return [
			...(previous ? [{ id: previous.id, next_id: rule.id, status: 'updated' }] : []),
			{ ...rule, next_id: '', status: 'added' },
		];
	}
	const rule = rules[rules.length - 1];
	if (!rule) throw validation('There is no auto access rule');
	if (status === 'updated') {
		rule.description = options.text ?? `${rule.description} (updated)`;
		return [{ id: rule.id, description: rule.description, next_id: '', status: 'updated' }];
	}
	rules.pop();
	const before = rules[rules.length - 1];
	return [
		...(before ? [{ id: before.id, next_id: '', status: 'updated' }] : []),
		{ id: rule.id, status: 'deleted' },
	];
}

/** What LiveChat keeps of a deleted event (Data structures, "Deleted event"). */
export function deletedEvent(event: ChatEvent): ChatEvent {
	return {
		id: event.id,
		...(event.custom_id !== undefined && { custom_id: event.custom_id }),
		created_at: event.created_at,
		type: event.type,
		visibility: event.visibility,
		deleted: true,
		...(event.author_id !== undefined && { author_id: event.author_id }),
	};
}

/** The newest bot other than the seeded one. */
function emittedBot(state: LiveChatState) {
	return state.bots.filter((bot) => bot.id !== BOT_ID).at(-1);
}

function newestAgent(state: LiveChatState) {
	return state.agents[state.agents.length - 1];
}

export function buildEvent(state: LiveChatState, options: EmitOptions): BuiltEvent {
	const builder = BUILDERS[options.action];
	if (!builder) throw validation(`Unknown webhook action: ${options.action}`);
	return builder(state, options);
}
