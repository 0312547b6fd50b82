/**
 * The LiveChat Trigger against LiveChat's own contract, in real n8n: deliveries shaped like the
 * documented sample of each of the 38 v3.6 webhook actions (the project's fixtures, written from
 * LiveChat's samples), every documented event type, the retry window of events without ids, and
 * the refusal of a webhook URL LiveChat cannot reach.
 */
import fs from 'fs';
import path from 'path';

import { EVERY_EVENT, FILLED_FORM } from '../../fixtures/chatEvents';
import { ADMIN, ADMIN_PAT, APP_CLIENT_ID } from '../../simulator/state';
import type { SimulatorClient } from '../../simulator/client';
import type { CredentialRef, Execution, TriggerWorkflow } from '../support/livechat';
import {
	activate,
	createTriggerWorkflow,
	deactivate,
	executionsOf,
	postDelivery,
	publicationStatus,
	saveCredential,
	waitForExecutions,
} from '../support/livechat';
import type { N8n } from '../support/n8n';
import { sleep, waitFor } from '../support/ports';

interface Context {
	n8n: N8n;
	sim: SimulatorClient;
	pat: CredentialRef;
}

const FIXTURES = path.join(__dirname, '../../fixtures/webhooks');
/** Each fixture is named after the action it is registered as (its body may spell it otherwise). */
const SAMPLES = fs
	.readdirSync(FIXTURES)
	.filter((file) => file.endsWith('.json'))
	.map((file) => ({
		registeredAs: file.replace(/\.json$/, ''),
		body: JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as Record<string, unknown>,
	}));

/** LiveChat's current retry window for events without ids of their own. */
const RETRY_WINDOW_MS = 2 * 60_000;

/**
 * The same tag added again: twice at once (start), then once more 2 minutes after the first
 * (finish). The workflow is inactive in between, so the other scenarios' tags do not reach it;
 * the memory of what it received is n8n's process's, which only a restart empties.
 */
export function sameTagAgain(context: Context) {
	let workflow: TriggerWorkflow;
	let firstAt = 0;
	const tagAgain = async () => {
		const sent = await context.sim.emit({ action: 'thread_tagged', tag: 'support', wait: true });
		const ours = sent.filter((delivery) => delivery.url === workflow.url);
		expect(ours.map((delivery) => delivery.attempts.map((a) => a.outcome))).toEqual([[200]]);
	};
	return {
		async start() {
			workflow = await createTriggerWorkflow(context.n8n, 'Tagged again', context.pat, {
				events: ['thread_tagged'],
			});
			expect(await activate(context.n8n, context.sim, workflow)).toHaveLength(1);
			firstAt = Date.now();
			await tagAgain();
			await waitForExecutions(context.n8n, workflow, 1);
			// Within LiveChat's retry window the same payload is a retry: acknowledged, not run.
			await tagAgain();
			await sleep(1500);
			expect(await executionsOf(context.n8n, workflow)).toHaveLength(1);
			expect((await deactivate(context.n8n, workflow)).status).toBe(200);
		},
		async finish() {
			expect(await activate(context.n8n, context.sim, workflow)).toHaveLength(1);
			const wait = firstAt + RETRY_WINDOW_MS + 2_000 - Date.now();
			console.log(`the same tag again: waiting ${Math.max(0, Math.round(wait / 1000))} s more`);
			if (wait > 0) await sleep(wait);
			await tagAgain();
			const runs = await waitForExecutions(context.n8n, workflow, 2);
			expect(runs.map((run) => run.items[0])).toEqual([
				expect.objectContaining({ action: 'thread_tagged', tag: 'support' }),
				expect.objectContaining({ action: 'thread_tagged', tag: 'support' }),
			]);
			expect(runs[1].items[0].deliveryKey).toBe(runs[0].items[0].deliveryKey);
			expect((await deactivate(context.n8n, workflow)).status).toBe(200);
		},
	};
}

/** The sample of `registeredAs`, addressed and signed as LiveChat sends it to `registration`. */
function signed(
	body: Record<string, unknown>,
	registration: { id: string; secret_key: string },
): Record<string, unknown> {
	return { ...body, webhook_id: registration.id, secret_key: registration.secret_key };
}

const byAction = (runs: Execution[]) =>
	new Map(runs.map((run) => [String(run.items[0]?.action), run]));

