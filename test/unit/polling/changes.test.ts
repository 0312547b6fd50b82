import type { ArchivedThread } from '../../../nodes/LiveChat/polling/changes';
import { MAX_ENDED, MISSING_FOR_MS, PollRound } from '../../../nodes/LiveChat/polling/changes';
import type { Position } from '../../../nodes/LiveChat/polling/position';
import { liveChatTime } from '../../../nodes/LiveChat/shared/time';

const NOW = Date.parse('2026-12-04T10:00:00Z');
const SECOND = 1000;

const position = (changes: Partial<Position> = {}): Position => ({
	startFrom: '',
	groupIds: [],
	since: liveChatTime(NOW - 3_600 * SECOND),
	open: {},
	ended: {},
	missing: {},
	...changes,
});

const thread = (id: string, createdAt: number, active: boolean) =>
	({
		id: `chat-${id}`,
		users: [],
		thread: { id, active, created_at: liveChatTime(createdAt), events: [] },
	}) as unknown as ArchivedThread;

describe('PollRound', () => {
	it('remembers at most MAX_ENDED ended threads and moves the window to the oldest one kept', () => {
		// 20 threads a second for the last 525 seconds, all ended: all within the overlap.
		const perSecond = 20;
		const count = MAX_ENDED + 500;
		const start = NOW - (count / perSecond + 5) * SECOND;
		const round = new PollRound(position(), false);
		for (let n = 0; n < count; n++) {
			round.see(thread(`t${n}`, start + Math.floor(n / perSecond) * SECOND, false), true);
		}
		expect(round.ended).toHaveLength(count);
		const after = round.finish(NOW);
		const kept = Object.values(after.ended);
		expect(kept).toHaveLength(MAX_ENDED);
		const oldestKept = Math.min(...kept);
		expect(after.since).toBe(liveChatTime(oldestKept * SECOND));
		// Nothing older than the window is remembered, nothing in it forgotten.
		const newest = (start + Math.floor((count - 1) / perSecond) * SECOND) / SECOND;
		expect(oldestKept).toBe(newest - MAX_ENDED / perSecond + 1);
	});

	it('keeps looking for an open thread no list shows for a day, then forgets it', () => {
		let stored = position({ open: { gone: NOW / SECOND - 60 } });
		const after = (now: number) => {
			const round = new PollRound(stored, false);
			round.notFound('gone', now);
			stored = round.finish(now);
		};
		after(NOW);
		expect(stored.missing).toEqual({ gone: NOW });
		after(NOW + MISSING_FOR_MS - SECOND);
		expect(stored.open).toHaveProperty('gone');
		after(NOW + MISSING_FOR_MS);
		expect(stored.open).toEqual({});
		expect(stored.missing).toEqual({});
	});

	it('a thread found again is no longer missing', () => {
		const stored = position({ open: { back: NOW / SECOND - 60 }, missing: { back: NOW } });
		const round = new PollRound(stored, false);
		round.see(thread('back', NOW - 60 * SECOND, false), false);
		expect(round.finish(NOW).missing).toEqual({});
		expect(round.ended.map((chat) => chat.thread.id)).toEqual(['back']);
	});
});
