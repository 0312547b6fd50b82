/**
 * Report → Get against the simulated Reports API: the request LiveChat documents (POST
 * /v3.6/reports/<report>, filters.from/to, distribution and time zone only where taken), one item
 * per period with every field (zeros where LiveChat leaves them out, missing days added) and the
 * range's total, one item per agent, per tag or one for unique visitors.
 */
import nock from 'nock';

import { asPat, operationParameters } from '../../../helpers/actionParameters';
import { API_URL, PAT_CREDENTIALS } from '../../../helpers/contexts';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

const reportOperation = operationParameters('report', { authentication: 'accessToken' });
const report = (parameters: Record<string, unknown>) => reportOperation('get', parameters);
const NOVEMBER = { from: '2026-11-01T00:00:00Z', to: '2026-11-10T23:59:59Z' };

/** The simulator's threads started in the range, to compare reports with. */
function threadsIn(fake: FakeLiveChat, from: string, to: string) {
	return [...fake.simulator.state.chats.values()].flatMap((chat) =>
		chat.threads.filter((thread) => thread.created_at >= from && thread.created_at <= to),
	);
}

describe('Report → Get', () => {
	it('posts to the Reports API and returns one item per day with every field and the total', async () => {
		const fake = new FakeLiveChat();
		const items = await runNode(report({ report: 'chats/total_chats', ...NOVEMBER }), asPat);
		const [call] = fake.callsOf('chats/total_chats');
		expect(call.api).toBe('reports');
		expect(call.body).toEqual({
			distribution: 'day',
			timezone: 'UTC',
			filters: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-10T23:59:59.000Z' },
		});
		expect(items.map((item) => item.json.period)).toEqual(
			Array.from({ length: 10 }, (_, day) => `2026-11-${String(day + 1).padStart(2, '0')}`),
		);
		const threads = threadsIn(fake, NOVEMBER.from, NOVEMBER.to);
		for (const item of items) {
			const day = String(item.json.period);
			expect(item.json).toEqual({
				period: day,
				total: threads.filter((thread) => thread.created_at.startsWith(day)).length,
				continuous: 0,
				report_total: threads.length,
			});
		}
		expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('fills periods LiveChat answers as {} with zeros', async () => {
		const fake = new FakeLiveChat();
		const from = '2026-12-20T00:00:00Z';
		const to = '2026-12-22T00:00:00Z';
		expect(threadsIn(fake, from, to)).toEqual([]);
		const items = await runNode(report({ report: 'chats/ratings', from, to }), asPat);
		expect(items.map((item) => item.json)).toEqual(
			['2026-12-20', '2026-12-21', '2026-12-22'].map((period) => ({
				period,
				chats: 0,
				good: 0,
				bad: 0,
				report_total: 0,
			})),
		);
	});

	it('adds the days LiveChat left out, in order; other distributions are taken as they come', async () => {
		const answer = {
			name: 'queued-visitors-report',
			total: 3,
			records: {
				'2026-11-04': { queued: { count: 2, min: 10, max: 50, avg: 30 } },
				'2026-11-02': { queued: { count: 1, min: 5, max: 5, avg: 5 }, left_queue: { count: 1 } },
			},
		};
		const scope = nock(API_URL)
			.post('/v3.6/reports/chats/queued_visitors')
			.times(2)
			.reply(200, answer);
		const parameters = {
			report: 'chats/queued_visitors',
			from: '2026-11-01T00:00:00Z',
			to: '2026-11-05T12:00:00Z',
		};
		const days = await runNode(report(parameters), asPat);
		const zeros = {
			queued_count: 0,
			queued_min: 0,
			queued_max: 0,
			queued_avg: 0,
			left_queue_count: 0,
			left_queue_min: 0,
			left_queue_max: 0,
			left_queue_avg: 0,
			report_total: 3,
		};
		expect(days.map((item) => item.json)).toEqual([
			{ period: '2026-11-01', ...zeros },
			{
				period: '2026-11-02',
				...zeros,
				queued_count: 1,
				queued_min: 5,
				queued_max: 5,
				queued_avg: 5,
				left_queue_count: 1,
			},
			{ period: '2026-11-03', ...zeros },
			{
				period: '2026-11-04',
				...zeros,
				queued_count: 2,
				queued_min: 10,
				queued_max: 50,
				queued_avg: 30,
			},
			{ period: '2026-11-05', ...zeros },
		]);
		const hours = await runNode(report({ ...parameters, distribution: 'hour' }), asPat);
		expect(hours.map((item) => item.json.period)).toEqual(['2026-11-04', '2026-11-02']);
		expect(scope.isDone()).toBe(true);
	});

	it('counts ratings and first response times from the chats', async () => {
		const fake = new FakeLiveChat();
		const threads = threadsIn(fake, NOVEMBER.from, NOVEMBER.to);
		const ratings = await runNode(report({ report: 'chats/ratings', ...NOVEMBER }), asPat);
		const sum = (field: string) =>
			ratings.reduce((total, item) => total + Number(item.json[field]), 0);
		const scored = (score: number) =>
			threads.filter((thread) => thread.properties.rating?.score === score).length;
		expect(scored(1)).toBeGreaterThan(0);
		expect([sum('chats'), sum('good'), sum('bad')]).toEqual([threads.length, scored(1), scored(0)]);
		const [month] = await runNode(
			report({ report: 'chats/first_response_time', ...NOVEMBER, distribution: 'month' }),
			asPat,
		);
		// Seeded chats: the customer writes first, an agent answers; the wait is the same in each.
		const waits = threads.map((thread) => {
			const messages = thread.events.filter((event) => event.type === 'message');
			return (Date.parse(messages[1].created_at) - Date.parse(messages[0].created_at)) / 1000;
		});
		expect(month.json).toEqual({
			period: '2026-11',
			count: threads.length,
			first_response_time: Math.round(waits.reduce((a, b) => a + b, 0) / waits.length),
			report_total: threads.length,
		});
	});

	it("Agent Performance: every agent's item carries LiveChat's summary of all agents", async () => {
		// As the Reports API documents it: records per agent and `summary`, without `total`.
		nock(API_URL)
			.post('/v3.6/reports/agents/performance')
			.reply(200, {
				name: 'performance-report',
				records: {
					'smith@example.com': { chats_count: 4, chats_rated_good: 2, first_response_time: 9.5 },
					'jones@example.com': { chats_count: 6, chats_rated_bad: 1, first_response_time: 7.5 },
				},
				summary: {
					chats_count: 10,
					chats_rated_bad: 1,
					chats_rated_good: 2,
					first_response_chats_count: 9,
					first_response_time: 8.3,
				},
			});
		const agents = await runNode(report({ report: 'agents/performance', ...NOVEMBER }), asPat);
		expect(agents.map((item) => item.json.agent_id)).toEqual([
			'smith@example.com',
			'jones@example.com',
		]);
		for (const agent of agents) {
			expect(agent.json.report_summary).toEqual({
				chats_count: 10,
				chats_rated_good: 2,
				chats_rated_bad: 1,
				first_response_chats_count: 9,
				first_response_time: 8.3,
			});
		}
	});

	it('gives one item per agent, per tag, or one for unique visitors', async () => {
		const fake = new FakeLiveChat();
		const threads = threadsIn(fake, NOVEMBER.from, NOVEMBER.to);
		const agents = await runNode(report({ report: 'agents/performance', ...NOVEMBER }), asPat);
		expect(agents.map((item) => item.json.agent_id)).toEqual(['smith@example.com']);
		expect(agents[0].json).toMatchObject({
			chats_count: threads.length,
			first_response_chats_count: threads.length,
			logged_in_time: 0,
			accepting_chats_time: 0,
		});
		const tags = await runNode(report({ report: 'tags/chat_usage', ...NOVEMBER }), asPat);
		const tagged = (tag: string) => threads.filter((thread) => thread.tags.includes(tag)).length;
		expect(tags.map((item) => item.json)).toEqual([
			{ tag: 'sales', chats: tagged('sales') },
			{ tag: 'support', chats: tagged('support') },
		]);
		const visitors = await runNode(
			report({ report: 'customers/unique_visitors', ...NOVEMBER }),
			asPat,
		);
		expect(visitors.map((item) => item.json)).toEqual([
			{ unique_visitors: fake.simulator.state.customers.size, page_views: expect.any(Number) },
		]);
	});

	it('names the columns of tags and groups after them', async () => {
		new FakeLiveChat();
		const items = await runNode(
			report({ report: 'chats/tags', ...NOVEMBER, distribution: 'month' }),
			asPat,
		);
		expect(Object.keys(items[0].json).sort()).toEqual(
			['period', 'report_total', 'sales', 'support'].sort(),
		);
	});

	it('sends filters, distribution and time zone only where the report takes them', async () => {
		const fake = new FakeLiveChat();
		const filters = { tags: 'sales', groupIds: [0], agents: 'smith@example.com' };
		await runNode(
			report({ report: 'chats/tags', ...NOVEMBER, timezone: 'Europe/Warsaw', filters }),
			asPat,
		);
		expect(fake.callsOf('chats/tags')[0].body).toMatchObject({
			timezone: 'Europe/Warsaw',
			distribution: 'day',
			filters: {
				tags: { values: ['sales'] },
				groups: { values: [0] },
				agents: { values: ['smith@example.com'] },
			},
		});
		await runNode(report({ report: 'agents/performance', ...NOVEMBER, filters }), asPat);
		const performance = fake.callsOf('agents/performance')[0].body;
		expect(performance).not.toHaveProperty('distribution');
		expect(performance.filters).not.toHaveProperty('tags');
		expect(performance.filters).toHaveProperty('agents');
		await runNode(report({ report: 'tags/chat_usage', ...NOVEMBER, filters }), asPat);
		expect(Object.keys(fake.callsOf('tags/chat_usage')[0].body.filters as object).sort()).toEqual([
			'from',
			'groups',
			'to',
		]);
		await runNode(report({ report: 'customers/unique_visitors', ...NOVEMBER, filters }), asPat);
		expect(Object.keys(fake.callsOf('customers/unique_visitors')[0].body)).toEqual(['filters']);
	});

	it('gives agent availability in minutes per hour', async () => {
		const fake = new FakeLiveChat();
		const items = await runNode(
			report({
				report: 'agents/availability',
				from: '2026-11-03T00:00:00Z',
				to: '2026-11-03T23:59:59Z',
				distribution: 'hour',
			}),
			asPat,
		);
		expect(fake.callsOf('agents/availability')[0].body.distribution).toBe('hour');
		expect(items).toHaveLength(24);
		expect(Object.keys(items[0].json)).toEqual(['period', 'minutes', 'report_total']);
	});

	it("reads dates without an offset in the report's time zone, else the workflow's", async () => {
		const fake = new FakeLiveChat();
		const local = { from: '2026-11-01T00:00:00', to: '2026-11-07T23:59:59' };
		await runNode(
			report({ report: 'chats/total_chats', ...local, timezone: 'Europe/Warsaw' }),
			asPat,
		);
		await runNode(report({ report: 'chats/total_chats', ...local }), {
			...asPat,
			timezone: 'America/New_York',
		});
		const [warsaw, newYork] = fake.callsOf('chats/total_chats').map((call) => call.body);
		expect(warsaw).toMatchObject({
			timezone: 'Europe/Warsaw',
			filters: { from: '2026-10-31T23:00:00.000Z', to: '2026-11-07T22:59:59.000Z' },
		});
		// New York leaves daylight saving time on 1 November 2026 at 2:00.
		expect(newYork).toMatchObject({
			timezone: 'America/New_York',
			filters: { from: '2026-11-01T04:00:00.000Z', to: '2026-11-08T04:59:59.000Z' },
		});
	});

	it('covers the 7 days up to now when From and To are empty', async () => {
		const fake = new FakeLiveChat();
		const before = Date.now();
		const items = await runNode(report({ report: 'chats/total_chats' }), asPat);
		const { filters } = fake.callsOf('chats/total_chats')[0].body as {
			filters: { from: string; to: string };
		};
		const to = Date.parse(filters.to);
		expect(to).toBeGreaterThanOrEqual(before - 1000);
		expect(to - Date.parse(filters.from)).toBe(7 * 86_400_000);
		expect(items).toHaveLength(8);
	});

	it('names reports_read when the token lacks it', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.addPat('no-reports', 'token', ['chats--all:rw']);
		const error = await failingRun(report({ report: 'chats/total_chats' }), {
			credentials: {
				liveChatApi: { ...PAT_CREDENTIALS, accountId: 'no-reports', accessToken: 'token' },
			},
		});
		expect(error.description).toContain('reports_read');
	});

	it('refuses a date that is not one, From after To and an unknown time zone, without a call', async () => {
		const fake = new FakeLiveChat();
		const message = async (parameters: Record<string, unknown>) =>
			(await failingRun(report({ report: 'chats/total_chats', ...parameters }), asPat)).message;
		expect(await message({ from: 'yesterday-ish' })).toBe('"yesterday-ish" is not a date');
		expect(await message({ from: NOVEMBER.to, to: NOVEMBER.from })).toBe('From is after To');
		expect(await message({ timezone: 'Mars/Olympus' })).toBe('"Mars/Olympus" is not a time zone');
		expect(fake.calls).toEqual([]);
	});

	it('passes on LiveChat refusing a report the node does not know', async () => {
		new FakeLiveChat();
		const error = await failingRun(report({ report: 'chats/weekly_summary' }), asPat);
		expect(error.message).toBe('LiveChat has no report chats/weekly_summary');
	});

	it('Chat Ranking: one item per agent with total, good, bad and score; no distribution sent', async () => {
		const fake = new FakeLiveChat();
		const agents = await runNode(report({ report: 'chats/ranking', ...NOVEMBER }), asPat);
		expect(fake.callsOf('chats/ranking')[0].body).not.toHaveProperty('distribution');
		expect(agents.length).toBeGreaterThan(0);
		for (const { json } of agents) {
			expect(Object.keys(json)).toEqual(['agent_id', 'total', 'good', 'bad', 'score']);
			expect(json.total).toBe(Number(json.good) + Number(json.bad));
		}
	});

	it('Greetings Conversion: one item per period and greeting, as LiveChat nests them', async () => {
		nock(API_URL)
			.post('/v3.6/reports/chats/greetings_conversion')
			.reply(200, {
				name: 'greetings-conversion-report',
				total: 3,
				records: {
					'2026-11-01': {},
					'2026-11-02': { '1': { accepted: 1, displayed: 2 }, '18': { displayed: 1, goals: 1 } },
				},
			});
		const items = await runNode(
			report({ report: 'chats/greetings_conversion', ...NOVEMBER }),
			asPat,
		);
		expect(items.map((item) => item.json)).toEqual([
			{
				period: '2026-11-02',
				greeting_id: 1,
				displayed: 2,
				accepted: 1,
				canceled: 0,
				goals: 0,
				report_total: 3,
			},
			{
				period: '2026-11-02',
				greeting_id: 18,
				displayed: 1,
				accepted: 0,
				canceled: 0,
				goals: 1,
				report_total: 3,
			},
		]);
	});

	it('Chat Forms: one item per form with its fields and answers', async () => {
		const fake = new FakeLiveChat();
		// The thread with a filled form started on 2026-10-20.
		const october = { from: '2026-10-15T00:00:00Z', to: '2026-10-25T00:00:00Z' };
		const forms = await runNode(report({ report: 'chats/forms', ...october }), asPat);
		expect(fake.callsOf('chats/forms')[0].body).not.toHaveProperty('distribution');
		expect(forms.length).toBeGreaterThan(0);
		for (const { json } of forms) {
			expect(json).toEqual({
				form_id: expect.any(String),
				count: expect.any(Number),
				group_id: expect.any(Number),
				fields: expect.any(Array),
			});
		}
	});

	it('Queued Visitors Left: one item per chat from every page, with the summary', async () => {
		const page = (number: number, chatId: string) =>
			nock(API_URL)
				.post('/v3.6/reports/chats/queued_visitors_left', (body) => (body.page ?? 1) === number)
				.reply(200, {
					name: 'queued-visitors-left-report',
					total: 2,
					summary: { left_without_details: 2, total_pages: 2 },
					records: {
						[chatId]: { visitor: { id: 'v', ip: '1.2.3.4' }, queue: { duration: 30, group: 0 } },
					},
				});
		page(1, 'CHAT000001');
		page(2, 'CHAT000002');
		const items = await runNode(
			report({ report: 'chats/queued_visitors_left', ...NOVEMBER }),
			asPat,
		);
		expect(items.map((item) => item.json.chat_id)).toEqual(['CHAT000001', 'CHAT000002']);
		expect(items[0].json).toEqual({
			chat_id: 'CHAT000001',
			visitor: { id: 'v', ip: '1.2.3.4' },
			queue: { duration: 30, group: 0 },
			report_summary: { left_without_details: 2, total_pages: 2 },
			report_total: 2,
		});
	});
});
