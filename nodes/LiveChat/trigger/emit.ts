import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import type { DeliveryIdentity } from './dedupe';
import { RecentKeys } from './dedupe';

/** Deliveries seen lately, across all LiveChat triggers of this n8n process. */
const recentDeliveries = new RecentKeys();

/** Answers LiveChat without running the workflow. */
export function reply(
	context: IWebhookFunctions,
	status: number,
	body: IDataObject,
): IWebhookResponseData {
	context.getResponseObject().status(status).json(body);
	return { noWebhookResponse: true };
}

/**
 * One item for a verified delivery, unless this listener saw it within its retry window. The
 * listener is this node of this workflow, test apart from production: while someone listens for a
 * test event, LiveChat sends each event to both URLs. Only the chosen output is built; it carries
 * the delivery's key, the same in every n8n process, for n8n's Remove Duplicates node (queue mode
 * with several webhook processes, whose memories are apart).
 */
export function emitOnce(
	context: IWebhookFunctions,
	{ key: deliveryKey, windowMs }: DeliveryIdentity,
	items: Record<'raw' | 'simplified', () => object>,
): IWebhookResponseData {
	const { id: workflowId = '' } = context.getWorkflow();
	const node = context.getNode();
	const listener = `${workflowId}:${node.id ?? node.name}:${context.getMode()}`;
	if (recentDeliveries.checkAndRemember(`${listener}:${deliveryKey}`, windowMs)) {
		return reply(context, 200, { status: 'duplicate ignored' });
	}
	const output = context.getNodeParameter('output', 'simplified') === 'raw' ? 'raw' : 'simplified';
	const item = { ...(items[output]() as IDataObject), deliveryKey };
	return { workflowData: [context.helpers.returnJsonArray(item)] };
}
