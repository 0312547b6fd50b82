/**
 * The simulator's Reports API v3.6 follows LiveChat's documented contract
 * (livechat-api-conversations.md §8): reports computed from the simulated chats, every period a key
 * of `records` (empty ones `{}`), periods in the request's time zone, validation of the
 * distribution and of the time pairs, `reports_read`.
 */
import { basic, SMITH } from '../helpers/simulatorCalls';
import { LiveChatSimulator } from './server';
import type { Chat, ChatEvent, Thread } from './state';
import { ADMIN, AGENT_PAT, CUSTOMER_ID, time } from './state';

const JONES = basic(AGENT_PAT.accountId, AGENT_PAT.token);

interface Answer {
	error?: { type: string; message: string };
	name?: string;
	total?: number;
	summary?: Record<string, number>;
	records?: Record<string, Record<string, unknown>>;
	[key: string]: unknown;
}

let sim: LiveChatSimulator;
beforeEach(() => {
	sim = new LiveChatSimulator();
});

function report(name: string, body: object, authorization = SMITH, version = '3.6') {
	const answer = sim.answerApi({
		version,
		api: 'reports',
		method: name,
		authorization,
		body: JSON.stringify(body),
	});
	return { status: answer.status, body: answer.body as Answer };
}

const range = (from: string, to: string, more: object = {}) => ({ filters: { from, to, ...more } });
const NOVEMBER = range('2026-11-01T00:00:00Z', '2026-11-30T23:59:59Z');
const chats = () => [...sim.state.chats.values()];
const threadsIn = (from: string, to: string) =>
	chats().flatMap((chat) =>
		chat.threads
			.filter((thread) => thread.created_at >= from && thread.created_at <= to)
			.map((thread) => ({ chat, thread })),
	);
const at = (ms: number) => time(ms);
const message = (thread: Thread, author: string, ms: number): ChatEvent => ({
	id: `${thread.id}_${thread.events.length}`,
	created_at: at(ms),
	type: 'message',
	visibility: 'all',
	text: 'Hello',
	author_id: author,
});

/** A new ended chat of the seeded customer, its events given as [author, seconds from start]. */
function addChat(
	id: string,
	start: string,
	events: Array<[string, number]>,
	agents = [ADMIN.email],
) {
	const chat: Chat = sim.state.addChat(id, CUSTOMER_ID, Date.parse(start));
	const thread = chat.threads[0];
	thread.active = false;
	thread.user_ids = [CUSTOMER_ID, ...agents];
	thread.events = thread.events.slice(0, 1);
	for (const [author, seconds] of events)
		thread.events.push(message(thread, author, Date.parse(start) + seconds * 1000));
	return chat;
}

describe('Reports API: the route', () => {
	it('records the call as api reports, method <resource>/<action>, and needs reports_read', () => {
		expect(report('chats/total_chats', NOVEMBER).status).toBe(200);
		expect(sim.calls.at(-1)).toMatchObject({
			api: 'reports',
			method: 'chats/total_chats',
			status: 200,
		});
		const refused = report('chats/total_chats', NOVEMBER, JONES);
		expect(refused.status).toBe(403);
		expect(refused.body.error?.message).toContain('reports_read');
		expect(report('chats/total_chats', NOVEMBER, 'Basic bm9ib2R5OnRva2Vu').status).toBe(401);
	});

	it('answers not_found for an unknown report and refuses other versions', () => {
		expect(report('chats/unknown_report', NOVEMBER).body.error?.type).toBe('not_found');
		expect(report('chats/total_chats', NOVEMBER, SMITH, '3.5').body.error?.type).toBe(
			'unsupported_version',
		);
	});

	it('validates the distribution, the time zone, the time pairs and the filters', () => {
		const type = (name: string, body: object) => report(name, body).body.error?.type;
		expect(type('chats/total_chats', { ...NOVEMBER, distribution: 'week' })).toBe('validation');
		expect(type('agents/availability', { ...NOVEMBER, distribution: 'month' })).toBe('validation');
		expect(type('chats/total_chats', { ...NOVEMBER, timezone: 'Mars/Olympus' })).toBe('validation');
		const twoPairs = {
			filters: { ...NOVEMBER.filters, greetings: { from: NOVEMBER.filters.from } },
		};
		expect(type('chats/total_chats', twoPairs)).toBe('validation');
		expect(type('chats/total_chats', range('2026-11-02T00:00:00Z', '2026-11-01T00:00:00Z'))).toBe(
			'validation',
		);
		expect(
			type('chats/total_chats', {
				filters: { ...NOVEMBER.filters, agents: { values: [ADMIN.email], exists: true } },
			}),
		).toBe('validation');
		expect(
			type('chats/total_chats', { filters: { ...NOVEMBER.filters, groups: { values: ['0'] } } }),
		).toBe('validation');
		// Agent Performance ignores the distribution.
		expect(report('agents/performance', { ...NOVEMBER, distribution: 'month' }).status).toBe(200);
	});
});

