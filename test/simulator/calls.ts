/**
 * What every simulated method gets (the license, the deliverer, the caller, the body), and the
 * lookups and checks the methods share.
 */
import type { Deliverer } from './delivery';
import { LiveChatError, notFound, validation } from './errors';
import type { Pages } from './pagination';
import type { Chat, LiveChatState } from './state';
import type { BuiltEvent, EmitOptions } from './webhookEvents';

export interface Caller {
	accountId: string;
	/** Set when a bot calls with its own token from issue_bot_token. */
	botId?: string;
	/** The OAuth app behind a Bearer token; none for a personal access token. */
	clientId?: string;
	/** What the credential was granted. */
	scopes?: string[];
}

export interface Call {
	state: LiveChatState;
	deliverer: Deliverer;
	pages: Pages;
	caller: Caller;
	body: Record<string, unknown>;
	/** How long a new webhook registration takes to start firing. */
	propagationDelayMs: number;
}

export type Method = (call: Call) => unknown;

export function required<T = string>(body: Record<string, unknown>, field: string): T {
	const value = body[field];
	if (value === undefined || value === null || value === '')
		throw validation(`\`${field}\` is required`);
	return value as T;
}

/** With a PAT the owner must be named; with a Bearer token it defaults to the token's app. */
export function ownerClientId({ body, caller, state }: Call) {
	const owner = (body.owner_client_id as string | undefined) ?? caller.clientId;
	if (!owner) throw validation('`owner_client_id` is required');
	if (!state.oauthClients.has(owner)) {
		throw new LiveChatError('authorization', `Client ${owner} is not owned by this organization`);
	}
	return owner;
}

/**
 * Fires a webhook for a change an API call made; the source is the calling app, if any, and the
 * requester of a configuration event the caller (its user, account and app).
 */
export function fire(call: Call, action: string, event: BuiltEvent) {
	const { caller, state } = call;
	const options: EmitOptions = { action, source_client_id: caller.clientId };
	const userId = requesterId(state, caller);
	const requester =
		event.requester ??
		(userId !== undefined && {
			user_id: userId,
			account_id: caller.accountId,
			...(caller.clientId && { client_id: caller.clientId }),
		});
	call.deliverer.emit(options, { ...event, ...(requester && { requester }) });
}

export function findChat(state: LiveChatState, chatId: unknown) {
	if (typeof chatId !== 'string' || !chatId) throw validation('`chat_id` is required');
	const chat = state.chats.get(chatId);
	if (!chat) throw notFound(`Chat ${chatId} not found`);
	return chat;
}

export function findThread(chat: Chat, threadId: unknown) {
	const thread = chat.threads.find((candidate) => candidate.id === threadId);
	if (!thread) throw notFound(`Thread ${String(threadId)} not found`);
	return thread;
}

export function findCustomer(state: LiveChatState, id: unknown) {
	if (typeof id !== 'string' || !id) throw validation('`id` is required');
	const customer = state.customers.get(id);
	if (!customer) throw notFound(`Customer ${id} not found`);
	return customer;
}

export function withFields<T extends object>(
	base: T,
	record: Record<string, unknown>,
	fields: unknown,
) {
	const extra = Array.isArray(fields) ? (fields as string[]) : [];
	return {
		...base,
		...Object.fromEntries(extra.filter((f) => f in record).map((f) => [f, record[f]])),
	};
}

/** Methods of one area, by API. */
export interface MethodGroup {
	agent: Record<string, Method>;
	configuration: Record<string, Method>;
}

/** The user id LiveChat sees as the requester: the bot of a bot token, else the agent's e-mail. */
export function requesterId(state: LiveChatState, caller: Caller): string | undefined {
	if (caller.botId) return caller.botId;
	return state.agents.find((member) => member.account_id === caller.accountId)?.id;
}

/**
 * `chats--all:*` reaches any chat; `chats--access:*` the chats in the requester's groups and the
 * chats the requester is in, as a user of the active thread (Scopes, "Accessing chat": `access`
 * covers `+A -P`, `-A +P`, `+A +P`).
 * A bot token has only `chats--access`, so a bot outside the chat's groups and the chat is refused.
 */
export function canAccessChat({ state, caller }: Call, chat: Chat) {
	if ((caller.scopes ?? []).some((scope) => scope.startsWith('chats--all'))) return true;
	const id = requesterId(state, caller);
	const groups = caller.botId
		? state.bots.find((bot) => bot.id === caller.botId)?.groups
		: state.agents.find((agent) => agent.id === id)?.groups;
	if (groups?.some((group) => chat.access.group_ids.includes(group.id))) return true;
	// Presence: a user of the chat's active thread.
	const thread = chat.threads[chat.threads.length - 1];
	return id !== undefined && thread?.active === true && thread.user_ids.includes(id);
}

export function assertChatAccess(call: Call, chat: Chat) {
	if (canAccessChat(call, chat)) return;
	const id = requesterId(call.state, call.caller);
	throw new LiveChatError(
		'missing_access',
		`${call.caller.botId ? 'Bot' : 'Agent'} ${id ?? ''} has no access to chat ${chat.id}: no common group`,
	);
}
