import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { ACTIVATION_LOOKBACK_MS, OVERLAP_MS } from '../../../nodes/LiveChat/polling/changes';
import { pollChats } from '../../../nodes/LiveChat/polling/poll';
import type { Position } from '../../../nodes/LiveChat/polling/position';
import { liveChatTime } from '../../../nodes/LiveChat/shared/time';
import { PAT_CREDENTIALS, pollContext } from '../../helpers/contexts';
import { usePollingTrigger } from '../../helpers/pollingTrigger';
import { METHODS } from '../../simulator/api';
import { LIVE_CHAT_ID, LIVE_THREAD_ID } from '../../simulator/state';
import { endChat, resumeChat, startChat } from '../../simulator/traffic';

const node = usePollingTrigger();
const { later, poll } = node;

const keysOf = (items: IDataObject[]) => items.map((item) => item.deliveryKey);
const started = (chat: { chatId: string; threadId: string }) =>
	`incoming_chat:${chat.chatId}:${chat.threadId}`;
const ended = (chat: { chatId: string; threadId: string }) =>
	`chat_deactivated:${chat.chatId}:${chat.threadId}`;

describe('positions', () => {
	it('starts from now: what exists at activation is recorded, not emitted', async () => {
		const staticData: IDataObject = {};
		const first = await poll(staticData);
		expect(first.result).toBeNull();
		const position = staticData.position as IDataObject;
		expect(position.open).toEqual({ [LIVE_THREAD_ID]: expect.any(Number) });
		// No thread started in the hour it looked back: the next poll reads from there again.
		expect(position.since).toBe(liveChatTime(node.clock - ACTIVATION_LOOKBACK_MS));
	});

	it('emits each chat started and each chat ended once, in the order they happened', async () => {
		const staticData: IDataObject = {};
		await poll(staticData);
		later(1_000);
		const a = startChat(node.fake.simulator);
		later(1_000);
		const b = startChat(node.fake.simulator);
		later(1_000);
		endChat(node.fake.simulator, a.chatId);
		const first = await poll(staticData);
		expect(keysOf(first.items)).toEqual([
			`incoming_chat:${a.chatId}:${a.threadId}`,
			`incoming_chat:${b.chatId}:${b.threadId}`,
			`chat_deactivated:${a.chatId}:${a.threadId}`,
		]);
		// Overlapping windows: the same threads are listed again and emit nothing.
		later(60_000);
		expect((await poll(staticData)).result).toBeNull();
		endChat(node.fake.simulator, b.chatId);
		endChat(node.fake.simulator, LIVE_CHAT_ID);
		later(60_000);
		const second = await poll(staticData);
		expect(keysOf(second.items).sort()).toEqual(
			[
				`chat_deactivated:${b.chatId}:${b.threadId}`,
				// Active at activation: its start was not emitted, its end is.
				`chat_deactivated:${LIVE_CHAT_ID}:${LIVE_THREAD_ID}`,
			].sort(),
		);
		expect((await poll(staticData)).result).toBeNull();
	});

	it('catches a chat that started before an outage and ended during it, long after', async () => {
		const staticData: IDataObject = {};
		await poll(staticData);
		later(1_000);
		const chat = startChat(node.fake.simulator);
		await poll(staticData);
		// Six hours of other chats move the window past this one's start.
		for (let hour = 0; hour < 6; hour++) {
			later(3_600_000);
			endChat(node.fake.simulator, startChat(node.fake.simulator).chatId);
			await poll(staticData);
		}
		const position = staticData.position as { since: string; open: IDataObject };
		expect(Date.parse(position.since)).toBeGreaterThan(node.clock - 2 * OVERLAP_MS);
		// n8n is down: the chat ends, another starts and ends, a third starts.
		later(60_000);
		endChat(node.fake.simulator, chat.chatId);
		later(1_000);
		const quick = startChat(node.fake.simulator);
		later(1_000);
		endChat(node.fake.simulator, quick.chatId);
		later(1_000);
		const waiting = startChat(node.fake.simulator);
		later(30 * 60_000);
		// The restarted n8n reads the static data it saved.
		const restored = JSON.parse(JSON.stringify(staticData)) as IDataObject;
		const after = await poll(restored);
		expect(keysOf(after.items)).toEqual([
			`chat_deactivated:${chat.chatId}:${chat.threadId}`,
			`incoming_chat:${quick.chatId}:${quick.threadId}`,
			`chat_deactivated:${quick.chatId}:${quick.threadId}`,
			`incoming_chat:${waiting.chatId}:${waiting.threadId}`,
		]);
		// The old thread was read by id: one list_archives call beside the window's.
		expect(after.calls.map((call) => call.method)).toEqual([
			'list_archives',
			'list_chats',
			'list_archives',
		]);
		expect(after.calls[2].body).toEqual({ filters: { thread_ids: [chat.threadId] } });
		// A restart with nothing new emits nothing.
		const again = JSON.parse(JSON.stringify(restored)) as IDataObject;
		expect((await poll(again)).result).toBeNull();
	});

	it('a new thread of an earlier chat is a chat started', async () => {
		const staticData: IDataObject = {};
		const chat = startChat(node.fake.simulator);
		endChat(node.fake.simulator, chat.chatId);
		await poll(staticData);
		later(5_000);
		const threadId = resumeChat(node.fake.simulator, chat.chatId);
		expect(keysOf((await poll(staticData)).items)).toEqual([
			`incoming_chat:${chat.chatId}:${threadId}`,
		]);
	});

	it('Start From backfills the chats since then, and changing it starts over', async () => {
		const early = startChat(node.fake.simulator);
		endChat(node.fake.simulator, early.chatId);
		later(3_600_000);
		const recent = startChat(node.fake.simulator);
		const staticData: IDataObject = {};
		const startFrom = new Date(node.clock - 60_000).toISOString();
		const backfill = await poll(staticData, { options: { startFrom } });
		expect(keysOf(backfill.items)).toEqual([`incoming_chat:${recent.chatId}:${recent.threadId}`]);
		expect((await poll(staticData, { options: { startFrom } })).result).toBeNull();
		const earlier = new Date(node.clock - 2 * 3_600_000).toISOString();
		const again = await poll(staticData, { options: { startFrom: earlier } });
		expect(keysOf(again.items)).toEqual([
			`incoming_chat:${early.chatId}:${early.threadId}`,
			`chat_deactivated:${early.chatId}:${early.threadId}`,
			`incoming_chat:${recent.chatId}:${recent.threadId}`,
		]);
	});

	it('emits only the chosen events and groups', async () => {
		const staticData: IDataObject = {};
		await poll(staticData, { events: ['chat_deactivated'], groupIds: [1] });
		const sales = startChat(node.fake.simulator, 1);
		const general = startChat(node.fake.simulator, 0);
		expect(
			(await poll(staticData, { events: ['chat_deactivated'], groupIds: [1] })).result,
		).toBeNull();
		endChat(node.fake.simulator, sales.chatId);
		endChat(node.fake.simulator, general.chatId);
		const ended = await poll(staticData, { events: ['chat_deactivated'], groupIds: [1] });
		expect(keysOf(ended.items)).toEqual([`chat_deactivated:${sales.chatId}:${sales.threadId}`]);
		expect(ended.calls[0].body).toMatchObject({ filters: { group_ids: [1] } });
		expect(ended.calls[1].body).toMatchObject({ filters: { active: true, group_ids: [1] } });
	});

	it('other groups start over: what they hold at that moment is recorded, not emitted', async () => {
		const staticData: IDataObject = {};
		await poll(staticData, { groupIds: [1] });
		const general = startChat(node.fake.simulator, 0);
		expect((await poll(staticData, { groupIds: [1] })).result).toBeNull();
		later(60_000);
		expect((await poll(staticData, { groupIds: [0, 1] })).result).toBeNull();
		endChat(node.fake.simulator, general.chatId);
		expect(keysOf((await poll(staticData, { groupIds: [1, 0] })).items)).toEqual([ended(general)]);
	});

	it('a restart from the copy n8n last saved (its last poll with items) emits nothing twice', async () => {
		const staticData: IDataObject = {};
		await poll(staticData);
		const chat = startChat(node.fake.simulator);
		expect(keysOf((await poll(staticData)).items)).toEqual([started(chat)]);
		// n8n saves static data with a poll's items only: the polls after that are not kept.
		const saved = JSON.parse(JSON.stringify(staticData)) as IDataObject;
		for (let minute = 0; minute < 20; minute++) {
			later(60_000);
			await poll(staticData);
		}
		later(60_000);
		expect((await poll(saved)).result).toBeNull();
		endChat(node.fake.simulator, chat.chatId);
		expect(keysOf((await poll(saved)).items)).toEqual([ended(chat)]);
	});

	it("keeps starting from LiveChat's past when n8n's clock is 30 minutes ahead", async () => {
		const ahead = 30 * 60_000;
		const { context } = pollContext({
			parameters: { authentication: 'accessToken' },
			credentials: { liveChatApi: PAT_CREDENTIALS },
		});
		const settings = { groupIds: [], startFrom: '' };
		let position: Position | undefined;
		const pollAhead = async () => {
			const result = await pollChats(context, settings, position, Date.now() + ahead);
			position = result.position;
			return [...result.started, ...result.ended].map((chat) => chat.thread.id);
		};
		expect(await pollAhead()).toEqual([]);
		later(60_000);
		// Started and ended between two polls: only the archives can tell.
		const quick = startChat(node.fake.simulator);
		later(1_000);
		endChat(node.fake.simulator, quick.chatId);
		later(60_000);
		expect(await pollAhead()).toEqual([quick.threadId, quick.threadId]);
		expect(Date.parse(position!.since)).toBeLessThanOrEqual(Date.now());
		later(60_000);
		const next = startChat(node.fake.simulator);
		later(1_000);
		endChat(node.fake.simulator, next.chatId);
		later(60_000);
		expect(await pollAhead()).toEqual([next.threadId, next.threadId]);
	});
});

