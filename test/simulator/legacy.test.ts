/**
 * The simulator's legacy (v2) webhooks follow the seed documents: the data types' shapes, the
 * Basic Auth of the target URL sent as a header, and the visitor-details call's rules.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import nock from 'nock';

import { SEED_DATA, SEED_DATA_TYPES } from '../fixtures/legacy/seeds';
import { buildLegacyWebhook, LICENSE_ID } from './legacy';
import { LiveChatSimulator } from './server';

/** The shape of a value: its keys, recursively, and the types of its leaves. */
function shapeOf(value: unknown): unknown {
	if (Array.isArray(value)) return value.length ? [shapeOf(value[0])] : [];
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value)
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([key, entry]) => [key, shapeOf(entry)]),
		);
	}
	return value === null ? 'null' : typeof value;
}

let simulator: LiveChatSimulator;
let url: string;

beforeAll(() => nock.enableNetConnect('127.0.0.1'));
beforeEach(async () => {
	simulator = new LiveChatSimulator();
	url = await simulator.start();
});
afterEach(async () => await simulator.stop());

describe('legacy payloads', () => {
	const cases = Object.entries(SEED_DATA_TYPES).flatMap(([event, types]) =>
		types.map((type) => [event, type] as const),
	);

	it.each(cases)('%s with %s has the shape the seeds document', (event, type) => {
		// chat_ended is about an ended chat; the others about the active one.
		const chatId = event === 'chat_ended' ? 'ARCHIVE004' : 'PJ0MRSHTDG';
		const chat = simulator.state.chats.get(chatId)!;
		simulator.state.customers.get(chat.customerId)!.session_fields = [{ 'Customer ID': 'X1' }];
		chat.threads[0].events[2].visibility = 'agents';
		chat.threads[0].tags = ['sales'];
		const target = { id: 't', event_type: event, data_types: [type], url: 'https://x' };
		const body = buildLegacyWebhook(simulator.state, target, {
			event_type: event,
			chat_id: chatId,
		});
		expect(Object.keys(body).sort()).toEqual(['event_type', 'license_id', 'token', type].sort());
		expect(body).toMatchObject({ event_type: event, license_id: LICENSE_ID });

		const seed = SEED_DATA[type];
		const built = body[type];
		if (type === 'chat') {
			const { messages, ended_timestamp: _ended, ...rest } = SEED_DATA.chat;
			const builtChat = built as typeof SEED_DATA.chat;
			const expected = event === 'chat_ended' ? { ...rest, ended_timestamp: 0 } : rest;
			const { messages: builtMessages, ...builtRest } = builtChat;
			expect(shapeOf(builtRest)).toEqual(shapeOf(expected));
			// Each kind of author (visitor, agent, whispering supervisor) as the seed shows it.
			for (const message of builtMessages) {
				const documented = messages.find((m) => m.user_type === message.user_type);
				expect(shapeOf(message)).toEqual(shapeOf(documented));
			}
			expect(new Set(builtMessages.map((m) => m.user_type))).toEqual(
				new Set(['visitor', 'supervisor']),
			);
		} else if (type === 'pre_chat_survey') {
			expect((built as unknown[]).map(shapeOf)).toEqual((seed as unknown[]).map(shapeOf));
		} else {
			expect(shapeOf(built)).toEqual(shapeOf(seed));
		}
	});

	it('sends an empty survey when the chat started without one', () => {
		const target = {
			id: 't',
			event_type: 'chat_started',
			data_types: ['pre_chat_survey'],
			url: 'https://x',
		};
		const body = buildLegacyWebhook(simulator.state, target, {
			event_type: 'chat_started',
			skip_survey: true,
		});
		expect(body.pre_chat_survey).toEqual([]);
	});
});

