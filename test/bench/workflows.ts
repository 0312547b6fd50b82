/**
 * The bench's contenders: five workflows in one n8n that each take the same LiveChat delivery,
 * from the LiveChat Trigger (both versions) to n8n's Webhook node, a hand-built Webhook → Code
 * equivalent and a trigger that does nothing (the least n8n lets any trigger cost).
 */
import { randomBytes, randomUUID } from 'crypto';

import type { SimulatorClient } from '../simulator/client';
import { CUSTOMER_ID, LIVE_CHAT_ID, LIVE_THREAD_ID, ORGANIZATION_ID } from '../simulator/state';
import type { CredentialRef } from '../e2e/support/livechat';
import { activate, createTriggerWorkflow, publicationSettled } from '../e2e/support/livechat';
import type { N8n } from '../e2e/support/n8n';
import { waitFor } from '../e2e/support/ports';

/** The package name and node of test/bench/bareTrigger. */
export const BARE_TRIGGER_TYPE = 'n8n-nodes-bench-bare-trigger.bareTrigger';

/** autocannon puts a fresh id here in every request (`idReplacement`). */
export const ID_PLACEHOLDER = '[<id>]';

export type ContenderKey = 'liveChat11' | 'liveChat1' | 'webhook' | 'webhookCode' | 'bare';

export interface Contender {
	key: ContenderKey;
	label: string;
	workflowId: string;
	url: string;
	/** The delivery as JSON, with ID_PLACEHOLDER in the event id. */
	body: string;
}

/**
 * An incoming_event delivery as LiveChat v3.6 sends it (the simulator's envelope), with a new
 * event id each time: the trigger drops a delivery it saw lately, as LiveChat retries.
 */
export function deliveryTemplate(webhookId: string, secret: string) {
	return JSON.stringify({
		webhook_id: webhookId,
		secret_key: secret,
		action: 'incoming_event',
		organization_id: ORGANIZATION_ID,
		payload: {
			chat_id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
			event: {
				id: `${LIVE_THREAD_ID}_${ID_PLACEHOLDER}`,
				created_at: '2026-11-21T10:15:30.123456Z',
				visibility: 'all',
				type: 'message',
				text: 'Hello, I need help with my order',
				author_id: CUSTOMER_ID,
			},
		},
		additional_data: {},
	});
}

/** A secret as the trigger makes one (and a registration id as LiveChat does) for the others. */
const newSecret = () => randomBytes(32).toString('hex');
const newWebhookId = () => randomBytes(16).toString('hex');

const SETTINGS = {
	executionOrder: 'v1',
	saveDataSuccessExecution: 'all',
	saveDataErrorExecution: 'all',
};

/**
 * The trigger's work done by hand after a Webhook node: the secret compared in constant time
 * (no `crypto` in the Code node's sandbox by default, so an XOR over every character), the
 * action checked, and the item the trigger's simplified output gives, with a delivery key.
 */
export function codeNodeSource(secret: string) {
	return `const SECRET = ${JSON.stringify(secret)};
const CUSTOMER = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const out = [];
for (const item of $input.all()) {
	const delivery = item.json.body ?? {};
	const given = typeof delivery.secret_key === 'string' ? delivery.secret_key : '';
	let difference = given.length ^ SECRET.length;
	for (let i = 0; i < SECRET.length; i++) difference |= SECRET.charCodeAt(i) ^ given.charCodeAt(i);
	if (difference !== 0 || delivery.action !== 'incoming_event') continue;
	const payload = delivery.payload ?? {};
	const event = payload.event ?? {};
	out.push({
		json: {
			action: delivery.action,
			chatId: payload.chat_id,
			threadId: payload.thread_id ?? null,
			eventId: event.id,
			eventType: event.type,
			text: typeof event.text === 'string' ? event.text : null,
			authorId: event.author_id ?? null,
			authorIsCustomer: CUSTOMER.test(event.author_id ?? ''),
			visibility: event.visibility ?? null,
			createdAt: event.created_at ?? null,
			organizationId: delivery.organization_id ?? null,
			deliveryKey: [delivery.action, payload.chat_id, payload.thread_id, event.id].join(':'),
		},
	});
}
return out;`;
}

/** A Webhook node as the editor makes it, every parameter static, answering at once with no body. */
function webhookNode(path: string) {
	return {
		id: randomUUID(),
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId: randomUUID(),
		parameters: {
			httpMethod: 'POST',
			path,
			responseMode: 'onReceived',
			options: { noResponseBody: true },
		},
	};
}

