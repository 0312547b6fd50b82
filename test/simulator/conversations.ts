/**
 * Conversation control on the simulated Agent Chat API: transfer, close, users of a chat, start
 * and resume, properties, files, rich messages, indicators and read receipts, with LiveChat's rules
 * (requester presence, active threads, group overlap) and the webhooks LiveChat fires.
 *
 * Facts: livechat-api-conversations.md §0 and §1 (✅ documented). Where LiveChat documents no error
 * type, the simulator uses the closest catalogue type and says so (⚠️ below).
 */
import type { Call, MethodGroup } from './calls';
import { findChat, fire, required, requesterId } from './calls';
import { checkEvent } from './content';
import { LiveChatError, notFound, validation } from './errors';
import type { Chat, ChatEvent, LiveChatState, Thread } from './state';
import { currentThread, newChatId, time } from './state';

/** At most this many agents besides the requester in start_chat / resume_chat. */
const MAX_INITIAL_AGENTS = 4;

// -------------------------------------------------------------------------------------------
// Who may be in a chat: agents (state.agents) and bots (state.bots), both "agents" to LiveChat
// -------------------------------------------------------------------------------------------

function bot(state: LiveChatState, id: string) {
	return state.bots.find((candidate) => candidate.id === id);
}

function isStaff(state: LiveChatState, id: string) {
	return state.agent(id) !== undefined || bot(state, id) !== undefined;
}

/** The groups of an agent (its own list and the groups naming it) or of a bot. */
function groupsOf(state: LiveChatState, id: string): number[] {
	const agent = state.agent(id);
	if (agent) {
		const ids = new Set(agent.groups.map((group) => group.id));
		for (const group of state.groups) if (id in group.agent_priorities) ids.add(group.id);
		return [...ids];
	}
	return bot(state, id)?.groups.map((group) => group.id) ?? [];
}

function sharesGroup(state: LiveChatState, id: string, groupIds: number[]) {
	return groupsOf(state, id).some((group) => groupIds.includes(group));
}

/** Active chats with a customer that the user is in (what LiveChat counts as load). */
function activeChats(state: LiveChatState, id: string) {
	let count = 0;
	for (const chat of state.chats.values()) {
		const thread = currentThread(chat);
		if (thread.active && thread.user_ids.includes(id) && thread.user_ids.includes(chat.customerId))
			count++;
	}
	return count;
}

/** Whether routing would give the user a chat: logged in, accepting chats (status only). */
function acceptsChats(state: LiveChatState, id: string) {
	const agent = state.agent(id);
	if (agent) return agent.login_status === 'accepting chats' && !agent.suspended;
	return bot(state, id)?.routing_status === 'accepting_chats';
}

/** Logged in (accepting chats or not), not suspended; a bot that is not offline. */
function isOnline(state: LiveChatState, id: string) {
	const agent = state.agent(id);
	if (agent) return agent.login_status !== 'offline' && !agent.suspended;
	const status = bot(state, id)?.routing_status;
	return status !== undefined && status !== 'offline';
}

/** Accepting chats and below its max_chats_count: can be assigned a chat right now. */
function isFree(state: LiveChatState, id: string) {
	const max = state.agent(id)?.max_chats_count ?? bot(state, id)?.max_chats_count ?? 0;
	return acceptsChats(state, id) && activeChats(state, id) < max;
}

function staffIds(state: LiveChatState) {
	return [...state.agents.map((agent) => agent.id), ...state.bots.map((member) => member.id)];
}

function nameOf(state: LiveChatState, id: string | undefined) {
	if (!id) return 'Someone';
	return state.agent(id)?.name ?? bot(state, id)?.name ?? state.customers.get(id)?.name ?? id;
}

/** A user of a chat as webhooks show it; bots get their name. */
function chatUserView(state: LiveChatState, chat: Chat, id: string, visibility = 'all') {
	const user = state.chatUser(chat, id);
	if (user.type !== 'agent') return user;
	return { ...user, visibility, name: nameOf(state, id) };
}

// -------------------------------------------------------------------------------------------
// Rules shared by the methods
// -------------------------------------------------------------------------------------------

/** The current thread, which must be active (LiveChat's catalogue error `chat_inactive`). */
function activeThread(chat: Chat) {
	const thread = currentThread(chat);
	if (!thread.active) throw new LiveChatError('chat_inactive', 'Chat is inactive');
	return thread;
}

function optionalBoolean(body: Record<string, unknown>, field: string) {
	const value = body[field];
	if (value !== undefined && typeof value !== 'boolean')
		throw validation(`\`${field}\` must be a boolean`);
	return value === true;
}

