/**
 * The simulator's webhook delivery over loopback HTTP: only to registrations whose propagation
 * delay has passed and whose filters match, with the secret, retried until the receiver answers
 * 200, and with answers lost at the configured rate.
 */
import http from 'http';
import type { AddressInfo } from 'net';

import { simulatorOverHttp, webhookRegistration } from '../helpers/simulatorCalls';

const server = simulatorOverHttp();
const { call } = server;

describe('propagation delay', () => {
	it('does not deliver to a registration until the propagation delay has passed', async () => {
		server.sim.faults.propagationDelayMs = 60_000;
		await call('configuration', 'register_webhook', webhookRegistration('thread_tagged'));
		expect(server.sim.emit({ action: 'thread_tagged' })).toEqual([]);
		server.sim.state.webhooks[0].liveFrom = Date.now();
		Object.assign(server.sim.deliverer.settings, { retries: 0, timeoutMs: 500 });
		expect(server.sim.emit({ action: 'thread_tagged' })).toHaveLength(1);
	});
});

describe('bot webhooks and the agent_ids filter', () => {
	it('delivers bot webhooks only while a bot of the app is not offline, license switch or not', async () => {
		await call('configuration', 'register_webhook', {
			...webhookRegistration('thread_tagged'),
			type: 'bot',
		});
		Object.assign(server.sim.deliverer.settings, { retries: 0, timeoutMs: 500 });
		server.sim.state.licenseWebhooksEnabled.clear();
		expect(server.sim.emit({ action: 'thread_tagged' })).toHaveLength(1);
		for (const bot of server.sim.state.bots) bot.routing_status = 'offline';
		expect(server.sim.emit({ action: 'thread_tagged' })).toEqual([]);
	});

	it('delivers routing_status_set only for the agents agent_ids names', async () => {
		const registered = await call('configuration', 'register_webhook', {
			...webhookRegistration('routing_status_set'),
			filters: { agent_ids: ['jones@example.com'] },
		});
		expect(registered.status).toBe(200);
		Object.assign(server.sim.deliverer.settings, { retries: 0, timeoutMs: 500 });
		// The built event is about Agent Smith.
		expect(server.sim.emit({ action: 'routing_status_set' })).toEqual([]);
		server.sim.state.webhooks[0].filters = { agent_ids: ['smith@example.com'] };
		expect(server.sim.emit({ action: 'routing_status_set' })).toHaveLength(1);
		const refused = await call('configuration', 'register_webhook', {
			...webhookRegistration('routing_status_set', 2),
			filters: { agent_ids: 'smith@example.com' },
		});
		expect(refused.body.error?.message).toBe('`filters.agent_ids` must be a list of agent IDs');
	});
});

// The payload of every action against the fields of the docs' samples: contract.test.ts.
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
			...webhookRegistration('incoming_event'),
			url: hook,
			filters: { author_type: 'customer' },
		});
		Object.assign(server.sim.deliverer.settings, { retryIntervalMs: 10 });

		expect(server.sim.emit({ action: 'incoming_event', author: 'agent' })).toEqual([]);
		const [delivery] = server.sim.emit({
			action: 'incoming_event',
			author: 'customer',
			text: 'hello',
		});
		await server.sim.deliverer.settled();
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
			...webhookRegistration('thread_tagged'),
			url: hook,
		});
		Object.assign(server.sim.deliverer.settings, { retryIntervalMs: 10, lostAnswerRate: 0.1 });

		const deliveries = [];
		for (let i = 0; i < 30; i++) deliveries.push(...server.sim.emit({ action: 'thread_tagged' }));
		await server.sim.deliverer.settled();
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
