import { createHash } from 'crypto';

import type { WebhookDelivery } from '../types/livechat';

/**
 * LiveChat re-sends a delivery it got no 200 for (its guides: up to 3 times within about a minute,
 * or up to 10 times within 6 hours), and a delivery carries no id of its own. Keys are built from
 * the payload's own ids where they name a single occurrence, else from the whole payload; the
 * same body gives the same key in every n8n process (items carry it as `deliveryKey`).
 */
export function deliveryKey(delivery: WebhookDelivery): string {
	const ids = occurrenceIds(delivery);
	if (ids?.every((id) => typeof id === 'string' && id !== '')) {
		return `${delivery.action}:${ids.join(':')}`;
	}
	const digest = createHash('sha256')
		.update(JSON.stringify(delivery.payload ?? null))
		.digest('base64url');
	return `${delivery.action}:${digest}`;
}

/** Ids that identify one occurrence of the event: a thread starts and ends once, an event is new once. */
function occurrenceIds(delivery: WebhookDelivery): Array<string | undefined> | undefined {
	switch (delivery.action) {
		case 'incoming_chat':
			return [delivery.payload.chat?.id, delivery.payload.chat?.thread?.id];
		case 'chat_deactivated':
			return [delivery.payload.chat_id, delivery.payload.thread_id];
		case 'incoming_event':
			return [delivery.payload.chat_id, delivery.payload.thread_id, delivery.payload.event?.id];
		case 'event_deleted':
			return [delivery.payload.chat_id, delivery.payload.thread_id, delivery.payload.event_id];
		default:
			return undefined;
	}
}

/** The longest retry schedule LiveChat documents (10 retries within 6 hours), with a margin. */
const RETRY_WINDOW_MS = 6.5 * 60 * 60_000;

/**
 * A bounded, time-limited memory of keys seen recently, oldest forgotten first. Each key is kept
 * as a 96-bit digest with the second it was seen (a small integer), about 70 bytes a key: 100,000
 * keys cover 6.5 hours of 4 deliveries a second in about 7 MB.
 */
export class RecentKeys {
	private readonly seenAt = new Map<string, number>();

	constructor(
		private readonly capacity = 100_000,
		private readonly ttlMs = RETRY_WINDOW_MS,
	) {}

	/** Remembers the key and tells whether it had been seen within the time limit. */
	checkAndRemember(key: string, now = Date.now()): boolean {
		const digest = createHash('sha256').update(key).digest().toString('latin1', 0, 12);
		const second = Math.floor(now / 1000);
		const previous = this.seenAt.get(digest);
		if (previous !== undefined && this.fresh(previous, second)) return true;
		this.seenAt.delete(digest);
		this.seenAt.set(digest, second);
		if (this.seenAt.size > this.capacity) this.forgetOldest();
		return false;
	}

	get size(): number {
		return this.seenAt.size;
	}

	private fresh(seenAt: number, second: number) {
		return (second - seenAt) * 1000 < this.ttlMs;
	}

	/**
	 * Forgets the oldest 1 % at once: walking a Map from its start passes every entry deleted since
	 * V8 last compacted it, so forgetting one key per insert would make each insert slow.
	 */
	private forgetOldest(): void {
		let excess = this.seenAt.size - this.capacity + Math.ceil(this.capacity / 100);
		for (const digest of this.seenAt.keys()) {
			if (excess-- <= 0) break;
			this.seenAt.delete(digest);
		}
	}
}
