/**
 * Auto access (Configuration API v3.6): add_auto_access, list_auto_accesses, update_auto_access
 * and delete_auto_access, the rules kept in LiveChat's order (each names the next in `next_id`),
 * and the auto_accesses_updated webhook listing every rule a call touched.
 *
 * Facts: the method pages ("conditions must have at least one of url, domain, geolocation";
 * `values` and `exclude_values` not together; a geolocation object names at least one field;
 * `next_id` inserts before that rule, "" moves to the end; update overwrites only the fields
 * given) and the auto_accesses_updated samples (a neighbour's new `next_id` first, then the rule).
 */
import type { Call, MethodGroup } from './calls';
import { fire, required } from './calls';
import { notFound, validation } from './errors';
import type { AutoAccess, LiveChatState } from './state';
import { newId } from './state';

const GEOLOCATION_FIELDS = ['country', 'country_code', 'region', 'city'];

function checkMatches(field: string, value: unknown) {
	if (value === undefined) return;
	const condition = value as { values?: unknown; exclude_values?: unknown };
	if (typeof condition !== 'object' || condition === null)
		throw validation(`\`conditions.${field}\` must be an object`);
	if (condition.values !== undefined && condition.exclude_values !== undefined)
		throw validation(`\`conditions.${field}.values\` may not be used with \`exclude_values\``);
	for (const key of ['values', 'exclude_values'] as const) {
		const list = condition[key];
		if (list === undefined) continue;
		if (!Array.isArray(list) || list.length === 0)
			throw validation(`\`conditions.${field}.${key}\` must be a non-empty list`);
		for (const match of list as Array<Record<string, unknown>>) {
			if (typeof match?.value !== 'string' || !match.value)
				throw validation(`\`conditions.${field}.${key}.value\` is required`);
			if (match.exact_match !== undefined && typeof match.exact_match !== 'boolean')
				throw validation(`\`conditions.${field}.${key}.exact_match\` must be a boolean`);
		}
	}
}

function checkedConditions(value: unknown) {
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		throw validation('`conditions` is required');
	const conditions = value as Record<string, unknown>;
	if (!['url', 'domain', 'geolocation'].some((field) => conditions[field] !== undefined))
		throw validation('`conditions` must have at least one of url, domain, geolocation');
	checkMatches('url', conditions.url);
	checkMatches('domain', conditions.domain);
	if (conditions.geolocation !== undefined) {
		const values = (conditions.geolocation as { values?: unknown })?.values;
		if (!Array.isArray(values) || values.length === 0)
			throw validation('`conditions.geolocation.values` is required');
		for (const place of values as Array<Record<string, unknown>>) {
			if (!GEOLOCATION_FIELDS.some((field) => typeof place?.[field] === 'string' && place[field]))
				throw validation('A `conditions.geolocation.values` object needs at least one field');
		}
	}
	return conditions;
}

function checkedAccess(state: LiveChatState, value: unknown) {
	const groups = (value as { groups?: unknown } | undefined)?.groups;
	if (!Array.isArray(groups) || groups.length === 0 || !groups.every(Number.isInteger))
		throw validation('`access.groups` is required');
	for (const id of groups as number[]) {
		if (!state.groups.some((group) => group.id === id)) throw notFound(`Group ${id} not found`);
	}
	return { groups: [...(groups as number[])] };
}

function findRule(state: LiveChatState, id: unknown) {
	const rule = state.autoAccesses.find((candidate) => candidate.id === id);
	if (!rule) throw notFound(`Auto access ${String(id)} not found`);
	return rule;
}

/** Each rule's `next_id`: the id of the rule after it, "" for the last. */
function nextIds(rules: AutoAccess[]) {
	return new Map(rules.map((rule, index) => [rule.id, rules[index + 1]?.id ?? '']));
}

/** Puts `rule` before the rule `nextId` names ("" or undefined: at the end). */
function place(state: LiveChatState, rule: AutoAccess, nextId: unknown) {
	if (nextId !== undefined && nextId !== '' && typeof nextId !== 'string')
		throw validation('`next_id` must be a string');
	if (nextId === rule.id) throw validation('`next_id` cannot be the rule itself');
	const others = state.autoAccesses.filter((candidate) => candidate !== rule);
	const at = nextId ? others.findIndex((candidate) => candidate.id === nextId) : others.length;
	if (at < 0) throw notFound(`Auto access ${String(nextId)} not found`);
	others.splice(at, 0, rule);
	state.autoAccesses = others;
}

/** The other rules whose `next_id` a change moved, as LiveChat lists them before the rule. */
function movedNeighbours(before: Map<string, string>, state: LiveChatState, subject: string) {
	const after = nextIds(state.autoAccesses);
	return [...after]
		.filter(([id, next]) => id !== subject && before.get(id) !== next)
		.map(([id, next]) => ({ id, next_id: next, status: 'updated' }));
}

const listed = (state: LiveChatState) => {
	const next = nextIds(state.autoAccesses);
	return state.autoAccesses.map((rule) => ({ ...rule, next_id: next.get(rule.id) }));
};

export const autoAccessMethods: MethodGroup = {
	configuration: {
		add_auto_access(call: Call) {
			const { state, body } = call;
			const rule: AutoAccess = {
				id: newId(),
				description: typeof body.description === 'string' ? body.description : '',
				access: checkedAccess(state, body.access),
				conditions: checkedConditions(body.conditions),
			};
			const before = nextIds(state.autoAccesses);
			place(state, rule, body.next_id);
			const neighbours = movedNeighbours(before, state, rule.id);
			const next = nextIds(state.autoAccesses).get(rule.id);
			fire(call, 'auto_accesses_updated', {
				payload: [...neighbours, { ...rule, next_id: next, status: 'added' }],
			});
			return { id: rule.id };
		},
		list_auto_accesses({ state }) {
			return listed(state);
		},
		update_auto_access(call: Call) {
			const { state, body } = call;
			const rule = findRule(state, required(body, 'id'));
			const changed: Record<string, unknown> = {};
			if (body.access !== undefined) changed.access = checkedAccess(state, body.access);
			if (body.conditions !== undefined) changed.conditions = checkedConditions(body.conditions);
			if (body.description !== undefined) changed.description = String(body.description);
			const before = nextIds(state.autoAccesses);
			if (body.next_id !== undefined) place(state, rule, body.next_id);
			Object.assign(rule, changed);
			const neighbours = movedNeighbours(before, state, rule.id);
			const next = nextIds(state.autoAccesses).get(rule.id)!;
			fire(call, 'auto_accesses_updated', {
				payload: [
					...neighbours,
					{
						id: rule.id,
						...changed,
						...(before.get(rule.id) !== next && { next_id: next }),
						status: 'updated',
					},
				],
			});
			return {};
		},
		delete_auto_access(call: Call) {
			const { state } = call;
			const rule = findRule(state, required(call.body, 'id'));
			const before = nextIds(state.autoAccesses);
			state.autoAccesses = state.autoAccesses.filter((candidate) => candidate !== rule);
			fire(call, 'auto_accesses_updated', {
				payload: [...movedNeighbours(before, state, rule.id), { id: rule.id, status: 'deleted' }],
			});
			return {};
		},
	},
	agent: {},
};
