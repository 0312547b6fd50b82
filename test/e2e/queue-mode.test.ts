/**
 * Scenario 8: n8n 2.x in queue mode — `n8n start` registers the webhooks, `n8n webhook` receives
 * LiveChat's deliveries, `n8n worker` runs the executions — on PostgreSQL and Redis.
 */
import { APP_CLIENT_ID } from '../simulator/state';
import { useN8nWithSimulator } from './scenarios';
import {
	activate,
	createTriggerWorkflow,
	deactivate,
	registrationsOf,
	waitForExecutions,
} from './support/livechat';
import { startPostgres, startRedis } from './support/services';

const services: Array<{ env: Record<string, string>; stop: () => void }> = [];
beforeAll(async () => {
	services.push(await startPostgres(), await startRedis());
}, 60_000);
afterAll(() => services.forEach((service) => service.stop()));

describe('LiveChat Trigger in n8n 2.40.7, queue mode', () => {
	const context = useN8nWithSimulator('2.40.7', {
		queueMode: true,
		env: () => Object.assign({}, ...services.map((service) => service.env)),
	});

	test('8. main registers, the webhook process receives, the worker executes', async () => {
		const { n8n, sim, pat } = context;
		const [main, worker, webhook] = n8n.processes;
		const events = ['incoming_chat', 'incoming_event', 'thread_tagged'];
		const workflow = await createTriggerWorkflow(n8n, 'Queue inbox', pat, { events });
		const registered = await activate(n8n, sim, workflow);
		expect(registered.map((w) => w.action).sort()).toEqual(events);
		expect(registered.every((w) => w.owner_client_id === APP_CLIENT_ID)).toBe(true);
		// Deliveries go to the webhook process's URL (n8n's WEBHOOK_URL), not to the main process.
		expect(workflow.url.startsWith(n8n.webhookBaseUrl)).toBe(true);
		expect(n8n.webhookBaseUrl).not.toBe(n8n.baseUrl);

		for (const action of events) {
			const [delivery] = await sim.emit({ action, text: `queued ${action}`, wait: true });
			expect(delivery.attempts.map((attempt) => attempt.outcome)).toEqual([200]);
		}
		const executions = await waitForExecutions(n8n, workflow, 3);
		expect(executions.map((execution) => execution.status)).toEqual([
			'success',
			'success',
			'success',
		]);
		expect(executions.map((execution) => execution.items[0].action)).toEqual(events);
		for (const { id } of executions) {
			expect(webhook.log).toMatch(new RegExp(`Enqueued execution ${id}\\b`));
			expect(worker.log).toMatch(new RegExp(`Worker finished execution ${id}\\b`));
			expect(main.log).not.toMatch(new RegExp(`execution ${id}\\b`));
		}

		expect((await deactivate(n8n, workflow)).status).toBe(200);
		expect(await registrationsOf(sim, workflow)).toEqual([]);
	});
});
