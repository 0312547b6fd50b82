/**
 * The LiveChat Trigger's webhooks, end to end (scenarios 1–7, 9–12, W1–W4): in each n8n version of
 * SUITE_VERSIONS.webhookTrigger, a real n8n with the packed package installed, the LiveChat
 * simulator in place of LiveChat.
 */
import type { SimulatorClient } from '../../simulator/client';
import {
	ADMIN,
	ADMIN_PAT,
	APP_CLIENT_ID,
	APP_CLIENT_SECRET,
	CUSTOMER_ID,
	LIVE_CHAT_ID,
} from '../../simulator/state';
import type { TriggerWorkflow } from '../support/livechat';
import {
	activate,
	activationProblem,
	createTriggerWorkflow,
	deactivate,
	executionsOf,
	postDelivery,
	registrationsOf,
	runFromEditor,
	saveCredential,
	stopListening,
	waitForExecutions,
} from '../support/livechat';
import type { N8nVersion } from '../support/n8n';
import { PAT_DATA, useN8nWithSimulator } from '../support/n8nWithSimulator';
import { sleep, waitFor } from '../support/ports';
import { SUITE_VERSIONS } from '../support/versions';
import { everyDocumentedDelivery, sameTagAgain, unreachableWebhookUrl } from './conformance';

const THREE_EVENTS = ['incoming_chat', 'incoming_event', 'thread_tagged'];