describe('cost', () => {
	it('makes 2 calls when nothing happened, and reads pages of 100 when much did', async () => {
		const staticData: IDataObject = {};
		await poll(staticData);
		const idle = await poll(staticData);
		expect(idle.calls.map((call) => call.method)).toEqual(['list_archives', 'list_chats']);
		for (let n = 0; n < 250; n++) {
			later(100);
			endChat(node.fake.simulator, startChat(node.fake.simulator).chatId);
		}
		const busy = await poll(staticData);
		expect(busy.items).toHaveLength(500);
		const archives = busy.calls.filter((call) => call.method === 'list_archives');
		expect(archives.map((call) => call.body.limit ?? call.body.page_id !== undefined)).toEqual([
			100,
			true,
			true,
		]);
		expect(busy.calls).toHaveLength(4);
	});

	it('after a burst, an idle poll reads one page again once the overlap has passed', async () => {
		const staticData: IDataObject = {};
		await poll(staticData);
		for (let n = 0; n < 150; n++) {
			later(1_000);
			endChat(node.fake.simulator, startChat(node.fake.simulator).chatId);
		}
		expect((await poll(staticData)).items).toHaveLength(300);
		// Within the overlap the burst is read again (LiveChat may still be indexing around it).
		later(60_000);
		const soon = await poll(staticData);
		expect(soon.calls.filter((call) => call.method === 'list_archives')).toHaveLength(2);
		later(OVERLAP_MS);
		await poll(staticData);
		const quiet = await poll(staticData);
		expect(quiet.calls.map((call) => call.method)).toEqual(['list_archives', 'list_chats']);
		expect(Object.keys((staticData.position as { ended: IDataObject }).ended)).toHaveLength(1);
	});

	it('records the chats active at activation from their summaries, without reading them', async () => {
		for (let n = 0; n < 150; n++) startChat(node.fake.simulator);
		later(ACTIVATION_LOOKBACK_MS + 60_000);
		const staticData: IDataObject = {};
		const activation = await poll(staticData);
		expect(activation.calls.map((call) => call.method)).toEqual([
			'list_archives',
			'list_chats',
			'list_chats',
		]);
		expect(Object.keys((staticData.position as { open: IDataObject }).open)).toHaveLength(151);
		const idle = await poll(staticData);
		expect(idle.calls).toHaveLength(3);
	});

	it('remembers ended threads only while the archives can list them again', async () => {
		const staticData: IDataObject = {};
		await poll(staticData);
		for (let n = 0; n < 30; n++) {
			later(60_000);
			endChat(node.fake.simulator, startChat(node.fake.simulator).chatId);
			await poll(staticData);
		}
		const { ended, since } = staticData.position as {
			ended: Record<string, number>;
			since: string;
		};
		// 30 chats a minute apart; only those created within the overlap of the newest are kept.
		expect(Object.keys(ended)).toHaveLength(OVERLAP_MS / 60_000 + 1);
		expect(Math.min(...Object.values(ended)) * 1000).toBeGreaterThanOrEqual(
			Date.parse(since) - 1000,
		);
	});
});

