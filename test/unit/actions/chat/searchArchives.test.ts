import { chat } from '../../../helpers/chats';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

describe('Chat → Search Archives', () => {
	it('turns the filters into list_archives filters', async () => {
		const fake = new FakeLiveChat();
		const items = await runNode(
			chat('searchArchives', {
				returnAll: true,
				filters: {
					customerEmail: ' ada@example.com ',
					tags: ['sales'],
					tagMatch: 'every',
					groupIds: ['0'],
					agent: { __rl: true, mode: 'id', value: 'smith@example.com' },
					from: '2026-11-01T00:00:00Z',
					to: '2026-11-30T00:00:00.000Z',
					query: 'order',
				},
				simplify: true,
			}),
		);
		expect(fake.callsOf('list_archives')[0].body).toEqual({
			filters: {
				customer_email: 'ada@example.com',
				tags: { values: ['sales'], require_every_value: true },
				group_ids: [0],
				agents: { values: ['smith@example.com'] },
				from: '2026-11-01T00:00:00.000000Z',
				to: '2026-11-30T00:00:00.000000Z',
				query: 'order',
			},
			sort_order: 'desc',
			limit: 100,
		});
		// Ada's chats are days 0, 10 and 20; only day 0's is tagged sales.
		expect(items.map((item) => item.json.id)).toEqual(['ARCHIVE000']);
		expect(items[0].json).toMatchObject({
			customer: { email: 'ada@example.com' },
			tags: ['sales'],
		});
	});

	it('rejects a date it cannot read', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(
			chat('searchArchives', { returnAll: true, filters: { from: 'last tuesday' } }),
		);
		expect(error.message).toBe('From is not a date: last tuesday');
		expect(fake.calls).toHaveLength(0);
	});

	it('stops at the limit', async () => {
		new FakeLiveChat();
		const items = await runNode(
			chat('searchArchives', { returnAll: false, limit: 3, filters: {} }),
		);
		expect(items).toHaveLength(3);
	});

	it('sends the filters of properties, event types, agent types, countries, greetings and answers', async () => {
		const fake = new FakeLiveChat();
		await runNode(
			chat('searchArchives', {
				returnAll: false,
				limit: 5,
				filters: {
					properties: {
						property: [
							{ namespace: 'routing', name: 'pinned', condition: 'values', values: 'true' },
						],
					},
					eventTypes: ['file', 'message'],
					eventTypeMatch: 'every',
					agentTypes: ['chatbot'],
					agentTypeMatch: 'exclude_values',
					customerCountries: 'de, at',
					greetingIds: [1],
					agentResponded: true,
				},
				options: { highlight: true },
			}),
		);
		const { body } = fake.callsOf('list_archives')[0];
		expect(body.filters).toEqual({
			properties: { routing: { pinned: { values: [true] } } },
			event_types: { values: ['file', 'message'], require_every_value: true },
			agent_types: { exclude_values: ['chatbot'] },
			customer_countries: { values: ['DE', 'AT'] },
			greetings: { values: [1] },
			agent_response: { exists: true },
		});
		expect(body.highlights).toEqual({});
	});

	it('finds chats an agent answered and chats without a chatbot', async () => {
		new FakeLiveChat();
		const answered = await runNode(
			chat('searchArchives', { returnAll: true, filters: { agentResponded: true } }),
		);
		const unanswered = await runNode(
			chat('searchArchives', { returnAll: true, filters: { agentResponded: false } }),
		);
		const all = await runNode(chat('searchArchives', { returnAll: true, filters: {} }));
		expect(answered.length + unanswered.length).toBe(all.length);
		expect(answered.length).toBeGreaterThan(0);
		const humansOnly = await runNode(
			chat('searchArchives', {
				returnAll: true,
				filters: { agentTypes: ['chatbot', 'ai_agent'], agentTypeMatch: 'exclude_values' },
			}),
		);
		expect(humansOnly.length).toBeGreaterThan(0);
	});

	it('finds threads by ID in one call with no other filter, limit or order', async () => {
		const fake = new FakeLiveChat();
		const [archived] = await runNode(
			chat('searchArchives', { returnAll: false, limit: 1, filters: {} }),
		);
		const threadId = String(archived.json.thread_id);
		const found = await runNode(
			chat('searchArchives', { returnAll: false, limit: 1, filters: { threadIds: threadId } }),
		);
		expect(found.map((item) => item.json.thread_id)).toEqual([threadId]);
		expect(fake.callsOf('list_archives')[1].body).toEqual({ filters: { thread_ids: [threadId] } });
		const mixed = await failingRun(
			chat('searchArchives', { returnAll: true, filters: { threadIds: threadId, query: 'order' } }),
		);
		expect(mixed.message).toBe('Thread IDs go alone, at most 20');
	});
});
