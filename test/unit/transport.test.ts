import { NodeApiError } from 'n8n-workflow';
import nock from 'nock';

import {
	backoffDelay,
	liveChatApiRequest,
	regionOfToken,
	retryPolicy,
} from '../../nodes/LiveChat/transport';
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

	it('waits exponentially longer, up to a cap', () => {
		const saved = { ...retryPolicy };
		Object.assign(retryPolicy, { baseDelayMs: 1000, maxDelayMs: 8000 });
		expect([0, 1, 2, 3, 4].map(backoffDelay)).toEqual([1000, 2000, 4000, 8000, 8000]);
		Object.assign(retryPolicy, saved);
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
		['internal', 500, /could not complete/, /try again/],
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