describe('reading by id', () => {
	it('reads the open threads that ended during an outage 10 ids per call', async () => {
		const staticData: IDataObject = {};
		await poll(staticData);
		const chats = Array.from({ length: 25 }, () => startChat(node.fake.simulator));
		expect((await poll(staticData)).items).toHaveLength(25);
		// A later chat moves the window past theirs.
		later(60_000);
		endChat(node.fake.simulator, startChat(node.fake.simulator).chatId);
		later(OVERLAP_MS + 60_000);
		await poll(staticData);
		for (const chat of chats) endChat(node.fake.simulator, chat.chatId);
		later(60_000);
		const after = await poll(staticData);
		expect(keysOf(after.items).sort()).toEqual(chats.map(ended).sort());
		const byId = after.calls.slice(2).map((call) => (call.body.filters as IDataObject).thread_ids);
		expect(byId.map((ids) => (ids as string[]).length)).toEqual([10, 10, 5]);
		expect(after.calls.slice(2).every((call) => call.method === 'list_archives')).toBe(true);
	});
});

describe("LiveChat's eventual consistency", () => {
	it('a thread the archives do not list yet is emitted once they do, not before', async () => {
		const staticData: IDataObject = {};
		await poll(staticData);
		const chat = startChat(node.fake.simulator);
		const listArchives = METHODS.agent.list_archives;
		const hidden = jest.spyOn(METHODS.agent, 'list_archives').mockImplementation((call) => {
			const answer = listArchives(call) as { chats: Array<{ thread: { id: string } }> };
			return { ...answer, chats: answer.chats.filter((c) => c.thread.id !== chat.threadId) };
		});
		// list_chats shows it active; reading it by id finds nothing yet.
		const early = await poll(staticData);
		expect(early.result).toBeNull();
		expect(early.calls.map((call) => call.method)).toEqual([
			'list_archives',
			'list_chats',
			'list_archives',
		]);
		endChat(node.fake.simulator, chat.chatId);
		later(5 * 60_000);
		expect((await poll(staticData)).result).toBeNull();
		hidden.mockRestore();
		expect(keysOf((await poll(staticData)).items)).toEqual([started(chat), ended(chat)]);
		expect((await poll(staticData)).result).toBeNull();
	});

	/** list_archives (window and by id) does not show these threads while `hidden` holds them. */
	function hideFromArchives(hidden: Set<string>) {
		const listArchives = METHODS.agent.list_archives;
		return jest.spyOn(METHODS.agent, 'list_archives').mockImplementation((call) => {
			const answer = listArchives(call) as { chats: Array<{ thread: { id: string } }> };
			return { ...answer, chats: answer.chats.filter((c) => !hidden.has(c.thread.id)) };
		});
	}

	it('a thread the archives list only after the overlap has passed is still emitted started', async () => {
		const staticData: IDataObject = {};
		await poll(staticData);
		const late = startChat(node.fake.simulator);
		const hidden = hideFromArchives(new Set([late.threadId]));
		for (let minute = 0; minute < 20; minute++) {
			later(60_000);
			const other = startChat(node.fake.simulator);
			endChat(node.fake.simulator, other.chatId);
			expect(keysOf((await poll(staticData)).items)).toEqual([started(other), ended(other)]);
		}
		const { since } = staticData.position as { since: string };
		expect(Date.parse(since)).toBeGreaterThan(
			Date.parse(node.fake.simulator.state.chats.get(late.chatId)!.threads[0].created_at),
		);
		hidden.mockRestore();
		later(60_000);
		expect(keysOf((await poll(staticData)).items)).toEqual([started(late)]);
	});

	it('an open thread that ended but cannot be read yet is looked for again, not forgotten', async () => {
		const staticData: IDataObject = {};
		await poll(staticData);
		const chat = startChat(node.fake.simulator);
		expect(keysOf((await poll(staticData)).items)).toEqual([started(chat)]);
		later(OVERLAP_MS + 60_000);
		await poll(staticData);
		endChat(node.fake.simulator, chat.chatId);
		const hidden = hideFromArchives(new Set([chat.threadId]));
		for (let poll_ = 0; poll_ < 3; poll_++) {
			later(60_000);
			expect((await poll(staticData)).result).toBeNull();
		}
		hidden.mockRestore();
		later(60_000);
		expect(keysOf((await poll(staticData)).items)).toEqual([ended(chat)]);
		expect((staticData.position as Position).missing).toEqual({});
	});
});

