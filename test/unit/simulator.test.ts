/**
 * The LiveChat simulator follows LiveChat's documented contract, so the e2e suite can catch a node
 * that breaks it. Real HTTP on loopback.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import nock from 'nock';

import { liveChatApiRequest } from '../../nodes/LiveChat/transport';
import { CLIENT_ID, hookContext, PAT_CREDENTIALS } from '../helpers/contexts';

import { LiveChatSimulator } from '../simulator/server';
import { ADMIN, ADMIN_PAT, AGENT_PAT, APP_CLIENT_ID, APP_CLIENT_SECRET } from '../simulator/state';

const basic = (accountId: string, token: string) =>
	`Basic ${Buffer.from(`${accountId}:${token}`).toString('base64')}`;
const ADMIN_AUTH = basic(ADMIN.accountId, ADMIN_PAT);

let simulator: LiveChatSimulator;
let url: string;

async function call(
	api: 'configuration' | 'agent',
	method: string,
	body: object,
	headers: Record<string, string> = { Authorization: ADMIN_AUTH },
) {
	const response = await fetch(`${url}/v3.6/${api}/action/${method}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', ...headers },
		body: JSON.stringify(body),
	});
	return { status: response.status, body: (await response.json()) as Answer };
}

/** What the simulator answered: LiveChat's error envelope or a method's result. */
interface Answer {
	error?: { type: string; message?: string; data?: Record<string, unknown> };
	chats_summary?: Array<{ id: string }>;
	refresh_token?: string;
	[key: string]: unknown;
}

const registration = (action: string, n = 1) => ({
	url: `https://example.com/hook/${n}`,
	action,
	secret_key: 'secret-value',
	owner_client_id: APP_CLIENT_ID,
	type: 'license',
});

beforeAll(() => nock.enableNetConnect('127.0.0.1'));
beforeEach(async () => {
	simulator = new LiveChatSimulator();
	url = await simulator.start();
});
afterEach(async () => await simulator.stop());

describe('webhook registrations', () => {
	it('allows 3 per action per client, never lists secrets, and answers unknown ids with not_found', async () => {
		for (const n of [1, 2, 3]) {
			expect(
				(await call('configuration', 'register_webhook', registration('incoming_chat', n))).status,
			).toBe(200);
		}
		const fourth = await call(
			'configuration',
			'register_webhook',
			registration('incoming_chat', 4),
		);
		expect(fourth.body.error?.type).toBe('limit_reached');
		expect(
			(await call('configuration', 'register_webhook', registration('incoming_event'))).status,
		).toBe(200);

		const listed = await call('configuration', 'list_webhooks', { owner_client_id: APP_CLIENT_ID });
		expect(listed.body).toHaveLength(4);
		expect(JSON.stringify(listed.body)).not.toContain('secret-value');

		const missing = await call('configuration', 'unregister_webhook', {
			id: 'nope',
			owner_client_id: APP_CLIENT_ID,
		});
		expect(missing).toMatchObject({ status: 404, body: { error: { type: 'not_found' } } });
	});

	it('requires owner_client_id with a personal access token', async () => {
		const { owner_client_id: _owner, ...withoutOwner } = registration('incoming_chat');
		const answer = await call('configuration', 'register_webhook', withoutOwner);
		expect(answer.body.error).toMatchObject({
			type: 'validation',
			message: '`owner_client_id` is required',
		});
	});

	it('checks the scope of each method', async () => {
		const answer = await call(
			'configuration',
			'list_webhooks',
			{ owner_client_id: APP_CLIENT_ID },
			{
				Authorization: basic(AGENT_PAT.accountId, AGENT_PAT.token),
			},
		);
		expect(answer).toMatchObject({ status: 403, body: { error: { type: 'authorization' } } });
		expect(
			(
				await call(
					'agent',
					'get_chat',
					{ chat_id: 'PJ0MRSHTDG' },
					{ Authorization: basic(AGENT_PAT.accountId, AGENT_PAT.token) },
				)
			).status,
		).toBe(200);
	});

	it('answers a request without the license region with misdirected_request naming it', async () => {
		simulator.state.region = 'fra';
		const state = { owner_client_id: APP_CLIENT_ID };
		const misdirected = await call('configuration', 'get_license_webhooks_state', state);
		expect(misdirected.body.error).toMatchObject({
			type: 'misdirected_request',
			data: { region: 'fra' },
		});
		const routed = await call('configuration', 'get_license_webhooks_state', state, {
			Authorization: ADMIN_AUTH,
			'X-Region': 'fra',
		});
		expect(routed.body).toEqual({ license_webhooks_enabled: true });
	});
});