/**
 * Requester presence (since v3.4): the caller must be a user of the chat unless the request says
 * `ignore_requester_presence: true`. ⚠️ The error type is undocumented; this is send_event's.
 */
function checkPresence(call: Call, thread: Thread) {
	if (optionalBoolean(call.body, 'ignore_requester_presence')) return;
	const requester = requesterId(call.state, call.caller);
	if (!requester || !thread.user_ids.includes(requester)) {
		throw new LiveChatError('validation', 'Requester is not a user of this chat');
	}
}

function systemMessage(
	thread: Thread,
	type: string,
	text: string,
	textVars?: Record<string, string>,
) {
	const event: ChatEvent = {
		id: `${thread.id}_${thread.events.length}`,
		created_at: time(),
		type: 'system_message',
		visibility: 'all',
		text,
		system_message_type: type,
		...(textVars && { text_vars: textVars }),
	};
	thread.events.push(event);
	return event;
}

function groupIdsOf(state: LiveChatState, value: unknown, field: string): number[] {
	if (!Array.isArray(value) || !value.length)
		throw validation(`\`${field}\` must be a non-empty list`);
	for (const id of value) {
		if (!Number.isInteger(id)) throw validation(`\`${field}\` must hold group ids (integers)`);
		if (!state.groups.some((group) => group.id === id)) throw notFound(`Group ${id} not found`);
	}
	return value as number[];
}

function removeUsers(chat: Chat, thread: Thread, ids: string[]) {
	thread.user_ids = thread.user_ids.filter((id) => !ids.includes(id));
	chat.agentIds = chat.agentIds.filter((id) => !ids.includes(id));
}

function addAgent(chat: Chat, thread: Thread, id: string) {
	if (!thread.user_ids.includes(id)) thread.user_ids.push(id);
	if (!chat.agentIds.includes(id)) chat.agentIds.push(id);
}

// -------------------------------------------------------------------------------------------
// start_chat / resume_chat
// -------------------------------------------------------------------------------------------

interface ChatRequest {
	id?: unknown;
	access?: { group_ids?: unknown };
	properties?: Record<string, Record<string, unknown>>;
	users?: unknown;
	thread?: { events?: unknown; properties?: Record<string, Record<string, unknown>> };
}

/** `chat.users[]`: existing users; at most one customer and 4 agents besides the requester. */
function initialUsers(state: LiveChatState, value: unknown, requester: string | undefined) {
	if (value === undefined) return { customers: [] as string[], agents: [] as string[] };
	if (!Array.isArray(value)) throw validation('`chat.users` must be a list');
	const customers: string[] = [];
	const agents: string[] = [];
	for (const user of value as Array<{ id?: unknown; type?: unknown }>) {
		if (typeof user?.id !== 'string' || !user.id) throw validation('`chat.users[].id` is required');
		if (user.type === 'customer') {
			if (!state.customers.has(user.id)) throw notFound(`Customer ${user.id} not found`);
			if (!customers.includes(user.id)) customers.push(user.id);
		} else if (user.type === 'agent') {
			if (!isStaff(state, user.id)) throw notFound(`Agent ${user.id} not found`);
			if (user.id !== requester && !agents.includes(user.id)) agents.push(user.id);
		} else {
			throw validation('`chat.users[].type` must be agent or customer');
		}
	}
	if (customers.length > 1) throw validation('A chat can have only one customer');
	if (agents.length > MAX_INITIAL_AGENTS) {
		throw validation(`At most ${MAX_INITIAL_AGENTS} agents besides the requester can be added`);
	}
	return { customers, agents };
}

/** `chat.thread.events[]`: written by the requester or a listed user, always `visibility: all`. */
function initialEvents(value: unknown, threadId: string, authors: string[], requester?: string) {
	if (value === undefined) return { events: [] as ChatEvent[], eventIds: [] as string[] };
	if (!Array.isArray(value)) throw validation('`chat.thread.events` must be a list');
	const events: ChatEvent[] = [];
	const eventIds: string[] = [];
	for (const given of value as Array<Partial<ChatEvent>>) {
		if (typeof given !== 'object' || given === null)
			throw validation('`chat.thread.events[]` must be an event object');
		checkEvent(given as Record<string, unknown>, '`chat.thread.events[]');
		const author = given.author_id ?? requester;
		if (given.type !== 'system_message' && (!author || !authors.includes(author))) {
			throw validation('Every author of an initial event must be listed in `chat.users`');
		}
		const event: ChatEvent = {
			...(given as ChatEvent),
			id: `${threadId}_${events.length}`,
			created_at: time(),
			visibility: 'all',
			...(given.type !== 'system_message' && { author_id: author }),
		};
		events.push(event);
		if (event.type !== 'system_message') eventIds.push(event.id);
	}
	return { events, eventIds };
}