describe('Reports API: periods', () => {
	it('keys every day of the range, the empty ones {}, with the total and the name', () => {
		const from = '2026-11-20T00:00:00Z';
		const to = '2026-12-03T12:00:00Z';
		const { body } = report('chats/total_chats', { distribution: 'day', ...range(from, to) });
		expect(body.name).toBe('total-chats-report');
		const days = Object.keys(body.records!);
		expect(days[0]).toBe('2026-11-20');
		expect(days.at(-1)).toBe('2026-12-03');
		expect(days).toHaveLength(14);
		const threads = threadsIn(from, to);
		const byDay = (day: string) => threads.filter((t) => t.thread.created_at.startsWith(day));
		for (const day of days) {
			const count = byDay(day).length;
			expect(body.records![day]).toEqual(count ? { total: count } : {});
		}
		expect(body.total).toBe(threads.length);
	});

	it('groups periods in the request time zone', () => {
		// ARCHIVE004 starts 2026-11-05 09:00 UTC: 23:00 of the 4th in Honolulu (UTC−10).
		const utc = report('chats/total_chats', range('2026-11-05T00:00:00Z', '2026-11-05T12:00:00Z'));
		expect(utc.body.records).toEqual({ '2026-11-05': { total: 1 } });
		const honolulu = report('chats/total_chats', {
			timezone: 'Pacific/Honolulu',
			...range('2026-11-05T00:00:00Z', '2026-11-05T12:00:00Z'),
		});
		expect(honolulu.body.records).toEqual({ '2026-11-04': { total: 1 }, '2026-11-05': {} });
	});

	it('labels hours, hours of the day, months and years', () => {
		const day = range('2026-11-03T00:00:00Z', '2026-11-03T23:59:59Z');
		const hours = report('chats/total_chats', { distribution: 'hour', ...day }).body.records!;
		expect(Object.keys(hours)).toHaveLength(24);
		expect(hours['2026-11-03 09:00:00']).toEqual({ total: 1 });
		const dayHours = report('chats/total_chats', { distribution: 'day-hours', ...NOVEMBER });
		expect(Object.keys(dayHours.body.records!)).toHaveLength(24);
		expect(dayHours.body.records!['09:00']).toEqual({
			total: threadsIn('2026-11-01', '2026-11-30T23:59:59Z').filter(
				({ thread }) => thread.created_at.slice(11, 13) === '09',
			).length,
		});
		const months = report('chats/total_chats', {
			distribution: 'month',
			...range('2026-10-15T00:00:00Z', '2026-12-15T00:00:00Z'),
		}).body.records!;
		expect(Object.keys(months)).toEqual(['2026-10', '2026-11', '2026-12']);
		// October holds only the chat with an event of every type (EVERY_EVENT_CHAT_ID).
		expect(months['2026-10']).toEqual({ total: 1 });
		const years = report('chats/total_chats', { distribution: 'year', ...NOVEMBER });
		expect(Object.keys(years.body.records!)).toEqual(['2026']);
	});

	it('covers the last 7 days when the filters leave the range out', () => {
		const { body } = report('chats/total_chats', {});
		const today = new Date().toISOString().slice(0, 10);
		const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
		const days = Object.keys(body.records!);
		expect(days[0]).toBe(weekAgo);
		expect(days.at(-1)).toBe(today);
	});
});

