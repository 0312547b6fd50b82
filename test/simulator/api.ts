/**
 * The simulated Configuration API and Agent Chat API methods (v3.6). Each takes the request body
 * and who is calling, answers like LiveChat or throws a LiveChatError, and fires the webhooks that
 * LiveChat fires for the same change.
 */
import { banMethods } from './bans';
import { botMethods } from './bots';
import type { Call, Method } from './calls';
import {
	assertChatAccess,
	findChat,
	findCustomer,
	findThread,
	fire,
	ownerClientId,
	requesterId,
	required,
	withFields,
} from './calls';
import { acceptFileEvent, checkRichMessage, contentMethods } from './content';
import { conversationMethods } from './conversations';
import { LiveChatError, notFound, validation } from './errors';
import { sortByTime } from './pagination';
import type { Chat, ChatEvent, LiveChatState, Thread } from './state';
import { currentThread, newId, time } from './state';
import { ACTIONS } from './webhookEvents';

const WEBHOOKS_PER_ACTION = 3;

// -------------------------------------------------------------------------------------------
// Configuration API
// -------------------------------------------------------------------------------------------

const configuration: Record<string, Method> = {
	register_webhook(call) {
		const { body, state } = call;
		const url = required(body, 'url');
		const action = required(body, 'action');
		const secret = required(body, 'secret_key');
		const type = required(body, 'type');
		const owner = ownerClientId(call);
		if (!/^https?:\/\/[^\s]+$/.test(url) || url.length > 500) throw validation('`url` is invalid');
		const info = ACTIONS.find((candidate) => candidate.action === action);
		if (!info) throw validation(`\`action\` ${action} is not supported`);
		if (!['license', 'bot'].includes(type)) throw validation('`type` must be license or bot');
		const additionalData = (body.additional_data as string[] | undefined) ?? [];
		for (const value of additionalData) {
			if (!info.additional_data?.includes(value)) {
				throw validation(`\`additional_data\` ${value} is not available for ${action}`);
			}
		}
		const filters = (body.filters as Record<string, unknown> | undefined) ?? {};
		for (const filter of Object.keys(filters)) {
			if (!info.filters.includes(filter))
				throw validation(`\`filters.${filter}\` is not supported for ${action}`);
		}
		const presence = filters.chat_presence as { user_ids?: Record<string, unknown> } | undefined;
		if (presence?.user_ids?.values && presence.user_ids.exclude_values) {
			throw validation('`filters.chat_presence.user_ids` takes values or exclude_values, not both');
		}
		const taken = state.webhooks.filter((w) => w.owner_client_id === owner && w.action === action);
		if (taken.length >= WEBHOOKS_PER_ACTION) {
			throw new LiveChatError('limit_reached', 'Webhooks limit reached');
		}
		const id = newId();
		state.webhooks.push({
			id,
			url,
			action,
			secret_key: secret,
			owner_client_id: owner,
			type,
			...(body.description !== undefined && { description: String(body.description) }),
			...(additionalData.length && { additional_data: additionalData }),
			...(Object.keys(filters).length && { filters }),
			liveFrom: Date.now() + call.propagationDelayMs,
		});
		return { id };
	},
	list_webhooks(call) {
		const owner = ownerClientId(call);
		return call.state.webhooks
			.filter((webhook) => webhook.owner_client_id === owner)
			.map(({ secret_key: _secret, liveFrom: _liveFrom, ...listed }) => listed);
	},
	unregister_webhook(call) {
		const id = required(call.body, 'id');
		const owner = ownerClientId(call);
		const index = call.state.webhooks.findIndex((w) => w.id === id && w.owner_client_id === owner);
		if (index < 0) throw notFound(`Webhook ${id} not found`);
		call.state.webhooks.splice(index, 1);
		return {};
	},
	enable_license_webhooks(call) {
		call.state.licenseWebhooksEnabled.set(ownerClientId(call), true);
		return {};
	},
	disable_license_webhooks(call) {
		call.state.licenseWebhooksEnabled.set(ownerClientId(call), false);
		return {};
	},
	get_license_webhooks_state(call) {
		return {
			license_webhooks_enabled: call.state.licenseWebhooksEnabled.get(ownerClientId(call)) === true,
		};
	},
	list_webhook_names({ body }) {
		if (body.version !== undefined && body.version !== '3.6') {
			return ACTIONS.filter(
				(info) => !['event_deleted', 'thread_summary_set'].includes(info.action),
			);
		}
		return ACTIONS;
	},
	list_tags({ state, body }) {
		const groupIds = (body.filters as { group_ids?: number[] } | undefined)?.group_ids;
		return state.tags.filter(
			(tag) => !groupIds || tag.group_ids.some((id) => groupIds.includes(id)),
		);
	},
	create_tag(call) {
		const { state, body } = call;
		const name = required(call.body, 'name');
		if (state.tags.some((tag) => tag.name.toLowerCase() === name.toLowerCase())) {
			throw new LiveChatError('already_exists', `Tag ${name} already exists`);
		}
		const tag = {
			name,
			group_ids: (body.group_ids as number[]) ?? [0],
			author_id: state.agents.find((a) => a.account_id === call.caller.accountId)?.id ?? '',
			created_at: time(),
		};
		state.tags.push(tag);
		fire(call, 'tag_created', { payload: tag });
		return {};
	},
	update_tag(call) {
		const name = required(call.body, 'name');
		const tag = call.state.tags.find((candidate) => candidate.name === name);
		if (!tag) throw notFound(`Tag ${name} not found`);
		if (call.body.group_ids !== undefined) tag.group_ids = call.body.group_ids as number[];
		fire(call, 'tag_updated', { payload: { name, group_ids: tag.group_ids } });
		return {};
	},
	delete_tag(call) {
		const name = required(call.body, 'name');
		const before = call.state.tags.length;
		call.state.tags = call.state.tags.filter((tag) => tag.name !== name);
		if (call.state.tags.length === before) throw notFound(`Tag ${name} not found`);
		fire(call, 'tag_deleted', { payload: { name } });
		return {};
	},
	list_groups({ state, body }) {
		return state.groups.map((group) =>
			withFields(
				{ id: group.id, name: group.name, language_code: group.language_code },
				{ ...group },
				body.fields,
			),
		);
	},
	list_agents({ state, body }) {
		const filters = (body.filters ?? {}) as { group_ids?: number[]; suspended?: boolean };
		return state.agents
			.filter((agent) => filters.suspended === undefined || agent.suspended === filters.suspended)
			.filter(
				(agent) =>
					!filters.group_ids || agent.groups.some((g) => filters.group_ids!.includes(g.id)),
			)
			.map((agent) =>
				withFields(
					{
						id: agent.id,
						account_id: agent.account_id,
						name: agent.name,
						avatar_path: agent.avatar_path,
						role: agent.role,
						login_status: agent.login_status,
					},
					{ ...agent },
					body.fields,
				),
			);
	},
};