export async function everyDocumentedDelivery({ n8n, sim, pat }: Context) {
	const events = SAMPLES.map((sample) => sample.registeredAs);
	expect(events).toHaveLength(38);
	const simplified = await createTriggerWorkflow(n8n, 'Every sample', pat, { events });
	const raw = await createTriggerWorkflow(n8n, 'Every sample (raw)', pat, {
		events,
		output: 'raw',
	});
	for (const workflow of [simplified, raw]) {
		const registrations = await activate(n8n, sim, workflow);
		expect(registrations).toHaveLength(38);
		const answers = await Promise.all(
			SAMPLES.map(async ({ registeredAs, body }) => {
				const registration = registrations.find((webhook) => webhook.action === registeredAs)!;
				const answer = await postDelivery(workflow.url, signed(body, registration));
				return `${registeredAs}: ${answer.status}`;
			}),
		);
		expect(answers).toEqual(SAMPLES.map(({ registeredAs }) => `${registeredAs}: 200`));
	}

	const items = byAction(await waitForExecutions(n8n, simplified, 38));
	const raws = await waitForExecutions(n8n, raw, 38);
	for (const run of [...items.values(), ...raws]) {
		expect(run.status).toBe('success');
		expect(run.items).toHaveLength(1);
		expect(run.items[0].deliveryKey).toEqual(expect.any(String));
		expect(JSON.stringify(run.items)).not.toMatch(/secret_key|[0-9a-f]{64}/);
	}
	expect([...items.keys()].sort()).toEqual([...events].sort());
	// As LiveChat spells it: auto_access_added, delivered to the auto_accesses_updated registration.
	const autoAccess = SAMPLES.find((sample) => sample.registeredAs === 'auto_accesses_updated')!;
	expect(autoAccess.body.action).toBe('auto_access_added');
	expect(items.get('auto_accesses_updated')!.items[0].autoAccesses).toEqual(
		autoAccess.body.payload,
	);
	expect(raws.map((run) => run.items[0].action)).toContain('auto_access_added');
	expect(items.get('routing_status_set')!.items[0].status).toBe('not_accepting_chats');
	expect(items.get('tag_created')!.items[0]).toMatchObject({ requesterId: expect.any(String) });

	// Every documented event type as an Incoming Event.
	const incoming = SAMPLES.find((sample) => sample.registeredAs === 'incoming_event')!;
	const registration = (await sim.state()).webhooks.find(
		(webhook) => webhook.url === simplified.url && webhook.action === 'incoming_event',
	)!;
	const statuses = await Promise.all(
		EVERY_EVENT.map(async (event) => {
			const payload = { ...(incoming.body.payload as object), event };
			const body = signed({ ...incoming.body, payload }, registration);
			return (await postDelivery(simplified.url, body)).status;
		}),
	);
	expect(statuses).toEqual(EVERY_EVENT.map(() => 200));
	const runs = (await waitForExecutions(n8n, simplified, 38 + EVERY_EVENT.length)).slice(38);
	const byEvent = new Map(runs.map((run) => [String(run.items[0].eventId), run.items[0]]));
	expect([...byEvent.keys()].sort()).toEqual(EVERY_EVENT.map((event) => event.id).sort());
	for (const event of EVERY_EVENT) {
		const item = byEvent.get(event.id)!;
		expect(item).toMatchObject({ action: 'incoming_event', eventType: event.type });
		expect(JSON.stringify(item)).not.toContain('undefined');
		if (event.deleted) expect(item).toMatchObject({ text: null, deleted: true });
		else expect(item.text).toEqual(expect.any(String));
	}
	const answers = (byEvent.get(FILLED_FORM.id)!.form as { answers: Array<{ answer: unknown }> })
		.answers;
	expect(answers.map((answer) => answer.answer)).toEqual([
		'Mia Rossi',
		'mia.rossi@example.com',
		'Returns',
		['Shoes', 'Bags'],
		'Sales',
	]);

	for (const workflow of [simplified, raw]) {
		expect((await deactivate(n8n, workflow)).status).toBe(200);
	}
}

/** With a credential that talks to LiveChat itself, n8n's default localhost URL is refused. */
export async function unreachableWebhookUrl({ n8n, sim }: Context) {
	const livechat = await saveCredential(n8n, 'liveChatApi', 'LiveChat itself', {
		accountId: ADMIN.accountId,
		accessToken: ADMIN_PAT,
		clientId: APP_CLIENT_ID,
		apiUrl: 'https://api.livechatinc.com',
	});
	const workflow = await createTriggerWorkflow(n8n, 'No WEBHOOK_URL', livechat, {
		events: ['incoming_event'],
	});
	expect(workflow.url).toMatch(/^http:\/\/localhost:/);
	const callsBefore = (await sim.calls()).length;
	const activation = await n8n.api('POST', `/workflows/${workflow.id}/activate`);
	// 1.x answers the call with the error; 2.x reports it in the publication status.
	const problem =
		activation.status >= 400
			? JSON.stringify(activation.body)
			: await waitFor('the publication to fail', async () => {
					const publication = await publicationStatus(n8n, workflow);
					return publication.status === 'failed' && JSON.stringify(publication);
				});
	expect(problem).toContain('LiveChat cannot send events to http://localhost');
	expect(problem).toContain('WEBHOOK_URL');
	expect((await sim.calls()).length).toBe(callsBefore);
}