async function createWorkflow(n8n: N8n, name: string, nodes: Array<{ name: string }>) {
	const connections: Record<string, unknown> = {};
	for (let i = 0; i + 1 < nodes.length; i++) {
		connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	}
	const created = await n8n.apiOk<{ id: string }>('POST', '/workflows', {
		name,
		nodes,
		connections,
		settings: SETTINGS,
	});
	return created.id;
}

async function activateWorkflow(n8n: N8n, id: string) {
	await n8n.apiOk('POST', `/workflows/${id}/activate`);
	await publicationSettled(n8n, { id }, 'published');
}

/** A LiveChat Trigger on incoming_event, activated for real: it registers with the simulator. */
async function liveChatContender(
	n8n: N8n,
	sim: SimulatorClient,
	credential: CredentialRef,
	typeVersion: 1 | 1.1,
): Promise<Contender> {
	const label = `LiveChat Trigger ${typeVersion === 1 ? '1' : '1.1'}`;
	const workflow = await createTriggerWorkflow(
		n8n,
		label,
		credential,
		{ events: ['incoming_event'] },
		[],
		{ typeVersion },
	);
	const [registration] = await activate(n8n, sim, workflow);
	if (!registration) throw new Error(`${label}: no registration at ${workflow.url}`);
	return {
		key: typeVersion === 1 ? 'liveChat1' : 'liveChat11',
		label,
		workflowId: workflow.id,
		url: workflow.url,
		body: deliveryTemplate(registration.id, registration.secret_key),
	};
}

async function webhookContender(n8n: N8n): Promise<Contender> {
	const path = randomUUID();
	const id = await createWorkflow(n8n, 'Webhook node', [webhookNode(path)]);
	await activateWorkflow(n8n, id);
	return {
		key: 'webhook',
		label: 'Webhook node',
		workflowId: id,
		url: `${n8n.webhookBaseUrl}/webhook/${path}`,
		body: deliveryTemplate(newWebhookId(), newSecret()),
	};
}

async function webhookCodeContender(n8n: N8n): Promise<Contender> {
	const path = randomUUID();
	const secret = newSecret();
	const code = {
		id: randomUUID(),
		name: 'Check and Reshape',
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		position: [220, 0],
		parameters: { jsCode: codeNodeSource(secret) },
	};
	const id = await createWorkflow(n8n, 'Webhook → Code', [webhookNode(path), code]);
	await activateWorkflow(n8n, id);
	return {
		key: 'webhookCode',
		label: 'Webhook → Code',
		workflowId: id,
		url: `${n8n.webhookBaseUrl}/webhook/${path}`,
		body: deliveryTemplate(newWebhookId(), secret),
	};
}

async function bareContender(n8n: N8n): Promise<Contender> {
	const webhookId = randomUUID();
	const trigger = {
		id: randomUUID(),
		name: 'Bare Trigger',
		type: BARE_TRIGGER_TYPE,
		typeVersion: 1.1,
		position: [0, 0],
		webhookId,
		parameters: {},
	};
	const id = await createWorkflow(n8n, 'Bare Trigger', [trigger]);
	await activateWorkflow(n8n, id);
	return {
		key: 'bare',
		label: 'Bare Trigger',
		workflowId: id,
		url: `${n8n.webhookBaseUrl}/webhook/${webhookId}/webhook`,
		body: deliveryTemplate(newWebhookId(), newSecret()),
	};
}

/** Posts one delivery with a fresh event id; answers the status. */
export async function postOnce(contender: Contender) {
	const body = contender.body.replace(ID_PLACEHOLDER, `probe-${randomUUID()}`);
	const response = await fetch(contender.url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body,
	});
	await response.arrayBuffer();
	return response.status;
}

/**
 * Creates and activates the five workflows, then waits until each answers a delivery with a 2xx
 * (2.x publishes in the background): each has then acknowledged exactly one probe delivery.
 */
export async function createContenders(n8n: N8n, sim: SimulatorClient, credential: CredentialRef) {
	const contenders = [
		await liveChatContender(n8n, sim, credential, 1.1),
		await liveChatContender(n8n, sim, credential, 1),
		await webhookContender(n8n),
		await webhookCodeContender(n8n),
		await bareContender(n8n),
	];
	for (const contender of contenders) {
		await waitFor(`${contender.label} to answer at ${contender.url}`, async () => {
			const status = await postOnce(contender);
			if (status >= 200 && status < 300) return true;
			if (status !== 404) throw new Error(`${contender.label} answered ${status}`);
			return false;
		});
	}
	return contenders;
}
