/**
 * The simulated Configuration API and Agent Chat API methods (v3.6). Each takes the request body
 * and who is calling, answers like LiveChat or throws a LiveChatError, and fires the webhooks that
 * LiveChat fires for the same change.
 */
import { autoAccessMethods } from './autoAccess';
import { banMethods } from './bans';
import { botMethods } from './bots';
import type { Call, Method } from './calls';
import {
	assertChatAccess,
	canAccessChat,
	findChat,
	findCustomer,
	findThread,
	fire,
	ownerClientId,
	requesterId,
	required,
} from './calls';
import { acceptFileEvent, checkEvent, contentMethods } from './content';
import { conversationMethods } from './conversations';
import { followUpMethods } from './followUps';
import { greetingMethods } from './greetings';
import { propertyMethods } from './properties';
import { LiveChatError, notFound, validation } from './errors';
import { sortByTime } from './pagination';
import type { Chat, ChatEvent, LiveChatState, Thread } from './state';
import { currentThread, newId, time } from './state';
import { teamMethods } from './team';
import { ACTIONS } from './webhookEvents';

const WEBHOOKS_PER_ACTION = 3;

// -------------------------------------------------------------------------------------------
// Configuration API
// -------------------------------------------------------------------------------------------

const SOURCE_TYPES = ['my_client', 'other_clients', 'system'];

/** register_webhook's filters, each of its documented type and values. */
function checkWebhookFilters(filters: Record<string, unknown>) {
	if (
		filters.author_type !== undefined &&
		!['customer', 'agent'].includes(String(filters.author_type))
	)
		throw validation('`filters.author_type` must be customer or agent');
	if (filters.only_my_chats !== undefined && typeof filters.only_my_chats !== 'boolean')
		throw validation('`filters.only_my_chats` must be a boolean');
	const sources = filters.source_type;
	if (
		sources !== undefined &&
		(!Array.isArray(sources) || sources.some((source) => !SOURCE_TYPES.includes(String(source))))
	)
		throw validation(`\`filters.source_type\` takes ${SOURCE_TYPES.join(', ')}`);
	// ❓ The page names `agent_ids` for routing_status_set but not its shape: read as a list of IDs,
	// like its sibling `source_type`.
	const agentIds = filters.agent_ids;
	if (
		agentIds !== undefined &&
		(!Array.isArray(agentIds) || agentIds.some((id) => typeof id !== 'string' || !id))
	)
		throw validation('`filters.agent_ids` must be a list of agent IDs');
	const presence = filters.chat_presence as
		| { user_ids?: Record<string, unknown>; my_bots?: unknown }
		| undefined;
	if (presence === undefined) return;
	if (typeof presence !== 'object' || presence === null)
		throw validation('`filters.chat_presence` must be an object');
	if (presence.my_bots !== undefined && typeof presence.my_bots !== 'boolean')
		throw validation('`filters.chat_presence.my_bots` must be a boolean');
	const userIds = presence.user_ids;
	if (userIds === undefined) return;
	const kinds = ['values', 'exclude_values'].filter((kind) => userIds[kind] !== undefined);
	if (kinds.length !== 1)
		throw validation('`filters.chat_presence.user_ids` takes values or exclude_values, not both');
	if (!Array.isArray(userIds[kinds[0]]))
		throw validation(`\`filters.chat_presence.user_ids.${kinds[0]}\` must be an array of user IDs`);
}

/** `group_ids` of create_tag / update_tag: integers (it can be empty). */
function tagGroupIds(value: unknown) {
	if (value === undefined) return undefined;
	if (!Array.isArray(value) || !value.every((id) => Number.isInteger(id)))
		throw validation('`group_ids` must be an array of group IDs (integers)');
	return value as number[];
}

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
		checkWebhookFilters(filters);
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
		const filters = body.filters as { group_ids?: unknown } | undefined;
		if (filters !== undefined && !Array.isArray(filters?.group_ids))
			throw validation('`filters.group_ids` is required in `filters`');
		const groupIds = filters?.group_ids as number[] | undefined;
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
			group_ids: tagGroupIds(body.group_ids) ?? [0],
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
		const groupIds = tagGroupIds(call.body.group_ids);
		if (groupIds !== undefined) tag.group_ids = groupIds;
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

/**
 * The Chat summary structure (list_chats): `last_thread_summary` has the thread's id, created_at,
 * user_ids, properties, active, access and, while queued, queue; no tags and no events (those are
 * in `last_event_per_type`).
 */
