/**
 * Bots (Configuration API create/get/list/update/delete, issue_bot_token) and routing statuses
 * (Agent Chat API), with LiveChat's rules and the webhooks LiveChat fires.
 *
 * Facts: livechat-api-conversations.md §1.7 and §4 (✅ documented). Bot tokens last 24 h and
 * cannot be revoked; the bot acts with them as itself (X-Author-Id is gone in v3.6).
 */
import { randomBytes } from 'crypto';

import type { Call, MethodGroup } from './calls';
import { fire, ownerClientId, required, requesterId } from './calls';
import { LiveChatError, notFound, validation } from './errors';
import { hasScope } from './scopes';
import type { Bot } from './state';
import { newId, ORGANIZATION_ID } from './state';

export const BOT_TOKEN_LIFETIME_MS = 24 * 3_600_000;
/** What a bot token may do (issue_bot_token). */
export const BOT_TOKEN_SCOPES = ['chats--access:rw', 'agents-bot--my:rw', 'customers:rw'];

const PRIORITIES = ['first', 'normal', 'last', 'supervisor'];
const AGENT_STATUSES = ['accepting_chats', 'not_accepting_chats'];
const BOT_STATUSES = [...AGENT_STATUSES, 'offline'];
const MAX_CHATS = 500;

function findBot(call: Call, id: unknown) {
	if (typeof id !== 'string' || !id) throw validation('`id` is required');
	const bot = call.state.bots.find((candidate) => candidate.id === id);
	if (!bot) throw notFound(`Bot ${id} not found`);
	return bot;
}

/** A bot of another app needs `agents-bot--all`; the calling app's own bots `--my`. */
function assertMayManage(call: Call, bot: Bot, mode: 'ro' | 'rw') {
	if (call.caller.botId === bot.id) return;
	const ownApp = call.caller.clientId === bot.owner_client_id;
	if (ownApp || hasScope(call.caller.scopes ?? [], `agents-bot--all:${mode}`)) return;
	throw new LiveChatError('authorization', `Scope agents-bot--all:${mode} is required`);
}

/** `groups` of a bot or agent: known groups, each with a documented priority. */
export function checkedGroups(call: Call, groups: unknown) {
	if (groups === undefined) return undefined;
	if (!Array.isArray(groups)) throw validation('`groups` must be a list');
	return groups.map((group: { id?: unknown; priority?: unknown }) => {
		if (!Number.isInteger(group?.id)) throw validation('`groups.id` must be an integer');
		if (!call.state.groups.some((known) => known.id === group.id))
			throw notFound(`Group ${String(group.id)} not found`);
		// "groups[].priority: Required only when `group`'s included."
		const priority = group.priority;
		if (priority === undefined) throw validation('`groups.priority` is required');
		if (!PRIORITIES.includes(String(priority)))
			throw validation('`groups.priority` must be first, normal, last or supervisor');
		return { id: group.id as number, priority: String(priority) };
	});
}

/** The fields create_bot and update_bot take, checked; only those given. */
function botFields(call: Call) {
	const { body } = call;
	const fields: Partial<Bot> = {};
	if (body.name !== undefined) {
		if (typeof body.name !== 'string' || !body.name.trim()) throw validation('`name` is invalid');
		fields.name = body.name;
	}
	if (body.avatar !== undefined) fields.avatar_path = String(body.avatar);
	if (body.max_chats_count !== undefined) {
		const max = body.max_chats_count;
		if (!Number.isInteger(max) || (max as number) < 0 || (max as number) > MAX_CHATS)
			throw validation(`\`max_chats_count\` must be between 0 and ${MAX_CHATS}`);
		fields.max_chats_count = max as number;
	}
	if (body.default_group_priority !== undefined) {
		if (!PRIORITIES.includes(String(body.default_group_priority)))
			throw validation('`default_group_priority` must be first, normal, last or supervisor');
		fields.default_group_priority = String(body.default_group_priority);
	}
	if (body.job_title !== undefined) fields.job_title = String(body.job_title);
	if (body.type !== undefined) fields.type = String(body.type);
	if (body.work_scheduler !== undefined) {
		const scheduler = body.work_scheduler as Record<string, unknown>;
		if (typeof scheduler !== 'object' || scheduler === null || !scheduler.timezone)
			throw validation('`work_scheduler.timezone` is required');
		fields.work_scheduler = scheduler;
	}
	const groups = checkedGroups(call, body.groups);
	if (groups) fields.groups = groups;
	return fields;
}

