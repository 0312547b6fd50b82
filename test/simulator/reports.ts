/**
 * The Reports API v3.6 (`POST /v3.6/reports/<resource>/<action>`), computed from the simulated
 * license's chats: every period of the range is a key of `records`, empty ones as `{}` and zero
 * fields left out, as LiveChat answers (livechat-api-conversations.md §8).
 */
import { notFound, validation } from './errors';
import type { Chat, ChatEvent, LiveChatState, Thread } from './state';

const DAY_MS = 86_400_000;
const CHAT_DISTRIBUTIONS = ['hour', 'day', 'day-hours', 'month', 'year'];
const AGENT_DISTRIBUTIONS = ['hour', 'day'];

interface Filters {
	from?: string;
	to?: string;
	agents?: { values?: string[]; exclude_values?: string[]; exists?: boolean };
	groups?: { values?: number[]; exclude_values?: number[] };
	tags?: { values?: string[]; exclude_values?: string[]; exists?: boolean };
	greetings?: { from?: string; to?: string };
	surveys?: { from?: string; to?: string };
}

interface Request {
	distribution: string;
	timezone: string;
	filters: Filters;
}

interface ThreadOfChat {
	chat: Chat;
	thread: Thread;
}

type Numbers = Record<string, number>;

/** Period label of a moment in a time zone: `YYYY-MM-DD` for days (documented), the rest ⚠️. */
function periodOf(ms: number, distribution: string, timezone: string) {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-CA', {
			timeZone: timezone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			hourCycle: 'h23',
		})
			.formatToParts(new Date(ms))
			.map((part) => [part.type, part.value]),
	);
	const day = `${parts.year}-${parts.month}-${parts.day}`;
	switch (distribution) {
		case 'hour':
			return `${day} ${parts.hour}:00:00`;
		case 'day-hours':
			return `${parts.hour}:00`;
		case 'month':
			return `${parts.year}-${parts.month}`;
		case 'year':
			return parts.year;
		default:
			return day;
	}
}

/** Every period label from `from` to `to`, in order (hours of the day for day-hours). */
function periodsBetween(from: number, to: number, distribution: string, timezone: string) {
	if (distribution === 'day-hours')
		return Array.from({ length: 24 }, (_, hour) => `${String(hour).padStart(2, '0')}:00`);
	const step = distribution === 'hour' ? 3_600_000 : DAY_MS / 4;
	const labels: string[] = [];
	for (let at = from; at <= to; at += step) {
		const label = periodOf(at, distribution, timezone);
		if (labels[labels.length - 1] !== label) labels.push(label);
	}
	const last = periodOf(to, distribution, timezone);
	if (labels[labels.length - 1] !== last) labels.push(last);
	return labels;
}

const timeOf = (value: string) => Date.parse(value.replace(/(\.\d{3})\d+/, '$1'));

function parseRange(filters: Filters) {
	const pairs = [filters, filters.greetings, filters.surveys].filter(
		(pair) => pair?.from !== undefined || pair?.to !== undefined,
	);
	if (pairs.length > 1) throw validation('`filters` may contain only one time range');
	// The one pair given sets the range (⚠️ greetings and surveys: the simulated license has
	// neither, so their range stands for the chats' own).
	const pair = pairs[0] ?? {};
	const to = pair.to !== undefined ? timeOf(pair.to) : Date.now();
	const from = pair.from !== undefined ? timeOf(pair.from) : to - 7 * DAY_MS;
	if (Number.isNaN(from) || Number.isNaN(to))
		throw validation('`filters.from` and `filters.to` must be RFC 3339 dates');
	if (from > to) throw validation('`filters.from` must be before `filters.to`');
	return { from, to };
}

function agentIds(state: LiveChatState, thread: Thread) {
	return thread.user_ids.filter(
		(id) => state.agent(id) !== undefined || state.bots.some((bot) => bot.id === id),
	);
}

