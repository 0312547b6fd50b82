import nock from 'nock';

import { liveChatApiPages, liveChatApiRequest } from '../../../nodes/LiveChat/transport';
import { liveChatReportRequest } from '../../../nodes/LiveChat/transport/reports';
import { liveChatUpload } from '../../../nodes/LiveChat/transport/upload';
import { API_URL, CLIENT_ID, hookContext, PAT_CREDENTIALS } from '../../helpers/contexts';
import { FakeLiveChat } from '../../helpers/fakeLiveChat';
import { failureOf, oauthContext, OWN_WEBHOOKS } from '../../helpers/transport';
import { LiveChatSimulator } from '../../simulator/server';
import { ADMIN, ADMIN_PAT } from '../../simulator/state';

describe('requests', () => {
	it('POSTs JSON to /v3.6/<api>/action/<method> with a Bearer token for OAuth2', async () => {
		const fake = new FakeLiveChat();
		const { context } = hookContext();
		await liveChatApiRequest(context, 'configuration', 'list_webhooks', OWN_WEBHOOKS);
		const [call] = fake.calls;
		expect(call).toMatchObject({
			api: 'configuration',
			method: 'list_webhooks',
			body: OWN_WEBHOOKS,
		});
		expect(call.headers.authorization).toBe('Bearer dal:oauth-access-token');
		expect(call.headers['content-type']).toContain('application/json');
	});

	it('sends a file once more after a refused token, but leaves a JSON call to n8n', async () => {
		const fake = new FakeLiveChat();
		fake.failNext('upload_file', { status: 401, type: 'authentication' });
		fake.failNext('list_webhooks', { status: 401, type: 'authentication' });
		const { context } = hookContext();
		const file = { name: 'a.txt', contentType: 'text/plain', data: Buffer.from('hello') };
		expect(await liveChatUpload(context, file)).toMatch(/^https?:\/\//);
		expect(fake.callsOf('upload_file')).toHaveLength(2);
		const error = await failureOf(
			liveChatApiRequest(context, 'configuration', 'list_webhooks', OWN_WEBHOOKS),
		);
		expect(fake.callsOf('list_webhooks')).toHaveLength(1);
		expect(error.message).toBe('LiveChat did not accept the credential (list_webhooks)');
	});
});

describe('region', () => {
	it('sends X-Region for a region-prefixed token', async () => {
		const fake = new FakeLiveChat();
		fake.requiredRegion = 'fra';
		await liveChatApiRequest(
			oauthContext('fra:token'),
			'configuration',
			'list_webhooks',
			OWN_WEBHOOKS,
		);
		expect(fake.calls).toHaveLength(1);
		expect(fake.calls[0].headers['x-region']).toBe('fra');
	});

	it('sends no X-Region for a token without prefix', async () => {
		const fake = new FakeLiveChat();
		await liveChatApiRequest(
			oauthContext('plain-token'),
			'configuration',
			'list_webhooks',
			OWN_WEBHOOKS,
		);
		expect(fake.calls[0].headers['x-region']).toBeUndefined();
	});

	it('retries once in the region a misdirected_request names', async () => {
		const fake = new FakeLiveChat();
		fake.requiredRegion = 'fra';
		const answer = await liveChatApiRequest(
			oauthContext('dal:token'),
			'configuration',
			'list_webhooks',
			OWN_WEBHOOKS,
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
			liveChatApiRequest(oauthContext('dal:token'), 'configuration', 'list_webhooks', OWN_WEBHOOKS),
		);
		expect(fake.calls).toHaveLength(2);
		expect(error.message).toContain('wrong region');
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

/** Over real HTTP on loopback: the simulator answers as LiveChat would. */
describe('the transport against the simulator', () => {
	let sim: LiveChatSimulator;
	let url: string;

	beforeAll(() => nock.enableNetConnect('127.0.0.1'));
	afterAll(() => nock.disableNetConnect());
	beforeEach(async () => {
		sim = new LiveChatSimulator();
		url = await sim.start();
	});
	afterEach(async () => await sim.stop());

	it('follows misdirected_request to the license region and retries a rate limit', async () => {
		sim.state.region = 'fra';
		sim.faults.methodFaults.push({
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
		expect(sim.calls.map((c) => `${c.x_region ?? '-'}:${c.error_type ?? c.status}`)).toEqual([
			'-:misdirected_request',
			'fra:too_many_requests',
			'fra:200',
		]);
	});
});