function listed(bot: Bot, fields: unknown) {
	const extra = Array.isArray(fields) ? (fields as string[]) : [];
	const optional: Record<string, unknown> = {
		groups: bot.groups,
		work_scheduler: bot.work_scheduler,
		job_title: bot.job_title,
		max_chats_count: bot.max_chats_count,
	};
	return {
		id: bot.id,
		name: bot.name,
		avatar_path: bot.avatar_path,
		...Object.fromEntries(extra.filter((f) => f in optional).map((f) => [f, optional[f]])),
	};
}

/** Agent statuses use a space in webhooks and agent objects, an underscore in requests. */
const spaced = (status: string) => status.replace(/_/g, ' ');

export const botMethods: MethodGroup = {
	configuration: {
		create_bot(call) {
			const owner = ownerClientId(call);
			required(call.body, 'name');
			const bot: Bot = {
				id: newId(),
				secret: newId(),
				owner_client_id: owner,
				max_chats_count: 6,
				default_group_priority: 'normal',
				type: 'chatbot',
				groups: [],
				routing_status: 'offline',
				name: '',
				...botFields(call),
			};
			call.state.bots.push(bot);
			fire(call, 'bot_created', {
				payload: {
					id: bot.id,
					name: bot.name,
					default_group_priority: bot.default_group_priority,
					groups: bot.groups,
					max_chats_count: bot.max_chats_count,
					owner_client_id: owner,
				},
			});
			return { id: bot.id, secret: bot.secret };
		},
		update_bot(call) {
			const bot = findBot(call, call.body.id);
			assertMayManage(call, bot, 'rw');
			const fields = botFields(call);
			if (!Object.keys(fields).length) throw validation('At least one optional field is required');
			Object.assign(bot, fields);
			fire(call, 'bot_updated', { payload: { id: bot.id, ...fields } });
			return {};
		},
		delete_bot(call) {
			const bot = findBot(call, call.body.id);
			assertMayManage(call, bot, 'rw');
			call.state.bots = call.state.bots.filter((candidate) => candidate !== bot);
			for (const [token, issued] of call.state.botTokens) {
				if (issued.botId === bot.id) call.state.botTokens.delete(token);
			}
			fire(call, 'bot_deleted', { payload: { id: bot.id } });
			return {};
		},
		get_bot(call) {
			const bot = findBot(call, call.body.id);
			assertMayManage(call, bot, 'ro');
			return {
				...listed(bot, call.body.fields),
				default_group_priority: bot.default_group_priority,
				owner_client_id: bot.owner_client_id,
				max_chats_count: bot.max_chats_count,
				groups: bot.groups,
				job_title: bot.job_title,
				type: bot.type,
			};
		},
		list_bots(call) {
			const all = call.body.all === true;
			if (all && !hasScope(call.caller.scopes ?? [], 'agents-bot--all:ro'))
				throw new LiveChatError('authorization', 'Scope agents-bot--all:ro is required');
			// Without `all`: an app sees its own bots; PAT callers the bots made with PATs (⚠️ here:
			// the bots of the app the PAT names, or all bots when none is named).
			const owner = call.caller.clientId ?? (call.body.owner_client_id as string | undefined);
			return call.state.bots
				.filter((bot) => all || !owner || bot.owner_client_id === owner)
				.map((bot) => listed(bot, call.body.fields));
		},
		reset_bot_secret(call) {
			const bot = findBot(call, call.body.id);
			// With a PAT the app must be named; the bot must be that app's.
			if (bot.owner_client_id !== ownerClientId(call))
				throw new LiveChatError('authorization', `Bot ${bot.id} belongs to another app`);
			bot.secret = randomBytes(16).toString('hex');
			return { secret: bot.secret };
		},
		issue_bot_token({ state, body }) {
			const botId = required(body, 'bot_id');
			const clientId = required(body, 'client_id');
			const secret = required(body, 'bot_secret');
			const organization = required(body, 'organization_id');
			if (organization !== ORGANIZATION_ID)
				throw validation('`organization_id` does not match the license');
			const bot = state.bots.find((candidate) => candidate.id === botId);
			if (!bot) throw notFound(`Bot ${botId} not found`);
			if (bot.owner_client_id !== clientId)
				throw validation('`client_id` is not the owner of the bot');
			if (bot.secret !== secret) throw new LiveChatError('authentication', 'Invalid bot secret');
			const expiresAt = Date.now() + BOT_TOKEN_LIFETIME_MS;
			// LiveChat answers a JWT (no region prefix, unlike OAuth tokens); clients keep it opaque.
			const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
			const token = [
				part({ alg: 'RS256', typ: 'JWT' }),
				part({ sub: botId, aud: clientId, exp: Math.floor(expiresAt / 1000) }),
				randomBytes(32).toString('base64url'),
			].join('.');
			state.botTokens.set(token, { botId, clientId, expiresAt });
			return { token };
		},
	},
	agent: {
		set_routing_status(call) {
			const { state, body, caller } = call;
			const status = required(body, 'status');
			const target = (body.agent_id as string | undefined) ?? requesterId(state, caller);
			if (!target) throw validation('`agent_id` is required');
			const scopes = caller.scopes ?? [];
			const bot = state.bots.find((candidate) => candidate.id === target);
			if (bot) {
				if (!BOT_STATUSES.includes(status))
					throw validation('`status` must be accepting_chats, not_accepting_chats or offline');
				// agents-bot--my:rw for the bots of the token's client_id (a bot's own token has
				// it), agents-bot--all:rw for any bot; an ai_agent bot only with its owner's tokens.
				const own = caller.botId === bot.id || caller.clientId === bot.owner_client_id;
				const needed = own ? 'agents-bot--my:rw' : 'agents-bot--all:rw';
				if (!hasScope(scopes, needed))
					throw new LiveChatError('authorization', `Scope ${needed} is required`);
				if (bot.type === 'ai_agent' && !own)
					throw new LiveChatError(
						'authorization',
						'The routing status of an ai_agent bot can be set only with tokens of its owner client',
					);
				bot.routing_status = status;
			} else {
				const agent = state.agent(target);
				if (!agent) throw notFound(`Agent ${target} not found`);
				if (!AGENT_STATUSES.includes(status))
					throw validation('`status` must be accepting_chats or not_accepting_chats');
				const own = requesterId(state, caller) === agent.id;
				const needed = own ? 'agents--my:rw' : 'agents--all:rw';
				if (!hasScope(scopes, needed))
					throw new LiveChatError('authorization', `Scope ${needed} is required`);
				agent.login_status = spaced(status);
			}
			fire(call, 'routing_status_set', { payload: { agent_id: target, status: spaced(status) } });
			return {};
		},
		list_routing_statuses({ state, body, caller }) {
			const scopes = caller.scopes ?? [];
			for (const needed of ['agents--all:ro', 'agents-bot--all:ro']) {
				if (!hasScope(scopes, needed))
					throw new LiveChatError('authorization', `Scope ${needed} is required`);
			}
			const groupIds = (body.filters as { group_ids?: number[] } | undefined)?.group_ids;
			const inGroups = (groups: Array<{ id: number }>) =>
				!groupIds || groups.some((group) => groupIds.includes(group.id));
			// An agent is in its own groups and in every group that names it.
			const agentGroups = (agent: { id: string; groups: Array<{ id: number }> }) => [
				...agent.groups,
				...state.groups.filter((group) => agent.id in group.agent_priorities),
			];
			return [
				...state.agents
					.filter((agent) => inGroups(agentGroups(agent)))
					.map((agent) => ({ agent_id: agent.id, status: agent.login_status.replace(/ /g, '_') })),
				...state.bots
					.filter((bot) => inGroups(bot.groups))
					.map((bot) => ({ agent_id: bot.id, status: bot.routing_status })),
			];
		},
	},
};
