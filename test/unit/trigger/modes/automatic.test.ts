import { LiveChatTrigger } from '../../../../nodes/LiveChat/LiveChatTrigger.node';
import { hookContext, webhookContext } from '../../../helpers/contexts';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import {
	activateThreeActions,
	create,
	remove,
	THREE_ACTIONS,
} from '../../../helpers/registrations';
import { deliver, delivery, SECRET, storedFor } from '../../../helpers/webhookDeliveries';

const trigger = new LiveChatTrigger();

describe('create', () => {
	it('refuses to activate with no event chosen', async () => {
		const fake = new FakeLiveChat();
		const { context } = hookContext({ parameters: { events: [] } });
		await expect(create.call(context)).rejects.toThrow('No event chosen');
		expect(fake.calls).toHaveLength(0);
	});
});

describe('delete', () => {
	it('still clears static data and does not throw when LiveChat is down', async () => {
		const { fake, context, staticData, logged } = await activateThreeActions();
		fake.failNext('unregister_webhook', { status: 503, type: 'service_unavailable' }, 100);
		await expect(remove.call(context)).resolves.toBe(false);
		expect(staticData).toEqual({});
		// Bounded retries: 1 try + 3 retries for each of the 3 ids.
		expect(fake.callsOf('unregister_webhook')).toHaveLength(12);
		expect(logged.filter((l) => l.level === 'warn')).toHaveLength(3);
	});

	it('still clears static data when the credential is gone', async () => {
		const { staticData } = await activateThreeActions();
		const { context } = hookContext({
			parameters: { events: THREE_ACTIONS },
			staticData,
			credentials: {},
		});
		await expect(remove.call(context)).resolves.toBe(false);
		expect(staticData).toEqual({});
	});
});

describe('verification', () => {
	it('emits one item for a delivery with the registered secret and action', async () => {
		const { items, result } = await deliver(delivery('incoming_chat'));
		expect(items).toHaveLength(1);
		expect(result.noWebhookResponse).toBeUndefined();
	});

	it.each([
		['a wrong secret', { secret_key: SECRET.slice(0, -1) + 'X' }],
		['a secret of another length', { secret_key: 'short' }],
		['a missing secret', { secret_key: undefined }],
		['a non-string secret', { secret_key: 12345 }],
	])('answers 401 and starts nothing for %s', async (_case, override) => {
		const body = { ...delivery('incoming_chat'), ...override };
		const { response, result } = await deliver(body);
		expect(response.statusCode).toBe(401);
		expect(result.workflowData).toBeUndefined();
		expect(result.noWebhookResponse).toBe(true);
	});

	it('answers 401 for an action this node did not register, even with the right secret', async () => {
		const body = delivery('thread_tagged');
		const { response, result } = await deliver(body, {}, ['incoming_chat']);
		expect(response.statusCode).toBe(401);
		expect(result.workflowData).toBeUndefined();
	});

	it('answers 401 when nothing was registered (no stored secret)', async () => {
		const { context, response } = webhookContext(delivery('incoming_chat'), { staticData: {} });
		const result = await trigger.webhook.call(context);
		expect(response.statusCode).toBe(401);
		expect(result.workflowData).toBeUndefined();
	});

	it('answers 401 for a body that is not a LiveChat delivery', async () => {
		for (const body of [undefined, {}, 'text', []]) {
			const { response, result } = await deliver(body);
			expect(response.statusCode).toBe(401);
			expect(result.workflowData).toBeUndefined();
		}
	});
});

describe('a delivery spelled unlike its registration', () => {
	// LiveChat registers auto_accesses_updated and delivers it as auto_access_added.
	const body = () => delivery('auto_accesses_updated');

	it("runs as the chosen event when its webhook id and secret are this node's", async () => {
		const { json, items } = await deliver(body(), {}, ['auto_accesses_updated']);
		expect(items).toHaveLength(1);
		expect(json).toMatchObject({
			action: 'auto_accesses_updated',
			deliveryKey: expect.stringMatching(/^auto_accesses_updated:/),
		});
		const raw = await deliver(body(), { output: 'raw' }, ['auto_accesses_updated']);
		expect(raw.json?.action).toBe('auto_access_added');
	});

	it("answers 401 with a webhook id that is not this node's", async () => {
		const staticData = storedFor(body().webhook_id, 'auto_accesses_updated');
		const foreign = { ...body(), webhook_id: 'someone-else' };
		const { context, response } = webhookContext(foreign, { staticData });
		const result = await trigger.webhook.call(context);
		expect(response.statusCode).toBe(401);
		expect(result.workflowData).toBeUndefined();
	});

	it.each([
		['no action', undefined],
		['an empty action', ''],
		['an action that is no text', 42],
	])('answers 401 with its webhook id and secret but %s', async (_case, action) => {
		const body = { ...delivery('incoming_event'), action };
		const staticData = storedFor(body.webhook_id, 'incoming_event');
		const { context, response } = webhookContext(body, { staticData });
		const result = await trigger.webhook.call(context);
		expect(response.statusCode).toBe(401);
		expect(result.workflowData).toBeUndefined();
	});

	it('answers 401 with its webhook id but a wrong secret', async () => {
		const forged = { ...body(), secret_key: 'wrong' };
		const { response, items } = await deliver(forged, {}, ['auto_accesses_updated']);
		expect(response.statusCode).toBe(401);
		expect(items).toHaveLength(0);
	});
});

describe('retried deliveries', () => {
	it('does not count a rejected delivery as seen', async () => {
		const body = delivery('thread_tagged');
		await deliver({ ...body, secret_key: 'wrong' }, {}, undefined, 'wf-rejected');
		expect((await deliver(body, {}, undefined, 'wf-rejected')).items).toHaveLength(1);
	});
});