// -------------------------------------------------------------------------------------------
// Agent Chat API
// -------------------------------------------------------------------------------------------

function lastEventPerType(chat: Chat) {
	const perType: Record<string, unknown> = {};
	for (const thread of chat.threads) {
		for (const event of thread.events) {
			perType[event.type] = { thread_id: thread.id, thread_created_at: thread.created_at, event };
		}
	}
	return perType;
}

function chatSummary(state: LiveChatState, chat: Chat) {
	const thread = currentThread(chat);
	return {
		id: chat.id,
		last_thread_summary: {
			id: thread.id,
			active: thread.active,
			user_ids: thread.user_ids,
			created_at: thread.created_at,
			properties: thread.properties,
			access: thread.access,
			tags: thread.tags,
		},
		last_event_per_type: lastEventPerType(chat),
		users: state.chatUsers(chat),
		properties: chat.properties,
		access: chat.access,
		is_followed: false,
	};
}

interface PropertyFilter {
	exists?: boolean;
	values?: unknown[];
	exclude_values?: unknown[];
}

/** `filters.properties.<namespace>.<name>.{exists|values|exclude_values}` of list_chats. */
function propertiesMatch(
	properties: Chat['properties'],
	filters: Record<string, Record<string, PropertyFilter>> = {},
) {
	return Object.entries(filters).every(([namespace, byName]) =>
		Object.entries(byName).every(([name, filter]) => {
			const present = properties[namespace] !== undefined && name in properties[namespace];
			const value = properties[namespace]?.[name];
			if (filter.exists !== undefined) return present === filter.exists;
			if (filter.values) return present && filter.values.includes(value);
			if (filter.exclude_values) return !present || !filter.exclude_values.includes(value);
			throw validation(`\`filters.properties.${namespace}.${name}\` needs a condition`);
		}),
	);
}

