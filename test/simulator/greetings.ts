/**
 * Greetings (Configuration API v3.6): create, get, list (cursor pages), update and delete, with
 * create_greeting's documented rules: the types, operators and conditions, what each rule type
 * requires (value and operator; `urls`; exactly one `session_field`), 0–900 seconds, at most 10
 * rules and 10 URLs, and the documented `properties` keys.
 *
 * Facts: the method pages and the samples getGreeting / listGreetings. ⚠️ The samples' greeting
 * keeps its text in `properties.text`, a key create_greeting does not list; the simulator keeps
 * whatever keys it was given and checks only create's list.
 */
import type { Call, MethodGroup } from './calls';
import { required } from './calls';
import { notFound, validation } from './errors';
import type { Greeting, LiveChatState } from './state';

const TYPES = ['normal', 'announcement'];
const CONDITIONS = ['and', 'or'];
const OPERATORS = [
	'equals',
	'doesnt_equal',
	'lower_than',
	'lower_or_equal',
	'greater_than',
	'greater_or_equal',
	'contains',
	'doesnt_contain',
];
/** Each rule type and what it requires besides `condition` and `type`. */
const RULE_TYPES: Record<string, Array<'value' | 'operator' | 'urls' | 'session_field'>> = {
	visit_time_site: ['value', 'operator'],
	visit_time_page: ['value', 'operator'],
	url_current: ['value', 'operator'],
	url_visited: ['value', 'operator'],
	url_funnel: ['urls'],
	pages_view_number: ['value', 'operator'],
	url_referrer: ['value', 'operator'],
	geolocation: ['value', 'operator'],
	visits_number: ['value', 'operator'],
	search_keyword: ['value', 'operator'],
	custom_variable: ['session_field'],
	ads_traffic: ['session_field'],
	url_match_page_view_number: ['value', 'operator', 'urls'],
};
const ADS_SOURCES = ['microsoft', 'facebook', 'google', 'twitter', 'yahoo'];
const PROPERTY_KEYS = [
	'addon',
	'is_exit_intent',
	'greeting-message_text',
	'greeting-message_json_key',
	'greeting-message_phrase_key',
];
const MAX_RULES = 10;
const MAX_URLS = 10;
const MAX_SESSION_TEXT = 255;

function checkRule(rule: Record<string, unknown>, index: number) {
	const at = `\`rules[${index}]`;
	if (!CONDITIONS.includes(String(rule?.condition)))
		throw validation(`${at}.condition\` must be and or or`);
	const needs = RULE_TYPES[String(rule.type)];
	if (!needs) throw validation(`${at}.type\` is not a rule type`);
	for (const field of needs) {
		if (rule[field] === undefined || rule[field] === '')
			throw validation(`${at}.${field}\` is required for ${String(rule.type)}`);
	}
	if (rule.operator !== undefined && !OPERATORS.includes(String(rule.operator)))
		throw validation(`${at}.operator\` is not an operator`);
	if (String(rule.type).startsWith('visit_time_')) {
		const seconds = Number(rule.value);
		if (!Number.isInteger(seconds) || seconds < 0 || seconds > 900)
			throw validation(`${at}.value\` must be an integer between 0 and 900`);
	}
	if (rule.urls !== undefined) {
		const urls = rule.urls as Array<Record<string, unknown>>;
		if (!Array.isArray(urls) || urls.length < 1 || urls.length > MAX_URLS)
			throw validation(`${at}.urls\` must hold 1 to ${MAX_URLS} URLs`);
		for (const url of urls) {
			if (typeof url?.url !== 'string' || !url.url)
				throw validation(`${at}.urls.url\` is required`);
			if (!OPERATORS.includes(String(url.operator)))
				throw validation(`${at}.urls.operator\` is required`);
		}
	}
	if (rule.session_field !== undefined) {
		const entries = Object.entries(rule.session_field as Record<string, unknown>);
		if (entries.length !== 1) throw validation(`${at}.session_field\` must have exactly one key`);
		const [[key, value]] = entries;
		if (key.length > MAX_SESSION_TEXT || String(value).length > MAX_SESSION_TEXT)
			throw validation(`${at}.session_field\` is too long`);
		if (rule.type === 'ads_traffic' && !ADS_SOURCES.includes(key))
			throw validation(`${at}.session_field\` must be one of ${ADS_SOURCES.join(', ')}`);
	}
}