function matches(state: LiveChatState, { chat, thread }: ThreadOfChat, filters: Filters) {
	const agents = agentIds(state, thread);
	const { agents: byAgent, groups, tags } = filters;
	if (byAgent?.exists !== undefined && byAgent.exists !== agents.length > 0) return false;
	if (byAgent?.values && !byAgent.values.some((id) => agents.includes(id))) return false;
	if (byAgent?.exclude_values?.some((id) => agents.includes(id))) return false;
	const groupIds = thread.access.group_ids.length ? thread.access.group_ids : chat.access.group_ids;
	if (groups?.values && !groups.values.some((id) => groupIds.includes(id))) return false;
	if (groups?.exclude_values?.some((id) => groupIds.includes(id))) return false;
	if (tags?.exists !== undefined && tags.exists !== thread.tags.length > 0) return false;
	if (tags?.values && !tags.values.some((tag) => thread.tags.includes(tag))) return false;
	if (tags?.exclude_values?.some((tag) => thread.tags.includes(tag))) return false;
	return true;
}

const messages = (thread: Thread) => thread.events.filter((event) => event.type === 'message');
const isCustomer = (chat: Chat, event: ChatEvent) => event.author_id === chat.customerId;

/** Seconds between each customer message and the agent message that answers it. */
function responseTimes(chat: Chat, thread: Thread) {
	const times: number[] = [];
	let waitingSince: number | undefined;
	for (const event of messages(thread)) {
		if (isCustomer(chat, event)) waitingSince ??= timeOf(event.created_at);
		else if (waitingSince !== undefined) {
			times.push((timeOf(event.created_at) - waitingSince) / 1000);
			waitingSince = undefined;
		}
	}
	return times;
}

function durationOf(thread: Thread) {
	const times = thread.events.map((event) => timeOf(event.created_at));
	return times.length ? (Math.max(...times) - Math.min(...times)) / 1000 : 0;
}

const mean = (values: number[]) =>
	values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
/** The chats reports' averages, as LiveChat's samples show them: seconds with two decimals. */
const average = (values: number[]) => Math.round(mean(values) * 100) / 100;

/** Adds `values` to a period's record, leaving zero fields out as LiveChat does. */
function add(record: Numbers, values: Numbers) {
	for (const [field, value] of Object.entries(values)) {
		if (value) record[field] = (record[field] ?? 0) + value;
	}
}

type PerPeriod = (state: LiveChatState, entries: ThreadOfChat[]) => Numbers;

/** Reports whose records are keyed by period: each computes one period from its threads. */
const PERIOD_REPORTS: Record<string, { name: string; compute: PerPeriod }> = {
	'chats/total_chats': {
		name: 'total-chats-report',
		compute: (_state, entries) => ({
			total: entries.length,
			continuous: entries.filter(({ chat }) => chat.properties.routing?.continuous === true).length,
		}),
	},
	'chats/ratings': {
		name: 'ratings-report',
		compute: (_state, entries) => {
			const scores = entries.map(({ thread }) => thread.properties.rating?.score);
			return {
				chats: entries.length,
				good: scores.filter((score) => score === 1).length,
				bad: scores.filter((score) => score === 0).length,
			};
		},
	},
	'chats/response_time': {
		name: 'response-time-report',
		compute: (_state, entries) => {
			const times = entries.flatMap(({ chat, thread }) => responseTimes(chat, thread));
			return { count: times.length, response_time: average(times) };
		},
	},
	'chats/first_response_time': {
		name: 'first-response-time-report',
		compute: (_state, entries) => {
			const firsts = entries
				.map(({ chat, thread }) => responseTimes(chat, thread)[0])
				.filter((time) => time !== undefined);
			return { count: firsts.length, first_response_time: average(firsts) };
		},
	},
	'chats/duration': {
		name: 'duration-report',
		compute: (state, entries) => {
			const durations = entries.map(({ thread }) => durationOf(thread));
			const chatting = entries
				.filter(({ thread }) => agentIds(state, thread).length > 0)
				.map(({ thread }) => durationOf(thread));
			return {
				count: entries.length,
				duration: average(durations),
				agents_chatting_duration: average(chatting),
			};
		},
	},
	'chats/tags': {
		name: 'tags-report',
		compute: (_state, entries) => {
			const counts: Numbers = {};
			for (const { thread } of entries) for (const tag of thread.tags) add(counts, { [tag]: 1 });
			return counts;
		},
	},
	'chats/engagement': {
		name: 'engagement-report',
		compute: (_state, entries) => {
			const byCustomer = entries.filter(({ chat, thread }) => {
				const first = messages(thread)[0];
				return first !== undefined && isCustomer(chat, first);
			}).length;
			return {
				started_by_customer_without_greeting: byCustomer,
				started_by_customer_from_greeting: 0,
				started_by_agent: entries.length - byCustomer,
			};
		},
	},
	'chats/groups': {
		name: 'groups-report',
		compute: (_state, entries) => {
			const counts: Numbers = {};
			for (const { chat, thread } of entries) {
				const groups = thread.access.group_ids.length
					? thread.access.group_ids
					: chat.access.group_ids;
				for (const id of groups) add(counts, { [String(id)]: 1 });
			}
			return counts;
		},
	},
};

