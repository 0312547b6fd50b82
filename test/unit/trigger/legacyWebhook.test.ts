import { LONG_RETRY_WINDOW_MS } from '../../../nodes/LiveChat/trigger/dedupe';
import {
	isLegacyWebhook,
	LEGACY_EVENT_OPTIONS,
	legacyDeliveryIdentity,
	simplifyLegacyWebhook,
} from '../../../nodes/LiveChat/trigger/legacyWebhook';
import type { LegacyWebhook } from '../../../nodes/LiveChat/types/livechat';
import { LEGACY_EVENTS } from '../../../nodes/LiveChat/types/livechat';
import type { SeedDataType } from '../../fixtures/legacy/seeds';
import { SEED_DATA, SEED_DATA_TYPES, seedWebhook } from '../../fixtures/legacy/seeds';
import { deliverLegacy } from '../../helpers/legacyDeliveries';

describe('legacy deliveries: items for every event and data type of the seeds', () => {
	const cases = Object.entries(SEED_DATA_TYPES).flatMap(([event, types]) => [
		[event, [] as SeedDataType[]] as const,
		...types.map((type) => [event, [type]] as const),
		[event, types] as const,
	]);

	it.each(cases)('%s with %j', async (event, types) => {
		const { items } = await deliverLegacy(seedWebhook(event, [...types]));
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
		const { items } = await deliverLegacy(body);
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
		const { items } = await deliverLegacy({ ...seedWebhook('chat_started'), pre_chat_survey: [] });
		expect(items[0].json.preChatSurvey).toEqual({});
	});

	it('passes the ticket and the canned response on as LiveChat sent them', async () => {
		const ticket = await deliverLegacy(seedWebhook('ticket_created', ['ticket']));
		expect(ticket.items[0].json.ticket).toEqual(SEED_DATA.ticket);
		const canned = await deliverLegacy(seedWebhook('canned_response_changed', ['canned_response']));
		expect(canned.items[0].json.cannedResponse).toEqual(SEED_DATA.canned_response);
	});
});

describe('legacy deliveries: body and events', () => {
	it('runs once for a delivery LiveChat retries', async () => {
		const body = seedWebhook('chat_started', ['visitor']);
		const first = await deliverLegacy(body, { workflowId: 'legacy-retry' });
		const retry = await deliverLegacy({ ...body }, { workflowId: 'legacy-retry' });
		expect(first.items).toHaveLength(1);
		expect(retry.result.workflowData).toBeUndefined();
		expect(retry.response.statusCode).toBe(200);
	});
});

describe('LEGACY_EVENT_OPTIONS', () => {
	it('offers every legacy event, sorted by name', () => {
		const names = LEGACY_EVENT_OPTIONS.map((o) => o.name);
		expect(LEGACY_EVENT_OPTIONS.map((o) => o.value)).toEqual([...LEGACY_EVENTS]);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	});
});

describe('isLegacyWebhook', () => {
	it('takes a JSON object naming its event, nothing else', () => {
		expect(isLegacyWebhook({ event_type: 'chat_started' })).toBe(true);
		expect(isLegacyWebhook({ event_type: 42 })).toBe(false);
		expect(isLegacyWebhook([{ event_type: 'chat_started' }])).toBe(false);
		expect(isLegacyWebhook(null)).toBe(false);
		expect(isLegacyWebhook('event_type=chat_started')).toBe(false);
	});
});

describe('legacyDeliveryIdentity', () => {
	it('keys a delivery on its whole body, remembered for the v2 retry schedule', () => {
		const webhook = seedWebhook('chat_started', ['visitor']) as LegacyWebhook;
		const identity = legacyDeliveryIdentity(webhook);
		expect(identity).toEqual({
			key: expect.stringMatching(/^legacy:chat_started:[\w-]{43}$/),
			windowMs: LONG_RETRY_WINDOW_MS,
		});
		expect(legacyDeliveryIdentity({ ...webhook })).toEqual(identity);
		expect(legacyDeliveryIdentity({ ...webhook, token: 'next-delivery' }).key).not.toBe(
			identity.key,
		);
	});
});

describe('simplifyLegacyWebhook', () => {
	it("writes the transcript lines in the workflow's time zone, the times in UTC", () => {
		const webhook = seedWebhook('chat_ended', ['chat']) as LegacyWebhook;
		const chat = simplifyLegacyWebhook(webhook, 'Europe/Warsaw').chat as {
			startedAt: string;
			transcript: string[];
		};
		expect(chat.startedAt).toBe('2013-01-23T10:40:53.000Z');
		expect(chat.transcript[0]).toBe('[2013-01-23 11:40:53] John Doe: Hello');
	});
});