/** Opens a thread in the chat with the customer, the requester and the listed agents. */
function openThread(
	call: Call,
	chat: Chat,
	request: ChatRequest,
	agents: string[],
	groupIds: number[],
) {
	const { state, body } = call;
	const requester = requesterId(state, call.caller);
	const members = [...(requester ? [requester] : []), ...agents];
	for (const id of agents) {
		if (!sharesGroup(state, id, groupIds))
			throw validation(`Agent ${id} has no access to the chat's groups`);
	}
	const threadId = newChatId();
	const { events, eventIds } = initialEvents(
		request.thread?.events,
		threadId,
		[chat.customerId, ...members],
		requester,
	);
	const active = body.active === undefined ? true : optionalBoolean(body, 'active');
	const thread: Thread = {
		id: threadId,
		active,
		user_ids: [chat.customerId, ...members],
		events,
		tags: [],
		properties: request.thread?.properties ?? {},
		access: { group_ids: groupIds },
		created_at: time(),
	};
	chat.threads.push(thread);
	chat.access = { group_ids: groupIds };
	for (const id of members) if (!chat.agentIds.includes(id)) chat.agentIds.push(id);
	const customer = state.customers.get(chat.customerId);
	if (customer) customer.statistics.threads_count++;
	// An inactive thread is archived at once: nobody is offered it.
	if (active) fire(call, 'incoming_chat', { chat, payload: { chat: state.chatWithThread(chat) } });
	return { thread, eventIds };
}

function chatRequest(body: Record<string, unknown>): ChatRequest {
	const chat = body.chat ?? {};
	if (typeof chat !== 'object' || Array.isArray(chat)) throw validation('`chat` must be an object');
	return chat as ChatRequest;
}

// -------------------------------------------------------------------------------------------
// transfer_chat
// -------------------------------------------------------------------------------------------

interface TransferTarget {
	type: 'group' | 'agent';
	ids: unknown[];
}

function transferTarget(value: unknown): TransferTarget | undefined {
	if (value === undefined) return undefined;
	const target = value as Partial<TransferTarget>;
	if (target?.type !== 'group' && target?.type !== 'agent')
		throw validation('`target.type` must be group or agent');
	if (!Array.isArray(target.ids) || !target.ids.length)
		throw validation('`target.ids` must be a non-empty list');
	return target as TransferTarget;
}

/**
 * Who takes the chat: for a group, its free member with the fewest chats, never one of the agents
 * the chat leaves (⚠️ inferred: a transfer moves the chat away from them); for agents, those free.
 */
function assignees(
	state: LiveChatState,
	target: TransferTarget | undefined,
	groupIds: number[],
	leaving: string[],
) {
	if (target?.type === 'agent') {
		return (target.ids as string[]).filter((id) => isFree(state, id));
	}
	const candidates = staffIds(state)
		.filter((id) => sharesGroup(state, id, groupIds) && !leaving.includes(id) && isFree(state, id))
		.sort((a, b) => activeChats(state, a) - activeChats(state, b) || a.localeCompare(b));
	return candidates.slice(0, 1);
}

// -------------------------------------------------------------------------------------------
// The methods
// -------------------------------------------------------------------------------------------