describe('Reports API: values from the chats', () => {
	const DAY = range('2026-12-10T00:00:00Z', '2026-12-10T23:59:59Z');
	const START = '2026-12-10T10:00:00.000Z';

	it('derives first response, response times and durations from the events', () => {
		// The customer writes at +10 s and +100 s; the agent answers at +40 s and +160 s; ends +200 s.
		addChat('REPORT1', START, [
			[CUSTOMER_ID, 10],
			[ADMIN.email, 40],
			[CUSTOMER_ID, 100],
			[CUSTOMER_ID, 120],
			[ADMIN.email, 160],
			[CUSTOMER_ID, 200],
		]);
		const first = report('chats/first_response_time', DAY).body;
		expect(first.records!['2026-12-10']).toEqual({ count: 1, first_response_time: 30 });
		const replies = report('chats/response_time', DAY).body;
		expect(replies.records!['2026-12-10']).toEqual({ count: 2, response_time: 45 });
		const duration = report('chats/duration', DAY).body;
		expect(duration.records!['2026-12-10']).toEqual({
			count: 1,
			duration: 200,
			agents_chatting_duration: 200,
		});
	});

	it('counts ratings, engagement, tags, groups and continuous chats', () => {
		const rated = addChat('REPORT1', START, [[CUSTOMER_ID, 5]]);
		rated.threads[0].properties = { rating: { score: 1 } };
		rated.threads[0].tags = ['sales', 'support'];
		const byAgent = addChat('REPORT2', START, [[ADMIN.email, 5]]);
		byAgent.threads[0].properties = { rating: { score: 0 } };
		byAgent.properties.routing = { continuous: true };
		byAgent.access.group_ids = [1];
		byAgent.threads[0].access.group_ids = [1];
		const day = (name: string) => report(name, DAY).body.records!['2026-12-10'];
		expect(day('chats/ratings')).toEqual({ chats: 2, good: 1, bad: 1 });
		expect(day('chats/engagement')).toEqual({
			started_by_customer_without_greeting: 1,
			started_by_agent: 1,
		});
		expect(day('chats/tags')).toEqual({ sales: 1, support: 1 });
		expect(day('chats/groups')).toEqual({ '0': 1, '1': 1 });
		expect(day('chats/total_chats')).toEqual({ total: 2, continuous: 1 });
		expect(report('tags/chat_usage', DAY).body).toEqual({
			name: 'tags-chat-usage-report',
			records: { sales: 1, support: 1 },
		});
	});

	it('honours the agents, groups and tags filters', () => {
		addChat('REPORT1', START, [[CUSTOMER_ID, 5]]).threads[0].tags = ['sales'];
		addChat('REPORT2', START, [[CUSTOMER_ID, 5]], ['jones@example.com']);
		const total = (filters: object) =>
			report('chats/total_chats', { filters: { ...DAY.filters, ...filters } }).body.total;
		expect(total({})).toBe(2);
		expect(total({ agents: { values: ['jones@example.com'] } })).toBe(1);
		expect(total({ agents: { exclude_values: ['jones@example.com'] } })).toBe(1);
		expect(total({ tags: { values: ['sales'] } })).toBe(1);
		expect(total({ tags: { exists: false } })).toBe(1);
		expect(total({ groups: { values: [1] } })).toBe(0);
		// Tag Usage takes only groups.values: a tags filter changes nothing.
		const usage = report('tags/chat_usage', {
			filters: { ...DAY.filters, tags: { values: ['support'] } },
		});
		expect(usage.body.records).toEqual({ sales: 1 });
	});

	it('reports queued customers from past stays and from live queues, and who left', () => {
		const stays = [...sim.state.queueStays.values()].filter(
			(stay) => stay.queued_at >= '2026-11-01' && stay.queued_at < '2026-12',
		);
		expect(stays.length).toBeGreaterThan(0);
		const november = report('chats/queued_visitors', { distribution: 'month', ...NOVEMBER }).body;
		const waits = stays.map((stay) => stay.wait_time);
		expect(november.name).toBe('queued-visitors-report');
		expect(november.records!['2026-11']).toEqual({
			queued: {
				count: stays.length,
				min: Math.min(...waits),
				max: Math.max(...waits),
				// Unrounded, as in LiveChat's sample.
				avg: waits.reduce((a, b) => a + b, 0) / waits.length,
			},
		});
		// A customer queued a minute ago who gave up. (The seed's chats are dated by the real month,
		// so a past stay may fall into the last minutes too: only this one is counted.)
		sim.state.queueStays.clear();
		const chat = addChat('REPORT1', new Date(Date.now() - 120_000).toISOString(), []);
		(chat.threads[0] as Thread & { queue?: object }).queue = {
			position: 1,
			wait_time: 0,
			queued_at: new Date(Date.now() - 60_000).toISOString(),
		};
		const today = report('chats/queued_visitors', {
			distribution: 'year',
			...range(new Date(Date.now() - 600_000).toISOString(), new Date().toISOString()),
		}).body;
		const [record] = Object.values(today.records!) as Array<
			Record<string, { count: number; min: number }>
		>;
		expect(record.queued.count).toBe(1);
		expect(record.left_queue.count).toBe(1);
		expect(record.left_queue.min).toBeGreaterThanOrEqual(59);
	});

	it('rates agents one by one in agents/performance, honouring the agents filter', () => {
		addChat('REPORT1', START, [
			[CUSTOMER_ID, 10],
			[ADMIN.email, 40],
		]).threads[0].properties = { rating: { score: 1 } };
		addChat(
			'REPORT2',
			START,
			[
				[CUSTOMER_ID, 10],
				[ADMIN.email, 20],
				['jones@example.com', 30],
				[CUSTOMER_ID, 50],
			],
			[ADMIN.email, 'jones@example.com'],
		);
		const { body } = report('agents/performance', DAY);
		expect(body.name).toBe('performance-report');
		// Every documented field, zeros included (LiveChat's sample); the summary is over all agents.
		expect(body.summary).toEqual({
			chats_count: 2,
			chats_rated_good: 1,
			chats_rated_bad: 0,
			first_response_chats_count: 2,
			first_response_time: 20,
		});
		const smithChatting = 40 - 40 + (50 - 20);
		expect(body.records![ADMIN.email]).toEqual({
			chats_count: 2,
			chats_rated_good: 1,
			chats_rated_bad: 0,
			first_response_chats_count: 2,
			first_response_time: 20,
			chatting_time: smithChatting,
			// ⚠️ No login sessions in the simulator: logged in and accepting chats while chatting.
			accepting_chats_time: smithChatting,
			not_accepting_chats_time: 0,
			logged_in_time: smithChatting,
		});
		expect(body.records!['jones@example.com']).toEqual({
			chats_count: 1,
			chats_rated_good: 0,
			chats_rated_bad: 0,
			first_response_chats_count: 1,
			first_response_time: 10,
			chatting_time: 20,
			accepting_chats_time: 20,
			not_accepting_chats_time: 0,
			logged_in_time: 20,
		});
		const jones = report('agents/performance', {
			filters: { ...DAY.filters, agents: { values: ['jones@example.com'] } },
		}).body;
		expect(Object.keys(jones.records!)).toEqual(['jones@example.com']);
	});

	it('gives availability in hours per day and minutes per hour', () => {
		addChat('REPORT1', START, [
			[ADMIN.email, 0],
			[CUSTOMER_ID, 5400],
		]);
		const days = report('agents/availability', DAY).body;
		expect(days.name).toBe('availability-report');
		expect(days.records!['2026-12-10']).toEqual({ hours: 1.5 });
		expect(days.total).toBe(1.5);
		const hours = report('agents/availability', { distribution: 'hour', ...DAY }).body;
		expect(hours.records!['2026-12-10 10:00:00']).toEqual({ minutes: 90 });
	});

	it("counts unique visitors and page views from the customers' visits", () => {
		const visitors = [...sim.state.customers.values()];
		const { body } = report('customers/unique_visitors', NOVEMBER);
		expect(body).toEqual({
			name: 'visitors-report',
			summary: {
				unique_visitors: visitors.length,
				page_views: visitors.reduce(
					(sum, customer) => sum + (customer.visit.last_pages as unknown[]).length,
					0,
				),
			},
		});
		const before = report(
			'customers/unique_visitors',
			range('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'),
		);
		expect(before.body.summary).toEqual({ unique_visitors: 0, page_views: 0 });
	});
});

