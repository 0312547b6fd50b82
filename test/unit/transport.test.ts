import { NodeApiError } from 'n8n-workflow';
import nock from 'nock';

import {
	backoffDelay,
	liveChatApiPages,
	liveChatApiRequest,
	readFailure,
	regionOfToken,
	retryPolicy,
} from '../../nodes/LiveChat/transport';
import { liveChatReportRequest } from '../../nodes/LiveChat/transport/reports';
import { isRepeatable } from '../../nodes/LiveChat/transport/retries';
import { liveChatUpload } from '../../nodes/LiveChat/transport/upload';
import { liveChatErrorType } from '../../nodes/LiveChat/transport/errors';
import {
	API_URL,
	CLIENT_ID,
	hookContext,
	networkFaults,
	OAUTH2_CREDENTIALS,
	PAT_CREDENTIALS,
} from '../helpers/contexts';
import { FakeLiveChat } from '../helpers/fakeLiveChat';
import { CUSTOMER_ID } from '../simulator/state';

const list = { owner_client_id: CLIENT_ID };

function oauthContext(accessToken: string) {
	return hookContext({
		credentials: {
			liveChatOAuth2Api: { ...OAUTH2_CREDENTIALS, oauthTokenData: { access_token: accessToken } },
		},
	}).context;
}

async function failureOf(promise: Promise<unknown>): Promise<NodeApiError> {
	const error = await promise.catch((e: unknown) => e);
	expect(error).toBeInstanceOf(NodeApiError);
	return error as NodeApiError;
}

describe('requests', () => {
	it('POSTs JSON to /v3.6/<api>/action/<method> with a Bearer token for OAuth2', async () => {
		const fake = new FakeLiveChat();
		const { context } = hookContext();
		await liveChatApiRequest(context, 'configuration', 'list_webhooks', list);
		const [call] = fake.calls;
		expect(call).toMatchObject({ api: 'configuration', method: 'list_webhooks', body: list });
		expect(call.headers.authorization).toBe('Bearer dal:oauth-access-token');
		expect(call.headers['content-type']).toContain('application/json');
	});

	it('uses Basic account_id:token for a Personal Access Token', async () => {
		const fake = new FakeLiveChat();
		const { context } = hookContext({
			parameters: { authentication: 'accessToken' },
			credentials: { liveChatApi: PAT_CREDENTIALS },
		});
		await liveChatApiRequest(context, 'agent', 'list_chats', {});
		const expected = Buffer.from(`${PAT_CREDENTIALS.accountId}:${PAT_CREDENTIALS.accessToken}`);
		expect(fake.calls[0].headers.authorization).toBe(`Basic ${expected.toString('base64')}`);
		expect(fake.calls[0].api).toBe('agent');
	});

	it("sends to the credential's API URL, so tests and proxies need no code change", async () => {
		const fake = new FakeLiveChat('http://127.0.0.1:9999');
		const { context } = hookContext({
			credentials: {
				liveChatOAuth2Api: { ...OAUTH2_CREDENTIALS, apiUrl: 'http://127.0.0.1:9999/' },
			},
		});
		await liveChatApiRequest(context, 'configuration', 'list_webhooks', list);
		expect(fake.calls).toHaveLength(1);
	});
});

