/**
 * Scenarios 8, 13–15, in each n8n version of SUITE_VERSIONS.queueMode: n8n in queue mode — `n8n
 * start` registers the webhooks, `n8n webhook` receives LiveChat's deliveries, `n8n worker` runs
 * the executions — on PostgreSQL and Redis; then two webhook processes behind a round-robin load
 * balancer, where a retry may land on the process that did not see the first attempt, and n8n's
 * Remove Duplicates node (its memory is the shared database) keeps the rest of the workflow to one
 * run per delivery.
 */
import { randomUUID } from 'crypto';

import { DEFAULT_DELIVERY, type Delivery } from '../../simulator/delivery';
import { APP_CLIENT_ID } from '../../simulator/state';
import type { CredentialRef, TriggerWorkflow } from '../support/livechat';
import {
	activate,
	createTriggerWorkflow,
	deactivate,
	registrationsOf,
	TRIGGER_NAME,
	waitForExecutions,
} from '../support/livechat';
import { allExecutions, emitDistinct, ofWorkflow, secondsSince } from '../support/load';
import { N8n, type StoredExecution } from '../support/n8n';
import { useN8nWithSimulator, useQueueServices } from '../support/n8nWithSimulator';
import { sleep, waitFor } from '../support/ports';
import { SUITE_VERSIONS } from '../support/versions';
import { chain } from '../support/workflowNodes';

const NEW_DELIVERY = 'New Delivery';
const LOSSY = { lostAnswerRate: 0.1, retryIntervalMs: 100, retries: 10 };

describe.each(SUITE_VERSIONS.queueMode)('LiveChat Trigger in n8n %s, queue mode', (version) => {
	const services = useQueueServices();
	const context = useN8nWithSimulator(version, { queueMode: true, env: services.env });
	afterAll(services.stop);

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

	test('13. load: 1,000 deliveries, 1,000 runs; 1,000 more with 10 % of the answers lost, 1,000 more runs', async () => {
		const { n8n, sim, pat } = context;
		const workflow = await createTriggerWorkflow(n8n, 'Queue load', pat, {
			events: ['incoming_event'],
		});
		expect(await activate(n8n, sim, workflow)).toHaveLength(1);

		let started = Date.now();
		const message = { action: 'incoming_event' };
		const first = ofWorkflow(
			await emitDistinct(sim, 1000, { ...message, text: 'load' }, { inFlight: 20 }),
			workflow,
		);
		const emitted = secondsSince(started);
		expect(first).toHaveLength(1000);
		expect(first.filter((delivery) => delivery.attempts.length !== 1)).toEqual([]);
		const runs = await finishedExecutions(n8n, workflow);
		expect(runs).toHaveLength(1000);
		expect(runs.filter((run) => run.status !== 'success')).toEqual([]);
		expect(new Set(runs.map((run) => triggerKey(run))).size).toBe(1000);
		const ran = secondsSince(started);

		// Every tenth 200 answer never reaches LiveChat, a retry's answer too, and LiveChat sends
		// that delivery again 100 ms later: 1,000 deliveries take 1,111 answers, 111 of them lost.
		// Up to 10 retries (LiveChat's older guide), so no delivery runs out of them.
		await sim.faults({ delivery: LOSSY });
		started = Date.now();
		const lossy = ofWorkflow(
			await emitDistinct(sim, 1000, { ...message, text: 'lossy' }, { inFlight: 20 }),
			workflow,
		);
		const lossyEmitted = secondsSince(started);
		await sim.faults({ delivery: DEFAULT_DELIVERY });
		expect(lossy).toHaveLength(1000);
		expect(lossy.every((delivery) => delivery.state === 'delivered')).toBe(true);
		const outcomes = lossy.flatMap((delivery) => delivery.attempts.map(outcomeOf));
		expect(outcomes.filter((outcome) => outcome === '200')).toHaveLength(1000);
		expect(outcomes.filter((outcome) => outcome === 'timeout/200')).toHaveLength(111);
		expect(outcomes).toHaveLength(1111);
		const retried = lossy.filter((delivery) => delivery.attempts.length > 1);
		const all = await finishedExecutions(n8n, workflow);
		expect(all).toHaveLength(2000);
		expect(all.filter((run) => run.status !== 'success')).toEqual([]);
		expect(new Set(all.map((run) => triggerKey(run))).size).toBe(2000);
		console.log(
			`queue mode, one webhook process: 1,000 deliveries → ${runs.length} executions ` +
				`(sent in ${emitted}, all run after ${ran}); 1,000 with 10 % of answers lost → ` +
				`${retried.length} retried (111 answers lost), ${all.length - runs.length} executions ` +
				`(sent in ${lossyEmitted}, all run after ${secondsSince(started)})`,
		);

		expect((await deactivate(n8n, workflow)).status).toBe(200);
	});
});