describe('cursor pages', () => {
	it('pages list_chats; a follow-up takes page_id without filters, limit or sort_order', async () => {
		const first = await call('agent', 'list_chats', { limit: 10 });
		expect(first.body.chats_summary).toHaveLength(10);
		expect(first.body.found_chats).toBe(25);
		const second = await call('agent', 'list_chats', { page_id: first.body.next_page_id });
		expect(second.body.chats_summary).toHaveLength(10);
		const third = await call('agent', 'list_chats', { page_id: second.body.next_page_id });
		expect(third.body.chats_summary).toHaveLength(5);
		expect(third.body.next_page_id).toBeUndefined();
		const ids = [first, second, third].flatMap((page) =>
			page.body.chats_summary?.map((chat) => chat.id),
		);
		expect(new Set(ids).size).toBe(25);

		const mixed = await call('agent', 'list_chats', { page_id: first.body.next_page_id, limit: 5 });
		expect(mixed.body.error?.type).toBe('validation');
	});
});

describe('faults', () => {
	it('answers too_many_requests above the rate and 5xx on a named method', async () => {
		simulator.faults.rateLimitPerSecond = 2;
		const statuses = [];
		for (let n = 0; n < 3; n++)
			statuses.push((await call('configuration', 'list_tags', {})).status);
		expect(statuses).toEqual([200, 200, 429]);

		simulator.faults.rateLimitPerSecond = undefined;
		simulator.faults.methodFaults.push({ method: 'list_groups', status: 503, times: 1 });
		expect((await call('configuration', 'list_groups', {})).body.error?.type).toBe(
			'service_unavailable',
		);
		expect((await call('configuration', 'list_groups', {})).status).toBe(200);
	});
});

