import { createHash } from 'crypto';

import type { WebhookDelivery } from '../types/livechat';

/**
 * LiveChat's v2 webhooks page retries a delivery up to 10 times within 6 hours; its current guide
 * for apps at most 3 times within about a minute (the v3.6 page names no schedule). With margins.
 */
export const LONG_RETRY_WINDOW_MS = 6.5 * 60 * 60_000;
export const SHORT_RETRY_WINDOW_MS = 2 * 60_000;

/** Which deliveries count as one: the same key within `windowMs` is LiveChat's retry. */
export interface DeliveryIdentity {
	key: string;
	windowMs: number;
}

/**
 * A delivery carries no id of its own. Keys are built from the payload's own ids where they name a
 * single occurrence: such a key never comes back except as a retry, so it is remembered for the
 * longest schedule. Other events are keyed on their whole payload, which can truly happen again (a
 * tag added again, an agent back to accepting chats): those count as retries only within the
 * current retry window, since a dropped event is lost and a rare duplicate carries the same key
 * downstream. The same body gives the same key in every n8n process (items carry it as
 * `deliveryKey`).
 */
export function deliveryIdentity(delivery: WebhookDelivery): DeliveryIdentity {
	const ids = occurrenceIds(delivery);
	if (ids?.every((id) => typeof id === 'string' && id !== '')) {
		return { key: `${delivery.action}:${ids.join(':')}`, windowMs: LONG_RETRY_WINDOW_MS };
	}
	const digest = createHash('sha256')
		.update(JSON.stringify(delivery.payload ?? null))
		.digest('base64url');
	return { key: `${delivery.action}:${digest}`, windowMs: SHORT_RETRY_WINDOW_MS };
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

/**
 * A bounded, time-limited memory of keys seen recently, oldest forgotten first. Each key is kept
 * as a 96-bit digest with the second its memory ends (a small integer), about 70 bytes a key:
 * 100,000 keys cover 6.5 hours of 4 deliveries a second in about 7 MB.
 */
export class RecentKeys {
	private readonly expiresAt = new Map<string, number>();

	constructor(private readonly capacity = 100_000) {}

	/** Remembers the key for `windowMs` and tells whether it was still remembered from before. */
	checkAndRemember(key: string, windowMs: number, now = Date.now()): boolean {
		const digest = createHash('sha256').update(key).digest().toString('latin1', 0, 12);
		const second = Math.floor(now / 1000);
		const previous = this.expiresAt.get(digest);
		if (previous !== undefined && second < previous) return true;
		this.expiresAt.delete(digest);
		this.expiresAt.set(digest, second + Math.ceil(windowMs / 1000));
		if (this.expiresAt.size > this.capacity) this.forgetOldest();
		return false;
	}

	get size(): number {
		return this.expiresAt.size;
	}

	/**
	 * Forgets the oldest 1 % at once: walking a Map from its start passes every entry deleted since
	 * V8 last compacted it, so forgetting one key per insert would make each insert slow.
	 */
	private forgetOldest(): void {
		let excess = this.expiresAt.size - this.capacity + Math.ceil(this.capacity / 100);
		for (const digest of this.expiresAt.keys()) {
			if (excess-- <= 0) break;
			this.expiresAt.delete(digest);
		}
	}
}