describe.each(SUITE_VERSIONS.queueMode)(
	'LiveChat Trigger in n8n %s, queue mode with two webhook processes',
	(version) => {
		const services = useQueueServices();
		// Remove Duplicates reads the values it has seen and writes the list back, without a lock:
		// executions at the same time may both pass, or one may drop what the other added. At the
		// worker's default concurrency of 10 its list kept 89 of 200 distinct keys, and here 307 of
		// 300 deliveries passed. One worker running one execution at a time makes it exact.
		const context = useN8nWithSimulator(version, {
			queueMode: true,
			webhookProcesses: 2,
			env: () => ({ ...services.env(), N8N_CONCURRENCY_PRODUCTION_LIMIT: '1' }),
		});
		afterAll(services.stop);
		let workflow: TriggerWorkflow;

		test('14. a retry that lands on the other webhook process runs the trigger again; Remove Duplicates lets it through once', async () => {
			const { n8n, sim, pat } = context;
			const proxy = n8n.proxy!;
			const webhooks = n8n.processes.filter((process) => process.command === 'webhook');
			expect(webhooks).toHaveLength(2);
			expect(n8n.processes[1].log).toMatch(/Concurrency: 1\n/);
			workflow = await createDedupedWorkflow(n8n, 'Scaled-out inbox', pat);
			expect(await activate(n8n, sim, workflow)).toHaveLength(1);
			expect(workflow.url.startsWith(proxy.url)).toBe(true);

			// The first attempt is taken but its answer comes too late: LiveChat sends it again.
			await sim.faults({ delivery: { slowAttempts: 1, timeoutMs: 3000, retryIntervalMs: 500 } });
			const [retried] = await sim.emit({ action: 'incoming_event', text: 'crossing', wait: true });
			await sim.faults({ delivery: DEFAULT_DELIVERY });
			expect(retried.attempts.map(outcomeOf)).toEqual(['timeout/200', '200']);
			const received = proxy.requests.filter((request) => sameDelivery(request.body, retried));
			expect(received.map((request) => request.status)).toEqual([200, 200]);
			const [firstBackend, secondBackend] = received.map((request) => request.backend);
			expect(secondBackend).not.toBe(firstBackend);

			const runs = await waitForRuns(n8n, workflow, 2);
			expect(runs.map((run) => run.status)).toEqual(['success', 'success']);
			const key = triggerKey(runs[0]);
			expect(triggerKey(runs[1])).toBe(key);
			// Each process ran it: its own memory had not seen the delivery.
			expect(webhooks[firstBackend].log).toMatch(new RegExp(`Enqueued execution ${runs[0].id}\\b`));
			expect(webhooks[secondBackend].log).toMatch(
				new RegExp(`Enqueued execution ${runs[1].id}\\b`),
			);
			expect(runs.map((run) => newDeliveryKeys(run))).toEqual([[key], []]);

			const [next] = await sim.emit({ action: 'incoming_event', text: 'next one', wait: true });
			expect(next.attempts.map((attempt) => attempt.outcome)).toEqual([200]);
			const after = await waitForRuns(n8n, workflow, 3);
			const nextKey = triggerKey(after[2]);
			expect(nextKey).not.toBe(key);
			expect(after.flatMap((run) => newDeliveryKeys(run))).toEqual([key, nextKey]);
			console.log(
				`queue mode, two webhook processes: a retried delivery reached backends ` +
					`${firstBackend} then ${secondBackend}: ${runs.length} trigger executions, ` +
					`${NEW_DELIVERY} ran once; a second delivery ran once`,
			);
		});

		test('15. load across two webhook processes: 300 deliveries, 10 % of answers lost, New Delivery once each', async () => {
			const { n8n, sim } = context;
			const proxy = n8n.proxy!;
			const before = (await finishedExecutions(n8n, workflow)).length;
			const requestsBefore = proxy.requests.length;
			await sim.faults({ delivery: LOSSY });
			const started = Date.now();
			const deliveries = ofWorkflow(
				await emitDistinct(sim, 300, { action: 'incoming_event', text: 'spread' }, { inFlight: 4 }),
				workflow,
			);
			const emitted = secondsSince(started);
			await sim.faults({ delivery: DEFAULT_DELIVERY });
			expect(deliveries).toHaveLength(300);
			expect(deliveries.every((delivery) => delivery.state === 'delivered')).toBe(true);
			const attempts = deliveries.reduce((sum, delivery) => sum + delivery.attempts.length, 0);
			expect(attempts).toBe(333);

			// Each webhook process that got a delivery ran the trigger for it once.
			const requests = proxy.requests.slice(requestsBefore);
			expect(requests).toHaveLength(333);
			const processesPerDelivery = deliveries.map(
				(delivery) =>
					new Set(requests.filter((r) => sameDelivery(r.body, delivery)).map((r) => r.backend))
						.size,
			);
			const expectedRuns = processesPerDelivery.reduce((sum, count) => sum + count, 0);

			const runs = (await finishedExecutions(n8n, workflow)).slice(before);
			expect(runs.filter((run) => run.status !== 'success')).toEqual([]);
			expect(runs).toHaveLength(expectedRuns);
			const passed = runs.flatMap((run) => newDeliveryKeys(run));
			expect(passed).toHaveLength(300);
			expect(new Set(passed).size).toBe(300);
			expect(new Set(runs.map((run) => triggerKey(run))).size).toBe(300);
			console.log(
				`queue mode, two webhook processes: 300 deliveries, ${attempts - 300} retried ` +
					`(${processesPerDelivery.filter((count) => count > 1).length} onto the other process): ` +
					`${runs.length} trigger executions, ${passed.length} runs of ${NEW_DELIVERY} ` +
					`(sent in ${emitted}, all run after ${secondsSince(started)})`,
			);

			expect((await deactivate(n8n, workflow)).status).toBe(200);
		});
	},
);

