import {
	deliveryIdentity,
	LONG_RETRY_WINDOW_MS,
	RecentKeys,
	SHORT_RETRY_WINDOW_MS,
} from '../../../nodes/LiveChat/trigger/dedupe';
import type { WebhookDelivery } from '../../../nodes/LiveChat/types/livechat';
import { deliver, delivery } from '../../helpers/webhookDeliveries';

describe('deliveryIdentity', () => {
	const event = (id?: string, text = 'hi') =>
		({
			action: 'incoming_event',
			payload: {
				chat_id: 'C',
				thread_id: 'T',
				event: { id, text, type: 'message', created_at: '' },
			},
		}) as unknown as WebhookDelivery;
	const tagged = {
		action: 'thread_tagged',
		payload: { chat_id: 'C', thread_id: 'T', tag: 'sales' },
	} as WebhookDelivery;

	it('keys single occurrences on their ids and remembers them for the longest retry schedule', () => {
		expect(deliveryIdentity(event('E1'))).toEqual({
			key: 'incoming_event:C:T:E1',
			windowMs: LONG_RETRY_WINDOW_MS,
		});
		expect(deliveryIdentity(event('E1', 'other text'))).toEqual(deliveryIdentity(event('E1')));
		expect(LONG_RETRY_WINDOW_MS).toBe(6.5 * 60 * 60_000);
	});

	it('keys an event without an occurrence id on its payload, a retry only within 2 minutes', () => {
		expect(deliveryIdentity(event(undefined, 'a')).key).not.toBe(
			deliveryIdentity(event(undefined, 'b')).key,
		);
		expect(deliveryIdentity(event(undefined, 'a')).windowMs).toBe(SHORT_RETRY_WINDOW_MS);
		expect(deliveryIdentity(tagged)).toEqual({
			key: expect.stringMatching(/^thread_tagged:[\w-]{43}$/),
			windowMs: 2 * 60_000,
		});
	});
});

describe('RecentKeys', () => {
	const HOUR = 60 * 60_000;

	it('remembers each key for its own window', () => {
		const keys = new RecentKeys();
		expect(keys.checkAndRemember('a', LONG_RETRY_WINDOW_MS, 0)).toBe(false);
		expect(keys.checkAndRemember('a', LONG_RETRY_WINDOW_MS, 6 * HOUR)).toBe(true);
		expect(keys.checkAndRemember('b', LONG_RETRY_WINDOW_MS, 0)).toBe(false);
		expect(keys.checkAndRemember('b', LONG_RETRY_WINDOW_MS, 7 * HOUR)).toBe(false);
		// The same tag added again: a retry within a minute, a new event after 2 minutes.
		expect(keys.checkAndRemember('tag', SHORT_RETRY_WINDOW_MS, 0)).toBe(false);
		expect(keys.checkAndRemember('tag', SHORT_RETRY_WINDOW_MS, 60_000)).toBe(true);
		expect(keys.checkAndRemember('tag', SHORT_RETRY_WINDOW_MS, 3 * 60_000)).toBe(false);
	});

	it('forgets a key after its time limit', () => {
		const keys = new RecentKeys(10);
		expect(keys.checkAndRemember('a', 10_000, 0)).toBe(false);
		expect(keys.checkAndRemember('a', 10_000, 9_999)).toBe(true);
		expect(keys.checkAndRemember('a', 10_000, 20_000)).toBe(false);
	});

	it('stays within its capacity, forgetting the oldest 1 % at once', () => {
		const keys = new RecentKeys(200);
		for (let i = 0; i <= 200; i++) keys.checkAndRemember(`k${i}`, HOUR, i * 1000);
		expect(keys.size).toBe(198);
		expect(keys.checkAndRemember('k200', HOUR, 300_000)).toBe(true);
		expect(keys.checkAndRemember('k3', HOUR, 300_000)).toBe(true);
		expect(keys.checkAndRemember('k0', HOUR, 300_000)).toBe(false);
	});

	it('holds no more than its capacity of 100,000 keys by default', () => {
		const keys = new RecentKeys();
		for (let i = 0; i < 100_500; i++) keys.checkAndRemember(`incoming_event:C:T:${i}`, HOUR, 0);
		expect(keys.size).toBeLessThanOrEqual(100_000);
		expect(keys.size).toBeGreaterThanOrEqual(99_000);
		expect(keys.checkAndRemember('incoming_event:C:T:100499', HOUR, 0)).toBe(true);
		expect(keys.checkAndRemember('incoming_event:C:T:0', HOUR, 0)).toBe(false);
	});
});

describe('retried deliveries', () => {
	it('emits the same tag added again after 2 minutes, a retry within them only once', async () => {
		// thread_tagged carries no id of its own: the same payload is a retry only within 2 minutes.
		const now = jest.spyOn(Date, 'now');
		try {
			const copy = () => delivery('thread_tagged');
			const at = async (ms: number) => {
				now.mockReturnValue(1_800_000_000_000 + ms);
				return (await deliver(copy(), {}, undefined, 'wf-tag-again')).items.length;
			};
			expect(await at(0)).toBe(1);
			expect(await at(60_000)).toBe(0);
			expect(await at(60_000 + 121_000)).toBe(1);
			// An event with its own id is remembered for hours.
			now.mockReturnValue(1_800_000_000_000);
			const event = delivery('incoming_event');
			expect((await deliver(event, {}, undefined, 'wf-event-later')).items).toHaveLength(1);
			now.mockReturnValue(1_800_000_000_000 + 6 * 60 * 60_000);
			const again = delivery('incoming_event');
			expect((await deliver(again, {}, undefined, 'wf-event-later')).items).toHaveLength(0);
		} finally {
			now.mockRestore();
		}
	});

	it('emits a new event of the same chat and thread', async () => {
		const first = delivery('incoming_event');
		const second = JSON.parse(JSON.stringify(first)) as WebhookDelivery & {
			action: 'incoming_event';
		};
		second.payload.event.id = 'another-event';
		expect((await deliver(first, {}, undefined, 'wf-events')).items).toHaveLength(1);
		expect((await deliver(second, {}, undefined, 'wf-events')).items).toHaveLength(1);
	});

	it('emits two different updates of the same event', async () => {
		const first = delivery('event_updated');
		const second = JSON.parse(JSON.stringify(first)) as WebhookDelivery & {
			action: 'event_updated';
		};
		(second.payload.event as { text: string }).text = 'edited again';
		expect((await deliver(first, {}, undefined, 'wf-updates')).items).toHaveLength(1);
		expect((await deliver(second, {}, undefined, 'wf-updates')).items).toHaveLength(1);
	});
});