/** The fields create_greeting and update_greeting take, checked; only those given. */
function greetingFields(state: LiveChatState, body: Record<string, unknown>) {
	const fields: Partial<Greeting> = {};
	if (body.type !== undefined) {
		if (!TYPES.includes(String(body.type)))
			throw validation('`type` must be normal or announcement');
		fields.type = String(body.type);
	}
	if (body.active !== undefined) {
		if (typeof body.active !== 'boolean') throw validation('`active` must be a boolean');
		fields.active = body.active;
	}
	for (const key of ['active_from', 'active_until'] as const) {
		if (body[key] === undefined) continue;
		if (typeof body[key] !== 'string' || Number.isNaN(Date.parse(body[key] as string)))
			throw validation(`\`${key}\` must be an RFC 3339 date-time`);
		fields[key] = body[key] as string;
	}
	if (body.name !== undefined) {
		if (typeof body.name !== 'string' || !body.name.trim()) throw validation('`name` is invalid');
		fields.name = body.name;
	}
	if (body.group !== undefined) {
		if (!state.groups.some((group) => group.id === body.group))
			throw notFound(`Group ${String(body.group)} not found`);
		fields.group = body.group as number;
	}
	if (body.rules !== undefined) {
		const rules = body.rules as Array<Record<string, unknown>>;
		if (!Array.isArray(rules) || rules.length === 0) throw validation('`rules` is required');
		if (rules.length > MAX_RULES) throw validation(`\`rules\` may hold at most ${MAX_RULES} rules`);
		rules.forEach(checkRule);
		fields.rules = rules;
	}
	if (body.properties !== undefined) {
		const properties = body.properties as Record<string, unknown>;
		const unknown = Object.keys(properties ?? {}).filter((key) => !PROPERTY_KEYS.includes(key));
		if (unknown.length) throw validation(`\`properties\` has unknown keys: ${unknown.join(', ')}`);
		fields.properties = properties as Record<string, string>;
	}
	if (body.rich_message !== undefined) fields.rich_message = body.rich_message as object;
	return fields;
}

function findGreeting(state: LiveChatState, id: unknown) {
	if (!Number.isInteger(id)) throw validation('`id` must be an integer');
	const greeting = state.greetings.find((candidate) => candidate.id === id);
	if (!greeting) throw notFound(`Greeting ${String(id)} not found`);
	return greeting;
}

export const greetingMethods: MethodGroup = {
	configuration: {
		create_greeting({ state, body }: Call) {
			for (const field of ['type', 'active', 'name', 'group', 'rules']) required(body, field);
			const greeting: Greeting = {
				id: Math.max(0, ...state.greetings.map((known) => known.id)) + 1,
				...(greetingFields(state, body) as Omit<Greeting, 'id'>),
			};
			state.greetings.push(greeting);
			return { id: greeting.id };
		},
		get_greeting({ state, body }: Call) {
			return findGreeting(state, body.id);
		},
		list_greetings({ state, body, pages }: Call) {
			const query = pages.query('list_greetings', body, 100, 100, ['groups']);
			const groups = query.params.groups as number[] | undefined;
			if (groups !== undefined && !Array.isArray(groups))
				throw validation('`groups` must be a list');
			const chosen = state.greetings.filter(
				(greeting) => !groups || groups.includes(greeting.group),
			);
			const { items, total, next_page_id } = pages.page(query, chosen);
			return { greetings: items, found_greetings: total, ...(next_page_id && { next_page_id }) };
		},
		update_greeting({ state, body }: Call) {
			const greeting = findGreeting(state, body.id);
			if (body.group !== undefined) throw validation('`group` cannot be changed');
			Object.assign(greeting, greetingFields(state, body));
			return {};
		},
		delete_greeting({ state, body }: Call) {
			const greeting = findGreeting(state, body.id);
			state.greetings = state.greetings.filter((candidate) => candidate !== greeting);
			return {};
		},
	},
	agent: {},
};
