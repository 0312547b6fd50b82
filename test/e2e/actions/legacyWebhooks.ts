/**
 * Legacy (v2) webhooks in real n8n: a LiveChat Trigger in Legacy mode receives what the simulator
 * sends to the URL a user would paste into LiveChat (Basic Auth in it), and Visitor → Add Details
 * sends the delivery's token back to the simulator's v2 call (L0–L3). Here beside the action node's
 * suite, which runs them in its n8n: the workflow needs both nodes.
 */
import type { SimulatorClient } from '../../simulator/client';
import type { CredentialRef, TriggerWorkflow } from '../support/livechat';
import {
	activate,
	createTriggerWorkflow,
	deactivate,
	executionsOf,
	postDelivery,
	saveCredential,
	waitForExecutions,
} from '../support/livechat';
import { lastExecutionError } from '../support/actionWorkflows';
import type { N8n } from '../support/n8n';

const PASSWORD = 'n8n legacy p@ss:word';

/** The target URL as the user pastes it into LiveChat: Basic Auth written into it. */
const withBasicAuth = (url: string, password = PASSWORD) =>
	url.replace('://', `://livechat:${encodeURIComponent(password)}@`);

export function legacyWebhookScenarios(context: { n8n: N8n; sim: SimulatorClient }) {
	describe('legacy webhooks (manual setup)', () => {
		let credential: CredentialRef;
		let workflow: TriggerWorkflow;

		beforeAll(async () => {
			credential = await saveCredential(
				context.n8n,
				'liveChatLegacyWebhookApi',
				'LiveChat legacy',
				{
					user: 'livechat',
					password: PASSWORD,
				},
			);
			workflow = await createTriggerWorkflow(
				context.n8n,
				'Legacy visitor details',
				credential,
				{ webhookSource: 'legacy', legacyEvents: ['chat_started'] },
				[
					{
						name: 'Add Details',
						// Visitor ID, License ID and Token keep their defaults: the trigger item's fields.
						parameters: {
							resource: 'visitor',
							operation: 'addDetails',
							integrationId: 'n8n-crm',
							fields: {
								field: [
									{ name: 'Email', value: '={{ $json.visitor.email }}' },
									{ name: 'Said', value: '={{ $json.chat.messages[0].text }}' },
									{
										name: 'Bands',
										value:
											"={{ $json.preChatSurvey['What are your favourite music bands?'].join(', ') }}",
									},
								],
							},
							icon: 'https://example.com/icon-64.png',
						},
					},
				],
			);
		});
		afterAll(async () => await deactivate(context.n8n, workflow));

		test('L0. the credential test in the editor checks the user and the password', async () => {
			const test = async (data: Record<string, string>) =>
				await context.n8n.rest<{ status: string; message: string }>(
					'POST',
					'/rest/credentials/test',
					{
						credentials: { ...credential, data },
					},
				);
			expect(await test({ user: 'livechat', password: PASSWORD })).toMatchObject({ status: 'OK' });
			expect(await test({ user: 'livechat', password: 'short' })).toMatchObject({
				status: 'Error',
				message: expect.stringContaining('at least 12 characters'),
			});
		});

		test('L1. chat_started runs the workflow, which adds visitor details with the delivery’s token', async () => {
			const { n8n, sim } = context;
			// Activation registers nothing in LiveChat.
			expect(await activate(n8n, sim, workflow)).toEqual([]);
			expect(await sim.calls()).toEqual([]);
			await sim.legacyWebhook({
				event_type: 'chat_started',
				data_types: ['chat', 'visitor', 'pre_chat_survey'],
				url: withBasicAuth(workflow.url),
			});
			const [delivery] = await sim.emitLegacy({ event_type: 'chat_started', wait: true });
			expect(delivery.attempts.map((attempt) => attempt.outcome)).toEqual([200]);

			const [execution] = await waitForExecutions(n8n, workflow, 1);
			expect(await lastExecutionError(n8n, workflow)).toEqual({
				status: 'success',
				message: undefined,
				description: undefined,
				node: undefined,
			});
			expect(execution.items[0]).toMatchObject({
				event: 'chat_started',
				license_id: '1025707',
				visitor: { name: 'Thomas Anderson', email: 't.anderson@example.com' },
				preChatSurvey: { 'Your name': 'Thomas Anderson' },
			});
			const visitorId = (execution.items[0].visitor as { id: string }).id;
			const state = await sim.state();
			expect(state.visitor_details[visitorId]).toEqual({
				'n8n-crm': {
					icon: 'example.com/icon-64.png',
					fields: [
						{ name: 'Email', value: 't.anderson@example.com' },
						{ name: 'Said', value: 'Hi, where is my order?' },
						{ name: 'Bands', value: "Deep Purple, Guns N' Roses" },
					],
				},
			});
			const [call] = await sim.calls('add_visitor_details');
			expect(call).toMatchObject({
				status: 200,
				body: { visitor_id: visitorId, license_id: '1025707' },
			});
			expect(visitorId).toMatch(/^S\d+\./);
		});

		test('L2. a wrong password gets 401 and runs nothing; LiveChat retries and gives up', async () => {
			const { n8n, sim } = context;
			const before = (await executionsOf(n8n, workflow)).length;
			await sim.faults({ delivery: { retryIntervalMs: 50 } });
			await sim.legacyWebhook({
				event_type: 'chat_started',
				data_types: ['visitor'],
				url: withBasicAuth(workflow.url, 'guessed password'),
			});
			// (Each test starts from a fresh simulator: this is the only target set up.)
			const [refused] = await sim.emitLegacy({ event_type: 'chat_started', wait: true });
			expect(refused.attempts.map((attempt) => attempt.outcome)).toEqual([401, 401, 401, 401]);
			expect(refused.state).toBe('failed');
			const unauthenticated = await postDelivery(workflow.url, { event_type: 'chat_started' });
			expect(unauthenticated.status).toBe(401);
			await new Promise((resolve) => setTimeout(resolve, 1000));
			expect(await executionsOf(n8n, workflow)).toHaveLength(before);
			expect(await sim.calls('add_visitor_details')).toEqual([]);
			await sim.clearFaults();
		});

		test('L3. an event not chosen is acknowledged without a run; a body that is not JSON gets 400', async () => {
			const { n8n, sim } = context;
			const before = (await executionsOf(n8n, workflow)).length;
			await sim.legacyWebhook({
				event_type: 'chat_ended',
				data_types: ['chat'],
				url: withBasicAuth(workflow.url),
			});
			const [ended] = await sim.emitLegacy({ event_type: 'chat_ended', wait: true });
			expect(ended.attempts.map((attempt) => attempt.outcome)).toEqual([200]);
			const notJson = await fetch(workflow.url, {
				method: 'POST',
				headers: {
					'Content-Type': 'text/plain',
					Authorization: `Basic ${Buffer.from(`livechat:${PASSWORD}`).toString('base64')}`,
				},
				body: 'event_type=chat_started',
			});
			expect(notJson.status).toBe(400);
			await new Promise((resolve) => setTimeout(resolve, 1000));
			expect(await executionsOf(n8n, workflow)).toHaveLength(before);
		});
	});
}