describe('testEvents', () => {
	it('Fetch Test Event shows the newest chats and leaves the position alone', async () => {
		const staticData: IDataObject = {};
		await poll(staticData);
		const before = JSON.stringify(staticData);
		const ended = startChat(node.fake.simulator);
		endChat(node.fake.simulator, ended.chatId);
		later(1_000);
		const newest = startChat(node.fake.simulator);
		const test = await poll(staticData, {}, 'manual');
		expect(keysOf(test.items)).toEqual([
			`chat_deactivated:${ended.chatId}:${ended.threadId}`,
			`incoming_chat:${newest.chatId}:${newest.threadId}`,
		]);
		expect(test.calls).toHaveLength(1);
		expect(JSON.stringify(staticData)).toBe(before);
	});
});

describe('errors', () => {
	it.each([
		['a missing scope', { status: 403, type: 'authorization' }, /chats--all:ro/],
		['an expired token', { status: 401, type: 'authentication' }, /credential/i],
		['a rate limit that does not lift', { status: 429, type: 'too_many_requests' }, /rate limit/i],
	])('%s fails the poll and keeps the position', async (_case, error, hint) => {
		const staticData: IDataObject = {};
		await poll(staticData);
		const chat = startChat(node.fake.simulator);
		const before = JSON.stringify(staticData);
		node.fake.failNext('list_chats', error, 10);
		const failure = await poll(staticData).catch((e: Error) => e);
		expect(failure).toBeInstanceOf(NodeApiError);
		expect(`${(failure as NodeApiError).message} ${(failure as NodeApiError).description}`).toMatch(
			hint,
		);
		expect(JSON.stringify(staticData)).toBe(before);
		node.fake.simulator.faults.methodFaults.length = 0;
		expect(keysOf((await poll(staticData)).items)).toEqual([
			`incoming_chat:${chat.chatId}:${chat.threadId}`,
		]);
	});
});