function describeWebhookTrigger(version: N8nVersion) {
	describe(`LiveChat Trigger in n8n ${version}`, () => {
		const context = useN8nWithSimulator(version);
		let simplified: TriggerWorkflow;
		let raw: TriggerWorkflow;
		let firstIds: string[];

		test('1. activation registers one webhook per event; each event runs the workflow once', async () => {
			const { n8n, sim, pat } = context;
			// The credential's own test (the editor's "Test" button) goes to the simulator too.
			const tested = await n8n.rest<{ status: string; message?: string }>(
				'POST',
				'/rest/credentials/test',
				{
					credentials: { ...pat, data: PAT_DATA },
				},
			);
			expect(tested).toMatchObject({ status: 'OK' });
			expect(await sim.calls('get_license_webhooks_state')).toEqual([
				expect.objectContaining({
					status: 200,
					auth: 'basic',
					body: { owner_client_id: APP_CLIENT_ID },
				}),
			]);
			simplified = await createTriggerWorkflow(n8n, 'Support inbox', pat, { events: THREE_EVENTS });
			raw = await createTriggerWorkflow(n8n, 'Support inbox (raw)', pat, {
				events: ['incoming_event'],
				output: 'raw',
			});
			const registered = await activate(n8n, sim, simplified);
			expect(await activate(n8n, sim, raw)).toHaveLength(1);
			firstIds = registered.map((webhook) => webhook.id).sort();

			expect(registered.map((webhook) => webhook.action).sort()).toEqual(THREE_EVENTS);
			for (const webhook of registered) {
				expect(webhook).toMatchObject({
					type: 'license',
					owner_client_id: APP_CLIENT_ID,
					description: expect.stringContaining('Support inbox'),
				});
				expect(webhook.url).toMatch(/^http:\/\/localhost:\d+\/webhook\/[0-9a-f-]{36}\/webhook$/);
				expect(webhook.secret_key).toMatch(/^[0-9a-f]{64}$/);
			}
			expect((await sim.state()).license_webhooks_enabled[APP_CLIENT_ID]).toBe(true);

			for (const action of THREE_EVENTS) {
				const deliveries = await sim.emit({ action, text: `e2e ${action}`, wait: true });
				expect(deliveries.map((delivery) => delivery.state)).toEqual(
					action === 'incoming_event' ? ['delivered', 'delivered'] : ['delivered'],
				);
			}
			const executions = await waitForExecutions(n8n, simplified, 3);
			expect(executions.map((execution) => execution.status)).toEqual([
				'success',
				'success',
				'success',
			]);
			const [chat, event, tag] = executions.map((execution) => execution.items);
			expect(chat).toEqual([
				expect.objectContaining({
					action: 'incoming_chat',
					chatId: LIVE_CHAT_ID,
					threadId: expect.stringMatching(/^[A-Z0-9]{10}$/),
					customer: { id: CUSTOMER_ID, name: 'Thomas Anderson', email: 't.anderson@example.com' },
					agents: [{ id: ADMIN.email, name: 'Agent Smith' }],
					messages: [
						expect.objectContaining({ text: 'e2e incoming_chat', authorIsCustomer: true }),
					],
				}),
			]);
			expect(event).toEqual([
				expect.objectContaining({
					action: 'incoming_event',
					chatId: LIVE_CHAT_ID,
					threadId: chat[0].threadId,
					text: 'e2e incoming_event',
					authorId: CUSTOMER_ID,
					authorIsCustomer: true,
				}),
			]);
			expect(tag).toEqual([
				expect.objectContaining({
					action: 'thread_tagged',
					chatId: LIVE_CHAT_ID,
					threadId: chat[0].threadId,
					tag: 'bug_report',
				}),
			]);

			const [rawExecution] = await waitForExecutions(n8n, raw, 1);
			const sent = (await sim.deliveries()).find((delivery) => delivery.url === raw.url)!;
			const { secret_key: _secret, ...envelope } = sent.body;
			expect(rawExecution.items).toEqual([
				{ ...envelope, deliveryKey: expect.stringMatching(/^incoming_event:/) },
			]);
			expect(JSON.stringify(rawExecution.items)).not.toContain(String(_secret));
		});

		test('2. a delivery with a wrong or missing secret gets 401 and runs nothing', async () => {
			const { n8n, sim } = context;
			const sent = (await sim.deliveries()).find((delivery) => delivery.url === simplified.url)!;
			const before = (await executionsOf(n8n, simplified)).length;
			expect(
				(await postDelivery(simplified.url, { ...sent.body, secret_key: 'wrong' })).status,
			).toBe(401);
			const { secret_key: _secret, ...unsigned } = sent.body;
			expect((await postDelivery(simplified.url, unsigned)).status).toBe(401);
			await sleep(1500);
			expect(await executionsOf(n8n, simplified)).toHaveLength(before);
		});

		test('3. a delivery LiveChat retries (the receiver was slow once) runs the workflow once', async () => {
			const { n8n, sim } = context;
			const before = (await executionsOf(n8n, simplified)).length;
			await sim.faults({ delivery: { slowAttempts: 1, timeoutMs: 2000, retryIntervalMs: 500 } });
			const deliveries = await sim.emit({ action: 'thread_tagged', tag: 'sales', wait: true });
			expect(deliveries).toHaveLength(1);
			expect(deliveries[0].attempts.map((attempt) => attempt.outcome)).toEqual(['timeout', 200]);
			expect(deliveries[0].attempts[0].lateStatus).toBe(200);
			await sleep(1500);
			const executions = await waitForExecutions(n8n, simplified, before + 1);
			expect(executions[before].items).toEqual([
				expect.objectContaining({ action: 'thread_tagged', tag: 'sales' }),
			]);
			await sim.clearFaults();
		});

		test('4. two restarts and a re-publish keep exactly three registrations', async () => {
			const { n8n, sim } = context;
			await n8n.restart();
			await n8n.restart();
			expect((await registrationsOf(sim, simplified)).map((webhook) => webhook.id).sort()).toEqual(
				firstIds,
			);

			// Re-publish: save a changed workflow and activate it again.
			await n8n.apiOk('PUT', `/workflows/${simplified.id}`, {
				...simplified.body,
				name: 'Support inbox v2',
			});
			const registered = await activate(n8n, sim, simplified);
			expect(registered.map((webhook) => webhook.action).sort()).toEqual(THREE_EVENTS);

			const before = (await executionsOf(n8n, simplified)).length;
			const [delivery] = await sim
				.emit({ action: 'incoming_event', text: 'after restarts', wait: true })
				.then((all) => all.filter((d) => d.url === simplified.url));
			expect(delivery.attempts.map((attempt) => attempt.outcome)).toEqual([200]);
			await waitForExecutions(n8n, simplified, before + 1);
		});

		// Started here, after the restarts of 4 (which empty the duplicate memory), finished at the end.
		const tagAgain = sameTagAgain(context);
		test('W1. the same tag added again within 2 minutes is a retry: acknowledged, not run', async () => {
			await tagAgain.start();
		});

		test('5. deactivation removes every registration and the URL answers 404', async () => {
			const { n8n, sim } = context;
			for (const workflow of [simplified, raw]) {
				expect((await deactivate(n8n, workflow)).status).toBe(200);
				expect(await registrationsOf(sim, workflow)).toEqual([]);
			}
			const sent = (await sim.deliveries()).find((delivery) => delivery.url === simplified.url)!;
			expect((await postDelivery(simplified.url, sent.body)).status).toBe(404);
		});

		test('6. a full quota fails activation cleanly; a failed deactivation leaves an orphan the next activation removes', async () => {
			const { n8n, sim, pat } = context;
			const foreign = [];
			for (const n of [1, 2, 3])
				foreign.push(
					await sim.seedWebhook({
						url: `https://other.example.com/hook/${n}`,
						action: 'thread_tagged',
					}),
				);
			// 14 events, one of them full: refused before anything is registered, on every retry.
			const events = [
				'chat_deactivated',
				'chat_properties_updated',
				'chat_transferred',
				'customer_session_fields_updated',
				'event_deleted',
				'event_updated',
				'events_marked_as_seen',
				'incoming_chat',
				'incoming_event',
				'thread_properties_updated',
				'thread_tagged',
				'thread_untagged',
				'user_added_to_chat',
				'user_removed_from_chat',
			];
			const blocked = await createTriggerWorkflow(n8n, 'Quota', pat, { events });
			const callsBefore = (await sim.calls()).length;
			const activation = await n8n.api('POST', `/workflows/${blocked.id}/activate`);
			const problem = await activationProblem(n8n, blocked, activation);
			expect(problem).toContain('LiveChat allows 3 webhooks per event for one app');
			expect(problem).toContain('thread_tagged already has 3');
			const calls = (await sim.calls()).slice(callsBefore);
			const tries = calls.filter((call) => call.method === 'list_webhooks').length;
			console.log(`n8n ${version}: refused activation with a full event: ${tries} tries`);
			expect(tries).toBeGreaterThanOrEqual(1);
			expect(calls.filter((call) => call.method === 'register_webhook')).toEqual([]);
			expect(calls.filter((call) => call.method === 'unregister_webhook')).toEqual([]);
			expect(await registrationsOf(sim, blocked)).toEqual([]);
			expect((await sim.state()).webhooks.filter((w) => w.action === 'thread_tagged')).toHaveLength(
				3,
			);

			const stuck = await createTriggerWorkflow(n8n, 'Deactivated during an outage', pat, {
				events: ['incoming_event', 'chat_deactivated'],
			});
			const orphans = await activate(n8n, sim, stuck);
			expect(orphans).toHaveLength(2);
			await sim.faults({ methodFaults: [{ method: 'unregister_webhook', status: 503 }] });
			const started = Date.now();
			expect((await deactivate(n8n, stuck)).status).toBe(200);
			expect((await n8n.apiOk<{ active: boolean }>('GET', `/workflows/${stuck.id}`)).active).toBe(
				false,
			);
			console.log(
				`n8n ${version}: deactivation during a LiveChat outage took ${Date.now() - started} ms`,
			);
			expect((await registrationsOf(sim, stuck)).map((w) => w.id).sort()).toEqual(
				orphans.map((w) => w.id).sort(),
			);

			await sim.clearFaults();
			const fresh = await activate(n8n, sim, stuck);
			expect(fresh).toHaveLength(2);
			const freshIds = fresh.map((webhook) => webhook.id);
			for (const orphan of orphans) expect(freshIds).not.toContain(orphan.id);
			await deactivate(n8n, stuck);
			expect(await registrationsOf(sim, stuck)).toEqual([]);

			// The other app's webhooks go away, which frees the quota for the scenarios after this.
			for (const webhook of foreign) await unregisterAsAdmin(sim, webhook.id);
		});

		test('7. OAuth2: authorization code flow through n8n, token refresh, and the trigger on it', async () => {
			const { n8n, sim } = context;
			const created = await saveCredential(n8n, 'liveChatOAuth2Api', 'LiveChat OAuth2', {
				clientId: APP_CLIENT_ID,
				clientSecret: APP_CLIENT_SECRET,
			});
			const authorizeUrl = await n8n.rest<string>(
				'GET',
				`/rest/oauth2-credential/auth?id=${created.id}`,
			);
			expect(authorizeUrl.startsWith(`${sim.url}/?`)).toBe(true);

			// The user's browser: the consent page, "Allow", then back to n8n's callback.
			const page = await (await fetch(authorizeUrl)).text();
			const fields = new URLSearchParams(
				[...page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map(
					([, name, value]): [string, string] => [
						name,
						value.replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c))),
					],
				),
			);
			const allowed = await fetch(`${sim.url}/authorize`, {
				method: 'POST',
				body: fields,
				redirect: 'manual',
			});
			expect(allowed.status).toBe(302);
			const callback = allowed.headers.get('location')!;
			expect(callback).toContain('/rest/oauth2-credential/callback?code=');
			const answer = await n8n.withSession(callback);
			expect(answer.status).toBe(200);
			expect((await sim.state()).token_grants).toEqual(['authorization_code']);

			const workflow = await createTriggerWorkflow(n8n, 'OAuth inbox', created, {
				events: ['incoming_event'],
			});
			expect(await activate(n8n, sim, workflow)).toHaveLength(1);
			const registerCall = (await sim.calls('register_webhook')).at(-1)!;
			expect(registerCall.auth).toBe('bearer');
			await sim.emit({ action: 'incoming_event', text: 'via oauth', wait: true });
			const [execution] = await waitForExecutions(n8n, workflow, 1);
			expect(execution.items).toEqual([expect.objectContaining({ text: 'via oauth' })]);

			// LiveChat expires the token; n8n refreshes it when LiveChat answers 401 and goes on.
			expect((await sim.expireAccessTokens()).expired).toBeGreaterThan(0);
			expect((await deactivate(n8n, workflow)).status).toBe(200);
			expect(await registrationsOf(sim, workflow)).toEqual([]);
			expect((await sim.state()).token_grants).toEqual(['authorization_code', 'refresh_token']);
			const statuses = (await sim.calls())
				.filter((call) => call.auth === 'bearer')
				.map((call) => `${call.method}:${call.status}`);
			expect(statuses.slice(-2)).toEqual(['unregister_webhook:401', 'unregister_webhook:200']);
		});

		test('9. listening for a test event while active: own registrations and secret at the test URL, removed after the event or on stop; production untouched', async () => {
			const { n8n, sim, pat } = context;
			const events = ['incoming_event', 'thread_tagged'];
			const workflow = await createTriggerWorkflow(n8n, 'Tested while active', pat, { events });
			const production = await activate(n8n, sim, workflow);
			const productionIds = production.map((webhook) => webhook.id).sort();
			const testRegistrations = async () => await registrationsOf(sim, workflow, workflow.testUrl);
			const onlyProductionLeft = async () => {
				await waitFor(
					'test registrations removed',
					async () => !(await testRegistrations()).length,
				);
				const ids = (await registrationsOf(sim, workflow)).map((webhook) => webhook.id);
				expect(ids.sort()).toEqual(productionIds);
			};

			expect(await runFromEditor(n8n, workflow)).toEqual({ waitingForWebhook: true });
			const listening = await testRegistrations();
			expect(listening.map((webhook) => webhook.action).sort()).toEqual(events);
			expect(listening[0].secret_key).not.toBe(production[0].secret_key);

			// One customer message reaches both URLs: a production run and the test run.
			const deliveries = (await sim.emit({ action: 'incoming_event', text: 'test me', wait: true }))
				.filter((delivery) => [workflow.url, workflow.testUrl].includes(delivery.url))
				.map(
					(delivery) =>
						`${delivery.url === workflow.url ? 'production' : 'test'}:${delivery.state}`,
				);
			expect(deliveries.sort()).toEqual(['production:delivered', 'test:delivered']);
			const runs = await waitForExecutions(n8n, workflow, 2);
			expect(runs.map((run) => `${run.mode}:${run.status}`).sort()).toEqual([
				'manual:success',
				'webhook:success',
			]);
			for (const run of runs)
				expect(run.items).toEqual([expect.objectContaining({ text: 'test me' })]);

			// After its event n8n stops listening: the trigger removes only the test registrations.
			await onlyProductionLeft();

			// "Stop listening" without an event removes them too.
			await runFromEditor(n8n, workflow);
			expect(await testRegistrations()).toHaveLength(2);
			await stopListening(n8n, workflow);
			await onlyProductionLeft();

			// Production goes on with its own secret; deactivation removes exactly its registrations.
			await sim.emit({ action: 'thread_tagged', tag: 'sales', wait: true });
			const after = await waitForExecutions(n8n, workflow, 3);
			expect(after.filter((run) => run.mode === 'webhook')).toHaveLength(2);
			expect((await deactivate(n8n, workflow)).status).toBe(200);
			expect(await registrationsOf(sim, workflow)).toEqual([]);
		});

		test('10. changing the events of an active workflow and publishing again registers exactly the new ones', async () => {
			const { n8n, sim, pat } = context;
			const workflow = await createTriggerWorkflow(n8n, 'Changing events', pat, {
				events: THREE_EVENTS,
			});
			expect(await activate(n8n, sim, workflow)).toHaveLength(3);

			const [trigger] = workflow.body.nodes as Array<{ parameters: Record<string, unknown> }>;
			trigger.parameters.events = ['chat_deactivated', 'incoming_event'];
			await n8n.apiOk('PUT', `/workflows/${workflow.id}`, workflow.body);
			const registered = await activate(n8n, sim, workflow);
			expect(registered.map((webhook) => webhook.action).sort()).toEqual([
				'chat_deactivated',
				'incoming_event',
			]);

			await sim.emit({ action: 'thread_tagged', tag: 'sales', wait: true });
			await sim.emit({ action: 'chat_deactivated', wait: true });
			const [run] = await waitForExecutions(n8n, workflow, 1);
			expect(run.items).toEqual([expect.objectContaining({ action: 'chat_deactivated' })]);
			expect((await deactivate(n8n, workflow)).status).toBe(200);
			expect(await registrationsOf(sim, workflow)).toEqual([]);
		});

		test('11. a license in another region: a token with its region prefix sends X-Region; one without follows misdirected_request once per call', async () => {
			const { n8n, sim, pat } = context;
			const callsSince = async (count: number) =>
				(await sim.calls())
					.slice(count)
					.map((call) => `${call.method}:${call.x_region ?? '-'}:${call.status}`);
			await sim.config({ region: 'fra' });
			try {
				const fra = await saveCredential(n8n, 'liveChatApi', 'LiveChat token (fra)', {
					...PAT_DATA,
					accessToken: `fra:${ADMIN_PAT}`,
				});
				const prefixed = await createTriggerWorkflow(n8n, 'Frankfurt', fra, {
					events: ['incoming_event'],
				});
				let before = (await sim.calls()).length;
				expect(await activate(n8n, sim, prefixed)).toHaveLength(1);
				expect(await callsSince(before)).toEqual([
					'list_webhooks:fra:200',
					'register_webhook:fra:200',
					'get_license_webhooks_state:fra:200',
				]);

				const unprefixed = await createTriggerWorkflow(n8n, 'Frankfurt, plain token', pat, {
					events: ['incoming_event'],
				});
				before = (await sim.calls()).length;
				expect(await activate(n8n, sim, unprefixed)).toHaveLength(1);
				expect(await callsSince(before)).toEqual([
					'list_webhooks:-:421',
					'list_webhooks:fra:200',
					'register_webhook:-:421',
					'register_webhook:fra:200',
					'get_license_webhooks_state:-:421',
					'get_license_webhooks_state:fra:200',
				]);

				await sim.emit({ action: 'incoming_event', text: 'from Frankfurt', wait: true });
				for (const workflow of [prefixed, unprefixed]) {
					const [run] = await waitForExecutions(n8n, workflow, 1);
					expect(run.items).toEqual([expect.objectContaining({ text: 'from Frankfurt' })]);
					expect((await deactivate(n8n, workflow)).status).toBe(200);
					expect(await registrationsOf(sim, workflow)).toEqual([]);
				}
			} finally {
				await sim.config({ region: 'dal' });
			}
		});

		test('12. versions 1 and 1.1: a workflow saved before 1.1 keeps working; both take LiveChat JSON and nothing else', async () => {
			const { n8n, sim, pat } = context;
			const events = { events: ['thread_untagged'] };
			const workflows = [
				await createTriggerWorkflow(n8n, 'Saved with 1', pat, events, [], { typeVersion: 1 }),
				await createTriggerWorkflow(n8n, 'Saved with 1.1', pat, events),
			];
			for (const workflow of workflows) expect(await activate(n8n, sim, workflow)).toHaveLength(1);
			const sent = await sim.emit({ action: 'thread_untagged', tag: 'sales', wait: true });
			expect(sent.map((delivery) => delivery.attempts.map((a) => a.outcome))).toEqual([
				[200],
				[200],
			]);

			for (const workflow of workflows) {
				const [execution] = await waitForExecutions(n8n, workflow, 1);
				expect(execution.items).toEqual([
					expect.objectContaining({
						action: 'thread_untagged',
						tag: 'sales',
						deliveryKey: expect.stringMatching(/^thread_untagged:/),
					}),
				]);
				// 1.1 leaves body parsing to n8n's typed parsers: JSON with a charset still runs; the
				// same JSON as text or without a content type is no LiveChat delivery (401, no run).
				const { body } = sent.find((delivery) => delivery.url === workflow.url)!;
				const next = { ...body, payload: { ...(body.payload as object), tag: 'support' } };
				const json = await postDelivery(workflow.url, next, 'application/json; charset=utf-8');
				expect(json.status).toBe(200);
				expect((await postDelivery(workflow.url, next, 'text/plain')).status).toBe(401);
				expect((await postDelivery(workflow.url, next, null)).status).toBe(401);
				const executions = await waitForExecutions(n8n, workflow, 2);
				expect(executions.map((run) => run.items[0].tag)).toEqual(['sales', 'support']);
			}
			await sleep(1500);
			for (const workflow of workflows) {
				expect(await executionsOf(n8n, workflow)).toHaveLength(2);
				await deactivate(n8n, workflow);
			}
		});

		test("W2. a delivery shaped like each of LiveChat's 38 documented samples, and every documented event type, gives one item without the secret", async () => {
			await everyDocumentedDelivery(context);
		});

		test("W3. with a credential that talks to LiveChat, n8n's default localhost URL is refused, naming WEBHOOK_URL", async () => {
			await unreachableWebhookUrl(context);
		});

		test('W4. the same tag added again 2 minutes after the first runs the workflow again', async () => {
			await tagAgain.finish();
		});
	});
}

/** Unregisters a webhook through LiveChat's Configuration API, as the app's other users would. */
async function unregisterAsAdmin(sim: SimulatorClient, id: string) {
	const response = await fetch(`${sim.url}/v3.6/configuration/action/unregister_webhook`, {
		method: 'POST',
		headers: {
			'Content-Type': 'application/json',
			Authorization: `Basic ${Buffer.from(`${ADMIN.accountId}:${ADMIN_PAT}`).toString('base64')}`,
		},
		body: JSON.stringify({ id, owner_client_id: APP_CLIENT_ID }),
	});
	expect(response.status).toBe(200);
}

// One n8n at a time: each version's describe block starts its own and stops it when done.
for (const version of SUITE_VERSIONS.webhookTrigger) describeWebhookTrigger(version);
