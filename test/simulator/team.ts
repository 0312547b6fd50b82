/**
 * Agents and groups (Configuration API v3.6): create/get/list/update/delete of both, and
 * suspend_agent, unsuspend_agent and approve_agent, with LiveChat's rules and the webhooks they
 * fire. An agent's groups and a group's `agent_priorities` are one membership, kept in step.
 *
 * Facts: the method pages (required fields, enums, the 20-chat and 180-character limits,
 * scopes); samples getAgent (`avatar`), listAgents (`avatar_path`), getGroup, createGroup and
 * the agent_* and group_* webhook samples. suspend, unsuspend and approve are "not yet available
 * for public use": they need private scopes (sessions--all:rw, subscription.lc:rw), which only
 * a test credential of this simulator has.
 * ❓ Whether update_group's `agent_priorities` replaces the group's map or merges into it: read
 * here as a replacement (the page's sample sends the whole map).
 */
import type { Call, MethodGroup } from './calls';
import { fire, required, requesterId, withFields } from './calls';
import { LiveChatError, notFound, validation } from './errors';
import { checkedGroups } from './bots';
import { hasScope } from './scopes';
import type { Agent, Group, LiveChatState } from './state';
import { newId } from './state';

const ROLES = ['viceowner', 'administrator', 'normal'];
const LOGIN_STATUSES = ['accepting chats', 'not accepting chats'];
const PRIORITIES = ['first', 'normal', 'last', 'supervisor'];
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const EMAIL_SUBSCRIPTIONS = ['daily_summary', 'weekly_summary'];
const NOTIFICATIONS = [
	'new_visitor',
	'incoming_chat',
	'returning_visitor',
	'queued_visitor',
	'visitor_is_typing',
	'new_goal',
	'unassigned_chats',
	'unassigned_chat_messages',
	'ticket',
	'inactive_notifications',
	'mute_all_sounds',
	'repeat_sound_notifications',
	'ticket_notifications',
	'incoming_message_for_focused_chat',
];
const MAX_AGENT_CHATS = 20;
const MAX_GROUP_NAME = 180;

function requireScope(call: Call, ...needed: string[]) {
	for (const scope of needed) {
		if (!hasScope(call.caller.scopes ?? [], scope))
			throw new LiveChatError('authorization', `Scope ${scope} is required`);
	}
}

/** `--my` suffices for the caller's own agent, `--all` for the others. */
function requireOwnOrAll(call: Call, agentId: string, resource: string, mode: 'ro' | 'rw') {
	const own = requesterId(call.state, call.caller) === agentId;
	requireScope(call, `${resource}--${own ? 'my' : 'all'}:${mode}`);
}

function findAgent(state: LiveChatState, id: unknown) {
	if (typeof id !== 'string' || !id) throw validation('`id` is required');
	const agent = state.agent(id);
	if (!agent) throw notFound(`Agent ${id} not found`);
	return agent;
}

function findGroup(state: LiveChatState, id: unknown) {
	if (!Number.isInteger(id)) throw validation('`id` must be an integer');
	const group = state.groups.find((candidate) => candidate.id === id);
	if (!group) throw new LiveChatError('group_not_found', `Group ${String(id)} not found`);
	return group;
}

function listOf(body: Record<string, unknown>, field: string, allowed: string[]) {
	const value = body[field];
	if (value === undefined) return undefined;
	if (!Array.isArray(value) || value.some((entry) => !allowed.includes(String(entry))))
		throw validation(`\`${field}\` may hold only ${allowed.join(', ')}`);
	return value.map(String);
}

