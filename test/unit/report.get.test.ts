import { PAT_CREDENTIALS } from '../helpers/contexts';
import { FakeLiveChat } from '../helpers/fakeLiveChat';
import { failingRun, runNode } from '../helpers/runNode';

const asPat = { credentials: { liveChatApi: PAT_CREDENTIALS } };
const report = (parameters: Record<string, unknown>) => ({
	resource: 'report',
	authentication: 'accessToken',
	operation: 'get',
	...parameters,
});
// The simulator's 24 ended chats start one a day from 2026-11-01 09:00 UTC.
const NOVEMBER = { from: '2026-11-01T00:00:00Z', to: '2026-11-10T23:59:59Z' };

describe('Report → Get', () => {
	it('posts to the Reports API and returns one item per day with every field', async () => {
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
		for (const item of items)
			expect(item.json).toEqual({ period: expect.any(String), total: 1, continuous: 0 });
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('fills the periods LiveChat leaves empty with zeros', async () => {
		new FakeLiveChat();
		const items = await runNode(
			report({ report: 'chats/ratings', from: '2026-12-20T00:00:00Z', to: '2026-12-22T00:00:00Z' }),
			asPat,
		);
		expect(items.map((item) => item.json)).toEqual([
			{ period: '2026-12-20', chats: 0, good: 0, bad: 0 },
			{ period: '2026-12-21', chats: 0, good: 0, bad: 0 },
			{ period: '2026-12-22', chats: 0, good: 0, bad: 0 },
		]);
	});

	it('counts ratings and response times from the chats', async () => {
		new FakeLiveChat();
		const ratings = await runNode(report({ report: 'chats/ratings', ...NOVEMBER }), asPat);
		const sum = (field: string) =>
			ratings.reduce((total, item) => total + Number(item.json[field]), 0);
		// Of the chats of days 0–9, days 1, 5, 9 were rated good, days 2, 6 bad (state.ts: day % 4).
		expect([sum('chats'), sum('good'), sum('bad')]).toEqual([10, 3, 2]);
		const [first] = await runNode(
			report({ report: 'chats/first_response_time', ...NOVEMBER, distribution: 'month' }),
			asPat,
		);
		// Each seeded chat: the customer writes at +20 s, the agent answers at +65 s.
		expect(first.json).toEqual({ period: '2026-11', count: 10, first_response_time: 45 });
	});

	it('gives one item per agent, per tag, or one for unique visitors', async () => {
		new FakeLiveChat();
		const agents = await runNode(report({ report: 'agents/performance', ...NOVEMBER }), asPat);
		expect(agents.map((item) => item.json.agent_id)).toEqual(['smith@example.com']);
		expect(agents[0].json).toMatchObject({ chats_count: 10, logged_in_time: 0 });
		const tags = await runNode(report({ report: 'tags/chat_usage', ...NOVEMBER }), asPat);
		expect(tags.map((item) => item.json)).toEqual([
			{ tag: 'sales', chats: 4 },
			{ tag: 'support', chats: 6 },
		]);
		const visitors = await runNode(
			report({ report: 'customers/unique_visitors', ...NOVEMBER }),
			asPat,
		);
		expect(visitors).toHaveLength(1);
		expect(visitors[0].json).toEqual({
			unique_visitors: expect.any(Number),
			page_views: expect.any(Number),
		});
	});

	it('sends filters and the time zone only where the report takes them', async () => {
		const fake = new FakeLiveChat();
		await runNode(
			report({
				report: 'chats/tags',
				...NOVEMBER,
				timezone: 'Europe/Warsaw',
				filters: { tags: 'sales', groupIds: [0], agents: 'smith@example.com' },
			}),
			asPat,
		);
		expect(fake.callsOf('chats/tags')[0].body).toMatchObject({
			timezone: 'Europe/Warsaw',
			filters: {
				tags: { values: ['sales'] },
				groups: { values: [0] },
				agents: { values: ['smith@example.com'] },
			},
		});
		await runNode(report({ report: 'customers/unique_visitors', ...NOVEMBER }), asPat);
		expect(Object.keys(fake.callsOf('customers/unique_visitors')[0].body)).toEqual(['filters']);
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

	it('refuses a date that is not one', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(
			report({ report: 'chats/total_chats', from: 'yesterday-ish' }),
			asPat,
		);
		expect(error.message).toBe('"yesterday-ish" is not a date');
		expect(fake.calls).toEqual([]);
	});
});

describe('Customer → Get Many Bans, Unban', () => {
	it('lists bans by customer and by IP and lifts one of each', async () => {
		const fake = new FakeLiveChat();
		const customer = (operation: string, parameters: Record<string, unknown> = {}) => ({
			resource: 'customer',
			authentication: 'accessToken',
			operation,
			...parameters,
		});
		const customerId = [...fake.simulator.state.customers.keys()][0];
		await runNode(customer('ban', { customerId, days: 3 }), asPat);
		const bans = await runNode(customer('getManyBans', { returnAll: true }), asPat);
		expect(bans.map((item) => item.json.customer_id ?? item.json.ip)).toEqual([
			'198.51.100.7',
			customerId,
		]);
		await runNode(customer('unban', { unbanBy: 'customerId', customerId }), asPat);
		await runNode(customer('unban', { unbanBy: 'ip', ip: '198.51.100.7' }), asPat);
		expect(await runNode(customer('getManyBans', { returnAll: true }), asPat)).toEqual([]);
		expect(fake.callsOf('unban_customer').map((call) => call.body)).toEqual([
			{ customer_id: customerId },
			{ ip: '198.51.100.7' },
		]);
		const error = await failingRun(customer('unban', { unbanBy: 'ip', ip: '198.51.100.7' }), asPat);
		expect(error.message).toContain('could not find');
	});
});
