import { liveChatTime } from '../shared/time';
import type { Chat } from '../types/livechat';
import type { Position } from './position';
import { threadKey } from './position';

/**
 * How far behind the newest thread seen each poll reads the archives again. LiveChat's lists are
 * eventually consistent: a thread can show up there a little after it started. Threads that show
 * up later than this and have already ended are the only ones a poll can miss.
 */
export const OVERLAP_MS = 10 * 60_000;

/** At most this many threads remembered as ended (the overlap window's), oldest forgotten first. */
export const MAX_ENDED = 10_000;

/** An archived thread with its chat, as `list_archives` lists it (one thread per entry). */
export type ArchivedThread = Chat & { thread: NonNullable<Chat['thread']> };

const seconds = (time: string | undefined) => Math.floor(Date.parse(time ?? '') / 1000) || 0;

/**
 * One poll's bookkeeping: which threads started and which ended since the position, and the
 * position after them. `silent` records what exists without reporting it (the first poll after
 * activation, which starts from now).
 */
export class PollRound {
	readonly started: ArchivedThread[] = [];
	readonly ended: ArchivedThread[] = [];
	/** Threads this poll has seen in full, started or ended. */
	private readonly seen = new Set<string>();
	private readonly sinceSeconds: number;
	private newest = 0;

	constructor(
		private readonly position: Position,
		private readonly silent: boolean,
	) {
		this.sinceSeconds = seconds(position.since);
	}

	static keyOf(chat: Chat) {
		return threadKey(chat.id, chat.thread?.id ?? '');
	}

	isKnown(key: string) {
		return key in this.position.open || key in this.position.ended || this.seen.has(key);
	}

	hasSeen(key: string) {
		return this.seen.has(key);
	}

	/**
	 * A thread as the archives show it now. A thread is reported started once, when it is first
	 * seen, if it was created since the position's start (older ones were there before us); ended
	 * once, when it is first seen inactive, if it started since then or we saw it open.
	 */
	see(chat: ArchivedThread, fromWindow: boolean) {
		const key = PollRound.keyOf(chat);
		if (this.seen.has(key)) return;
		this.seen.add(key);
		const created = seconds(chat.thread.created_at);
		if (fromWindow) this.newest = Math.max(this.newest, created);
		if (key in this.position.ended) return;
		const wasOpen = key in this.position.open;
		const isNew = !wasOpen && created >= this.sinceSeconds;
		if (chat.thread.active !== false) {
			if (!wasOpen) {
				this.position.open[key] = created;
				if (isNew && !this.silent) this.started.push(chat);
			}
			return;
		}
		delete this.position.open[key];
		this.position.ended[key] = created;
		if (this.silent) return;
		if (isNew) this.started.push(chat);
		if (wasOpen || isNew) this.ended.push(chat);
	}

	/**
	 * An active thread as list_chats summarizes it (no events), when no archive listed it. One
	 * created before the position's start, or met while recording what exists, is recorded as open
	 * from the summary; else it is new and must be read in full (true).
	 */
	needsReading(key: string, createdAt: string | undefined): boolean {
		if (this.isKnown(key)) return false;
		const created = seconds(createdAt);
		if (this.silent || created < this.sinceSeconds) {
			this.position.open[key] = created;
			return false;
		}
		return true;
	}

	/** An open thread that neither list shows any more: gone (deleted, or out of reach) if old. */
	lost(key: string) {
		const created = this.position.open[key];
		if (created !== undefined && created < this.sinceSeconds) delete this.position.open[key];
	}

	/**
	 * The position after this poll: the archives are read again from the overlap before the newest
	 * thread they listed (LiveChat's timestamps, whatever n8n's clock says), until n8n's clock says
	 * the overlap has passed; then from that thread on. Only the ended threads created since are
	 * remembered.
	 */
	finish(now: number): Position {
		const newest = this.newest * 1000;
		const since = Math.max(
			this.sinceSeconds * 1000,
			newest - OVERLAP_MS,
			Math.min(newest, now - OVERLAP_MS),
		);
		const sinceSeconds = Math.floor(since / 1000);
		const kept = Object.entries(this.position.ended)
			.filter(([, created]) => created >= sinceSeconds)
			.sort(([, a], [, b]) => b - a)
			.slice(0, MAX_ENDED);
		return {
			...this.position,
			since: since === this.sinceSeconds * 1000 ? this.position.since : liveChatTime(since),
			ended: Object.fromEntries(kept),
		};
	}
}
