import { createHash } from 'crypto';

import type { WebhookDelivery } from '../types/livechat';

/**
 * LiveChat re-sends a delivery it got no 200 for within ~10 s, up to 3 times within about a
 * minute, and a delivery carries no id of its own. Keys are built from the payload's own ids
 * where they name a single occurrence, else from the whole payload.
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

/** A bounded, time-limited memory of keys seen recently, oldest forgotten first. */
export class RecentKeys {
	private readonly seenAt = new Map<string, number>();

	constructor(
		private readonly capacity = 5_000,
		private readonly ttlMs = 5 * 60_000,
	) {}

	/** Remembers the key and tells whether it had been seen within the time limit. */
	checkAndRemember(key: string, now = Date.now()): boolean {
		const previous = this.seenAt.get(key);
		if (previous !== undefined && now - previous < this.ttlMs) return true;
		this.seenAt.delete(key);
		this.seenAt.set(key, now);
		this.evict(now);
		return false;
	}

	get size(): number {
		return this.seenAt.size;
	}

	private evict(now: number): void {
		for (const [key, at] of this.seenAt) {
			if (this.seenAt.size <= this.capacity && now - at < this.ttlMs) break;
			this.seenAt.delete(key);
		}
	}
}