/**
 * PostgreSQL and Redis of a describe block's own, up before its n8n. Register `stop` after the n8n
 * context: Jest runs a block's afterAll hooks in the order they were declared.
 */
/**
 * The documented pattern for several webhook processes: LiveChat Trigger → Remove Duplicates on
 * the item's `deliveryKey` ("Remove Items Processed in Previous Executions") → the real work, here
 * a No Operation node whose runs the test counts.
 */
async function createDedupedWorkflow(n8n: N8n, name: string, credential: CredentialRef) {
	const workflow = await createTriggerWorkflow(n8n, name, credential, {
		events: ['incoming_event'],
	});
	const nodes = workflow.body.nodes as Array<Record<string, unknown>>;
	nodes.push(
		{
			id: randomUUID(),
			name: 'Remove Duplicates',
			type: 'n8n-nodes-base.removeDuplicates',
			typeVersion: 2,
			position: [200, 0],
			parameters: {
				operation: 'removeItemsSeenInPreviousExecutions',
				dedupeValue: '={{ $json.deliveryKey }}',
			},
		},
		{
			id: randomUUID(),
			name: NEW_DELIVERY,
			type: 'n8n-nodes-base.noOp',
			typeVersion: 1,
			position: [400, 0],
			parameters: {},
		},
	);
	workflow.body.connections = chain(nodes);
	await n8n.apiOk('PUT', `/workflows/${workflow.id}`, workflow.body);
	return workflow;
}

/** `200`, or `timeout/200` for an answer that was taken but never reached LiveChat. */
const outcomeOf = (attempt: Delivery['attempts'][number]) =>
	attempt.lateStatus === undefined
		? String(attempt.outcome)
		: `${attempt.outcome}/${attempt.lateStatus}`;

const eventIdOf = (body: Record<string, unknown>) =>
	(body.payload as { event?: { id?: string } } | undefined)?.event?.id;

/** Whether a request the proxy forwarded carried this delivery. */
const sameDelivery = (requestBody: string, delivery: Delivery) =>
	eventIdOf(JSON.parse(requestBody || '{}')) === eventIdOf(delivery.body);

const FINISHED = ['success', 'error', 'crashed', 'canceled'];

/**
 * The workflow's executions with their data, once none is queued or running. n8n 2.x answers a
 * delivery only after its execution is enqueued, so once the deliveries are done they all exist.
 */
async function finishedExecutions(n8n: N8n, workflow: TriggerWorkflow) {
	await waitFor(
		`every execution of workflow ${workflow.id} to finish`,
		async () => {
			// Polling pages of executions takes the main process's time from the others: not too often.
			await sleep(1000);
			const all = await allExecutions(n8n, workflow);
			return all.every((execution) => FINISHED.includes(execution.status ?? ''));
		},
		5 * 60_000,
	);
	return await allExecutions(n8n, workflow, { includeData: true });
}

/** Waits for `count` finished executions (for scenario 9's few). */
async function waitForRuns(n8n: N8n, workflow: TriggerWorkflow, count: number) {
	return await waitFor(`${count} executions of workflow ${workflow.id}`, async () => {
		const all = await allExecutions(n8n, workflow, { includeData: true });
		const done = all.every((execution) => FINISHED.includes(execution.status ?? ''));
		return done && all.length === count && all;
	});
}

const itemsOf = (run: StoredExecution, node: string) =>
	(run.data?.resultData?.runData?.[node]?.[0]?.data?.main?.[0] ?? []).map((item) => item.json);

/** The deliveryKey of the one item the trigger emitted in this execution. */
function triggerKey(run: StoredExecution) {
	const items = itemsOf(run, TRIGGER_NAME);
	expect(items).toHaveLength(1);
	return String(items[0].deliveryKey);
}

/** The deliveryKeys that reached the New Delivery node in this execution. */
const newDeliveryKeys = (run: StoredExecution) =>
	itemsOf(run, NEW_DELIVERY).map((item) => String(item.deliveryKey));
