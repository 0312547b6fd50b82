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
});
