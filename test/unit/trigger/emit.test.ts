import type { IDataObject } from 'n8n-workflow';

import { emitOnce, reply } from '../../../nodes/LiveChat/trigger/emit';
import type { WebhookDelivery } from '../../../nodes/LiveChat/types/livechat';
import { seedWebhook } from '../../fixtures/legacy/seeds';
import { NODE, webhookContext } from '../../helpers/contexts';
import { deliverLegacy } from '../../helpers/legacyDeliveries';
import { deliver, delivery } from '../../helpers/webhookDeliveries';

const identity = { key: 'incoming_chat:C:T', windowMs: 60_000 };

/** A webhook context for `emitOnce`, of this workflow's node, at the production or test URL. */
function listenerContext(workflowId: string, parameters: IDataObject = {}, nodeId = NODE.id) {
	const { context, response } = webhookContext({}, { parameters, workflowId });
	Object.assign(context, { getNode: () => ({ ...NODE, id: nodeId }) });
	return { context, response };
}

describe('reply', () => {
	it('answers LiveChat with the status and body, and tells n8n it has answered', () => {
		const { context, response } = listenerContext('wf-reply');
		expect(reply(context, 418, { error: 'teapot' })).toEqual({ noWebhookResponse: true });
		expect(response).toMatchObject({ statusCode: 418, body: { error: 'teapot' } });
	});
});

describe('emitOnce', () => {
	it('builds only the chosen output and adds the delivery key to it', () => {
		const raw = jest.fn(() => ({ as: 'sent' }));
		const simplified = jest.fn(() => ({ as: 'simplified' }));
		const { context } = listenerContext('wf-raw', { output: 'raw' });
		const result = emitOnce(context, identity, { raw, simplified });
		expect(result.workflowData?.[0].map((item) => item.json)).toEqual([
			{ as: 'sent', deliveryKey: identity.key },
		]);
		expect(raw).toHaveBeenCalledTimes(1);
		expect(simplified).not.toHaveBeenCalled();
	});

	it('builds the simplified output when Output is not set', () => {
		const { context } = listenerContext('wf-default-output');
		const result = emitOnce(context, identity, {
			raw: () => ({ as: 'sent' }),
			simplified: () => ({ as: 'simplified' }),
		});
		expect(result.workflowData?.[0][0].json).toEqual({
			as: 'simplified',
			deliveryKey: identity.key,
		});
	});

	it('answers a key seen within its window with 200 and no run, for this node only', () => {
		const items = { raw: () => ({}), simplified: () => ({}) };
		const first = listenerContext('wf-twice');
		expect(emitOnce(first.context, identity, items).workflowData).toHaveLength(1);
		const again = listenerContext('wf-twice');
		expect(emitOnce(again.context, identity, items)).toEqual({ noWebhookResponse: true });
		expect(again.response).toMatchObject({
			statusCode: 200,
			body: { status: 'duplicate ignored' },
		});
		const otherNode = listenerContext('wf-twice', {}, 'another-node');
		expect(emitOnce(otherNode.context, identity, items).workflowData).toHaveLength(1);
	});
});

describe('retried deliveries', () => {
	it('emits a delivery that LiveChat sends again only once', async () => {
		const body = delivery('incoming_event');
		const first = await deliver(body, {}, undefined, 'wf-retry');
		const retry = await deliver(JSON.parse(JSON.stringify(body)), {}, undefined, 'wf-retry');
		const retryAgain = await deliver(JSON.parse(JSON.stringify(body)), {}, undefined, 'wf-retry');
		expect(first.items).toHaveLength(1);
		expect(retry.result.workflowData).toBeUndefined();
		expect(retry.response.statusCode).toBe(200);
		expect(retryAgain.result.workflowData).toBeUndefined();
	});

	it('gives every item a deliveryKey that is the same for a retry, whichever process gets it', async () => {
		// Two workflows stand for two n8n webhook processes: their memories are apart.
		const body = delivery('thread_tagged');
		const copy = () => JSON.parse(JSON.stringify(body)) as WebhookDelivery;
		const [one] = (await deliver(body, {}, undefined, 'wf-process-1')).items;
		const [other] = (await deliver(copy(), {}, undefined, 'wf-process-2')).items;
		const [raw] = (await deliver(copy(), { output: 'raw' }, undefined, 'wf-process-3')).items;
		expect(one.json.deliveryKey).toEqual(expect.stringMatching(/^thread_tagged:/));
		expect(other.json.deliveryKey).toBe(one.json.deliveryKey);
		expect(raw.json.deliveryKey).toBe(one.json.deliveryKey);
		const untagged = { ...copy(), action: 'thread_untagged' } as WebhookDelivery;
		const [next] = (await deliver(untagged, {}, undefined, 'wf-process-1')).items;
		expect(next.json.deliveryKey).not.toBe(one.json.deliveryKey);
	});

	it('emits an event at the production URL and at the test URL, each once', async () => {
		// While someone listens for a test event, LiveChat sends every event to both registrations.
		const body = delivery('incoming_event');
		const copy = () => JSON.parse(JSON.stringify(body)) as WebhookDelivery;
		expect((await deliver(body, {}, undefined, 'wf-both', 'webhook')).items).toHaveLength(1);
		expect((await deliver(copy(), {}, undefined, 'wf-both', 'manual')).items).toHaveLength(1);
		expect((await deliver(copy(), {}, undefined, 'wf-both', 'manual')).items).toHaveLength(0);
		expect((await deliver(copy(), {}, undefined, 'wf-both', 'webhook')).items).toHaveLength(0);
	});
});

describe('legacy deliveries: body and events', () => {
	it('runs for the same delivery at the test URL too (a second target set up for testing)', async () => {
		const body = seedWebhook('chat_started', ['visitor']);
		const options = { workflowId: 'legacy-test-url' };
		expect((await deliverLegacy(body, options)).items).toHaveLength(1);
		expect((await deliverLegacy({ ...body }, { ...options, mode: 'manual' })).items).toHaveLength(
			1,
		);
		expect((await deliverLegacy({ ...body }, { ...options, mode: 'manual' })).items).toHaveLength(
			0,
		);
	});
});
