/**
 * What the simulator's own unit tests share: Basic auth headers, API calls in-process or over HTTP,
 * webhook registrations, a webhook receiver, and fired webhooks.
 */
import http from 'http';
import type { AddressInfo } from 'net';

import nock from 'nock';

import { LiveChatSimulator } from '../simulator/server';
import { ADMIN, ADMIN_PAT, APP_CLIENT_ID } from '../simulator/state';
import type { BuiltEvent, EmitOptions } from '../simulator/webhookEvents';

export const basic = (accountId: string, token: string) =>
	`Basic ${Buffer.from(`${accountId}:${token}`).toString('base64')}`;

/** An API answer as the tests read it: LiveChat's error envelope or the method's fields. */
export interface Answer {
	error?: { type: string; message: string; data?: Record<string, unknown> };
	[key: string]: unknown;
}

/** One API call answered in-process, as a client with `authorization` would make it. */
export function callApi(
	sim: LiveChatSimulator,
	api: 'agent' | 'configuration',
	method: string,
	body: object,
	authorization: string,
) {
	const answer = sim.answerApi({
		version: '3.6',
		api,
		method,
		authorization,
		body: JSON.stringify(body),
	});
	return { status: answer.status, body: answer.body as Answer };
}

/** An API answer as it comes over HTTP: LiveChat's error envelope or the method's fields. */
export interface HttpAnswer {
	error?: { type: string; message?: string; data?: Record<string, unknown> };
	chats_summary?: Array<{ id: string }>;
	refresh_token?: string;
	[key: string]: unknown;
}

/** One API call over HTTP to the simulator listening at `url`, with the given request headers. */
export async function callOverHttp(
	url: string,
	api: 'configuration' | 'agent',
	method: string,
	body: object,
	headers: Record<string, string>,
) {
	const response = await fetch(`${url}/v3.6/${api}/action/${method}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', ...headers },
		body: JSON.stringify(body),
	});
	return { status: response.status, body: (await response.json()) as HttpAnswer };
}

/** A license webhook registration of the simulator's app for `action`; `n` numbers its URL. */
/** Agent Smith's Personal Access Token as Basic authorization. */
export const SMITH = basic(ADMIN.accountId, ADMIN_PAT);

/**
 * A simulator listening on loopback for each test of the file or describe block it is called in
 * (`create` gives it: a new one, or one the block already made), and API calls to it over HTTP, as
 * Agent Smith unless `headers` say otherwise.
 */
export function simulatorOverHttp(create = () => new LiveChatSimulator()) {
	const server = {
		sim: undefined as unknown as LiveChatSimulator,
		url: '',
		call: (
			api: 'configuration' | 'agent',
			method: string,
			body: object,
			headers: Record<string, string> = { Authorization: SMITH },
		) => callOverHttp(server.url, api, method, body, headers),
	};
	beforeAll(() => nock.enableNetConnect('127.0.0.1'));
	beforeEach(async () => {
		server.sim = create();
		server.url = await server.sim.start();
	});
	afterEach(async () => await server.sim.stop());
	return server;
}

export const webhookRegistration = (action: string, n = 1) => ({
	url: `https://example.com/hook/${n}`,
	action,
	secret_key: 'secret-value',
	owner_client_id: APP_CLIENT_ID,
	type: 'license',
});

/** A webhook receiver on loopback that answers every delivery 200 and keeps the bodies. */
export async function startWebhookReceiver() {
	const bodies: Array<Record<string, unknown>> = [];
	const server = http.createServer((request, response) => {
		let text = '';
		request.on('data', (chunk) => (text += chunk));
		request.on('end', () => {
			bodies.push(JSON.parse(text));
			response.writeHead(200).end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
	return { url, bodies, close: () => server.close() };
}

export interface FiredWebhook {
	action: string;
	payload: Record<string, unknown>;
}

/** Records the webhooks the simulator would fire, instead of delivering them. */
export function recordFiredWebhooks(sim: LiveChatSimulator): FiredWebhook[] {
	const fired: FiredWebhook[] = [];
	jest
		.spyOn(sim.deliverer, 'emit')
		.mockImplementation((options: EmitOptions, event: BuiltEvent) => {
			fired.push({ action: options.action, payload: event.payload as Record<string, unknown> });
			return [];
		});
	return fired;
}
