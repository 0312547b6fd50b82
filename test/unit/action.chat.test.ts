import { NodeApiError } from 'n8n-workflow';

import { LIVE_CHAT_ID, LIVE_THREAD_ID } from '../simulator/state';
import { PAT_CREDENTIALS } from '../helpers/contexts';
import { FakeLiveChat } from '../helpers/fakeLiveChat';
import { failingRun, runNode, tagLocator } from '../helpers/runNode';

const chat = (operation: string, parameters: Record<string, unknown> = {}) => ({
	resource: 'chat',
	operation,
	...parameters,
});

describe('Chat → Get', () => {
	it('asks for the latest thread and returns a simplified chat', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(chat('get', { chatId: LIVE_CHAT_ID, simplify: true }));
		expect(fake.callsOf('get_chat').map((c) => c.body)).toEqual([{ chat_id: LIVE_CHAT_ID }]);
		expect(item.json).toMatchObject({
			id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
			active: true,
			customer: { name: 'Thomas Anderson', email: 't.anderson@example.com' },
			agents: [{ id: 'smith@example.com', name: 'Agent Smith' }],
			group_ids: [0],
			tags: [],
		});
		expect(item.json.messages).toEqual([
			expect.objectContaining({ author: 'Thomas Anderson', text: 'Hi, where is my order?' }),
			expect.objectContaining({ author: 'Agent Smith', text: 'Let me check that for you.' }),
		]);
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	it('passes a given thread id and returns LiveChat’s chat unchanged when not simplified', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('get', { chatId: LIVE_CHAT_ID, threadId: LIVE_THREAD_ID, simplify: false }),
		);
		expect(fake.callsOf('get_chat')[0].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
		});
		expect(item.json).toMatchObject({ id: LIVE_CHAT_ID, thread: { id: LIVE_THREAD_ID } });
		expect(item.json.users).toHaveLength(2);
	});

	it('says which chat LiveChat could not find, with the item index', async () => {
		new FakeLiveChat();
		const error = await failingRun(chat('get', { chatId: 'NOSUCHCHAT' }), {
			items: [{}, {}],
			itemParameters: [{ chatId: LIVE_CHAT_ID }],
		});
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('LiveChat could not find chat NOSUCHCHAT (get_chat)');
		expect(error.description).toContain('Chat NOSUCHCHAT not found');
		expect(error.context?.itemIndex).toBe(1);
	});

	it('refuses an empty chat id before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(chat('get', { chatId: '  ' }));
		expect(error.message).toBe('Chat ID is empty');
		expect(fake.calls).toHaveLength(0);
	});
});

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

describe('Chat → Get Transcript', () => {
	it('reads a one-thread chat with one call and writes a readable transcript', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(chat('getTranscript', { chatId: 'ARCHIVE000' }), {
			timezone: 'Europe/Warsaw',
		});
		expect(fake.calls.map((c) => c.method)).toEqual(['get_chat']);
		expect(item.json).toMatchObject({
			chat_id: 'ARCHIVE000',
			customer: { name: 'Ada Example' },
			threads: [expect.objectContaining({ tags: ['sales'], active: false })],
		});
		const lines = String(item.json.transcript).split('\n');
		expect(lines[0]).toMatch(
			/^Thread [A-Z0-9]{10} · 2026-11-01 10:00:00 \(Europe\/Warsaw\) · tags: sales$/,
		);
		expect(lines.slice(1)).toEqual([
			'[2026-11-01 10:00:00] System: Chat started',
			'[2026-11-01 10:00:20] Ada Example: Hi, where is my order?',
			'[2026-11-01 10:01:05] Agent Smith: Let me check that for you.',
		]);
	});

	it('reads every thread, oldest first, when the chat has earlier ones', async () => {
		const fake = new FakeLiveChat();
		const live = fake.simulator.state.chats.get(LIVE_CHAT_ID)!;
		const earlier = fake.simulator.state.chats.get('ARCHIVE005')!.threads[0];
		live.threads.unshift({
			...earlier,
			id: 'EARLIER001',
			events: [
				{
					...earlier.events[1],
					visibility: 'agents',
					author_id: 'smith@example.com',
					text: 'VIP customer',
				},
			],
		});
		const [item] = await runNode(chat('getTranscript', { chatId: LIVE_CHAT_ID }));
		expect(fake.calls.map((c) => c.method)).toEqual(['get_chat', 'list_threads']);
		expect(fake.callsOf('list_threads')[0].body).toMatchObject({
			chat_id: LIVE_CHAT_ID,
			sort_order: 'asc',
		});
		expect((item.json.threads as Array<{ id: string }>).map((t) => t.id)).toEqual([
			'EARLIER001',
			LIVE_THREAD_ID,
		]);
		expect(item.json.transcript).toContain('Agent Smith (note for agents): VIP customer');
		expect(item.json.transcript).toContain('Thomas Anderson: Hi, where is my order?');
	});

	it('reads only the given thread', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('getTranscript', { chatId: LIVE_CHAT_ID, threadId: LIVE_THREAD_ID }),
		);
		expect(fake.calls.map((c) => c.body)).toEqual([
			{ chat_id: LIVE_CHAT_ID, thread_id: LIVE_THREAD_ID },
		]);
		expect(item.json.threads).toHaveLength(1);
	});
});