describe('slow answers and propagation delay', () => {
	it('answers a slowed method only after the delay', async () => {
		simulator.faults.slowMethods.list_tags = 300;
		const started = Date.now();
		expect((await call('configuration', 'list_tags', {})).status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(300);
	});

	it('does not deliver to a registration until the propagation delay has passed', async () => {
		simulator.faults.propagationDelayMs = 60_000;
		await call('configuration', 'register_webhook', registration('thread_tagged'));
		expect(simulator.emit({ action: 'thread_tagged' })).toEqual([]);
		simulator.state.webhooks[0].liveFrom = Date.now();
		Object.assign(simulator.deliverer.settings, { retries: 0, timeoutMs: 500 });
		expect(simulator.emit({ action: 'thread_tagged' })).toHaveLength(1);
	});
});

// The payload of every action against the fields of the docs' samples: simulator.contract.test.ts.
// (test/fixtures/webhooks are the node's fixtures; where they differ from the docs, the docs win.)

describe('delivery', () => {
	it('retries until the receiver answers 200, with the secret, and honours author_type', async () => {
		const received: Array<Record<string, unknown>> = [];
		const receiver = http.createServer((request, response) => {
			let body = '';
			request.on('data', (chunk) => (body += chunk));
			request.on('end', () => {
				received.push(JSON.parse(body));
				response.writeHead(received.length === 1 ? 500 : 200).end();
			});
		});
		await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
		const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
		await call('configuration', 'register_webhook', {
			...registration('incoming_event'),
			url: hook,
			filters: { author_type: 'customer' },
		});
		Object.assign(simulator.deliverer.settings, { retryIntervalMs: 10 });

		expect(simulator.emit({ action: 'incoming_event', author: 'agent' })).toEqual([]);
		const [delivery] = simulator.emit({
			action: 'incoming_event',
			author: 'customer',
			text: 'hello',
		});
		await simulator.deliverer.settled();
		receiver.close();

		expect(delivery.attempts.map((attempt) => attempt.outcome)).toEqual([500, 200]);
		expect(received).toHaveLength(2);
		expect(received[1]).toMatchObject({
			secret_key: 'secret-value',
			action: 'incoming_event',
			payload: { event: { text: 'hello' } },
		});
	});
});

describe('lost answers', () => {
	it('loses exactly every (1/rate)-th 200 answer and retries its delivery until one arrives', async () => {
		let received = 0;
		const receiver = http.createServer((request, response) => {
			request.resume();
			request.on('end', () => {
				received++;
				response.writeHead(200).end();
			});
		});
		await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
		const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
		await call('configuration', 'register_webhook', {
			...registration('thread_tagged'),
			url: hook,
		});
		Object.assign(simulator.deliverer.settings, { retryIntervalMs: 10, lostAnswerRate: 0.1 });

		const deliveries = [];
		for (let i = 0; i < 30; i++) deliveries.push(...simulator.emit({ action: 'thread_tagged' }));
		await simulator.deliverer.settled();
		receiver.close();

		// Every tenth answer is lost, the answers to retries included: 30 deliveries take 33 answers.
		const attempts = deliveries.flatMap((delivery) => delivery.attempts);
		const lost = attempts.filter((a) => a.outcome === 'timeout' && a.lateStatus === 200);
		expect(lost).toHaveLength(3);
		expect(attempts.filter((attempt) => attempt.outcome === 200)).toHaveLength(30);
		expect(deliveries.every((delivery) => delivery.state === 'delivered')).toBe(true);
		expect(received).toBe(33);
	});
});

describe('OAuth2', () => {
	it('exchanges a code once, refreshes, and refuses client credentials outside the body', async () => {
		const location = simulator.accounts.approve(
			new URLSearchParams({
				client_id: APP_CLIENT_ID,
				redirect_uri: 'http://localhost/cb',
				state: 's',
			}),
		);
		const code = new URL(location).searchParams.get('code')!;
		expect(code).toMatch(/^dal:/);
		const exchange = {
			grant_type: 'authorization_code',
			code,
			client_id: APP_CLIENT_ID,
			client_secret: APP_CLIENT_SECRET,
			redirect_uri: 'http://localhost/cb',
		};
		const post = async (form: Record<string, string>) => {
			const response = await fetch(`${url}/v2/token`, {
				method: 'POST',
				body: new URLSearchParams(form),
			});
			return { status: response.status, body: (await response.json()) as Answer };
		};
		const token = await post(exchange);
		expect(token.body).toMatchObject({
			token_type: 'Bearer',
			expires_in: 28800,
			access_token: expect.stringMatching(/^dal:/),
		});
		expect((await post(exchange)).body.error).toBe('invalid_grant');

		simulator.accounts.expireAccessTokens();
		const expired = await call(
			'agent',
			'get_chat',
			{ chat_id: 'PJ0MRSHTDG' },
			{ Authorization: `Bearer ${token.body.access_token}`, 'X-Region': 'dal' },
		);
		expect(expired).toMatchObject({ status: 401, body: { error: { type: 'authentication' } } });
		const refreshed = await post({
			grant_type: 'refresh_token',
			refresh_token: String(token.body.refresh_token),
			client_id: APP_CLIENT_ID,
			client_secret: APP_CLIENT_SECRET,
		});
		expect(refreshed.body.refresh_token).toBe(token.body.refresh_token);
		const again = await call(
			'agent',
			'get_chat',
			{ chat_id: 'PJ0MRSHTDG' },
			{ Authorization: `Bearer ${refreshed.body.access_token}` },
		);
		expect(again.status).toBe(200);

		expect(
			(
				await post({
					grant_type: 'refresh_token',
					refresh_token: String(token.body.refresh_token),
					client_id: APP_CLIENT_ID,
				})
			).body.error,
		).toBe('invalid_client');
	});
});

describe('the transport against the simulator', () => {
	it('follows misdirected_request to the license region and retries a rate limit', async () => {
		simulator.state.region = 'fra';
		simulator.faults.methodFaults.push({
			method: 'list_webhooks',
			status: 429,
			type: 'too_many_requests',
			times: 1,
		});
		const credentials = {
			liveChatApi: {
				...PAT_CREDENTIALS,
				accountId: ADMIN.accountId,
				accessToken: ADMIN_PAT,
				apiUrl: url,
			},
		};
		const { context } = hookContext({ credentials, parameters: { authentication: 'accessToken' } });
		const listed = await liveChatApiRequest(context, 'configuration', 'list_webhooks', {
			owner_client_id: CLIENT_ID,
		});
		expect(listed).toEqual([]);
		expect(simulator.calls.map((c) => `${c.x_region ?? '-'}:${c.error_type ?? c.status}`)).toEqual([
			'-:misdirected_request',
			'fra:too_many_requests',
			'fra:200',
		]);
	});
});

describe('many events in a row', () => {
	it('emits each as a new occurrence, numbered, with at most inFlight deliveries pending', async () => {
		let open = 0;
		let mostOpen = 0;
		const received: Array<{ payload: { event: { id: string; text: string } } }> = [];
		// Answers only after a moment, so an uncapped emitter would have all 40 open at once.
		const receiver = http.createServer((request, response) => {
			let body = '';
			mostOpen = Math.max(mostOpen, ++open);
			request.on('data', (chunk) => (body += chunk));
			request.on('end', () => {
				received.push(JSON.parse(body));
				setTimeout(() => {
					open--;
					response.writeHead(200).end();
				}, 20);
			});
		});
		await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
		const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
		await call('configuration', 'register_webhook', {
			...registration('incoming_event'),
			url: hook,
		});

		const response = await fetch(`${url}/_sim/emit-many`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({
				action: 'incoming_event',
				text: 'load',
				count: 40,
				inFlight: 4,
				from: 11,
			}),
		});
		const deliveries = (await response.json()) as Array<{ state: string }>;
		receiver.close();

		expect(response.status).toBe(200);
		expect(deliveries).toHaveLength(40);
		expect(deliveries.every((delivery) => delivery.state === 'delivered')).toBe(true);
		expect(mostOpen).toBeLessThanOrEqual(4);
		expect(new Set(received.map((body) => body.payload.event.id)).size).toBe(40);
		expect(received.map((body) => body.payload.event.text).sort()).toEqual(
			Array.from({ length: 40 }, (_, n) => `load ${n + 11}`).sort(),
		);
	});
});
