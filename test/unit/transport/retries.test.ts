import nock from 'nock';

import { backoffDelay, liveChatApiRequest, retryPolicy } from '../../../nodes/LiveChat/transport';
import { liveChatErrorType } from '../../../nodes/LiveChat/transport/errors';
import { isRepeatable } from '../../../nodes/LiveChat/transport/retries';
import type { LiveChatMethod } from '../../../nodes/LiveChat/types/livechat';
import { API_URL, hookContext, networkFaults } from '../../helpers/contexts';
import { FakeLiveChat } from '../../helpers/fakeLiveChat';
import { failureOf, OWN_WEBHOOKS } from '../../helpers/transport';
import { CUSTOMER_ID } from '../../simulator/state';

describe('retries', () => {
	it('retries too_many_requests with backoff and returns the answer', async () => {
		const fake = new FakeLiveChat();
		fake.failNext(
			'list_webhooks',
			{ status: 429, type: 'too_many_requests', message: 'Requests limit exceeded' },
			2,
		);
		const { context } = hookContext();
		await expect(
			liveChatApiRequest(context, 'configuration', 'list_webhooks', OWN_WEBHOOKS),
		).resolves.toEqual([]);
		expect(fake.calls).toHaveLength(3);
	});

	it('gives up after the bounded number of retries with a rate-limit message', async () => {
		const fake = new FakeLiveChat();
		fake.failNext('list_webhooks', { status: 429, type: 'too_many_requests' }, 10);
		const { context } = hookContext();
		const error = await failureOf(
			liveChatApiRequest(context, 'configuration', 'list_webhooks', OWN_WEBHOOKS),
		);
		expect(fake.calls).toHaveLength(1 + retryPolicy.maxRetries);
		expect(error.message).toContain('rate limit');
		expect(error.httpCode).toBe('429');
	});

	it('retries a 5xx without LiveChat envelope and a network timeout', async () => {
		// nock answers with the first matching interceptor, so the 502 goes before the fake's.
		nock(API_URL)
			.post('/v3.6/configuration/action/list_webhooks')
			.reply(502, '<html>Bad gateway</html>');
		const fake = new FakeLiveChat();
		fake.dropNext('list_webhooks', 'ETIMEDOUT');
		const { context } = hookContext();
		await expect(
			liveChatApiRequest(context, 'configuration', 'list_webhooks', OWN_WEBHOOKS),
		).resolves.toEqual([]);
		// The timeout and the 502 came first; the fake got the third try.
		expect(fake.calls).toHaveLength(1);
		expect(nock.isDone()).toBe(true);
	});

	it('does not retry a validation error', async () => {
		const fake = new FakeLiveChat();
		fake.failNext('register_webhook', {
			status: 400,
			type: 'validation',
			message: '`url` is invalid',
		});
		const { context } = hookContext();
		const error = await failureOf(
			liveChatApiRequest(context, 'configuration', 'register_webhook', { ...OWN_WEBHOOKS }),
		);
		expect(fake.calls).toHaveLength(1);
		expect(error.message).toBe('LiveChat rejected the request to register_webhook as invalid');
		expect(error.description).toContain('`url` is invalid');
		expect(liveChatErrorType(error)).toBe('validation');
	});

	it('does not retry a refused connection, and says LiveChat could not be reached', async () => {
		const fake = new FakeLiveChat();
		fake.dropNext('list_webhooks', 'ECONNREFUSED', 2);
		const { context } = hookContext();
		const error = await failureOf(
			liveChatApiRequest(context, 'configuration', 'list_webhooks', OWN_WEBHOOKS),
		);
		// Only one of the two refusals was used, and nothing reached the fake.
		expect(networkFaults).toEqual([expect.objectContaining({ code: 'ECONNREFUSED', times: 1 })]);
		expect(fake.calls).toHaveLength(0);
		expect(error.message).toBe('Could not reach LiveChat');
		expect(error.description).toContain('ECONNREFUSED');
	});

	it('sends a write whose answer was lost once, and says it may have been done', async () => {
		const fake = new FakeLiveChat();
		fake.loseAnswersOf('send_event');
		const { context } = hookContext();
		const body = { chat_id: 'PJ0MRSHTDG', event: { type: 'message', text: 'Hello' } };
		const error = await failureOf(liveChatApiRequest(context, 'agent', 'send_event', body));
		expect(fake.callsOf('send_event')).toHaveLength(1);
		expect(error.message).toBe('LiveChat could not confirm send_event (chat PJ0MRSHTDG)');
		expect(error.description).toContain('ECONNRESET');
		expect(error.description).toContain('may have done it anyway');
	});

	it.each([
		['internal', 500],
		['request_timeout', 408],
		['service_unavailable', 503],
	])('does not send a write again after %s', async (type, status) => {
		const fake = new FakeLiveChat();
		fake.failNext('start_chat', { status, type }, 1);
		const { context } = hookContext();
		const error = await failureOf(liveChatApiRequest(context, 'agent', 'start_chat', {}));
		expect(fake.callsOf('start_chat')).toHaveLength(1);
		expect(error.message).toContain('could not confirm start_chat');
	});

	it('sends a write again after a rate limit, which proves nothing was done', async () => {
		const fake = new FakeLiveChat();
		fake.failNext('create_tag', { status: 429, type: 'too_many_requests' }, 1);
		const { context } = hookContext();
		await liveChatApiRequest(context, 'configuration', 'create_tag', {
			name: 'vip',
			group_ids: [0],
		});
		expect(fake.callsOf('create_tag')).toHaveLength(2);
	});

	it('sends a read, or a write that only sets a value, again after a lost answer', async () => {
		const fake = new FakeLiveChat();
		fake.loseAnswersOf('list_webhooks');
		fake.loseAnswersOf('update_customer', 'ETIMEDOUT');
		const { context } = hookContext();
		await liveChatApiRequest(context, 'configuration', 'list_webhooks', OWN_WEBHOOKS);
		expect(fake.callsOf('list_webhooks')).toHaveLength(2);
		await liveChatApiRequest(context, 'agent', 'update_customer', { id: CUSTOMER_ID, name: 'T.' });
		expect(fake.callsOf('update_customer')).toHaveLength(2);
	});

	it('tells reads and repeatable writes from other writes', () => {
		const repeatable: LiveChatMethod[] = [
			'list_chats',
			'get_chat',
			'reports/chats/total_chats',
			'update_customer',
		];
		for (const method of repeatable) expect(isRepeatable(method)).toBe(true);
		const once: LiveChatMethod[] = [
			'send_event',
			'start_chat',
			'resume_chat',
			'upload_file',
			'transfer_chat',
			'create_bot',
			'create_tag',
			'register_webhook',
			'deactivate_chat',
		];
		for (const method of once) expect(isRepeatable(method)).toBe(false);
	});

	it('waits exponentially longer, up to a cap', () => {
		const saved = { ...retryPolicy };
		Object.assign(retryPolicy, { baseDelayMs: 1000, maxDelayMs: 8000 });
		expect([0, 1, 2, 3, 4].map(backoffDelay)).toEqual([1000, 2000, 4000, 8000, 8000]);
		Object.assign(retryPolicy, saved);
	});
});
