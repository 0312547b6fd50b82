/**
 * Workflows around the LiveChat action node in a real n8n: a Webhook node that answers with the
 * last node's items, a Split Out node that turns the request's `items` into n8n items (or a Code
 * node given the request, e.g. to make a binary file), then a chain of LiveChat nodes. Activated
 * once, run by POSTing items.
 */
import { randomUUID } from 'crypto';

import type { CredentialRef } from './livechat';
import { publicationSettled } from './livechat';
import type { N8n, StoredExecution } from './n8n';
import type { LiveChatStep } from './workflowNodes';
import { actionNodes, chain } from './workflowNodes';

export type { LiveChatStep };

export interface ActionWorkflow {
	id: string;
	url: string;
}

/** Send File of the item's binary `data` (a Code node's, see `code`) to the item's `chatId`. */
export const SEND_FILE: LiveChatStep = {
	name: 'Send File',
	parameters: {
		resource: 'chat',
		operation: 'sendFile',
		chatId: '={{ $json.chatId }}',
		binaryPropertyName: 'data',
	},
};

export async function createActionWorkflow(
	n8n: N8n,
	name: string,
	credential: CredentialRef,
	steps: LiveChatStep[],
	{ code }: { code?: string } = {},
): Promise<ActionWorkflow> {
	const path = randomUUID();
	const nodes: Array<Record<string, unknown>> = [
		{
			id: randomUUID(),
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position: [0, 0],
			webhookId: path,
			parameters: {
				httpMethod: 'POST',
				path,
				responseMode: 'lastNode',
				responseData: 'allEntries',
			},
		},
		code === undefined
			? {
					id: randomUUID(),
					name: 'Split Out',
					type: 'n8n-nodes-base.splitOut',
					typeVersion: 1,
					position: [200, 0],
					parameters: { fieldToSplitOut: 'body.items' },
				}
			: {
					id: randomUUID(),
					name: 'Code',
					type: 'n8n-nodes-base.code',
					typeVersion: 2,
					position: [200, 0],
					parameters: { jsCode: code },
				},
		...actionNodes(credential, steps, 400),
	];
	const connections = chain(nodes);
	const created = await n8n.apiOk<{ id: string }>('POST', '/workflows', {
		name,
		nodes,
		connections,
		settings: {
			executionOrder: 'v1',
			saveDataSuccessExecution: 'all',
			saveDataErrorExecution: 'all',
		},
	});
	await n8n.apiOk('POST', `/workflows/${created.id}/activate`);
	await publicationSettled(n8n, created, 'published');
	return { id: created.id, url: `${n8n.webhookBaseUrl}/webhook/${path}` };
}

/** Runs the workflow over `items` and returns the last node's items (or n8n's error answer). */
export async function runActionWorkflow(workflow: ActionWorkflow, items: unknown[]) {
	const response = await fetch(workflow.url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ items }),
	});
	const text = await response.text();
	return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

export async function runOk(workflow: ActionWorkflow, items: unknown[]) {
	const { status, body } = await runActionWorkflow(workflow, items);
	if (status !== 200)
		throw new Error(`workflow ${workflow.id} answered ${status}: ${JSON.stringify(body)}`);
	return body as Array<Record<string, unknown>>;
}

/** The error of the workflow's latest execution, as n8n stored it. */
export async function lastExecutionError(n8n: N8n, workflow: ActionWorkflow) {
	const { data } = await n8n.apiOk<{ data: StoredExecution[] }>(
		'GET',
		`/executions?workflowId=${workflow.id}&includeData=true&limit=1`,
	);
	const error = data[0]?.data?.resultData?.error;
	return {
		status: data[0]?.status,
		message: error?.message,
		description: error?.description,
		node: error?.node?.name,
	};
}