describe('region', () => {
	it.each([
		['fra:abc', 'fra'],
		['dal:abc', 'dal'],
		['fra-a:vky9', 'fra-a'],
		['abc', undefined],
		['https://x', undefined],
		[undefined, undefined],
	])('token %s → region %s', (token, region) => {
		expect(regionOfToken(token)).toBe(region);
	});

	it('sends X-Region for a region-prefixed token', async () => {
		const fake = new FakeLiveChat();
		fake.requiredRegion = 'fra';
		await liveChatApiRequest(oauthContext('fra:token'), 'configuration', 'list_webhooks', list);
		expect(fake.calls).toHaveLength(1);
		expect(fake.calls[0].headers['x-region']).toBe('fra');
	});

	it('sends no X-Region for a token without prefix', async () => {
		const fake = new FakeLiveChat();
		await liveChatApiRequest(oauthContext('plain-token'), 'configuration', 'list_webhooks', list);
		expect(fake.calls[0].headers['x-region']).toBeUndefined();
	});

	it('retries once in the region a misdirected_request names', async () => {
		const fake = new FakeLiveChat();
		fake.requiredRegion = 'fra';
		const answer = await liveChatApiRequest(
			oauthContext('dal:token'),
			'configuration',
			'list_webhooks',
			list,
		);
		expect(answer).toEqual([]);
		expect(fake.calls.map((c) => c.headers['x-region'])).toEqual(['dal', 'fra']);
	});

	it('follows misdirected_request for reports and file uploads too', async () => {
		const fake = new FakeLiveChat();
		fake.requiredRegion = 'fra';
		const context = oauthContext('dal:token');
		const report = await liveChatReportRequest(context, 'chats/total_chats', {});
		expect(report).toEqual(expect.objectContaining({ records: expect.anything() }));
		const file = { name: 'a.txt', contentType: 'text/plain', data: Buffer.from('hello') };
		expect(await liveChatUpload(context, file)).toMatch(/^https?:\/\//);
		expect(fake.calls.map((c) => `${c.method}:${c.headers['x-region']}`)).toEqual([
			'chats/total_chats:dal',
			'chats/total_chats:fra',
			'upload_file:dal',
			'upload_file:fra',
		]);
	});

	it('does not loop when the named region is refused too', async () => {
		const fake = new FakeLiveChat();
		fake.failNext(
			'list_webhooks',
			{ status: 421, type: 'misdirected_request', data: { region: 'fra' } },
			5,
		);
		const error = await failureOf(
			liveChatApiRequest(oauthContext('dal:token'), 'configuration', 'list_webhooks', list),
		);
		expect(fake.calls).toHaveLength(2);
		expect(error.message).toContain('wrong region');
	});
});

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
			liveChatApiRequest(context, 'configuration', 'list_webhooks', list),
		).resolves.toEqual([]);
		expect(fake.calls).toHaveLength(3);
	});

	it('gives up after the bounded number of retries with a rate-limit message', async () => {
		const fake = new FakeLiveChat();
		fake.failNext('list_webhooks', { status: 429, type: 'too_many_requests' }, 10);
		const { context } = hookContext();
		const error = await failureOf(
			liveChatApiRequest(context, 'configuration', 'list_webhooks', list),
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
			liveChatApiRequest(context, 'configuration', 'list_webhooks', list),
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
			liveChatApiRequest(context, 'configuration', 'register_webhook', { ...list }),
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
			liveChatApiRequest(context, 'configuration', 'list_webhooks', list),
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
		await liveChatApiRequest(context, 'configuration', 'list_webhooks', list);
		expect(fake.callsOf('list_webhooks')).toHaveLength(2);
		await liveChatApiRequest(context, 'agent', 'update_customer', { id: CUSTOMER_ID, name: 'T.' });
		expect(fake.callsOf('update_customer')).toHaveLength(2);
	});

	it("reads a lost answer's network code from n8n 1.x's error too, which keeps no cause", () => {
		// n8n 1.x's NodeApiError drops the HTTP client's error and finds its code as httpCode.
		const n8n1 = Object.assign(new Error('socket hang up'), { httpCode: 'ECONNRESET' });
		expect(readFailure('send_event', n8n1)).toMatchObject({ networkCode: 'ECONNRESET' });
		const answered = Object.assign(new Error('Bad gateway'), { httpCode: '502' });
		expect(readFailure('send_event', answered)).toMatchObject({ httpStatus: 502 });
		expect(readFailure('send_event', answered).networkCode).toBeUndefined();
	});

	it('tells reads and repeatable writes from other writes', () => {
		for (const method of ['list_chats', 'get_chat', 'reports/chats/total_chats', 'update_customer'])
			expect(isRepeatable(method)).toBe(true);
		for (const method of [
			'send_event',
			'start_chat',
			'resume_chat',
			'upload_file',
			'transfer_chat',
			'create_bot',
			'create_tag',
			'register_webhook',
			'deactivate_chat',
		])
			expect(isRepeatable(method)).toBe(false);
	});

	it('waits exponentially longer, up to a cap', () => {
		const saved = { ...retryPolicy };
		Object.assign(retryPolicy, { baseDelayMs: 1000, maxDelayMs: 8000 });
		expect([0, 1, 2, 3, 4].map(backoffDelay)).toEqual([1000, 2000, 4000, 8000, 8000]);
		Object.assign(retryPolicy, saved);
	});
});

