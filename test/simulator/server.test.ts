/**
 * The simulator's HTTP server: the license region (misdirected_request), and the faults a test can
 * set: a rate limit, errors of a named method, slow answers, answers lost after the call was
 * carried out; and many webhook events emitted in a row with at most so many in flight.
 */
import http from 'http';
import type { AddressInfo } from 'net';

import {
	callApi,
	simulatorOverHttp,
	SMITH,
	startWebhookReceiver,
	webhookRegistration,
} from '../helpers/simulatorCalls';
import { SimulatorClient } from './client';
import { APP_CLIENT_ID, LIVE_CHAT_ID, LIVE_THREAD_ID, currentThread } from './state';

const server = simulatorOverHttp();
const { call } = server;

/** Registers `url` for `action` in-process, with the secret `secret-<action>`. */
const register = (action: string, hookUrl: string, more: object = {}) =>
	callApi(
		server.sim,
		'configuration',
		'register_webhook',
		{
			url: hookUrl,
			action,
			secret_key: `secret-${action}`,
			owner_client_id: APP_CLIENT_ID,
			type: 'license',
			...more,
		},
		SMITH,
	);

describe('the license region', () => {
	it('answers a request without the license region with misdirected_request naming it', async () => {
		server.sim.state.region = 'fra';
		const state = { owner_client_id: APP_CLIENT_ID };
		const misdirected = await call('configuration', 'get_license_webhooks_state', state);
		expect(misdirected.body.error).toMatchObject({
			type: 'misdirected_request',
			data: { region: 'fra' },
		});
		const routed = await call('configuration', 'get_license_webhooks_state', state, {
			Authorization: SMITH,
			'X-Region': 'fra',
		});
		expect(routed.body).toEqual({ license_webhooks_enabled: true });
	});
});

describe('faults', () => {
	it('answers too_many_requests above the rate and 5xx on a named method', async () => {
		server.sim.faults.rateLimitPerSecond = 2;
		const statuses = [];
		for (let n = 0; n < 3; n++)
			statuses.push((await call('configuration', 'list_tags', {})).status);
		expect(statuses).toEqual([200, 200, 429]);

		server.sim.faults.rateLimitPerSecond = undefined;
		server.sim.faults.methodFaults.push({ method: 'list_groups', status: 503, times: 1 });
		expect((await call('configuration', 'list_groups', {})).body.error?.type).toBe(
			'service_unavailable',
		);
		expect((await call('configuration', 'list_groups', {})).status).toBe(200);
	});
});

describe('slow answers', () => {
	it('answers a slowed method only after the delay', async () => {
		server.sim.faults.slowMethods.list_tags = 300;
		const started = Date.now();
		expect((await call('configuration', 'list_tags', {})).status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(300);
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
			...webhookRegistration('incoming_event'),
			url: hook,
		});

		const response = await fetch(`${server.url}/_sim/emit-many`, {
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

describe('faults: lost and slow answers', () => {
	let client: SimulatorClient;
	beforeEach(() => {
		client = new SimulatorClient(server.url);
	});

	const post = (method: string, body: object) =>
		fetch(`${server.url}/v3.6/agent/action/${method}`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Authorization: SMITH },
			body: JSON.stringify(body),
		});

	it('performs the call, fires its webhook, and closes the connection without an answer', async () => {
		const hook = await startWebhookReceiver();
		register('incoming_event', hook.url);
		Object.assign(server.sim.deliverer.settings, { retries: 0 });
		await client.loseAnswers('send_event', 1);
		const event = { type: 'message', text: 'Sent, answer lost' };
		await expect(post('send_event', { chat_id: LIVE_CHAT_ID, event })).rejects.toThrow();
		await server.sim.deliverer.settled();
		hook.close();

		const thread = currentThread(server.sim.state.chats.get(LIVE_CHAT_ID)!);
		expect(thread.events.at(-1)).toMatchObject({ text: 'Sent, answer lost' });
		expect(
			hook.bodies.map((body) => (body.payload as { event: { text: string } }).event.text),
		).toEqual(['Sent, answer lost']);
		const calls = await client.calls('send_event');
		expect(calls).toHaveLength(1);
		expect(calls[0]).toMatchObject({
			status: 200,
			answer_lost: true,
			body: { chat_id: LIVE_CHAT_ID },
		});

		// Only the next call was lost: the one after is answered.
		const answered = await post('send_event', {
			chat_id: LIVE_CHAT_ID,
			event: { type: 'message', text: 'Again' },
		});
		expect(answered.status).toBe(200);
		expect(await answered.json()).toEqual({ event_id: `${LIVE_THREAD_ID}_4` });
		expect(server.sim.faults.lostAnswers).toEqual([]);
		// Other methods were never affected.
		expect((await post('get_chat', { chat_id: LIVE_CHAT_ID })).status).toBe(200);
	});

	it('loses the answers of the next N calls of the method, errors included', async () => {
		await client.faults({ lostAnswers: [{ method: 'get_chat', count: 2 }] });
		await expect(post('get_chat', { chat_id: LIVE_CHAT_ID })).rejects.toThrow();
		await expect(post('get_chat', { chat_id: 'NOSUCHCHAT' })).rejects.toThrow();
		expect((await post('get_chat', { chat_id: LIVE_CHAT_ID })).status).toBe(200);
		expect((await client.calls('get_chat')).map((c) => [c.status, c.answer_lost ?? false])).toEqual(
			[
				[200, true],
				[404, true],
				[200, false],
			],
		);
		await client.faults({ lostAnswers: [{ method: 'get_chat', count: 1 }] });
		await client.clearFaults();
		expect((await post('get_chat', { chat_id: LIVE_CHAT_ID })).status).toBe(200);
	});

	it('answers one method slowly, the others at once', async () => {
		await client.slowAnswers('list_threads', 300);
		let started = Date.now();
		expect((await post('list_threads', { chat_id: LIVE_CHAT_ID })).status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(290);
		started = Date.now();
		expect((await post('get_chat', { chat_id: LIVE_CHAT_ID })).status).toBe(200);
		expect(Date.now() - started).toBeLessThan(290);
	});
});
