import { NodeOperationError } from 'n8n-workflow';

import { legacyDeliveryIdentity } from '../../../../nodes/LiveChat/trigger/legacyWebhook';
import type { LegacyWebhook } from '../../../../nodes/LiveChat/types/livechat';
import { seedWebhook } from '../../../fixtures/legacy/seeds';
import { hookContext } from '../../../helpers/contexts';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { basic, deliverLegacy, LEGACY_LOGIN } from '../../../helpers/legacyDeliveries';
import { checkExists, create, remove } from '../../../helpers/registrations';

describe('legacy deliveries: Basic Auth', () => {
	it.each([
		['missing', ''],
		['wrong password', basic('livechat', 'wrong horse battery staple')],
		['wrong user', basic('admin', LEGACY_LOGIN.password)],
		['not Basic', 'Bearer abc'],
		['no colon', `Basic ${Buffer.from('livechat').toString('base64')}`],
	])('%s → 401, a Basic challenge and no execution', async (_case, authorization) => {
		const { result, response } = await deliverLegacy(seedWebhook('chat_started', ['visitor']), {
			authorization,
		});
		expect(response.statusCode).toBe(401);
		expect(response.headers?.['www-authenticate']).toMatch(/^Basic realm=/);
		expect(result.workflowData).toBeUndefined();
		expect(result.noWebhookResponse).toBe(true);
	});
});

describe('legacy deliveries: body and events', () => {
	it.each([
		['a string', 'event_type=chat_started'],
		['null', null],
		['an array', [seedWebhook('chat_started')]],
		['an object without event_type', { token: 'x' }],
	])('a body that is %s → 400 and no execution', async (_case, body) => {
		const { result, response } = await deliverLegacy(body);
		expect(response.statusCode).toBe(400);
		expect(result.workflowData).toBeUndefined();
	});

	it('acknowledges an event not chosen in the node without running the workflow', async () => {
		const { result, response } = await deliverLegacy(seedWebhook('chat_ended', ['chat']), {
			parameters: { legacyEvents: ['chat_started'] },
		});
		expect(response.statusCode).toBe(200);
		expect(result.workflowData).toBeUndefined();
	});

	it('logs nothing of a delivery (its token authorizes API calls)', async () => {
		const { logged, items } = await deliverLegacy(seedWebhook('chat_started', ['visitor']));
		expect(items).toHaveLength(1);
		expect(logged).toEqual([]);
	});
});

describe('legacy deliveries: items for every event and data type of the seeds', () => {
	it('keeps the delivery as sent in raw mode', async () => {
		const body = seedWebhook('chat_started', ['chat', 'visitor', 'pre_chat_survey']);
		const { items } = await deliverLegacy(body, { parameters: { output: 'raw' } });
		expect(items[0].json).toEqual({
			...body,
			deliveryKey: legacyDeliveryIdentity(body as LegacyWebhook).key,
		});
	});
});

describe('legacy mode: activation and deactivation', () => {
	it('registers nothing, and asks for an event', async () => {
		const fake = new FakeLiveChat();
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
});
