import { LiveChatTrigger } from '../../nodes/LiveChat/LiveChatTrigger.node';
import {
	deliveryIdentity,
	LONG_RETRY_WINDOW_MS,
	RecentKeys,
	SHORT_RETRY_WINDOW_MS,
} from '../../nodes/LiveChat/trigger/dedupe';
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
	const LIVECHAT = 'https://api.livechatinc.com';
	const STAND_IN = 'http://127.0.0.1:5690';

	it.each([
		['https://n8n.example.com/webhook/x/webhook', false],
		['https://203.0.113.7/webhook/x/webhook', false],
		// n8n's default without WEBHOOK_URL, and other addresses LiveChat cannot reach
		['http://localhost:5678/webhook/x/webhook', true],
		['https://localhost:5678/webhook/x/webhook', true],
		['http://127.0.0.1:5678/webhook/x/webhook', true],
		['https://[::1]:5678/webhook/x/webhook', true],
		['https://192.168.1.10/webhook/x/webhook', true],
		['https://10.0.0.5/webhook/x/webhook', true],
		['https://172.20.0.3/webhook/x/webhook', true],
		['https://169.254.1.1/webhook/x/webhook', true],
		['https://[fd00::1]/webhook/x/webhook', true],
		['https://n8n:5678/webhook/x/webhook', true],
		['https://n8n.local/webhook/x/webhook', true],
		['http://n8n.example.com/webhook/x/webhook', true],
		['ftp://n8n.example.com/x', true],
		['not a url', true],
		[`https://n8n.example.com/${'a'.repeat(500)}`, true],
	])('LiveChat itself: %s → problem: %s', (url, problem) => {
		expect(webhookUrlProblem(url, LIVECHAT) !== undefined).toBe(problem);
	});

	it.each([
		['http://localhost:5678/webhook/x/webhook', false],
		['http://127.0.0.1:5678/webhook/x/webhook', false],
		['http://[::1]:5678/webhook/x/webhook', false],
		['https://n8n.example.com/webhook/x/webhook', false],
		['http://n8n.example.com/webhook/x/webhook', true],
		['http://192.168.1.10:5678/webhook/x/webhook', true],
	])('a LiveChat stand-in on loopback: %s → problem: %s', (url, problem) => {
		expect(webhookUrlProblem(url, STAND_IN) !== undefined).toBe(problem);
	});

	it('names WEBHOOK_URL in the message, which n8n 2.x shows, and in the description', () => {
		const problem = webhookUrlProblem('http://localhost:5678/webhook/x/webhook', LIVECHAT)!;
		expect(problem.message).toContain('WEBHOOK_URL');
		expect(problem.description).toContain('WEBHOOK_URL');
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
