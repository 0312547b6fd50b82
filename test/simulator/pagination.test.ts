/**
 * The simulator's cursor pages follow LiveChat's pagination rules: a follow-up takes `page_id`
 * without filters, limit or sort order (list_threads' `chat_id` on every call), and the filters'
 * documented array sizes.
 */

import { callApi, simulatorOverHttp, SMITH } from '../helpers/simulatorCalls';
import { LiveChatSimulator } from './server';
import { LIVE_CHAT_ID } from './state';

let sim: LiveChatSimulator;
beforeEach(() => {
	sim = new LiveChatSimulator();
});

const agent = (method: string, body: object, authorization = SMITH) =>
	callApi(sim, 'agent', method, body, authorization);

describe('pagination', () => {
	it('requires chat_id on every list_threads call, follow-ups included', () => {
		for (let n = 0; n < 4; n++) sim.emit({ action: 'incoming_chat', chat_id: LIVE_CHAT_ID });
		const missing = agent('list_threads', {});
		expect(missing).toEqual({
			status: 400,
			body: { error: { type: 'validation', message: '`chat_id` is required' } },
		});
		const first = agent('list_threads', { chat_id: LIVE_CHAT_ID, limit: 2 }).body;
		expect(first.threads).toHaveLength(2);
		expect(first.found_threads).toBe(5);
		const followUp = agent('list_threads', { page_id: first.next_page_id });
		expect(followUp).toEqual({
			status: 400,
			body: { error: { type: 'validation', message: '`chat_id` is required' } },
		});
		const second = agent('list_threads', { chat_id: LIVE_CHAT_ID, page_id: first.next_page_id });
		expect(second.status).toBe(200);
		expect(second.body.threads).toHaveLength(2);
		const elsewhere = agent('list_threads', { chat_id: 'ARCHIVE000', page_id: first.next_page_id });
		expect(elsewhere.body.error?.type).toBe('validation');
	});

	it.each([
		['list_chats', {}],
		['list_archives', {}],
		['list_threads', { chat_id: LIVE_CHAT_ID }],
	])('%s refuses filters, limit and sort_order with page_id', (method, base) => {
		if (method === 'list_threads')
			for (let n = 0; n < 4; n++) sim.emit({ action: 'incoming_chat', chat_id: LIVE_CHAT_ID });
		const first = agent(method, { ...base, limit: 2 }).body;
		const pageId = first.next_page_id;
		expect(typeof pageId).toBe('string');
		for (const extra of [{ filters: {} }, { limit: 2 }, { sort_order: 'asc' }]) {
			const refused = agent(method, { ...base, page_id: pageId, ...extra });
			expect(refused.status).toBe(400);
			expect(refused.body.error?.type).toBe('validation');
		}
		expect(agent(method, { ...base, page_id: pageId }).status).toBe(200);
	});

	it('takes min_events_count for list_threads, not with limit or filters', () => {
		sim.emit({ action: 'incoming_chat', chat_id: LIVE_CHAT_ID });
		sim.emit({ action: 'incoming_chat', chat_id: LIVE_CHAT_ID });
		// The two newest threads hold one event each, the first three.
		const answer = agent('list_threads', { chat_id: LIVE_CHAT_ID, min_events_count: 4 }).body;
		expect((answer.threads as unknown[]).length).toBe(3);
		expect(
			agent('list_threads', { chat_id: LIVE_CHAT_ID, min_events_count: 2, limit: 5 }).body.error
				?.type,
		).toBe('validation');
		expect(
			agent('list_threads', { chat_id: LIVE_CHAT_ID, min_events_count: 101 }).body.error?.type,
		).toBe('validation');
	});

	it('checks the documented array sizes of the filters', () => {
		const ids = (count: number) => Array.from({ length: count }, (_, n) => n);
		expect(agent('list_chats', { filters: { group_ids: ids(201) } }).body.error?.type).toBe(
			'validation',
		);
		expect(
			agent('list_archives', { filters: { thread_ids: ids(21).map(String) } }).body.error?.type,
		).toBe('validation');
		expect(agent('list_archives', { filters: { group_ids: ids(200) } }).status).toBe(200);
	});

	it('checks list_archives agent types (each value once) and highlights (both tags or none)', () => {
		const archives = (body: object) => agent('list_archives', body).body.error?.message;
		expect(archives({ filters: { agent_types: { any_values: ['robot'] } } })).toContain(
			'human, chatbot and ai_agent',
		);
		expect(
			archives({ filters: { agent_types: { any_values: ['human'], exclude_values: ['human'] } } }),
		).toContain('only once');
		expect(archives({ highlights: { pre_tag: '<b>' } })).toContain('go together');
		expect(agent('list_archives', { highlights: {} }).status).toBe(200);
	});
});

describe('cursor pages', () => {
	const { call } = simulatorOverHttp(() => sim);

	it('pages list_chats; a follow-up takes page_id without filters, limit or sort_order', async () => {
		const first = await call('agent', 'list_chats', { limit: 10 });
		expect(first.body.chats_summary).toHaveLength(10);
		expect(first.body.found_chats).toBe(25);
		const second = await call('agent', 'list_chats', { page_id: first.body.next_page_id });
		expect(second.body.chats_summary).toHaveLength(10);
		const third = await call('agent', 'list_chats', { page_id: second.body.next_page_id });
		expect(third.body.chats_summary).toHaveLength(5);
		expect(third.body.next_page_id).toBeUndefined();
		const ids = [first, second, third].flatMap((page) =>
			page.body.chats_summary?.map((chat) => chat.id),
		);
		expect(new Set(ids).size).toBe(25);

		const mixed = await call('agent', 'list_chats', { page_id: first.body.next_page_id, limit: 5 });
		expect(mixed.body.error?.type).toBe('validation');
	});
});
