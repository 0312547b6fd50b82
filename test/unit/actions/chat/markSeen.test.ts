import { asAdmin, onLiveChat } from '../../../helpers/chats';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { ADMIN, LIVE_CHAT_ID } from '../../../simulator/state';

describe('Chat → Mark Events as Seen', () => {
	it('marks the chat as seen up to the given time', async () => {
		const fake = new FakeLiveChat();
		const [seen] = await runNode(
			onLiveChat('markSeen', { seenUpTo: '2026-11-23T10:00:00Z' }),
			asAdmin,
		);
		expect(seen.json).toEqual({ chat_id: LIVE_CHAT_ID, seen_up_to: '2026-11-23T10:00:00.000000Z' });
		expect(fake.simulator.state.seenUpTo.get(`${LIVE_CHAT_ID}/${ADMIN.email}`)).toBe(
			'2026-11-23T10:00:00.000000Z',
		);
	});

	it('marks the chat as seen up to now when no time is given, in RFC 3339 with microseconds', async () => {
		const fake = new FakeLiveChat();
		const before = Date.now();
		const [seen] = await runNode(onLiveChat('markSeen'), asAdmin);
		const seenUpTo = String(seen.json.seen_up_to);
		expect(seenUpTo).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
		expect(Date.parse(seenUpTo.replace(/(\.\d{3})\d+/, '$1'))).toBeGreaterThanOrEqual(
			before - 1000,
		);
		expect(fake.callsOf('mark_events_as_seen')[0].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			seen_up_to: seenUpTo,
		});
		const error = await failingRun(onLiveChat('markSeen', { seenUpTo: 'yesterday-ish' }), asAdmin);
		expect(error.message).toBe('"yesterday-ish" is not a date');
	});
});
