import { liveChatTime } from '../shared/time';
import type { Chat } from '../types/livechat';
import type { Position } from './position';

/**
 * How far behind the newest thread seen each poll reads the archives again. LiveChat's lists are
 * eventually consistent: a thread can show up there a little after it started. A thread that
 * starts and ends between two polls and shows up later than this is the one a poll can miss.
 */
export const OVERLAP_MS = 10 * 60_000;

/**
 * How far back activation's first poll records what exists. It starts in n8n's time; reading an
 * hour back keeps the start in LiveChat's past even when n8n's clock is well ahead of LiveChat's.
 */
export const ACTIVATION_LOOKBACK_MS = 60 * 60_000;

/** At most about this many threads remembered as ended (the overlap window's), newest kept. */
export const MAX_ENDED = 10_000;

/** How long an open thread that no list shows any more is looked for before it is forgotten. */
export const MISSING_FOR_MS = 24 * 60 * 60_000;

/** An archived thread with its chat, as `list_archives` lists it (one thread per entry). */
export type ArchivedThread = Chat & { thread: NonNullable<Chat['thread']> };

const seconds = (time: string | undefined) => Math.floor(Date.parse(time ?? '') / 1000) || 0;

/**
 * One poll's bookkeeping: which threads started and which ended since the position, and the
 * position after them. `silent` records what exists without reporting it (the first poll after
 * activation, which starts from now): from then on, a thread the position does not know is new.
 */
export class PollRound {
	readonly started: ArchivedThread[] = [];
	readonly ended: ArchivedThread[] = [];
	/** Threads this poll has read in full, active or ended. */
	readonly seen = new Set<string>();
	/** Threads created before Start From were there before us (0: from activation, none). */
	private readonly originSeconds: number;
	private newest = 0;

	constructor(
		private readonly position: Position,
		private readonly silent: boolean,
	) {
		this.originSeconds = seconds(position.startFrom);
	}

	/** Whether the position or this poll already knows the thread. */
	knows(threadId: string) {
		const { open, ended } = this.position;
		return threadId in open || threadId in ended || this.seen.has(threadId);
	}

	/**
	 * A thread as the archives show it now (`fromWindow`: listed by creation time). A thread is
	 * reported started once, when it is first seen, if it is new; ended once, when it is first
	 * seen inactive, if it is new or was seen open.
	 */
	see(chat: ArchivedThread, fromWindow: boolean) {
		const { id } = chat.thread;
		const { open, ended, missing } = this.position;
		if (this.seen.has(id)) return;
		this.seen.add(id);
		delete missing[id];
		const created = seconds(chat.thread.created_at);
		if (fromWindow) this.newest = Math.max(this.newest, created);
		if (id in ended) return;
		const wasOpen = id in open;
		const isNew = !wasOpen && !this.silent && created >= this.originSeconds;
		if (chat.thread.active !== false) {
			if (!wasOpen) {
				open[id] = created;
				if (isNew) this.started.push(chat);
			}
			return;
		}
		delete open[id];
		ended[id] = created;
		if (isNew) this.started.push(chat);
		// (A silent poll has no open thread of its own to see end.)
		if (wasOpen || isNew) this.ended.push(chat);
	}

	/**
	 * An active thread as list_chats summarizes it (no events). Whether it must be read in full:
	 * yes if it is new; one that was there before us is recorded as open from the summary.
	 */
	listedActive(threadId: string, createdAt: string | undefined): boolean {
		delete this.position.missing[threadId];
		if (this.knows(threadId)) return false;
		const created = seconds(createdAt);
		if (this.silent || created < this.originSeconds) {
			this.position.open[threadId] = created;
			return false;
		}
		return true;
	}

	/**
	 * An open thread that no list shows and that could not be read by id: LiveChat may not have
	 * indexed its end yet, or the chat was deleted. It is looked for again each poll, for a day.
	 */
	notFound(threadId: string, now: number) {
		const { open, missing } = this.position;
		missing[threadId] ??= now;
		if (now - missing[threadId] < MISSING_FOR_MS) return;
		delete open[threadId];
		delete missing[threadId];
	}

	/**
	 * The position after this poll: the archives are read again from the overlap before the newest
	 * thread they listed (LiveChat's timestamps), until n8n's clock says the overlap has passed;
	 * then from that thread on. Only the ended threads created since are remembered, and when there
	 * are more than MAX_ENDED, the window starts at the oldest one kept.
	 */
	finish(now: number): Position {
		const newest = this.newest * 1000;
		let since = Math.floor(
			Math.max(
				seconds(this.position.since) * 1000,
				newest - OVERLAP_MS,
				Math.min(newest, now - OVERLAP_MS),
			) / 1000,
		);
		const created = Object.values(this.position.ended)
			.filter((time) => time >= since)
			.sort((a, b) => b - a);
		if (created.length > MAX_ENDED) since = created[MAX_ENDED - 1];
		return {
			...this.position,
			since: liveChatTime(since * 1000),
			ended: Object.fromEntries(
				Object.entries(this.position.ended).filter(([, time]) => time >= since),
			),
		};
	}
}