/** Seconds each agent (or bot) of the threads spent in them: from its first event to the end. */
function chattingSeconds(state: LiveChatState, entries: ThreadOfChat[], agents?: string[]) {
	const seconds: Numbers = {};
	for (const { thread } of entries) {
		const end = Math.max(...thread.events.map((event) => timeOf(event.created_at)));
		for (const id of agentIds(state, thread)) {
			if (agents && !agents.includes(id)) continue;
			const own = thread.events.filter((event) => event.author_id === id);
			const start = own.length ? timeOf(own[0].created_at) : timeOf(thread.created_at);
			add(seconds, { [id]: Math.max(0, (end - start) / 1000) });
		}
	}
	return seconds;
}

/**
 * A thread's stay in the queue: a past one (state.queueStays) or the live `queue` of a queued
 * thread, waiting until now; a thread that ended while queued left the queue.
 */
function queueStayOf(state: LiveChatState, thread: Thread) {
	const past = state.queueStays.get(thread.id);
	if (past) return { wait: past.wait_time, left: past.left };
	const live = thread.queue;
	if (!live?.queued_at) return undefined;
	return {
		wait: Math.max(0, Math.round((Date.now() - timeOf(live.queued_at)) / 1000)),
		left: !thread.active,
	};
}

/** Queue statistics; `avg` unrounded, as in LiveChat's sample. */
const statsOf = (waits: number[]) =>
	waits.length
		? {
				count: waits.length,
				min: Math.min(...waits),
				max: Math.max(...waits),
				avg: mean(waits),
			}
		: undefined;

/** `chats/queued_visitors`: `queued` and `left_queue` statistics of a period (seconds). */
function queueStats(state: LiveChatState, entries: ThreadOfChat[]) {
	const stays = entries
		.map(({ thread }) => queueStayOf(state, thread))
		.filter((stay) => stay !== undefined);
	const queued = statsOf(stays.map((stay) => stay.wait));
	const left = statsOf(stays.filter((stay) => stay.left).map((stay) => stay.wait));
	return { ...(queued && { queued }), ...(left && { left_queue: left }) };
}

export const REPORTS = [
	...Object.keys(PERIOD_REPORTS),
	'chats/ranking',
	'chats/forms',
	'chats/greetings_conversion',
	'chats/queued_visitors',
	'chats/queued_visitors_left',
	'agents/availability',
	'agents/performance',
	'customers/unique_visitors',
	'tags/chat_usage',
];

/** chats/queued_visitors_left: records per page (⚠️ the page size is undocumented). */
const QUEUE_LEFT_PAGE_SIZE = 100;

/**
 * An agent's ranking score from good and bad ratings. ⚠️ LiveChat does not document the formula
 * (it links a help article); the simulator uses the lower bound of Wilson's interval (95 %).
 */
function rankingScore(good: number, total: number) {
	if (!total) return 0;
	const z = 1.96;
	const p = good / total;
	const centre = p + (z * z) / (2 * total);
	const spread = z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total));
	return (centre - spread) / (1 + (z * z) / total);
}

/** A form answer's id as the forms report shows it: a number where the id is one. */
const answerId = (id: unknown) => (/^\d+$/.test(String(id)) ? Number(id) : id);