describe('Chat → Send Message', () => {
	it('sends a message event with the chosen visibility and returns its id', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('sendMessage', { chatId: LIVE_CHAT_ID, text: 'Only for agents', visibility: 'agents' }),
		);
		expect(fake.callsOf('send_event')[0].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			event: { type: 'message', text: 'Only for agents', visibility: 'agents' },
		});
		expect(item.json).toEqual({
			chat_id: LIVE_CHAT_ID,
			event_id: `${LIVE_THREAD_ID}_3`,
			visibility: 'agents',
		});
		const thread = fake.simulator.state.chats.get(LIVE_CHAT_ID)!.threads[0];
		expect(thread.events[3]).toMatchObject({
			text: 'Only for agents',
			author_id: 'smith@example.com',
		});
	});

	it('says that the credential’s user must join the chat first', async () => {
		new FakeLiveChat();
		// The PAT of the test contexts belongs to an account that is not an agent of the chat.
		const error = await failingRun(
			{
				...chat('sendMessage', { chatId: LIVE_CHAT_ID, text: 'Hello' }),
				authentication: 'accessToken',
			},
			{ credentials: { liveChatApi: PAT_CREDENTIALS } },
		);
		expect(error.message).toBe(
			`The LiveChat user of this credential is not in chat ${LIVE_CHAT_ID}`,
		);
		expect(error.description).toContain('join the chat first');
	});

	it('says that an ended chat cannot take messages', async () => {
		new FakeLiveChat();
		const error = await failingRun(chat('sendMessage', { chatId: 'ARCHIVE003', text: 'Hello' }));
		expect(error.message).toBe('The chat has ended (chat ARCHIVE003)');
		expect(error.description).toContain('needs an active chat');
	});

	it('refuses empty text before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(chat('sendMessage', { chatId: LIVE_CHAT_ID, text: '' }));
		expect(error.message).toBe('Text is empty');
		expect(fake.calls).toHaveLength(0);
	});
});

describe('Chat → Add Tag / Remove Tag', () => {
	it('tags the given thread with one call per item', async () => {
		const fake = new FakeLiveChat();
		const items = await runNode(
			chat('addTag', { chatId: LIVE_CHAT_ID, threadId: LIVE_THREAD_ID, tag: tagLocator('sales') }),
			{ items: [{}, {}] },
		);
		expect(fake.calls.map((c) => c.method)).toEqual(['tag_thread', 'tag_thread']);
		expect(fake.calls[0].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
			tag: 'sales',
		});
		expect(items.map((item) => item.json)).toEqual([
			{ chat_id: LIVE_CHAT_ID, thread_id: LIVE_THREAD_ID, tag: 'sales' },
			{ chat_id: LIVE_CHAT_ID, thread_id: LIVE_THREAD_ID, tag: 'sales' },
		]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(fake.simulator.state.chats.get(LIVE_CHAT_ID)!.threads[0].tags).toEqual(['sales']);
	});

	it('looks up the current thread once per chat in an execution', async () => {
		const fake = new FakeLiveChat();
		const chats = [
			'ARCHIVE001',
			'ARCHIVE002',
			'ARCHIVE001',
			'ARCHIVE002',
			'ARCHIVE001',
			LIVE_CHAT_ID,
		];
		const items = await runNode(chat('addTag', { tag: tagLocator('bug_report') }), {
			items: chats.map(() => ({})),
			itemParameters: chats.map((chatId) => ({ chatId })),
		});
		expect(fake.callsOf('get_chat').map((c) => c.body.chat_id)).toEqual([
			'ARCHIVE001',
			'ARCHIVE002',
			LIVE_CHAT_ID,
		]);
		expect(fake.callsOf('tag_thread')).toHaveLength(6);
		expect(items[5].json.thread_id).toBe(LIVE_THREAD_ID);
		const archived = fake.simulator.state.chats.get('ARCHIVE001')!.threads[0];
		expect(items[0].json.thread_id).toBe(archived.id);
		expect(archived.tags).toContain('bug_report');
	});

	it('removes a tag with untag_thread', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('removeTag', { chatId: 'ARCHIVE003', tag: tagLocator('sales') }),
		);
		const thread = fake.simulator.state.chats.get('ARCHIVE003')!.threads[0];
		expect(fake.calls.map((c) => c.method)).toEqual(['get_chat', 'untag_thread']);
		expect(item.json).toEqual({ chat_id: 'ARCHIVE003', thread_id: thread.id, tag: 'sales' });
		expect(thread.tags).toEqual([]);
	});

	it('names the tag LiveChat does not know', async () => {
		new FakeLiveChat();
		const error = await failingRun(
			chat('addTag', { chatId: LIVE_CHAT_ID, threadId: LIVE_THREAD_ID, tag: tagLocator('Sales') }),
		);
		expect(error.message).toBe(
			`LiveChat could not find chat ${LIVE_CHAT_ID}, thread ${LIVE_THREAD_ID}, tag "Sales" (tag_thread)`,
		);
		expect(error.description).toContain('Tag Sales not found');
	});

	it('names the missing scope and that an administrator must grant it', async () => {
		const fake = new FakeLiveChat();
		fake.failNext('tag_thread', { status: 403, type: 'authorization', message: 'Scope missing' });
		const error = await failingRun(
			chat('addTag', { chatId: LIVE_CHAT_ID, threadId: LIVE_THREAD_ID, tag: tagLocator('sales') }),
		);
		expect(error.message).toBe('The LiveChat user of this credential may not call tag_thread');
		expect(error.description).toContain('chats--all:rw (or chats--access:rw)');
		expect(error.description).toContain('administrator');
	});
});
