import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { LiveChatTrigger } from '../../nodes/LiveChat/LiveChatTrigger.node';
import { legacyDeliveryIdentity } from '../../nodes/LiveChat/trigger/legacyWebhook';
import type { LegacyWebhook } from '../../nodes/LiveChat/types/livechat';
import { basicAuthMatches } from '../../nodes/LiveChat/trigger/verify';
import type { SeedDataType } from '../fixtures/legacy/seeds';
import { SEED_DATA, SEED_DATA_TYPES, seedWebhook } from '../fixtures/legacy/seeds';
import { hookContext, webhookContext } from '../helpers/contexts';
import { FakeLiveChat } from '../helpers/fakeLiveChat';

const trigger = new LiveChatTrigger();
const CREDENTIAL = { user: 'livechat', password: 'correct horse battery staple' };
const ALL_EVENTS = Object.keys(SEED_DATA_TYPES);
const basic = (user: string, password: string) =>
	`Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

let workflows = 0;

async function deliver(
	body: unknown,
	options: {
		authorization?: string;
		parameters?: IDataObject;
		workflowId?: string;
		mode?: 'webhook' | 'manual';
	} = {},
) {
	const { context, response, logged } = webhookContext(body, {
		parameters: {
			webhookSource: 'legacy',
			legacyEvents: ALL_EVENTS,
			...options.parameters,
		},
		credentials: { liveChatLegacyWebhookApi: CREDENTIAL },
		headers:
			options.authorization === undefined
				? { authorization: basic(CREDENTIAL.user, CREDENTIAL.password) }
				: options.authorization
					? { authorization: options.authorization }
					: {},
		timezone: 'UTC',
		workflowId: options.workflowId ?? `legacy-wf-${++workflows}`,
		mode: options.mode,
	});
	const result = await trigger.webhook.call(context);
	const items = (result.workflowData?.[0] ?? []) as INodeExecutionData[];
	return { result, items, response, logged };
}

describe('legacy deliveries: Basic Auth', () => {
	it.each([
		['missing', ''],
		['wrong password', basic('livechat', 'wrong horse battery staple')],
		['wrong user', basic('admin', CREDENTIAL.password)],
		['not Basic', 'Bearer abc'],
		['no colon', `Basic ${Buffer.from('livechat').toString('base64')}`],
	])('%s → 401, a Basic challenge and no execution', async (_case, authorization) => {
		const { result, response } = await deliver(seedWebhook('chat_started', ['visitor']), {
			authorization,
		});
		expect(response.statusCode).toBe(401);
		expect(response.headers?.['www-authenticate']).toMatch(/^Basic realm=/);
		expect(result.workflowData).toBeUndefined();
		expect(result.noWebhookResponse).toBe(true);
	});

	it('compares both parts whatever their lengths', () => {
		expect(basicAuthMatches(basic('livechat', 'x'), 'livechat', 'x')).toBe(true);
		expect(basicAuthMatches(basic('livechat', 'x:y'), 'livechat', 'x:y')).toBe(true);
		expect(basicAuthMatches(basic('livechat', ''), 'livechat', '')).toBe(false);
		expect(basicAuthMatches(basic('live', 'chat'), 'livechat', 'chat')).toBe(false);
	});
});

describe('legacy deliveries: body and events', () => {
	it.each([
		['a string', 'event_type=chat_started'],
		['null', null],
		['an array', [seedWebhook('chat_started')]],
		['an object without event_type', { token: 'x' }],
	])('a body that is %s → 400 and no execution', async (_case, body) => {
		const { result, response } = await deliver(body);
		expect(response.statusCode).toBe(400);
		expect(result.workflowData).toBeUndefined();
	});

	it('acknowledges an event not chosen in the node without running the workflow', async () => {
		const { result, response } = await deliver(seedWebhook('chat_ended', ['chat']), {
			parameters: { legacyEvents: ['chat_started'] },
		});
		expect(response.statusCode).toBe(200);
		expect(result.workflowData).toBeUndefined();
	});

	it('runs once for a delivery LiveChat retries', async () => {
		const body = seedWebhook('chat_started', ['visitor']);
		const first = await deliver(body, { workflowId: 'legacy-retry' });
		const retry = await deliver({ ...body }, { workflowId: 'legacy-retry' });
		expect(first.items).toHaveLength(1);
		expect(retry.result.workflowData).toBeUndefined();
		expect(retry.response.statusCode).toBe(200);
	});

	it('runs for the same delivery at the test URL too (a second target set up for testing)', async () => {
		const body = seedWebhook('chat_started', ['visitor']);
		const options = { workflowId: 'legacy-test-url' };
		expect((await deliver(body, options)).items).toHaveLength(1);
		expect((await deliver({ ...body }, { ...options, mode: 'manual' })).items).toHaveLength(1);
		expect((await deliver({ ...body }, { ...options, mode: 'manual' })).items).toHaveLength(0);
	});

	it('logs nothing of a delivery (its token authorizes API calls)', async () => {
		const { logged, items } = await deliver(seedWebhook('chat_started', ['visitor']));
		expect(items).toHaveLength(1);
		expect(logged).toEqual([]);
	});
});

describe('legacy deliveries: items for every event and data type of the seeds', () => {
	const cases = Object.entries(SEED_DATA_TYPES).flatMap(([event, types]) => [
		[event, [] as SeedDataType[]] as const,
		...types.map((type) => [event, [type]] as const),
		[event, types] as const,
	]);

	it.each(cases)('%s with %j', async (event, types) => {
		const { items } = await deliver(seedWebhook(event, [...types]));
		expect(items).toHaveLength(1);
		const item = items[0].json;
		expect(item).toMatchObject({
			event,
			license_id: '1025707',
			token: '27f41c8da685c81a890f9e5f8ce48387',
		});
		const present = Object.keys(item).sort();
		const expected = ['deliveryKey', 'event', 'license_id', 'token'];
		if (types.includes('visitor')) expected.push('visitor');
		if (types.includes('chat')) expected.push('chat');
		if (types.includes('pre_chat_survey')) expected.push('preChatSurvey');
		if (types.includes('ticket')) expected.push('ticket');
		if (types.includes('canned_response')) expected.push('cannedResponse');
		expect(present).toEqual(expected.sort());
	});

	it('simplifies the visitor, the chat with transcript lines, and the survey', async () => {
		const body = seedWebhook('chat_ended', ['chat', 'visitor', 'pre_chat_survey']);
		const { items } = await deliver(body);
		expect(items[0].json).toEqual({
			deliveryKey: legacyDeliveryIdentity(body as LegacyWebhook).key,
			event: 'chat_ended',
			license_id: '1025707',
			token: '27f41c8da685c81a890f9e5f8ce48387',
			visitor: {
				id: 'S126126161.O136OJPO1',
				name: 'Mary Brown',
				email: 'mary.brown@email.com',
				customVariables: { 'Customer ID': 'POQ51023XZA' },
			},
			chat: {
				id: 'MH022RD0K5',
				startedAt: '2013-01-23T10:40:53.000Z',
				endedAt: '2013-01-23T11:05:09.000Z',
				tags: ['sales', 'support', 'feedback'],
				messages: [
					{
						authorName: 'John Doe',
						userType: 'agent',
						agentId: 'john.doe@mycompany.com',
						text: 'Hello',
						createdAt: '2013-01-23T10:40:53.000Z',
					},
					{
						authorName: 'James Doe',
						userType: 'supervisor',
						agentId: 'james@mycompany.com',
						text: 'This is whispered message.',
						createdAt: '2013-01-23T10:40:58.000Z',
					},
					{
						authorName: 'Mary Brown',
						userType: 'visitor',
						agentId: null,
						text: 'How are you?',
						createdAt: '2013-01-23T10:41:01.000Z',
					},
				],
				transcript: [
					'[2013-01-23 10:40:53] John Doe: Hello',
					'[2013-01-23 10:40:58] James Doe (whisper): This is whispered message.',
					'[2013-01-23 10:41:01] Mary Brown: How are you?',
				],
			},
			preChatSurvey: {
				'Your name': 'Mary Brown',
				'Your e-mail': 'mary.brown@email.com',
				'What are your favourite music bands?': ['Deep Purple', "Guns N' Roses"],
			},
		});
	});

	it('gives an empty survey when the visitor skipped it', async () => {
		const { items } = await deliver({ ...seedWebhook('chat_started'), pre_chat_survey: [] });
		expect(items[0].json.preChatSurvey).toEqual({});
	});

	it('passes the ticket and the canned response on as LiveChat sent them', async () => {
		const ticket = await deliver(seedWebhook('ticket_created', ['ticket']));
		expect(ticket.items[0].json.ticket).toEqual(SEED_DATA.ticket);
		const canned = await deliver(seedWebhook('canned_response_changed', ['canned_response']));
		expect(canned.items[0].json.cannedResponse).toEqual(SEED_DATA.canned_response);
	});

	it('keeps the delivery as sent in raw mode', async () => {
		const body = seedWebhook('chat_started', ['chat', 'visitor', 'pre_chat_survey']);
		const { items } = await deliver(body, { parameters: { output: 'raw' } });
		expect(items[0].json).toEqual({
			...body,
			deliveryKey: legacyDeliveryIdentity(body as LegacyWebhook).key,
		});
	});
});

describe('legacy mode: activation and deactivation', () => {
	it('registers nothing, and asks for an event', async () => {
		const fake = new FakeLiveChat();
		const { create, checkExists, delete: remove } = trigger.webhookMethods.default;
		const parameters = { webhookSource: 'legacy', legacyEvents: ['chat_started'] };
		await expect(checkExists.call(hookContext({ parameters }).context)).resolves.toBe(false);
		await expect(create.call(hookContext({ parameters }).context)).resolves.toBe(true);
		await expect(remove.call(hookContext({ parameters }).context)).resolves.toBe(true);
		expect(fake.calls).toEqual([]);

		const none = hookContext({ parameters: { webhookSource: 'legacy', legacyEvents: [] } });
		const error = await create.call(none.context).catch((e: Error) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toBe('No event chosen');
	});

	it('tests the credential without a request: a user and a long password', async () => {
		const check = trigger.methods.credentialTest.liveChatLegacyWebhookCheck;
		const test = async (data: Record<string, string>) =>
			await check.call({} as never, { id: '1', name: 'x', type: 'liveChatLegacyWebhookApi', data });
		await expect(test(CREDENTIAL)).resolves.toMatchObject({ status: 'OK' });
		await expect(test({ user: 'live:chat', password: CREDENTIAL.password })).resolves.toMatchObject(
			{
				status: 'Error',
				message: expect.stringContaining('":"'),
			},
		);
		await expect(test({ user: 'livechat', password: 'short' })).resolves.toMatchObject({
			status: 'Error',
			message: expect.stringContaining('at least 12 characters'),
		});
	});
});