function workScheduler(value: unknown): Agent['work_scheduler'] {
	if (value === undefined) return undefined;
	const scheduler = value as { timezone?: unknown; schedule?: unknown };
	if (typeof scheduler !== 'object' || scheduler === null || !Array.isArray(scheduler.schedule))
		throw validation('`work_scheduler.schedule` is required');
	for (const entry of scheduler.schedule as Array<Record<string, unknown>>) {
		if (!DAYS.includes(String(entry?.day)))
			throw validation('`work_scheduler.schedule.day` must be a day of the week');
		if (typeof entry.enabled !== 'boolean')
			throw validation('`work_scheduler.schedule.enabled` is required');
		for (const bound of ['start', 'end']) {
			if (typeof entry[bound] !== 'string' || !/^\d\d:\d\d$/.test(entry[bound] as string))
				throw validation(`\`work_scheduler.schedule.${bound}\` must be HH:MM`);
		}
	}
	// "Required only when `schedule` is not empty."
	if (scheduler.schedule.length && (typeof scheduler.timezone !== 'string' || !scheduler.timezone))
		throw validation('`work_scheduler.timezone` is required');
	return scheduler as Agent['work_scheduler'];
}

/** The fields create_agent and update_agent take, checked; only those given. */
function agentFields(call: Call) {
	const { body } = call;
	const fields: Partial<Agent> = {};
	if (body.role !== undefined) {
		if (!ROLES.includes(String(body.role)))
			throw validation('`role` must be viceowner, administrator or normal');
		if (body.role !== 'normal') requireScope(call, 'accounts.roles.lc--all:rw');
		fields.role = String(body.role);
	}
	if (body.login_status !== undefined) {
		if (!LOGIN_STATUSES.includes(String(body.login_status)))
			throw validation('`login_status` must be "accepting chats" or "not accepting chats"');
		fields.login_status = String(body.login_status);
	}
	if (body.max_chats_count !== undefined) {
		const max = body.max_chats_count;
		if (!Number.isInteger(max) || (max as number) < 0 || (max as number) > MAX_AGENT_CHATS)
			throw validation(`\`max_chats_count\` must be between 0 and ${MAX_AGENT_CHATS}`);
		fields.max_chats_count = max as number;
	}
	if (body.job_title !== undefined) fields.job_title = String(body.job_title);
	if (body.mobile !== undefined) fields.mobile = String(body.mobile);
	const notifications = listOf(body, 'notifications', NOTIFICATIONS);
	if (notifications) fields.notifications = notifications;
	const subscriptions = listOf(body, 'email_subscriptions', EMAIL_SUBSCRIPTIONS);
	if (subscriptions) fields.email_subscriptions = subscriptions;
	const scheduler = workScheduler(body.work_scheduler);
	if (scheduler) fields.work_scheduler = scheduler;
	const groups = checkedGroups(call, body.groups);
	if (groups) fields.groups = groups;
	return fields;
}

/** An agent's groups, mirrored into each group's `agent_priorities`. */
function setAgentGroups(state: LiveChatState, agent: Agent, groups: Agent['groups']) {
	agent.groups = groups;
	for (const group of state.groups) {
		const membership = groups.find((candidate) => candidate.id === group.id);
		if (membership) group.agent_priorities[agent.id] = membership.priority;
		else delete group.agent_priorities[agent.id];
	}
}

/** A group's `agent_priorities`, mirrored into the groups of its agents and bots. */
function setGroupAgents(state: LiveChatState, group: Group, priorities: Record<string, string>) {
	group.agent_priorities = priorities;
	for (const member of [...state.agents, ...state.bots]) {
		const others = member.groups.filter((candidate) => candidate.id !== group.id);
		const priority = priorities[member.id];
		member.groups = priority ? [...others, { id: group.id, priority }] : others;
	}
}

function agentPriorities(state: LiveChatState, value: unknown) {
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		throw validation('`agent_priorities` must be an object');
	for (const [id, priority] of Object.entries(value)) {
		if (!state.agent(id) && !state.bots.some((bot) => bot.id === id))
			throw notFound(`Agent ${id} not found`);
		if (!PRIORITIES.includes(String(priority)))
			throw validation('`agent_priorities` values must be first, normal, last or supervisor');
	}
	return { ...(value as Record<string, string>) };
}