/** chats/forms: filled forms by form, with how often each answer (with an id) was chosen. */
function formsReport(entries: ThreadOfChat[]) {
	interface FieldCount {
		field_id: string;
		label: string;
		answers: Map<unknown, { answer_id: unknown; label: string; count: number }>;
	}
	const forms = new Map<
		string,
		{ count: number; group_id: number; fields: Map<string, FieldCount> }
	>();
	for (const { chat, thread } of entries) {
		for (const event of thread.events) {
			if (event.type !== 'filled_form' || event.deleted) continue;
			const formId = String(event.form_id);
			const form = forms.get(formId) ?? {
				count: 0,
				group_id: thread.access.group_ids[0] ?? chat.access.group_ids[0] ?? 0,
				fields: new Map<string, FieldCount>(),
			};
			forms.set(formId, form);
			form.count++;
			for (const field of (event.fields ?? []) as Array<Record<string, unknown>>) {
				const chosen = [
					...(Array.isArray(field.answers) ? field.answers : []),
					...(typeof field.answer === 'object' && field.answer !== null ? [field.answer] : []),
				] as Array<{ id?: unknown; label?: string }>;
				if (!chosen.length) continue;
				const counted = form.fields.get(String(field.id)) ?? {
					field_id: String(field.id),
					label: String(field.label ?? ''),
					answers: new Map(),
				};
				form.fields.set(String(field.id), counted);
				for (const answer of chosen) {
					const id = answerId(answer.id);
					const entry = counted.answers.get(id) ?? {
						answer_id: id,
						label: answer.label ?? '',
						count: 0,
					};
					entry.count++;
					counted.answers.set(id, entry);
				}
			}
		}
	}
	return {
		name: 'form-report',
		records: [...forms].map(([formId, form]) => ({
			form_id: formId,
			count: form.count,
			group_id: form.group_id,
			fields: [...form.fields.values()].map((field) => ({
				field_id: field.field_id,
				label: field.label,
				answers: [...field.answers.values()],
			})),
		})),
	};
}

/** chats/queued_visitors_left: who left the queue, by chat id, a page at a time (`page`, from 1). */
function queueLeftReport(state: LiveChatState, entries: ThreadOfChat[], page: number) {
	const left = entries
		.map((entry) => ({ ...entry, stay: queueStayOf(state, entry.thread) }))
		.filter((entry) => entry.stay?.left);
	const totalPages = Math.max(1, Math.ceil(left.length / QUEUE_LEFT_PAGE_SIZE));
	const shown = left.slice((page - 1) * QUEUE_LEFT_PAGE_SIZE, page * QUEUE_LEFT_PAGE_SIZE);
	const records: Record<string, unknown> = {};
	let withoutDetails = 0;
	for (const { chat, thread, stay } of shown) {
		const customer = state.customers.get(chat.customerId);
		if (!customer?.name && !customer?.email) withoutDetails++;
		records[chat.id] = {
			visitor: {
				id: chat.customerId,
				...(customer?.name && { name: customer.name }),
				...(customer?.email && { email: customer.email }),
				ip: String(customer?.visit.ip ?? ''),
			},
			queue: {
				duration: stay!.wait,
				group: thread.access.group_ids[0] ?? 0,
				start_date: (
					state.queueStays.get(thread.id)?.queued_at ??
					thread.queue?.queued_at ??
					thread.created_at
				).replace(/\.\d+Z$/, 'Z'),
			},
		};
	}
	return {
		name: 'queued-visitors-left-report',
		total: left.length,
		summary: { left_without_details: withoutDetails, total_pages: totalPages },
		records,
	};
}

/** Only one of `exists`, `values` or `exclude_values` per filter; group ids are integers. */
function checkFilters(filters: Filters) {
	for (const name of ['agents', 'groups', 'tags'] as const) {
		const filter = filters[name] as Record<string, unknown> | undefined;
		if (filter === undefined) continue;
		if (typeof filter !== 'object' || filter === null)
			throw validation(`\`filters.${name}\` must be an object`);
		const kinds = ['exists', 'values', 'exclude_values'].filter((kind) => kind in filter);
		if (kinds.length > 1)
			throw validation(`\`filters.${name}\` may use only one of ${kinds.join(', ')}`);
		for (const kind of ['values', 'exclude_values']) {
			const values = filter[kind];
			if (values === undefined) continue;
			if (!Array.isArray(values)) throw validation(`\`filters.${name}.${kind}\` must be an array`);
			if (name === 'groups' && !values.every((value) => Number.isInteger(value)))
				throw validation(`\`filters.groups.${kind}\` must hold integer group ids`);
		}
	}
}

