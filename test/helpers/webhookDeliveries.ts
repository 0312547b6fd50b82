import { readFileSync } from 'fs';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { join } from 'path';

import { LiveChatTrigger } from '../../nodes/LiveChat/LiveChatTrigger.node';
import type { WebhookAction, WebhookDelivery } from '../../nodes/LiveChat/types/livechat';
import { webhookContext } from './contexts';

/** The secret the node stored when it registered its webhooks (v3.6). */
export const SECRET = 'a'.repeat(24) + '0123456789abcdef0123456789abcdef0123456789';

const trigger = new LiveChatTrigger();

/** A fixture delivery, carrying the secret the node stored. */
export function delivery(action: WebhookAction): WebhookDelivery {
	const text = readFileSync(join(__dirname, '../fixtures/webhooks', `${action}.json`), 'utf8');
	return { ...(JSON.parse(text) as WebhookDelivery), secret_key: SECRET };
}

let workflows = 0;

/** The node's static data after registering `actions`; the first one is the delivery's webhook. */
export function storedFor(webhookId: unknown, ...actions: WebhookAction[]) {
	const idOf = (i: number) =>
		i === 0 && typeof webhookId === 'string' ? webhookId : `webhook-${i}`;
	return {
		secret: SECRET,
		registrations: Object.fromEntries(actions.map((a, i) => [a, idOf(i)])),
	};
}

/**
 * Hands a body to the trigger's webhook(). Each call is another workflow (deliveries are
 * remembered per workflow) unless `workflowId` names the same one, as a retry would.
 */
export async function deliver(
	body: unknown,
	parameters: IDataObject = {},
	actions?: WebhookAction[],
	workflowId = `wf-${++workflows}`,
	mode: 'webhook' | 'manual' = 'webhook',
) {
	const { action = 'incoming_chat', webhook_id } = (body ?? {}) as Partial<WebhookDelivery>;
	const staticData = storedFor(webhook_id, ...(actions ?? [action as WebhookAction]));
	const { context, response } = webhookContext(body, { parameters, staticData, workflowId, mode });
	const result = await trigger.webhook.call(context);
	const items = (result.workflowData?.[0] ?? []) as INodeExecutionData[];
	return { result, response, items, json: items[0]?.json };
}