function groupName(value: unknown) {
	if (typeof value !== 'string' || !value.trim()) throw validation('`name` is required');
	if (value.length > MAX_GROUP_NAME)
		throw validation(`\`name\` must be at most ${MAX_GROUP_NAME} characters`);
	return value;
}

/** An agent as get_agent (`avatar`) or list_agents (`avatar_path`) shows it. */
function agentView(agent: Agent, fields: unknown, avatarKey: 'avatar' | 'avatar_path') {
	return withFields(
		{
			id: agent.id,
			account_id: agent.account_id,
			name: agent.name,
			[avatarKey]: agent.avatar_path,
			role: agent.role,
			login_status: agent.login_status,
		},
		{ ...agent },
		fields,
	);
}

function groupView(group: Group, fields: unknown) {
	return withFields(
		{ id: group.id, name: group.name, language_code: group.language_code },
		{ ...group },
		fields,
	);
}

export const teamMethods: MethodGroup = {
	configuration: {
		create_agent(call) {
			const { state, body } = call;
			const id = required(body, 'id');
			if (!/^[^@\s]+@[^@\s]+$/.test(id)) throw validation('`id` must be an email address');
			const name = required(body, 'name');
			if (state.agent(id)) throw new LiveChatError('already_exists', `Agent ${id} already exists`);
			const fields = agentFields(call);
			// Only a requester with the private subscription.lc:rw may skip approval.
			const mayApprove =
				hasScope(call.caller.scopes ?? [], 'accounts--all:rw') &&
				hasScope(call.caller.scopes ?? [], 'subscription.lc:rw');
			if (body.awaiting_approval === false && !mayApprove)
				throw new LiveChatError('authorization', 'Scope subscription.lc:rw is required');
			const agent: Agent = {
				id,
				account_id: newId(),
				name,
				role: 'normal',
				job_title: '',
				max_chats_count: 6,
				avatar_path: '',
				login_status: 'not accepting chats',
				suspended: false,
				awaiting_approval: body.awaiting_approval === false ? false : true,
				...fields,
				groups: [],
			};
			state.agents.push(agent);
			setAgentGroups(state, agent, fields.groups ?? [{ id: 0, priority: 'normal' }]);
			fire(call, 'agent_created', {
				payload: {
					id,
					name,
					role: agent.role,
					awaiting_approval: agent.awaiting_approval,
					groups: agent.groups,
					...fields,
				},
			});
			return { id };
		},
		get_agent(call) {
			const agent = findAgent(call.state, call.body.id);
			requireOwnOrAll(call, agent.id, 'agents', 'ro');
			return agentView(agent, call.body.fields, 'avatar');
		},
		list_agents({ state, body }) {
			const filters = (body.filters ?? {}) as { group_ids?: number[]; suspended?: boolean };
			return state.agents
				.filter((agent) => filters.suspended === undefined || agent.suspended === filters.suspended)
				.filter(
					(agent) =>
						!filters.group_ids || agent.groups.some((g) => filters.group_ids!.includes(g.id)),
				)
				.map((agent) => agentView(agent, body.fields, 'avatar_path'));
		},
		update_agent(call) {
			const { state, body } = call;
			const agent = findAgent(state, body.id);
			requireOwnOrAll(call, agent.id, 'agents', 'rw');
			// v3.6 dropped `name` and `avatar` from update_agent.
			for (const gone of ['name', 'avatar'])
				if (body[gone] !== undefined)
					throw validation(`\`${gone}\` is not a field of update_agent`);
			const { groups, ...fields } = agentFields(call);
			Object.assign(agent, fields);
			if (groups) setAgentGroups(state, agent, groups);
			fire(call, 'agent_updated', {
				payload: { id: agent.id, ...fields, ...(groups && { groups }) },
			});
			return {};
		},
		delete_agent(call) {
			const { state, body } = call;
			const agent = findAgent(state, body.id);
			const own = requesterId(state, call.caller) === agent.id;
			requireScope(
				call,
				...(own ? ['agents--my:rw', 'accounts--my:rw'] : ['agents--all:rw', 'accounts--all:rw']),
			);
			if (agent.role === 'owner') throw validation('The owner of the license cannot be deleted');
			setAgentGroups(state, agent, []);
			state.agents = state.agents.filter((candidate) => candidate !== agent);
			fire(call, 'agent_deleted', { payload: { id: agent.id } });
			return {};
		},
		suspend_agent(call) {
			requireScope(call, 'agents--all:rw', 'sessions--all:rw');
			const agent = findAgent(call.state, call.body.id);
			if (agent.role === 'owner') throw validation('The owner of the license cannot be suspended');
			agent.suspended = true;
			fire(call, 'agent_suspended', { payload: { id: agent.id } });
			return {};
		},
		unsuspend_agent(call) {
			requireScope(call, 'agents--all:rw', 'accounts--all:rw', 'subscription.lc:rw');
			const agent = findAgent(call.state, call.body.id);
			agent.suspended = false;
			fire(call, 'agent_unsuspended', { payload: { id: agent.id } });
			return {};
		},
		approve_agent(call) {
			requireScope(call, 'agents--all:rw', 'accounts--all:rw', 'subscription.lc:rw');
			const agent = findAgent(call.state, call.body.id);
			agent.awaiting_approval = false;
			fire(call, 'agent_approved', { payload: { id: agent.id } });
			return {};
		},
		create_group(call) {
			const { state, body } = call;
			const name = groupName(body.name);
			if (body.agent_priorities === undefined) throw validation('`agent_priorities` is required');
			const priorities = agentPriorities(state, body.agent_priorities);
			const group: Group = {
				id: Math.max(...state.groups.map((known) => known.id)) + 1,
				name,
				language_code: typeof body.language_code === 'string' ? body.language_code : 'en',
				routing_status: 'offline',
				agent_priorities: {},
			};
			state.groups.push(group);
			setGroupAgents(state, group, priorities);
			fire(call, 'group_created', {
				payload: {
					id: group.id,
					name,
					language_code: group.language_code,
					agent_priorities: priorities,
				},
			});
			return { id: group.id };
		},
		get_group(call) {
			const group = findGroup(call.state, call.body.id);
			const member = requesterId(call.state, call.caller) ?? '';
			requireScope(call, member in group.agent_priorities ? 'groups--my:ro' : 'groups--all:ro');
			return groupView(group, call.body.fields);
		},
		list_groups({ state, body }) {
			return state.groups.map((group) => groupView(group, body.fields));
		},
		update_group(call) {
			const { state, body } = call;
			const group = findGroup(state, body.id);
			const member = requesterId(state, call.caller) ?? '';
			requireScope(call, member in group.agent_priorities ? 'groups--my:rw' : 'groups--all:rw');
			const changed: Record<string, unknown> = {};
			if (body.name !== undefined) changed.name = group.name = groupName(body.name);
			if (body.language_code !== undefined)
				changed.language_code = group.language_code = String(body.language_code);
			if (body.agent_priorities !== undefined) {
				changed.agent_priorities = agentPriorities(state, body.agent_priorities);
				setGroupAgents(state, group, changed.agent_priorities as Record<string, string>);
			}
			fire(call, 'group_updated', { payload: { id: group.id, ...changed } });
			return {};
		},
		delete_group(call) {
			const { state, body } = call;
			const group = findGroup(state, body.id);
			const member = requesterId(state, call.caller) ?? '';
			requireScope(call, member in group.agent_priorities ? 'groups--my:rw' : 'groups--all:rw');
			if (group.id === 0) throw validation('The General group cannot be deleted');
			setGroupAgents(state, group, {});
			state.groups = state.groups.filter((candidate) => candidate !== group);
			fire(call, 'group_deleted', { payload: { id: group.id } });
			return {};
		},
	},
	agent: {},
};