function readRequest(report: string, body: Record<string, unknown>): Request {
	const agentReport = report.startsWith('agents/');
	const allowed = agentReport ? AGENT_DISTRIBUTIONS : CHAT_DISTRIBUTIONS;
	const distribution = String(body.distribution ?? 'day');
	// Agent Performance, Ranking and Forms ignore the distribution ("no effect"), Tag Usage and
	// Unique Visitors do not take one.
	const ignored = ['agents/performance', 'chats/ranking', 'chats/forms'];
	const takesDistribution =
		(report.startsWith('chats/') || report === 'agents/availability') && !ignored.includes(report);
	if (takesDistribution && !allowed.includes(distribution))
		throw validation(`\`distribution\` must be one of ${allowed.join(', ')}`);
	const timezone = String(body.timezone ?? 'UTC');
	try {
		new Intl.DateTimeFormat('en', { timeZone: timezone });
	} catch {
		throw validation(`\`timezone\` ${timezone} is not a time zone`);
	}
	const filters = (body.filters ?? {}) as Filters;
	if (typeof filters !== 'object' || filters === null || Array.isArray(filters))
		throw validation('`filters` must be an object');
	checkFilters(filters);
	// Unique Visitors takes only the range; Tag Usage the range and groups.values.
	if (report === 'customers/unique_visitors')
		return { distribution, timezone, filters: { from: filters.from, to: filters.to } };
	if (report === 'tags/chat_usage') {
		const groups = filters.groups?.values && { values: filters.groups.values };
		return { distribution, timezone, filters: { from: filters.from, to: filters.to, groups } };
	}
	return { distribution, timezone, filters };
}

const hours = (seconds: number) => Math.round(seconds / 36) / 100;