describe('legacy delivery', () => {
	it('sends the URL’s user and password as Basic Auth, and retries until 200', async () => {
		const received: Array<{
			authorization?: string;
			body: Record<string, unknown>;
			path?: string;
		}> = [];
		const receiver = http.createServer((request, response) => {
			let body = '';
			request.on('data', (chunk) => (body += chunk));
			request.on('end', () => {
				received.push({
					authorization: request.headers.authorization,
					body: JSON.parse(body),
					path: request.url,
				});
				response.writeHead(received.length === 1 ? 503 : 200).end();
			});
		});
		await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
		const port = (receiver.address() as AddressInfo).port;
		await fetch(`${url}/_sim/legacy/webhooks`, {
			method: 'POST',
			body: JSON.stringify({
				event_type: 'chat_started',
				data_types: ['visitor'],
				url: `http://livechat:p%40ss%3Aword@127.0.0.1:${port}/hook`,
			}),
		});
		Object.assign(simulator.deliverer.settings, { retryIntervalMs: 10 });
		expect(simulator.emitLegacy({ event_type: 'chat_ended' })).toEqual([]);
		const [delivery] = simulator.emitLegacy({ event_type: 'chat_started' });
		await simulator.deliverer.settled();
		receiver.close();

		expect(delivery.url).toBe(`http://127.0.0.1:${port}/hook`);
		expect(delivery.attempts.map((attempt) => attempt.outcome)).toEqual([503, 200]);
		expect(received[1].authorization).toBe(
			`Basic ${Buffer.from('livechat:p@ss:word').toString('base64')}`,
		);
		expect(received[1].body).toMatchObject({
			event_type: 'chat_started',
			visitor: { name: 'Thomas Anderson' },
		});
		expect(JSON.stringify(simulator.deliverer.deliveries)).not.toContain('p%40ss');
	});

	it('refuses a data type the event does not carry', async () => {
		const response = await fetch(`${url}/_sim/legacy/webhooks`, {
			method: 'POST',
			body: JSON.stringify({
				event_type: 'visitor_queued',
				data_types: ['chat'],
				url: 'https://x',
			}),
		});
		expect(response.status).toBe(400);
	});
});

describe('the v2 visitor-details call', () => {
	async function addDetails(
		form: Record<string, string | undefined>,
		headers: Record<string, string> = { 'X-API-Version': '2' },
		visitorId?: string,
	) {
		const target = {
			id: 't',
			event_type: 'chat_started',
			data_types: ['visitor'],
			url: 'https://x',
		};
		const body = buildLegacyWebhook(simulator.state, target, { event_type: 'chat_started' }) as {
			token: string;
			visitor: { id: string };
		};
		const response = await fetch(`${url}/visitors/${visitorId ?? body.visitor.id}/details`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
			body: new URLSearchParams(
				Object.entries({
					license_id: LICENSE_ID,
					token: body.token,
					id: 'crm',
					'fields[0][name]': 'Plan',
					'fields[0][value]': 'Pro',
					...form,
				}).filter((entry): entry is [string, string] => entry[1] !== undefined),
			).toString(),
		});
		return {
			status: response.status,
			body: (await response.json()) as Record<string, unknown>,
			visitorId: body.visitor.id,
		};
	}

	it('adds the details with the delivery’s token', async () => {
		const { status, body, visitorId } = await addDetails({});
		expect([status, body]).toEqual([200, { result: 'Visitor details added' }]);
		expect(simulator.state.visitorDetails.get(visitorId)).toEqual({
			crm: { fields: [{ name: 'Plan', value: 'Pro' }] },
		});
		expect(simulator.calls.at(-1)?.body).not.toHaveProperty('token');
	});

	it.each([
		['without X-API-Version: 2', {}, {}, 400],
		['with an unknown token', { token: 'nope' }, { 'X-API-Version': '2' }, 401],
		['with another license', { license_id: '1' }, { 'X-API-Version': '2' }, 401],
		[
			'with an icon URL with its scheme',
			{ icon: 'https://example.com/i.png' },
			{ 'X-API-Version': '2' },
			400,
		],
		[
			'without fields',
			{ 'fields[0][name]': undefined, 'fields[0][value]': undefined },
			{ 'X-API-Version': '2' },
			400,
		],
	])('answers %s', async (_case, form, headers, status) => {
		const answer = await addDetails(form, headers);
		expect(answer.status).toBe(status);
	});

	it('says which visitor it does not know', async () => {
		const answer = await addDetails({}, { 'X-API-Version': '2' }, 'S1.nobody');
		expect(answer).toMatchObject({ status: 404, body: { error: 'Visitor S1.nobody not found' } });
	});
});