export const conversationMethods: MethodGroup = {
	agent: {
		start_chat(call) {
			const { state } = call;
			const request = chatRequest(call.body);
			const requester = requesterId(state, call.caller);
			const { customers, agents } = initialUsers(state, request.users, requester);
			// ⚠️ create_customer is gone in 3.6: a chat is started with a customer who already exists.
			if (!customers.length)
				throw validation('`chat.users` must include the customer (an existing customer ID)');
			const groupIds =
				request.access?.group_ids === undefined
					? [0]
					: groupIdsOf(state, request.access.group_ids, 'chat.access.group_ids');
			const continuous = optionalBoolean(call.body, 'continuous');
			const chat: Chat = {
				id: newChatId(),
				customerId: customers[0],
				agentIds: [],
				properties: {
					...request.properties,
					routing: { pinned: false, ...request.properties?.routing, continuous },
				},
				access: { group_ids: groupIds },
				threads: [],
			};
			state.chats.set(chat.id, chat);
			state.customers.get(chat.customerId)!.statistics.chats_count++;
			try {
				const { thread, eventIds } = openThread(call, chat, request, agents, groupIds);
				return {
					chat_id: chat.id,
					thread_id: thread.id,
					...(eventIds.length && { event_ids: eventIds }),
				};
			} catch (error) {
				state.chats.delete(chat.id);
				state.customers.get(chat.customerId)!.statistics.chats_count--;
				throw error;
			}
		},

		resume_chat(call) {
			const { state } = call;
			const request = chatRequest(call.body);
			if (typeof request.id !== 'string' || !request.id) throw validation('`chat.id` is required');
			const chat = findChat(state, request.id);
			// ⚠️ The error type for resuming a chat that is going on is undocumented.
			if (currentThread(chat).active) throw validation(`Chat ${chat.id} is already active`);
			const { customers, agents } = initialUsers(
				state,
				request.users,
				requesterId(state, call.caller),
			);
			if (customers.some((id) => id !== chat.customerId))
				throw validation('A chat can have only one customer');
			// `chat.access` defaults to all agents (group 0).
			const groupIds =
				request.access?.group_ids === undefined
					? [0]
					: groupIdsOf(state, request.access.group_ids, 'chat.access.group_ids');
			if (call.body.continuous !== undefined) {
				chat.properties.routing = {
					...chat.properties.routing,
					continuous: optionalBoolean(call.body, 'continuous'),
				};
			}
			const { thread, eventIds } = openThread(call, chat, request, agents, groupIds);
			return { thread_id: thread.id, ...(eventIds.length && { event_ids: eventIds }) };
		},

		deactivate_chat(call) {
			const { state } = call;
			const chat = findChat(state, required(call.body, 'id'));
			const thread = activeThread(chat);
			checkPresence(call, thread);
			const requester = requesterId(state, call.caller);
			// "%agent% archived the chat" (system activities): the variable is the agent's name.
			const agentName = nameOf(state, requester);
			systemMessage(thread, 'manual_archived_agent', `${agentName} archived the chat`, {
				agent: agentName,
			});
			thread.active = false;
			fire(call, 'chat_deactivated', {
				chat,
				payload: {
					chat_id: chat.id,
					thread_id: thread.id,
					...(requester && { user_id: requester }),
				},
			});
			return {};
		},

		transfer_chat(call) {
			const { state, body } = call;
			const chat = findChat(state, required(body, 'id'));
			const thread = activeThread(chat);
			checkPresence(call, thread);
			const queueIfNobodyFree = optionalBoolean(body, 'ignore_agents_availability');
			const target = transferTarget(body.target);
			const requester = requesterId(state, call.caller);
			let groupIds = chat.access.group_ids;
			if (target?.type === 'group') {
				groupIds = groupIdsOf(state, target.ids, 'target.ids');
			} else if (target?.type === 'agent') {
				for (const id of target.ids) {
					if (typeof id !== 'string' || !isStaff(state, id))
						throw notFound(`Agent ${String(id)} not found`);
					if (!sharesGroup(state, id, chat.access.group_ids)) {
						throw validation(
							`Agent ${id} has no access to the chat; transfer to one of its groups`,
						);
					}
				}
			}
			// Everyone but the customer leaves: the agents (and bots) of the thread and the requester.
			const leaving = [
				...thread.user_ids.filter((id) => id !== chat.customerId),
				...(requester ? [requester] : []),
			];
			const assigned = assignees(state, target, groupIds, leaving);
			if (!assigned.length && !queueIfNobodyFree) {
				// ⚠️ Undocumented for transfer_chat; the catalogue's text for an unavailable group.
				throw new LiveChatError(
					'group_unavailable',
					target?.type === 'agent'
						? 'No agent available for transfer'
						: 'No agent available for group',
				);
			}
			removeUsers(chat, thread, leaving);
			if (target?.type === 'group') {
				chat.access = { group_ids: groupIds };
				thread.access = { group_ids: groupIds };
			}
			for (const id of assigned) addAgent(chat, thread, id);
			if (assigned.length) {
				delete thread.queue;
			} else {
				state.enqueue(chat);
			}
			const transferredTo =
				target?.type === 'agent'
					? { agent_ids: target.ids as string[] }
					: { group_ids: groupIds, ...(assigned.length && { agent_ids: assigned }) };
			systemMessage(
				thread,
				'chat_transferred',
				`${nameOf(state, requester)} transferred the chat to ${
					target?.type === 'agent'
						? assigned.map((id) => nameOf(state, id)).join(', ') || 'the queue'
						: groupIds.map((id) => state.groups.find((group) => group.id === id)?.name).join(', ')
				}`,
			);
			fire(call, 'chat_transferred', {
				chat,
				payload: {
					chat_id: chat.id,
					thread_id: thread.id,
					...(requester && { requester_id: requester }),
					reason: 'manual',
					transferred_to: transferredTo,
					...(thread.queue && { queue: thread.queue }),
				},
			});
			return {};
		},

		add_user_to_chat(call) {
			const { state, body } = call;
			const chat = findChat(state, body.chat_id);
			const userId = required(body, 'user_id');
			const userType = required(body, 'user_type');
			const visibility = required(body, 'visibility');
			if (userType !== 'agent' && userType !== 'customer')
				throw validation('`user_type` must be agent or customer');
			if (visibility !== 'all' && visibility !== 'agents')
				throw validation('`visibility` must be all or agents');
			const thread = activeThread(chat);
			checkPresence(call, thread);
			if (userType === 'customer') {
				if (visibility !== 'all') throw validation('A customer must be added with visibility all');
				if (!state.customers.has(userId)) throw notFound(`Customer ${userId} not found`);
				if (userId !== chat.customerId) throw validation('A chat can have only one customer');
			} else {
				if (!isStaff(state, userId)) throw notFound(`Agent ${userId} not found`);
				if (!sharesGroup(state, userId, chat.access.group_ids))
					throw validation(`Agent ${userId} has no access to the chat's groups`);
			}
			// ⚠️ Adding someone already in the chat changes nothing.
			if (thread.user_ids.includes(userId)) return {};
			const requester = requesterId(state, call.caller);
			const agentsBefore = thread.user_ids.filter((id) => id !== chat.customerId);
			if (userType === 'customer') {
				thread.user_ids.push(userId);
				systemMessage(thread, 'customer_added', `${nameOf(state, userId)} was added to the chat`);
			} else {
				addAgent(chat, thread, userId);
				// No system message for the first agent in a chat.
				if (agentsBefore.length) {
					const self = userId === requester;
					systemMessage(
						thread,
						self ? 'agent_joined' : 'agent_added',
						self
							? `${nameOf(state, userId)} joined the chat`
							: `${nameOf(state, requester)} added ${nameOf(state, userId)} to the chat`,
					);
				}
			}
			fire(call, 'user_added_to_chat', {
				chat,
				payload: {
					chat_id: chat.id,
					thread_id: thread.id,
					user: chatUserView(state, chat, userId, visibility),
					user_type: userType,
					reason: 'manual',
					...(requester && { requester_id: requester }),
				},
			});
			return {};
		},

		remove_user_from_chat(call) {
			const { state, body } = call;
			const chat = findChat(state, body.chat_id);
			const userId = required(body, 'user_id');
			const userType = required(body, 'user_type');
			if (userType !== 'agent')
				throw validation('Only agents can be removed from a chat (`user_type` must be agent)');
			// ⚠️ That removing needs an active thread is inferred: nobody is in an ended one.
			const thread = activeThread(chat);
			checkPresence(call, thread);
			if (!thread.user_ids.includes(userId)) throw notFound(`User ${userId} is not in the chat`);
			const requester = requesterId(state, call.caller);
			removeUsers(chat, thread, [userId]);
			const self = userId === requester;
			systemMessage(
				thread,
				self ? 'agent_left' : 'agent_removed',
				self
					? `${nameOf(state, userId)} left the chat`
					: `${nameOf(state, requester)} removed ${nameOf(state, userId)} from the chat`,
			);
			fire(call, 'user_removed_from_chat', {
				chat,
				payload: {
					chat_id: chat.id,
					thread_id: thread.id,
					user_id: userId,
					user_type: 'agent',
					reason: 'manual',
					...(requester && { requester_id: requester }),
				},
			});
			return {};
		},

		/**
		 * Agents (and bots) with access to the chat that are online, accepting chats or not ("only
		 * Agents with statuses online and not accepting chats. Offline Agents aren't returned"),
		 * the least busy first.
		 */
		list_agents_for_transfer({ state, body }) {
			const chat = findChat(state, body.chat_id);
			return staffIds(state)
				.filter((id) => isOnline(state, id) && sharesGroup(state, id, chat.access.group_ids))
				.map((id) => ({ agent_id: id, total_active_chats: activeChats(state, id) }))
				.sort(
					(a, b) =>
						a.total_active_chats - b.total_active_chats || a.agent_id.localeCompare(b.agent_id),
				);
		},
	},
	configuration: {},
};