function eventText(event: ChatEvent) {
	return typeof event.text === 'string' ? event.text.toLowerCase() : '';
}

const agent: Record<string, Method> = {
	list_chats({ state, pages, body }) {
		const query = pages.query('list_chats', body, 10);
		const filters = (query.params.filters ?? {}) as {
			active?: boolean;
			group_ids?: number[];
			properties?: Record<string, Record<string, PropertyFilter>>;
		};
		const chats = [...state.chats.values()]
			.filter((chat) => propertiesMatch(chat.properties, filters.properties))
			.filter(
				(chat) => filters.active === undefined || currentThread(chat).active === filters.active,
			)
			.filter(
				(chat) =>
					!filters.group_ids || chat.access.group_ids.some((id) => filters.group_ids!.includes(id)),
			);
		const sorted = sortByTime(chats, (chat) => currentThread(chat).created_at, query.params);
		const page = pages.page(query, sorted);
		const { items, total, ...links } = page;
		return {
			chats_summary: items.map((chat) => chatSummary(state, chat)),
			found_chats: total,
			...links,
		};
	},
	get_chat(call) {
		const { state, body } = call;
		const chat = findChat(state, body.chat_id);
		assertChatAccess(call, chat);
		const thread =
			body.thread_id === undefined ? currentThread(chat) : findThread(chat, body.thread_id);
		return state.chatWithThread(chat, thread);
	},
	list_threads({ state, pages, body }) {
		const query = pages.query('list_threads', body, 3);
		const chat = findChat(state, query.params.chat_id);
		const { from, to } = (query.params.filters ?? {}) as { from?: string; to?: string };
		const threads = chat.threads.filter(
			(thread) => (!from || thread.created_at >= from) && (!to || thread.created_at <= to),
		);
		const { items, total, ...links } = pages.page(
			query,
			sortByTime(threads, (t) => t.created_at, query.params),
		);
		return { threads: items, found_threads: total, ...links };
	},
	list_archives({ state, pages, body }) {
		const query = pages.query('list_archives', body, 10);
		const filters = (query.params.filters ?? {}) as {
			customer_id?: string;
			customer_email?: string;
			chat_ids?: string[];
			thread_ids?: string[];
			group_ids?: number[];
			agents?: { values?: string[] };
			from?: string;
			to?: string;
			query?: string;
			tags?: {
				values?: string[];
				exclude_values?: string[];
				exists?: boolean;
				require_every_value?: boolean;
			};
		};
		if (filters.thread_ids && Object.keys(filters).length > 1) {
			throw validation('`filters.thread_ids` cannot be combined with other filters');
		}
		const archived: Array<{ chat: Chat; thread: Thread }> = [];
		for (const chat of state.chats.values()) {
			const customer = state.customers.get(chat.customerId);
			for (const thread of chat.threads) {
				if (filters.customer_id && chat.customerId !== filters.customer_id) continue;
				if (filters.customer_email && customer?.email !== filters.customer_email) continue;
				if (filters.chat_ids && !filters.chat_ids.includes(chat.id)) continue;
				if (filters.thread_ids && !filters.thread_ids.includes(thread.id)) continue;
				if (
					filters.group_ids &&
					!thread.access.group_ids.some((id) => filters.group_ids!.includes(id))
				)
					continue;
				if (filters.agents?.values?.every((id) => !thread.user_ids.includes(id))) continue;
				if (filters.from && thread.created_at < filters.from) continue;
				if (filters.to && thread.created_at > filters.to) continue;
				if (
					filters.query &&
					!thread.events.some((e) => eventText(e).includes(filters.query!.toLowerCase()))
				)
					continue;
				const tags = filters.tags;
				if (tags) {
					if (tags.exists !== undefined && tags.exists !== thread.tags.length > 0) continue;
					if (tags.values) {
						const matches = tags.require_every_value
							? tags.values.every((tag) => thread.tags.includes(tag))
							: tags.values.some((tag) => thread.tags.includes(tag));
						if (!matches) continue;
					}
					if (tags.exclude_values?.some((tag) => thread.tags.includes(tag))) continue;
				}
				archived.push({ chat, thread });
			}
		}
		const sorted = sortByTime(archived, (entry) => entry.thread.created_at, query.params);
		const { items, total, ...links } = pages.page(query, sorted);
		return {
			chats: items.map(({ chat, thread }) => {
				const {
					previous_thread_id: _p,
					next_thread_id: _n,
					...rest
				} = state.chatWithThread(chat, thread).thread;
				return {
					id: chat.id,
					users: state.chatUsers(chat),
					properties: chat.properties,
					access: chat.access,
					thread: rest,
				};
			}),
			found_chats: total,
			...links,
		};
	},
	tag_thread(call) {
		const { chat, thread, tag } = tagTarget(call);
		if (!thread.tags.includes(tag)) thread.tags.push(tag);
		fire(call, 'thread_tagged', { chat, payload: { chat_id: chat.id, thread_id: thread.id, tag } });
		return {};
	},
	untag_thread(call) {
		const { chat, thread, tag } = tagTarget(call);
		if (!thread.tags.includes(tag))
			throw validation(`Thread ${thread.id} is not tagged with ${tag}`);
		thread.tags = thread.tags.filter((candidate) => candidate !== tag);
		fire(call, 'thread_untagged', {
			chat,
			payload: { chat_id: chat.id, thread_id: thread.id, tag },
		});
		return {};
	},
	get_customer({ state, body }) {
		const { ban: _ban, ...customer } = findCustomer(state, body.id);
		return {
			...customer,
			chat_ids: [...state.chats.values()]
				.filter((c) => c.customerId === customer.id)
				.map((c) => c.id),
		};
	},
	update_customer(call) {
		const { state, body } = call;
		const customer = findCustomer(state, body.id);
		const fields = [
			'name',
			'email',
			'avatar',
			'phone_number',
			'session_fields',
			'address',
			'omnichannel',
		];
		const given = fields.filter((field) => body[field] !== undefined);
		if (!given.length) throw validation('At least one optional field is required');
		if (body.email !== undefined && !/^[^@\s]+@[^@\s]+$/.test(String(body.email)))
			throw validation('`email` is invalid');
		if (body.phone_number !== undefined && !/^\+[1-9]\d{4,14}$/.test(String(body.phone_number))) {
			throw validation('`phone_number` must be in E.164 format');
		}
		if (body.session_fields !== undefined) {
			const valid =
				Array.isArray(body.session_fields) &&
				body.session_fields.every(
					(field) =>
						typeof field === 'object' &&
						field !== null &&
						Object.keys(field).length === 1 &&
						typeof Object.values(field)[0] === 'string',
				);
			if (!valid) throw validation('`session_fields` must be a list of single key-value objects');
		}
		// Session fields are replaced as a whole (like the Customer Chat API's set_customer_session_fields).
		for (const field of given) Object.assign(customer, { [field]: body[field] });
		if (body.session_fields !== undefined) {
			for (const chat of state.chats.values()) {
				const thread = currentThread(chat);
				if (chat.customerId !== customer.id || !thread.active) continue;
				fire(call, 'customer_session_fields_updated', {
					chat,
					payload: {
						id: customer.id,
						active_chat: { chat_id: chat.id, thread_id: thread.id },
						session_fields: customer.session_fields,
					},
				});
			}
		}
		return {};
	},
	ban_customer({ state, body, caller }) {
		const customer = findCustomer(state, body.id);
		const days = (body.ban as { days?: unknown } | undefined)?.days;
		if (!Number.isInteger(days) || (days as number) < 1)
			throw validation('`ban.days` must be a positive integer');
		const chat = [...state.chats.values()].filter((c) => c.customerId === customer.id).at(-1);
		customer.ban = {
			days: days as number,
			banned_at: time(),
			agent_id: requesterId(state, caller),
			thread_id: chat && currentThread(chat).id,
		};
		return {};
	},
	send_event(call) {
		const { state, body, caller } = call;
		const chat = findChat(state, body.chat_id);
		const event = body.event as Partial<ChatEvent> | undefined;
		if (!event || typeof event !== 'object') throw validation('`event` is required');
		if (
			!['message', 'system_message', 'custom', 'rich_message', 'file'].includes(String(event.type))
		) {
			throw validation('`event.type` is invalid');
		}
		if (event.type === 'message' && (typeof event.text !== 'string' || !event.text))
			throw validation('`event.text` is required');
		if (typeof event.text === 'string' && Buffer.byteLength(event.text) > 16_384) {
			throw new LiveChatError('entity_too_large', 'The event is too large');
		}
		assertChatAccess(call, chat);
		const thread = currentThread(chat);
		if (!thread.active) throw new LiveChatError('chat_inactive', 'Chat is inactive');
		const authorId = requesterId(state, caller);
		if (!authorId || !thread.user_ids.includes(authorId)) {
			throw new LiveChatError('validation', 'Requester is not a user of this chat', {
				hint: 'add_user_to_chat',
			});
		}
		const fileDetails =
			event.type === 'file' ? acceptFileEvent(state, event as Record<string, unknown>) : {};
		if (event.type === 'rich_message') checkRichMessage(event as Record<string, unknown>);
		const created: ChatEvent = {
			...(event as ChatEvent),
			...fileDetails,
			id: `${thread.id}_${thread.events.length}`,
			created_at: time(),
			visibility: event.visibility ?? 'all',
			author_id: authorId,
		};
		thread.events.push(created);
		fire(call, 'incoming_event', {
			chat,
			authorType: 'agent',
			payload: { chat_id: chat.id, thread_id: thread.id, event: created },
		});
		return { event_id: created.id };
	},
};

function tagTarget({ state, body }: Call) {
	const chat = findChat(state, body.chat_id);
	const thread = findThread(chat, required(body, 'thread_id'));
	const tag = required(body, 'tag');
	const known = state.tags.find((candidate) => candidate.name === tag);
	if (!known) throw notFound(`Tag ${tag} not found`);
	if (!known.group_ids.some((id) => thread.access.group_ids.includes(id))) {
		throw validation(`Tag ${tag} and the thread share no group`);
	}
	return { chat, thread, tag };
}

export const METHODS: Record<'configuration' | 'agent', Record<string, Method>> = {
	configuration: {
		...configuration,
		...botMethods.configuration,
		...banMethods.configuration,
		...contentMethods.configuration,
	},
	agent: {
		...agent,
		...conversationMethods.agent,
		...botMethods.agent,
		...contentMethods.agent,
	},
};