describe('pages', () => {
	it('sends list_threads follow-ups with chat_id and page_id, without filters, limit or order', async () => {
		const path = '/v3.6/agent/action/list_threads';
		const bodies: unknown[] = [];
		nock(API_URL)
			.post(path)
			.reply(200, (_uri, body) => {
				bodies.push(body);
				return { threads: [{ id: 'T1' }], found_threads: 2, next_page_id: 'P2' };
			})
			.post(path)
			.reply(200, (_uri, body) => {
				bodies.push(body);
				return { threads: [{ id: 'T2' }], found_threads: 2 };
			});
		const { context } = hookContext();
		const threads = await liveChatApiPages(
			context,
			'list_threads',
			{ chat_id: 'PJ0MRSHTDG', sort_order: 'asc', filters: { from: '2026-01-01T00:00:00Z' } },
			undefined,
		);
		expect(threads.map((thread) => thread.id)).toEqual(['T1', 'T2']);
		expect(bodies).toEqual([
			{
				chat_id: 'PJ0MRSHTDG',
				sort_order: 'asc',
				filters: { from: '2026-01-01T00:00:00Z' },
				limit: 100,
			},
			{ chat_id: 'PJ0MRSHTDG', page_id: 'P2' },
		]);
	});
});

describe('errors', () => {
	it.each([
		['authentication', 401, /did not accept the credential/, /Reconnect/],
		[
			'authorization',
			403,
			/may not call register_webhook/,
			/webhooks\.configuration:rw.*administrator/,
		],
		['not_found', 404, /could not find/, /ID/],
		['license_expired', 402, /expired/, /Renew/],
		// register_webhook adds a registration: after an error that leaves open whether it did, the
		// node does not send it again.
		['internal', 500, /could not confirm register_webhook/, /may have done it anyway/],
	])(
		'%s → a message saying what happened and a description saying what to do',
		async (type, status, message, description) => {
			const fake = new FakeLiveChat();
			fake.failNext('register_webhook', { status, type, message: 'details' }, 10);
			const { context } = hookContext();
			const error = await failureOf(
				liveChatApiRequest(context, 'configuration', 'register_webhook', list),
			);
			expect(error.message).toMatch(message);
			expect(error.description).toMatch(description);
			expect(liveChatErrorType(error)).toBe(type);
		},
	);

	it('internal, after every retry of a read → could not complete, try again', async () => {
		const fake = new FakeLiveChat();
		fake.failNext('list_webhooks', { status: 500, type: 'internal' }, 10);
		const { context } = hookContext();
		const error = await failureOf(
			liveChatApiRequest(context, 'configuration', 'list_webhooks', list),
		);
		expect(fake.callsOf('list_webhooks')).toHaveLength(1 + retryPolicy.maxRetries);
		expect(error.message).toBe('LiveChat could not complete list_webhooks right now');
		expect(error.description).toMatch(/try again/);
	});

	it.each([
		['configuration', 'list_tags', 'tags--all:ro (or tags--groups:ro for the tags of your groups)'],
		[
			'configuration',
			'create_tag',
			'tags--all:rw (or tags--groups:rw for the tags of your groups)',
		],
		['agent', 'set_routing_status', 'agents-bot--all:rw for other bots'],
		['agent', 'list_routing_statuses', 'agents--all:ro and agents-bot--all:ro'],
	] as const)('a missing scope for %s %s names %s', async (api, method, scope) => {
		const fake = new FakeLiveChat();
		fake.failNext(method, { status: 403, type: 'authorization' });
		const { context } = hookContext();
		const error = await failureOf(liveChatApiRequest(context, api, method as never, {}));
		expect(error.description).toContain(scope);
	});

	it('a refusal of list_agents_for_transfer, which needs no scope, says the chat is out of reach', async () => {
		const fake = new FakeLiveChat();
		fake.failNext('list_agents_for_transfer', { status: 403, type: 'authorization' });
		const { context } = hookContext();
		const error = await failureOf(
			liveChatApiRequest(context, 'agent', 'list_agents_for_transfer', { chat_id: 'PJ0MRSHTDG' }),
		);
		expect(error.message).toBe(
			'The LiveChat user of this credential may not call list_agents_for_transfer for chat PJ0MRSHTDG',
		);
		expect(error.description).toContain('needs no scope');
	});

	it('never carries the request body (and its secret) in the error', async () => {
		const fake = new FakeLiveChat();
		fake.failNext('register_webhook', { status: 400, type: 'validation' });
		const { context } = hookContext();
		const secret = 'f'.repeat(64);
		const error = await failureOf(
			liveChatApiRequest(context, 'configuration', 'register_webhook', {
				...list,
				secret_key: secret,
			}),
		);
		expect(JSON.stringify(error)).not.toContain(secret);
		expect(JSON.stringify(error.errorResponse)).not.toContain(secret);
		expect(String(error.description)).not.toContain(secret);
		expect(error.cause).toBeUndefined();
	});
});
