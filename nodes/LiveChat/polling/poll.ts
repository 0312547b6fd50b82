import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { liveChatTime } from '../shared/time';
import { liveChatApiPages, liveChatApiRequest } from '../transport';
import type { ArchivedThread } from './changes';
import { ACTIVATION_LOOKBACK_MS, PollRound } from './changes';
import type { Happening, PolledEvent } from './items';
import type { Position } from './position';

/** At most this many archived threads read per poll (pages of 100); the next poll goes on. */
export const MAX_THREADS_PER_POLL = 5_000;

/**
 * `filters.thread_ids` of list_archives takes at most 20 ids, no other filter and no pagination:
 * 10 per call, LiveChat's default page size, so that one page answers for all of them.
 */
const THREAD_IDS_PER_CALL = 10;

export interface PollSettings {
	/** Empty: every group the credential can see. */
	groupIds: number[];
	/** Where a new position starts (ISO time); empty: now. */
	startFrom: string;
}

export interface PollResult {
	position: Position;
	started: ArchivedThread[];
	ended: ArchivedThread[];
}

const groupFilter = (groupIds: number[]): IDataObject =>
	groupIds.length ? { group_ids: groupIds } : {};

const hasThread = (chat: { thread?: unknown }): chat is ArchivedThread =>
	typeof chat.thread === 'object' && chat.thread !== null;

const sameGroups = (a: number[], b: number[]) =>
	a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * One poll: the threads created since the position (list_archives, oldest first) and the chats
 * active now (list_chats) tell what started and what ended. Active threads the archives did not
 * list and open threads no longer active are then read by id (10 per call). When nothing happened:
 * one call for the archives and one per 100 active chats. A failed call fails the poll before the
 * position changes, so the next poll starts from the same place. Another Start From or other
 * groups start a new position.
 */
export async function pollChats(
	context: IPollFunctions,
	settings: PollSettings,
	stored: Position | undefined,
	now: number,
): Promise<PollResult> {
	const fresh =
		!stored ||
		stored.startFrom !== settings.startFrom ||
		!sameGroups(stored.groupIds, settings.groupIds);
	const position: Position = fresh
		? {
				startFrom: settings.startFrom,
				groupIds: settings.groupIds,
				since: liveChatTime(
					settings.startFrom ? Date.parse(settings.startFrom) : now - ACTIVATION_LOOKBACK_MS,
				),
				open: {},
				ended: {},
				missing: {},
			}
		: stored;
	// From now on means: what exists at activation is recorded, not reported.
	const round = new PollRound(position, fresh && !settings.startFrom);

	const archived = await liveChatApiPages(
		context,
		'list_archives',
		{ filters: { from: position.since, ...groupFilter(settings.groupIds) }, sort_order: 'asc' },
		MAX_THREADS_PER_POLL,
	);
	const active = await liveChatApiPages(
		context,
		'list_chats',
		{
			filters: {
				active: true,
				include_chats_without_threads: false,
				...groupFilter(settings.groupIds),
			},
		},
		undefined,
	);
	for (const chat of archived) if (hasThread(chat)) round.see(chat, true);

	const activeIds = new Set<string>();
	const unknownActive: string[] = [];
	for (const { last_thread_summary: thread } of active) {
		if (!thread?.active) continue;
		activeIds.add(thread.id);
		if (round.listedActive(thread.id, thread.created_at)) unknownActive.push(thread.id);
	}
	const noLongerActive = Object.keys(position.open).filter(
		(id) => !activeIds.has(id) && !round.seen.has(id),
	);
	const wanted = [...unknownActive, ...noLongerActive];
	for (let start = 0; start < wanted.length; start += THREAD_IDS_PER_CALL) {
		const found = await liveChatApiRequest(context, 'agent', 'list_archives', {
			filters: { thread_ids: wanted.slice(start, start + THREAD_IDS_PER_CALL) },
		});
		for (const chat of found.chats ?? []) if (hasThread(chat)) round.see(chat, false);
	}
	// An active thread not indexed yet is read again next poll.
	for (const id of noLongerActive) if (!round.seen.has(id)) round.notFound(id, now);

	return { position: round.finish(now), started: round.started, ended: round.ended };
}

/**
 * The editor's Fetch Test Event: the newest chat of each chosen event, seen before or not. One
 * call; the position stays as it is.
 */
export async function testEvents(
	context: IPollFunctions,
	settings: PollSettings,
	events: PolledEvent[],
): Promise<Happening[]> {
	const newest = (
		await liveChatApiPages(
			context,
			'list_archives',
			{ filters: groupFilter(settings.groupIds), sort_order: 'desc' },
			10,
		)
	).filter(hasThread);
	const ended = newest.find((chat) => chat.thread.active === false);
	return [
		...(events.includes('incoming_chat') && newest[0]
			? [{ event: 'incoming_chat' as const, chat: newest[0] }]
			: []),
		...(events.includes('chat_deactivated') && ended
			? [{ event: 'chat_deactivated' as const, chat: ended }]
			: []),
	];
}