/** Answers `POST /v3.6/reports/<report>` with the given JSON body. */
export function answerReport(state: LiveChatState, report: string, body: Record<string, unknown>) {
	if (!REPORTS.includes(report)) throw notFound(`Report ${report} not found`);
	const { distribution, timezone, filters } = readRequest(report, body);
	const { from, to } = parseRange(filters);
	const entries: ThreadOfChat[] = [];
	for (const chat of state.chats.values()) {
		for (const thread of chat.threads) {
			const at = timeOf(thread.created_at);
			if (at < from || at > to) continue;
			if (matches(state, { chat, thread }, filters)) entries.push({ chat, thread });
		}
	}
	const byPeriod = (list: ThreadOfChat[]) => {
		const groups = new Map<string, ThreadOfChat[]>();
		for (const label of periodsBetween(from, to, distribution, timezone)) groups.set(label, []);
		for (const entry of list) {
			const label = periodOf(timeOf(entry.thread.created_at), distribution, timezone);
			groups.get(label)?.push(entry);
		}
		return groups;
	};
	// On agents reports, filters.agents picks the agents reported on.
	const onlyAgents = filters.agents?.values;

	const period = PERIOD_REPORTS[report];
	if (period) {
		const records: Record<string, Numbers> = {};
		let total = 0;
		for (const [label, list] of byPeriod(entries)) {
			const record: Numbers = {};
			if (list.length) add(record, period.compute(state, list));
			records[label] = record;
			total += list.length;
		}
		return { name: period.name, total, records };
	}
	if (report === 'chats/queued_visitors') {
		const records: Record<string, unknown> = {};
		let total = 0;
		for (const [label, list] of byPeriod(entries)) {
			const stats = queueStats(state, list);
			records[label] = stats;
			total += stats.queued?.count ?? 0;
		}
		return { name: 'queued-visitors-report', total, records };
	}
	if (report === 'agents/availability') {
		// The simulator keeps no login sessions: time agents spent in chats stands for availability.
		const records: Record<string, Numbers> = {};
		let totalSeconds = 0;
		for (const [label, list] of byPeriod(entries)) {
			const seconds = Object.values(chattingSeconds(state, list, onlyAgents)).reduce(
				(sum, value) => sum + value,
				0,
			);
			totalSeconds += seconds;
			// Zeros stay (LiveChat's sample: `{ "hours": 0 }` for a day nobody was available).
			records[label] =
				distribution === 'hour' ? { minutes: Math.round(seconds / 60) } : { hours: hours(seconds) };
		}
		return { name: 'availability-report', total: hours(totalSeconds), records };
	}
	if (report === 'agents/performance') {
		// Every documented field, zeros included, as in LiveChat's sample; first_response_time is
		// the unrounded mean. ⚠️ The simulator keeps no login sessions: an agent counts as logged in
		// and accepting chats while chatting, never as not accepting chats.
		const perAgent = new Map<string, { values: Numbers; firsts: number[] }>();
		const all = { values: {} as Numbers, firsts: [] as number[] };
		for (const entry of entries) {
			const score = entry.thread.properties.rating?.score;
			const first = responseTimes(entry.chat, entry.thread)[0];
			const values: Numbers = {
				chats_count: 1,
				chats_rated_good: score === 1 ? 1 : 0,
				chats_rated_bad: score === 0 ? 1 : 0,
				first_response_chats_count: first !== undefined ? 1 : 0,
			};
			const agents = agentIds(state, entry.thread).filter(
				(id) => !onlyAgents || onlyAgents.includes(id),
			);
			const chatting = chattingSeconds(state, [entry], agents);
			for (const [field, value] of Object.entries(values))
				all.values[field] = (all.values[field] ?? 0) + value;
			if (first !== undefined) all.firsts.push(first);
			for (const id of agents) {
				const agent = perAgent.get(id) ?? {
					values: {
						chats_count: 0,
						chats_rated_good: 0,
						chats_rated_bad: 0,
						first_response_chats_count: 0,
						chatting_time: 0,
					},
					firsts: [],
				};
				perAgent.set(id, agent);
				const more = { ...values, chatting_time: Math.round(chatting[id] ?? 0) };
				for (const [field, value] of Object.entries(more))
					agent.values[field] = (agent.values[field] ?? 0) + value;
				if (first !== undefined) agent.firsts.push(first);
			}
		}
		const records = Object.fromEntries(
			[...perAgent].map(([id, { values, firsts }]) => [
				id,
				{
					chats_count: values.chats_count,
					chats_rated_good: values.chats_rated_good,
					chats_rated_bad: values.chats_rated_bad,
					first_response_chats_count: values.first_response_chats_count,
					first_response_time: mean(firsts),
					chatting_time: values.chatting_time,
					accepting_chats_time: values.chatting_time,
					not_accepting_chats_time: 0,
					logged_in_time: values.chatting_time,
				},
			]),
		);
		const summary = {
			chats_count: all.values.chats_count ?? 0,
			chats_rated_good: all.values.chats_rated_good ?? 0,
			chats_rated_bad: all.values.chats_rated_bad ?? 0,
			first_response_chats_count: all.values.first_response_chats_count ?? 0,
			first_response_time: mean(all.firsts),
		};
		return { name: 'performance-report', records, summary };
	}
	if (report === 'chats/ranking') {
		// Per agent: the rated chats (good + bad, as in LiveChat's sample) and a score.
		const perAgent = new Map<string, { good: number; bad: number }>();
		for (const entry of entries) {
			const score = entry.thread.properties.rating?.score;
			if (score !== 0 && score !== 1) continue;
			for (const id of agentIds(state, entry.thread)) {
				const agent = perAgent.get(id) ?? { good: 0, bad: 0 };
				if (score === 1) agent.good++;
				else agent.bad++;
				perAgent.set(id, agent);
			}
		}
		const records = Object.fromEntries(
			[...perAgent].map(([id, { good, bad }]) => [
				id,
				{ total: good + bad, good, bad, score: rankingScore(good, good + bad) },
			]),
		);
		return { name: 'ranking-report', records };
	}
	if (report === 'chats/forms') return formsReport(entries);
	if (report === 'chats/greetings_conversion') {
		// The simulated license shows no greetings: every period is empty.
		const records = Object.fromEntries(
			periodsBetween(from, to, distribution, timezone).map((label) => [label, {}]),
		);
		return { name: 'greetings-conversion-report', total: 0, records };
	}
	if (report === 'chats/queued_visitors_left') {
		const page = body.page === undefined ? 1 : body.page;
		if (!Number.isInteger(page) || (page as number) < 1)
			throw validation('`page` must be a positive integer');
		return queueLeftReport(state, entries, page as number);
	}
	if (report === 'customers/unique_visitors') {
		const visitors = [...state.customers.values()].filter((customer) => {
			const at = timeOf(String(customer.visit.started_at ?? ''));
			return at >= from && at <= to;
		});
		const pageViews = visitors.reduce(
			(sum, customer) => sum + ((customer.visit.last_pages as unknown[] | undefined)?.length ?? 0),
			0,
		);
		return {
			name: 'visitors-report',
			summary: { unique_visitors: visitors.length, page_views: pageViews },
		};
	}
	// tags/chat_usage: how many chats got each tag in the range.
	const records: Numbers = {};
	for (const { thread } of entries) for (const tag of thread.tags) add(records, { [tag]: 1 });
	return { name: 'tags-chat-usage-report', records };
}
