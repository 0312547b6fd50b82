/**
 * Workflows, credentials and executions of the LiveChat Trigger in a real n8n, for the scenarios.
 */
import { randomUUID } from 'crypto';

import type { N8n, StoredExecution } from './n8n';
import { waitFor } from './ports';
import type { LiveChatStep } from './workflowNodes';
import { actionNodes, authenticationOf, chain } from './workflowNodes';
import {
	ADMIN,
	ADMIN_PAT,
	APP_CLIENT_ID,
	BOT_ID,
	BOT_SECRET,
	ORGANIZATION_ID,
} from '../../simulator/state';
import type { SimulatorClient } from '../../simulator/client';

export const TRIGGER_TYPE = 'n8n-nodes-livechat.liveChatTrigger';
export const TRIGGER_NAME = 'LiveChat Trigger';
export const POLLING_TRIGGER_TYPE = 'n8n-nodes-livechat.liveChatPollingTrigger';
/** The version the editor gives a new trigger; version-1 workflows are tested where named. */
export const TRIGGER_VERSION = 1.1;

/** n8n's CREDENTIALS_OVERWRITE_DATA that points the credentials' hidden URLs at the simulator. */
export const simulatorCredentialsOverwrite = (url: string) => ({
	liveChatApi: { apiUrl: url },
	liveChatBotApi: { apiUrl: url },
	liveChatLegacyWebhookApi: { apiUrl: url },
	liveChatOAuth2Api: { apiUrl: url, authUrl: `${url}/`, accessTokenUrl: `${url}/v2/token` },
});

export interface CredentialRef {
	id: string;
	name: string;
	type: 'liveChatApi' | 'liveChatBotApi' | 'liveChatOAuth2Api' | 'liveChatLegacyWebhookApi';
}

export interface TriggerWorkflow {
	id: string;
	webhookId: string;
	/** Production URL, and the URL n8n listens on for test events ("Listen for test event"). */
	url: string;
	testUrl: string;
	body: Record<string, unknown>;
}

/** A LiveChat Bot API credential for the simulator's seeded bot, asking with the admin's token. */
export const SEEDED_BOT_DATA = {
	botId: BOT_ID,
	botSecret: BOT_SECRET,
	clientId: APP_CLIENT_ID,
	organizationId: ORGANIZATION_ID,
	accountId: ADMIN.accountId,
	accessToken: ADMIN_PAT,
};

/** Saves a credential as the editor does (the public API's schema wants every oAuth2Api field). */
export async function saveCredential<T extends string = CredentialRef['type']>(
	n8n: N8n,
	type: T,
	name: string,
	data: Record<string, unknown>,
): Promise<{ id: string; name: string; type: T }> {
	const saved = await n8n.rest<{ id: string }>('POST', '/rest/credentials', { name, type, data });
	return { id: saved.id, name, type };
}

/** Creates (not activates) a workflow of a LiveChat Trigger, and action nodes after it if given. */
export async function createTriggerWorkflow(
	n8n: N8n,
	name: string,
	credential: CredentialRef,
	parameters: Record<string, unknown>,
	steps: LiveChatStep[] = [],
	{ typeVersion = TRIGGER_VERSION }: { typeVersion?: number } = {},
): Promise<TriggerWorkflow> {
	const webhookId = randomUUID();
	const nodes = [
		{
			id: randomUUID(),
			name: TRIGGER_NAME,
			type: TRIGGER_TYPE,
			typeVersion,
			position: [0, 0],
			webhookId,
			parameters: {
				authentication: authenticationOf(credential.type),
				...parameters,
			},
			credentials: { [credential.type]: { id: credential.id, name: credential.name } },
		},
		...actionNodes(credential, steps, 200),
	];
	const body = {
		name,
		nodes,
		connections: chain(nodes),
		settings: {
			executionOrder: 'v1',
			saveDataSuccessExecution: 'all',
			saveDataErrorExecution: 'all',
		},
	};
	const created = await n8n.apiOk<{ id: string }>('POST', '/workflows', body);
	return {
		id: created.id,
		webhookId,
		url: `${n8n.webhookBaseUrl}/webhook/${webhookId}/webhook`,
		testUrl: `${n8n.webhookBaseUrl}/webhook-test/${webhookId}/webhook`,
		body,
	};
}

/** The seed documents' use case on v3.6, act on what the customer wrote: tag its thread. */
export async function createTaggingWorkflow(n8n: N8n, name: string, credential: CredentialRef) {
	return await createTriggerWorkflow(
		n8n,
		name,
		credential,
		{ events: ['incoming_event'], filters: { authorType: 'customer' } },
		[
			{
				name: 'Tag Thread',
				parameters: {
					resource: 'chat',
					operation: 'addTag',
					chatId: '={{ $json.chatId }}',
					threadId: '={{ $json.threadId }}',
					tag: { __rl: true, mode: 'name', value: 'support' },
				},
			},
		],
	);
}

export const registrationsOf = async (
	simulator: SimulatorClient,
	workflow: TriggerWorkflow,
	url = workflow.url,
) => (await simulator.state()).webhooks.filter((webhook) => webhook.url === url);

/** A saved workflow and the body it was saved with. */
type SavedWorkflow = Pick<TriggerWorkflow, 'id' | 'body'>;

