import { chat } from '../../../helpers/chats';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode } from '../../../helpers/runNode';
import { LIVE_CHAT_ID, LIVE_THREAD_ID } from '../../../simulator/state';

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
