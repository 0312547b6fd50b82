import { LiveChatTrigger } from '../../nodes/LiveChat/LiveChatTrigger.node';
import { deliveryKey, RecentKeys } from '../../nodes/LiveChat/trigger/dedupe';
import { ACTION_INFO, TRIGGER_ON_OPTIONS } from '../../nodes/LiveChat/trigger/events';
import { filtersFor, webhookUrlProblem } from '../../nodes/LiveChat/trigger/lifecycle';
import { secretMatches } from '../../nodes/LiveChat/trigger/verify';
import type { WebhookDelivery } from '../../nodes/LiveChat/types/livechat';
import { WEBHOOK_ACTIONS } from '../../nodes/LiveChat/types/livechat';

describe('Trigger On', () => {
	const events = new LiveChatTrigger().description.properties.find((p) => p.name === 'events');

	it('offers all 38 v3.6 actions, sorted by readable name', () => {
		expect(events?.displayName).toBe('Trigger On');
		const names = TRIGGER_ON_OPTIONS.map((o) => o.name);
		expect(TRIGGER_ON_OPTIONS.map((o) => o.value).sort()).toEqual([...WEBHOOK_ACTIONS].sort());
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		for (const name of names) expect(name).toMatch(/^([A-Z][a-z]*)( [A-Z][a-z]*)*$/);
		expect(Object.keys(ACTION_INFO)).toHaveLength(38);
	});
});

describe('filtersFor', () => {
	it('sends nothing when nothing is chosen', () => {
		expect(filtersFor('incoming_event', {})).toEqual({});
	});

	it('includes chat presence users, or my bots', () => {
		expect(
			filtersFor('thread_tagged', { chatPresenceUserIds: ['a@b.c'], chatPresenceMyBots: true }),
		).toEqual({
			chat_presence: { user_ids: { values: ['a@b.c'] }, my_bots: true },
		});
		expect(
			filtersFor('routing_status_set', { chatPresenceMyBots: true, onlyMyChats: true }),
		).toEqual({});
	});
});

describe('webhookUrlProblem', () => {
	it.each([
		['https://n8n.example.com/webhook/x/webhook', false],
		['http://localhost:5678/webhook/x/webhook', false],
		['http://127.0.0.1:5678/webhook/x/webhook', false],
		['http://[::1]:5678/webhook/x/webhook', false],
		['http://n8n.example.com/webhook/x/webhook', true],
		['http://192.168.1.10:5678/webhook/x/webhook', true],
		['ftp://n8n.example.com/x', true],
		['not a url', true],
		[`https://n8n.example.com/${'a'.repeat(500)}`, true],
	])('%s → problem: %s', (url, problem) => {
		expect(webhookUrlProblem(url) !== undefined).toBe(problem);
	});
});

describe('secretMatches', () => {
	it('accepts only the exact secret', () => {
		expect(secretMatches('abc123', 'abc123')).toBe(true);
		expect(secretMatches('abc123', 'abc124')).toBe(false);
		expect(secretMatches('abc123', 'abc1234')).toBe(false);
		expect(secretMatches('abc123', '')).toBe(false);
		expect(secretMatches('abc123', undefined)).toBe(false);
		expect(secretMatches(undefined, undefined)).toBe(false);
		expect(secretMatches('', '')).toBe(false);
	});
});

describe('deliveryKey', () => {
	const event = (id?: string, text = 'hi') =>
		({
			action: 'incoming_event',
			payload: {
				chat_id: 'C',
				thread_id: 'T',
				event: { id, text, type: 'message', created_at: '' },
			},
		}) as unknown as WebhookDelivery;

	it('keys single occurrences on their ids', () => {
		expect(deliveryKey(event('E1'))).toBe('incoming_event:C:T:E1');
		expect(deliveryKey(event('E1', 'other text'))).toBe(deliveryKey(event('E1')));
	});

	it('falls back to the whole payload when an id is missing', () => {
		expect(deliveryKey(event(undefined, 'a'))).not.toBe(deliveryKey(event(undefined, 'b')));
	});
});

describe('RecentKeys', () => {
	const HOUR = 60 * 60_000;

	it("remembers keys for LiveChat's longest retry schedule, 10 retries within 6 hours", () => {
		const keys = new RecentKeys();
		expect(keys.checkAndRemember('a', 0)).toBe(false);
		expect(keys.checkAndRemember('a', 6 * HOUR)).toBe(true);
		expect(keys.checkAndRemember('b', 0)).toBe(false);
		expect(keys.checkAndRemember('b', 7 * HOUR)).toBe(false);
	});

	it('forgets a key after its time limit', () => {
		const keys = new RecentKeys(10, 10_000);
		expect(keys.checkAndRemember('a', 0)).toBe(false);
		expect(keys.checkAndRemember('a', 9_999)).toBe(true);
		expect(keys.checkAndRemember('a', 20_000)).toBe(false);
	});

	it('stays within its capacity, forgetting the oldest 1 % at once', () => {
		const keys = new RecentKeys(200, HOUR);
		for (let i = 0; i <= 200; i++) keys.checkAndRemember(`k${i}`, i * 1000);
		expect(keys.size).toBe(198);
		expect(keys.checkAndRemember('k200', 300_000)).toBe(true);
		expect(keys.checkAndRemember('k3', 300_000)).toBe(true);
		expect(keys.checkAndRemember('k0', 300_000)).toBe(false);
	});

	it('holds no more than its capacity of 100,000 keys by default', () => {
		const keys = new RecentKeys();
		for (let i = 0; i < 100_500; i++) keys.checkAndRemember(`incoming_event:C:T:${i}`, 0);
		expect(keys.size).toBeLessThanOrEqual(100_000);
		expect(keys.size).toBeGreaterThanOrEqual(99_000);
		expect(keys.checkAndRemember('incoming_event:C:T:100499', 0)).toBe(true);
		expect(keys.checkAndRemember('incoming_event:C:T:0', 0)).toBe(false);
	});
});