/** The name of the workflow's LiveChat Trigger (the scenarios' own workflows use TRIGGER_NAME). */
function triggerNameOf(workflow: SavedWorkflow) {
	const nodes = (workflow.body.nodes ?? []) as Array<{ name: string; type: string }>;
	return nodes.find((node) => node.type === TRIGGER_TYPE)?.name ?? TRIGGER_NAME;
}

/**
 * The editor's run of a saved workflow from one of its triggers: "Execute workflow", which on a
 * webhook trigger is "Listen for test event" (n8n then creates the trigger's test webhook). 2.x
 * runs the saved workflow; 1.x runs the workflow the editor sends.
 */
export async function runFromEditor(
	n8n: N8n,
	workflow: SavedWorkflow,
	trigger = triggerNameOf(workflow),
) {
	const triggerToStartFrom = { name: trigger };
	const body =
		n8n.install.major < 2
			? { workflowData: { id: workflow.id, ...workflow.body }, triggerToStartFrom }
			: { triggerToStartFrom };
	return await n8n.rest<{ waitingForWebhook?: boolean; executionId?: string }>(
		'POST',
		`/rest/workflows/${workflow.id}/run`,
		body,
	);
}

/** The editor's "Stop listening". */
export async function stopListening(n8n: N8n, workflow: TriggerWorkflow) {
	return await n8n.rest<boolean>('DELETE', `/rest/test-webhook/${workflow.id}`);
}

/**
 * 1.x activates and deactivates within the API call; 2.x publishes in the background and reports
 * progress as the workflow's publication status. Waits for `status` there.
 */
export async function publicationStatus(n8n: N8n, workflow: { id: string }) {
	return await n8n.rest<{ status: string }>(
		'GET',
		`/rest/workflows/${workflow.id}/publication-status`,
	);
}

export async function publicationSettled(n8n: N8n, workflow: { id: string }, status: string) {
	if (n8n.install.major < 2) return;
	await waitFor(
		`publication status ${status}`,
		async () => (await publicationStatus(n8n, workflow)).status === status,
		60_000,
	);
}

/** Activates (publishes), then returns the registrations LiveChat holds for the trigger's URL. */
export async function activate(n8n: N8n, simulator: SimulatorClient, workflow: TriggerWorkflow) {
	await n8n.apiOk('POST', `/workflows/${workflow.id}/activate`);
	await publicationSettled(n8n, workflow, 'published');
	return await registrationsOf(simulator, workflow);
}

/** Deactivates (unpublishes) and waits until n8n has finished doing so. */
export async function deactivate(n8n: N8n, workflow: TriggerWorkflow) {
	const answer = await n8n.api('POST', `/workflows/${workflow.id}/deactivate`);
	if (answer.status < 300) await publicationSettled(n8n, workflow, 'not_published');
	return answer;
}

export interface Execution {
	id: string;
	/** `webhook` for production, `manual` for a test event. */
	mode: string;
	status: string;
	items: Array<Record<string, unknown>>;
}

/** The workflow's executions, oldest first, with the items the trigger emitted. */
export async function executionsOf(n8n: N8n, workflow: TriggerWorkflow): Promise<Execution[]> {
	const trigger = triggerNameOf(workflow);
	const { data } = await n8n.apiOk<{ data: StoredExecution[] }>(
		'GET',
		`/executions?workflowId=${workflow.id}&includeData=true&limit=250`,
	);
	return data
		.map((execution) => ({
			id: String(execution.id),
			mode: execution.mode,
			status: execution.status ?? (execution.finished ? 'success' : 'error'),
			items: (execution.data?.resultData?.runData?.[trigger]?.[0]?.data?.main?.[0] ?? []).map(
				(item) => item.json,
			),
		}))
		.sort((a, b) => Number(a.id) - Number(b.id));
}

/** Waits until the workflow has exactly `count` finished executions and returns them. */
export async function waitForExecutions(n8n: N8n, workflow: TriggerWorkflow, count: number) {
	return await waitFor(`${count} executions of workflow ${workflow.id}`, async () => {
		const executions = await executionsOf(n8n, workflow);
		const finished = executions.filter(
			(execution) => execution.status !== 'running' && execution.status !== 'new',
		);
		return finished.length === count && finished;
	});
}

/** POSTs a delivery straight to the trigger, as someone other than LiveChat might. */
/** POSTs a body as JSON, or with another content type (null: none). */
export async function postDelivery(
	url: string,
	body: unknown,
	contentType: string | null = 'application/json',
) {
	const response = await fetch(url, {
		method: 'POST',
		headers: contentType ? { 'Content-Type': contentType } : {},
		body: Buffer.from(JSON.stringify(body)),
	});
	return { status: response.status, text: await response.text() };
}

/**
 * Why n8n could not activate a workflow: 1.x answers the API call with the error; 2.x publishes
 * asynchronously and reports the failure in the workflow's publication status.
 */
export async function activationProblem(
	n8n: N8n,
	workflow: TriggerWorkflow,
	activation: { status: number; body: unknown },
) {
	if (activation.status >= 400) return JSON.stringify(activation.body);
	return await waitFor('the publication to fail', async () => {
		const publication = await publicationStatus(n8n, workflow);
		return publication.status === 'failed' && JSON.stringify(publication);
	});
}