describe('Reports API: the other reports and their shapes', () => {
	const DAY = range('2026-12-10T00:00:00Z', '2026-12-10T23:59:59Z');
	const START = '2026-12-10T10:00:00.000Z';
	const OCTOBER = range('2026-10-01T00:00:00Z', '2026-10-31T23:59:59Z');

	it('keeps zero hours in agents/availability', () => {
		const { body } = report('agents/availability', DAY);
		expect(body.records).toEqual({ '2026-12-10': { hours: 0 } });
		expect(body.total).toBe(0);
	});

	it('averages response times to two decimals', () => {
		addChat('REPORT1', START, [
			[CUSTOMER_ID, 0],
			[ADMIN.email, 10],
		]);
		addChat('REPORT2', START, [
			[CUSTOMER_ID, 0],
			[ADMIN.email, 10.555],
		]);
		expect(report('chats/first_response_time', DAY).body.records).toEqual({
			'2026-12-10': { count: 2, first_response_time: 10.28 },
		});
	});

	it('ranks agents by their rated chats', () => {
		addChat('REPORT1', START, [[CUSTOMER_ID, 5]]).threads[0].properties = { rating: { score: 1 } };
		addChat('REPORT2', START, [[CUSTOMER_ID, 5]]).threads[0].properties = { rating: { score: 0 } };
		addChat('REPORT3', START, [[CUSTOMER_ID, 5]]);
		const { body } = report('chats/ranking', { ...DAY, distribution: 'month' });
		expect(body.name).toBe('ranking-report');
		expect(body.records).toEqual({
			[ADMIN.email]: { total: 2, good: 1, bad: 1, score: expect.any(Number) },
		});
		const { score } = body.records![ADMIN.email] as { score: number };
		expect(score).toBeGreaterThan(0);
		expect(score).toBeLessThan(0.5);
	});

	it('counts the answers of filled forms in chats/forms', () => {
		const { body } = report('chats/forms', OCTOBER);
		expect(body.name).toBe('form-report');
		const [form] = body.records as unknown as Array<{
			form_id: string;
			count: number;
			group_id: number;
			fields: Array<{ field_id: string; label: string; answers: Array<Record<string, unknown>> }>;
		}>;
		expect(form).toMatchObject({ form_id: '1709123400001', count: 1, group_id: 0 });
		const checkbox = form.fields.find((field) => field.label === 'Which products?')!;
		expect(checkbox.answers).toEqual([
			{ answer_id: 0, label: 'Shoes', count: 1 },
			{ answer_id: 2, label: 'Bags', count: 1 },
		]);
		// Only fields whose answers have ids (not the name or e-mail typed in).
		expect(form.fields.map((field) => field.label)).toEqual([
			'What is it about?',
			'Which products?',
			'Choose a team',
		]);
	});

	it('answers greetings_conversion with empty periods: the license shows no greetings', () => {
		const { body } = report('chats/greetings_conversion', {
			filters: { greetings: { from: DAY.filters.from, to: DAY.filters.to } },
		});
		expect(body).toEqual({
			name: 'greetings-conversion-report',
			total: 0,
			records: { '2026-12-10': {} },
		});
	});

	it('lists who left the queue in chats/queued_visitors_left, by chat id', () => {
		const chat = addChat('REPORT1', START, []);
		sim.state.queueStays.set(chat.threads[0].id, {
			queued_at: START,
			wait_time: 42,
			left: true,
		});
		const { body } = report('chats/queued_visitors_left', DAY);
		expect(body).toEqual({
			name: 'queued-visitors-left-report',
			total: 1,
			summary: { left_without_details: 0, total_pages: 1 },
			records: {
				REPORT1: {
					visitor: {
						id: CUSTOMER_ID,
						name: 'Thomas Anderson',
						email: 't.anderson@example.com',
						ip: '203.0.113.10',
					},
					queue: { duration: 42, group: 0, start_date: '2026-12-10T10:00:00Z' },
				},
			},
		});
		expect(report('chats/queued_visitors_left', { ...DAY, page: 0 }).body.error?.type).toBe(
			'validation',
		);
	});
});