function chatSummary(state: LiveChatState, chat: Chat) {
	const thread = currentThread(chat);
	return {
		id: chat.id,
		last_thread_summary: {
			id: thread.id,
			created_at: thread.created_at,
			user_ids: thread.user_ids,
			properties: thread.properties,
			active: thread.active,
			access: thread.access,
			...(thread.queue && { queue: thread.queue }),
		},
		users: state.chatUsers(chat),
		last_event_per_type: lastEventPerType(chat),
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

/** `filters.properties.<namespace>.<name>.{exists|values|exclude_values}`: exactly one of them. */
function propertiesMatch(
	properties: Chat['properties'],
	filters: Record<string, Record<string, PropertyFilter>> = {},
) {
	return Object.entries(filters).every(([namespace, byName]) =>
		Object.entries(byName).every(([name, filter]) => {
			const kinds = ['exists', 'values', 'exclude_values'].filter(
				(kind) => filter?.[kind as keyof PropertyFilter] !== undefined,
			);
			if (kinds.length !== 1)
				throw validation(
					`\`filters.properties.${namespace}.${name}\` takes exactly one of exists, values or exclude_values`,
				);
			const present = properties[namespace] !== undefined && name in properties[namespace];
			const value = properties[namespace]?.[name];
			if (filter.exists !== undefined) return present === filter.exists;
			if (filter.values) return present && filter.values.includes(value);
			return !present || !filter.exclude_values!.includes(value);
		}),
	);
}

/** An array filter's documented maximum size. */
function checkSize(value: unknown, field: string, max: number) {
	if (value === undefined) return;
	if (!Array.isArray(value)) throw validation(`\`${field}\` must be an array`);
	if (value.length > max) throw validation(`\`${field}\` takes at most ${max} items`);
}

interface ValuesFilter {
	exists?: boolean;
	values?: string[];
	exclude_values?: string[];
	require_every_value?: boolean;
}

/** `<filter_type>` of list_archives (agents, tags, event types): only one of exists/values/exclude_values. */
function valuesMatch(filter: ValuesFilter | undefined, have: string[], field: string) {
	if (filter === undefined) return true;
	const kinds = ['exists', 'values', 'exclude_values'].filter(
		(kind) => filter[kind as keyof ValuesFilter] !== undefined,
	);
	if (kinds.length > 1)
		throw validation(`\`filters.${field}\` takes only one of exists, values or exclude_values`);
	if (filter.exists !== undefined) return filter.exists === have.length > 0;
	const every = filter.require_every_value === true;
	if (filter.values) {
		return every
			? filter.values.every((value) => have.includes(value))
			: filter.values.some((value) => have.includes(value));
	}
	if (filter.exclude_values) {
		return every
			? !filter.exclude_values.every((value) => have.includes(value))
			: !filter.exclude_values.some((value) => have.includes(value));
	}
	return true;
}

function eventText(event: ChatEvent) {
	return typeof event.text === 'string' ? event.text.toLowerCase() : '';
}

const agent: Record<string, Method> = {
	list_chats(call) {
		const { state, pages, body } = call;
		const query = pages.query('list_chats', body, 10);
		const filters = (query.params.filters ?? {}) as {
			active?: boolean | null;
			include_chats_without_threads?: boolean;
			group_ids?: number[];
			properties?: Record<string, Record<string, PropertyFilter>>;
		};
		checkSize(filters.group_ids, 'filters.group_ids', 200);
		const chats = [...state.chats.values()]
			.filter((chat) => chat.threads.length > 0 && canAccessChat(call, chat))
			.filter((chat) => propertiesMatch(chat.properties, filters.properties))
			.filter(
				(chat) =>
					filters.active === undefined ||
					filters.active === null ||
					currentThread(chat).active === filters.active,
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
	/**
	 * `chat_id` is required on every call, a follow-up's too (and must be its first request's);
	 * `min_events_count` (1–100) takes the fewest latest threads holding that many events and
	 * cannot go with `limit` or `filters`.
	 */
	list_threads(call) {
		const { state, pages, body } = call;
		const chat = findChat(state, body.chat_id);
		assertChatAccess(call, chat);
		const minEvents = body.min_events_count;
		if (minEvents !== undefined) {
			if (!Number.isInteger(minEvents) || (minEvents as number) < 1 || (minEvents as number) > 100)
				throw validation('`min_events_count` must be between 1 and 100');
			if (body.limit !== undefined || body.filters !== undefined)
				throw validation('`min_events_count` cannot be used with `limit` or `filters`');
		}
		const query = pages.query('list_threads', body, 3, 100, ['min_events_count']);
		if (query.params.chat_id !== chat.id)
			throw validation('`chat_id` must be the chat of the first page');
		const { from, to } = (query.params.filters ?? {}) as { from?: string; to?: string };
		const threads = chat.threads.filter(
			(thread) => (!from || thread.created_at >= from) && (!to || thread.created_at <= to),
		);
		if (minEvents !== undefined && query.offset === 0) {
			let events = 0;
			let needed = 0;
			for (const thread of [...threads].reverse()) {
				needed++;
				events += thread.events.length;
				if (events >= (minEvents as number)) break;
			}
			query.limit = Math.max(1, needed);
		}
		const { items, total, ...links } = pages.page(
			query,
			sortByTime(threads, (t) => t.created_at, query.params),
		);
		return {
			threads: items.map((thread) => state.threadView(chat, thread)),
			found_threads: total,
			...links,
		};
	},
	list_archives(call) {
		const { state, pages, body } = call;
		const query = pages.query('list_archives', body, 10);
		const filters = (query.params.filters ?? {}) as {
			customer_id?: string;
			customer_email?: string;
			chat_ids?: string[];
			thread_ids?: string[];
			group_ids?: number[];
			agents?: ValuesFilter;
			from?: string;
			to?: string;
			query?: string;
			properties?: Record<string, Record<string, PropertyFilter>>;
			tags?: ValuesFilter;
			event_types?: ValuesFilter;
			customer_countries?: ValuesFilter;
			agent_types?: Partial<Record<'all_values' | 'any_values' | 'exclude_values', string[]>>;
			agent_response?: { exists?: boolean };
			greetings?: { exists?: boolean; values?: number[] };
		};
		checkHighlights(body.highlights);
		checkAgentTypes(filters.agent_types);
		checkSize(filters.chat_ids, 'filters.chat_ids', 1000);
		checkSize(filters.thread_ids, 'filters.thread_ids', 20);
		checkSize(filters.group_ids, 'filters.group_ids', 200);
		if (filters.thread_ids && Object.keys(filters).length > 1) {
			throw validation('`filters.thread_ids` cannot be combined with other filters');
		}
		// "Cannot be used with other filters or pagination": one page of the default size, so a
		// client asking for more threads than that gets only the first page's.
		const paging = ['limit', 'sort_order', 'page_id'].filter((key) => body[key] !== undefined);
		if (filters.thread_ids && paging.length) {
			throw validation(`\`filters.thread_ids\` cannot be used with ${paging.join(', ')}`);
		}
		if (filters.event_types?.exists !== undefined)
			throw validation('`filters.event_types` takes values or exclude_values');
		const archived: Array<{ chat: Chat; thread: Thread }> = [];
		for (const chat of state.chats.values()) {
			if (!canAccessChat(call, chat)) continue;
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
				const agents = thread.user_ids.filter((id) => id !== chat.customerId);
				if (!valuesMatch(filters.agents, agents, 'agents')) continue;
				if (filters.from && thread.created_at < filters.from) continue;
				if (filters.to && thread.created_at > filters.to) continue;
				if (
					filters.query &&
					!thread.events.some((e) => eventText(e).includes(filters.query!.toLowerCase()))
				)
					continue;
				if (!propertiesMatch({ ...chat.properties, ...thread.properties }, filters.properties))
					continue;
				if (!valuesMatch(filters.tags, thread.tags, 'tags')) continue;
				const types = [...new Set(thread.events.map((event) => event.type))];
				if (!valuesMatch(filters.event_types, types, 'event_types')) continue;
				const country = (customer?.visit.geolocation as { country_code?: string } | undefined)
					?.country_code;
				if (
					!valuesMatch(filters.customer_countries, country ? [country] : [], 'customer_countries')
				)
					continue;
				if (!agentTypesMatch(filters.agent_types, agentTypesOf(state, agents))) continue;
				const answered = thread.events.some(
					(event) =>
						event.type === 'message' && event.author_id && agents.includes(event.author_id),
				);
				const response = filters.agent_response?.exists;
				if (response !== undefined && response !== answered) continue;
				// ⚠️ No seeded thread started from a greeting: only "no greeting" matches.
				const greetings = filters.greetings;
				if (greetings && (greetings.exists === true || greetings.values?.length)) continue;
				archived.push({ chat, thread });
			}
		}
		const sorted = sortByTime(archived, (entry) => entry.thread.created_at, query.params);
		const { items, total, ...links } = pages.page(query, sorted);
		return {
			chats: items.map(({ chat, thread }) => {
				const index = chat.threads.indexOf(thread);
				const accessible = (other: Thread | undefined) =>
					other && canAccessChat(call, chat) ? other.id : undefined;
				const previous = accessible(chat.threads[index - 1]);
				const next = accessible(chat.threads[index + 1]);
				return {
					id: chat.id,
					users: state.chatUsers(chat),
					thread: {
						...state.threadView(chat, thread),
						...(previous && { previous_accessible_thread_id: previous }),
						...(next && { next_accessible_thread_id: next }),
					},
					properties: chat.properties,
					access: chat.access,
					is_followed: false,
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
	/** `chat_ids` only when the customer had a chat; unset fields (session_fields…) left out. */
	get_customer({ state, body }) {
		const { ban: _ban, ...customer } = findCustomer(state, body.id);
		const chatIds = [...state.chats.values()]
			.filter((c) => c.customerId === customer.id)
			.map((c) => c.id);
		return { ...customer, ...(chatIds.length && { chat_ids: chatIds }) };
	},
	update_customer(call) {
		const { state, body } = call;
		if (typeof body.id === 'string' && body.id && !UUID_V4.test(body.id))
			throw validation('`id` must be a UUID v4');
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
		checkOmnichannel(body.omnichannel);
		if (body.address !== undefined) {
			const address = body.address as Record<string, unknown>;
			if (typeof address !== 'object' || address === null || Array.isArray(address))
				throw validation('`address` must be an object');
			for (const [field, value] of Object.entries(address)) {
				if (!['address', 'city', 'country', 'state', 'postal_code'].includes(field))
					throw validation(`\`address.${field}\` is not a field of an address`);
				if (typeof value !== 'string') throw validation(`\`address.${field}\` must be a string`);
			}
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
		checkEvent(event as Record<string, unknown>, '`event');
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
		const created: ChatEvent = {
			...(event as ChatEvent),
			...fileDetails,
			id: `${thread.id}_${thread.events.length}`,
			created_at: time(),
			visibility: event.visibility ?? 'all',
			...(event.type !== 'system_message' && { author_id: authorId }),
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

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** `omnichannel.fbmessenger.id` and `omnichannel.twilio.phone_number` when those are given. */
function checkOmnichannel(value: unknown) {
	if (value === undefined) return;
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		throw validation('`omnichannel` must be an object');
	const { fbmessenger, twilio } = value as Record<string, Record<string, unknown> | undefined>;
	if (fbmessenger !== undefined && (typeof fbmessenger?.id !== 'string' || !fbmessenger.id))
		throw validation('`omnichannel.fbmessenger.id` is required');
	if (twilio !== undefined && (typeof twilio?.phone_number !== 'string' || !twilio.phone_number))
		throw validation('`omnichannel.twilio.phone_number` is required');
}

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

const AGENT_TYPES = ['human', 'chatbot', 'ai_agent'];

/** The agent types of a thread's agents: people, chatbots and AI agents (bots of type ai_agent). */
function agentTypesOf(state: LiveChatState, ids: string[]) {
	return ids.map((id) => {
		const bot = state.bots.find((candidate) => candidate.id === id);
		return !bot ? 'human' : bot.type === 'ai_agent' ? 'ai_agent' : 'chatbot';
	});
}

/** `filters.agent_types`: allowed values, "each value can be used only once across all arrays". */
function checkAgentTypes(filter: Record<string, string[] | undefined> | undefined) {
	if (filter === undefined) return;
	const used = Object.values(filter).flatMap((values) => values ?? []);
	if (used.some((value) => !AGENT_TYPES.includes(value)))
		throw validation('`filters.agent_types` takes human, chatbot and ai_agent');
	if (new Set(used).size !== used.length)
		throw validation('`filters.agent_types`: each value can be used only once');
}

function agentTypesMatch(
	filter: Partial<Record<'all_values' | 'any_values' | 'exclude_values', string[]>> | undefined,
	have: string[],
) {
	if (!filter) return true;
	const { all_values: all, any_values: any, exclude_values: exclude } = filter;
	return (
		(!all || all.every((type) => have.includes(type))) &&
		(!any || any.some((type) => have.includes(type))) &&
		(!exclude || !exclude.some((type) => have.includes(type)))
	);
}

/** `highlights`: an object, with `pre_tag` and `post_tag` together if at all. */
function checkHighlights(value: unknown) {
	if (value === undefined) return;
	const tags = value as { pre_tag?: unknown; post_tag?: unknown };
	if (typeof tags !== 'object' || tags === null) throw validation('`highlights` must be an object');
	if ((tags.pre_tag === undefined) !== (tags.post_tag === undefined))
		throw validation('`highlights.pre_tag` and `highlights.post_tag` go together');
}

export const METHODS: Record<'configuration' | 'agent', Record<string, Method>> = {
	configuration: {
		...configuration,
		...botMethods.configuration,
		...banMethods.configuration,
		...contentMethods.configuration,
		...teamMethods.configuration,
		...autoAccessMethods.configuration,
		...greetingMethods.configuration,
		...propertyMethods.configuration,
	},
	agent: {
		...agent,
		...conversationMethods.agent,
		...botMethods.agent,
		...contentMethods.agent,
		...followUpMethods.agent,
	},
};
