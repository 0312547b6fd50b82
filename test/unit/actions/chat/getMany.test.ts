import { chat } from '../../../helpers/chats';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode } from '../../../helpers/runNode';

describe('Chat → Get Many', () => {
	it('follows cursor pages with page_id only until the limit', async () => {
		const fake = new FakeLiveChat();
		const items = await runNode(chat('getMany', { returnAll: false, limit: 150, simplify: true }));
		// 25 chats: one page of 100 holds them all.
		expect(items).toHaveLength(25);
		expect(fake.callsOf('list_chats')[0].body).toEqual({
			filters: {},
			sort_order: 'desc',
			limit: 100,
		});
	});

	it('asks for no more than the limit and stops there', async () => {
		const fake = new FakeLiveChat();
		const items = await runNode(chat('getMany', { returnAll: false, limit: 7 }));
		expect(items).toHaveLength(7);
		expect(fake.callsOf('list_chats').map((c) => c.body.limit)).toEqual([7]);
	});

	it('sends status, groups, properties and sort order as LiveChat filters', async () => {
		const fake = new FakeLiveChat();
		const items = await runNode(
			chat('getMany', {
				returnAll: true,
				filters: {
					status: 'inactive',
					groupIds: [0],
					properties: {
						property: [
							{ namespace: 'routing', name: 'pinned', condition: 'values', values: 'false' },
							{ namespace: 'source', name: 'client_id', condition: 'exists' },
						],
					},
				},
				options: { sortOrder: 'asc' },
				simplify: true,
			}),
		);
		expect(fake.callsOf('list_chats')[0].body).toEqual({
			filters: {
				active: false,
				group_ids: [0],
				properties: {
					routing: { pinned: { values: [false] } },
					source: { client_id: { exists: true } },
				},
			},
			sort_order: 'asc',
			limit: 100,
		});
		expect(items).toHaveLength(24);
		expect(items[0].json).toMatchObject({ id: 'ARCHIVE000', active: false });
		// LiveChat's chat summaries carry no tags: none is claimed.
		expect(items[0].json).not.toHaveProperty('tags');
		expect(items[0].json.last_message).toMatchObject({ text: 'Let me check that for you.' });
	});

	it('reads every page when the list is longer than a page', async () => {
		const fake = new FakeLiveChat();
		for (let index = 0; index < 230; index++) {
			fake.simulator.state.addChat(
				`EXTRA${String(index).padStart(5, '0')}`,
				'b7eff798-f8df-4364-8059-649c35c9ed0c',
				Date.parse('2026-10-01T00:00:00Z') + index * 1000,
			);
		}
		const items = await runNode(chat('getMany', { returnAll: true, simplify: false }));
		expect(items).toHaveLength(255);
		const calls = fake.callsOf('list_chats');
		expect(calls).toHaveLength(3);
		expect(Object.keys(calls[1].body)).toEqual(['page_id']);
		expect(Object.keys(calls[2].body)).toEqual(['page_id']);
		expect(items[0].json).toHaveProperty('last_thread_summary');
	});
});
