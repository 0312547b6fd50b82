/**
 * The LiveChat Polling Trigger in real n8n. P1: in every n8n version of
 * SUITE_VERSIONS.pollingTrigger at once (each with its own simulator), chats start and end while
 * n8n is down for minutes; after the restart every chat started and ended is emitted exactly once,
 * the safety-net template (webhook and polling triggers into Remove Duplicates) archives each ended
 * chat once, and a restart with nothing new emits nothing. P2: in queue mode
 * (SUITE_VERSIONS.queueMode, PostgreSQL and Redis) the poll runs once per interval, in the main
 * process, and its execution on the worker.
 */
import { randomUUID } from 'crypto';

import type { LiveChatSimulator } from '../../simulator/server';
import type { StartedChat } from '../../simulator/traffic';
import { endChat, startChat } from '../../simulator/traffic';
import type { CredentialRef } from '../support/livechat';
import { POLLING_TRIGGER_TYPE, publicationSettled } from '../support/livechat';
import { allExecutions } from '../support/load';
import type { N8n, N8nVersion, StoredExecution } from '../support/n8n';
import { useN8nWithSimulator, useQueueServices } from '../support/n8nWithSimulator';
import { sleep, waitFor } from '../support/ports';
import { DataTables, importTemplate, TEMPLATE_TABLES } from '../support/templates';
import { SUITE_VERSIONS } from '../support/versions';

const POLLER = 'LiveChat Polling Trigger';
const SAFETY_NET = 'transcript-archive-no-chat-lost';
const EVERY_MINUTE = { item: [{ mode: 'everyMinute' }] };
/** n8n is down for longer than LiveChat retries a webhook (about a minute). */
const OUTAGE_MS = 3 * 60_000;
/** Long enough for one scheduled poll (every minute, at a second n8n picks). */
const ONE_POLL_MS = 70_000;

const contexts = Object.fromEntries(
	SUITE_VERSIONS.pollingTrigger.map((version) => [version, useN8nWithSimulator(version)]),
) as Record<N8nVersion, ReturnType<typeof useN8nWithSimulator>>;
/** P2's n8n in queue mode, each on PostgreSQL and Redis of its own (stopped after its n8n). */
const queues = Object.fromEntries(
	SUITE_VERSIONS.queueMode.map((version) => {
		const services = useQueueServices();
		const context = useN8nWithSimulator(version, { queueMode: true, env: services.env });
		afterAll(services.stop);
		return [version, context];
	}),
) as Record<N8nVersion, ReturnType<typeof useN8nWithSimulator>>;

/** Creates and activates a workflow of one polling trigger for both events, polled every minute. */
async function activatePoller(n8n: N8n, credential: CredentialRef, events: string[]) {
	const body = {
		name: `Polled chats ${randomUUID().slice(0, 8)}`,
		nodes: [
			{
				id: randomUUID(),
				name: POLLER,
				type: POLLING_TRIGGER_TYPE,
				typeVersion: 1,
				position: [0, 0],
				parameters: { pollTimes: EVERY_MINUTE, authentication: 'accessToken', events },
				credentials: { liveChatApi: { id: credential.id, name: credential.name } },
			},
		],
		connections: {},
		settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all' },
	};
	const { id } = await n8n.apiOk<{ id: string }>('POST', '/workflows', body);
	await publish(n8n, id);
	return { id, body };
}

/** Activates (publishes) a saved workflow and waits until n8n has done so. */
async function publish(n8n: N8n, id: string) {
	await n8n.apiOk('POST', `/workflows/${id}/activate`);
	await publicationSettled(n8n, { id }, 'published');
}

/** The items a node put out in an execution. */
const itemsOf = (execution: StoredExecution, node: string) =>
	(execution.data?.resultData?.runData?.[node]?.[0]?.data?.main?.[0] ?? []).map(
		(item) => item.json,
	);

/** Every deliveryKey the node emitted across the workflow's executions, in order. */
async function emittedKeys(n8n: N8n, workflowId: string, node = POLLER) {
	const executions = await allExecutions(n8n, { id: workflowId }, { includeData: true });
	return executions.flatMap((execution) =>
		itemsOf(execution, node).map((item) => item.deliveryKey),
	);
}

const started = (chat: StartedChat) => `incoming_chat:${chat.chatId}:${chat.threadId}`;
const ended = (chat: StartedChat) => `chat_deactivated:${chat.chatId}:${chat.threadId}`;

const waitForKeys = async (n8n: N8n, workflowId: string, keys: string[], node = POLLER) =>
	await waitFor(
		`${keys.length} polled items of workflow ${workflowId}`,
		async () => {
			const emitted = await emittedKeys(n8n, workflowId, node);
			return keys.every((key) => emitted.includes(key)) && emitted;
		},
		3 * 60_000,
	);

/** Waits until every webhook the simulator fired was delivered or given up. */
const settled = async (simulator: LiveChatSimulator) => await simulator.deliverer.settled();

test.concurrent.each(SUITE_VERSIONS.pollingTrigger)(
	'P1. n8n %s: chats that start and end during an outage are each emitted once; the safety net archives each once; a quiet restart emits nothing',
	async (version) => {
		const { n8n, simulator, pat } = contexts[version];
		const log = (step: string) => console.log(`P1 ${version} ${new Date().toISOString()} ${step}`);
		const tables = new DataTables(n8n);
		const { name, columns } = TEMPLATE_TABLES[SAFETY_NET]!;
		const table = await tables.create(name, columns);
		const poller = await activatePoller(n8n, pat, ['incoming_chat', 'chat_deactivated']);
		const safetyNet = await importTemplate(n8n, SAFETY_NET, {
			credentials: { liveChatApi: pat },
			dataTable: table,
		});
		await publish(n8n, safetyNet.id);
		const archivedChats = async () => (await tables.rows(table)).map((row) => row.chat_id);

		// Before the outage: A starts; D starts and ends, and its webhook reaches the safety net.
		const a = startChat(simulator);
		const d = startChat(simulator);
		await sleep(1_000);
		endChat(simulator, d.chatId);
		await settled(simulator);
		await waitForKeys(n8n, poller.id, [started(a), started(d), ended(d)]);
		await waitFor('D archived', async () => (await archivedChats()).includes(d.chatId));
		log('before the outage: A and D polled');

		let b: StartedChat | undefined;
		let c: StartedChat | undefined;
		await n8n.down(async () => {
			const downAt = Date.now();
			// A ends and B starts and ends while no n8n answers: their webhooks are retried, then lost.
			endChat(simulator, a.chatId);
			b = startChat(simulator);
			await sleep(1_000);
			endChat(simulator, b.chatId);
			c = startChat(simulator);
			await settled(simulator);
			await sleep(OUTAGE_MS - (Date.now() - downAt));
		});
		log('n8n back');
		const lostWebhooks = simulator.deliverer.deliveries.filter(
			(delivery) =>
				delivery.action === 'chat_deactivated' &&
				[a.chatId, b!.chatId].includes(
					String((delivery.body.payload as { chat_id: string }).chat_id),
				),
		);
		expect(lostWebhooks.map((delivery) => delivery.state)).toEqual(['failed', 'failed']);

		const afterOutage = [
			started(a),
			started(d),
			ended(d),
			ended(a),
			started(b!),
			ended(b!),
			started(c!),
		];
		await waitForKeys(n8n, poller.id, afterOutage);
		await waitFor('A and B archived', async () => {
			const archived = await archivedChats();
			return archived.includes(a.chatId) && archived.includes(b!.chatId);
		});
		log('after the outage: A ended, B, C polled');

		// C ends while n8n is up: the webhook archives it, the poller's item for it goes no further.
		endChat(simulator, c!.chatId);
		await settled(simulator);
		const all = [...afterOutage, ended(c!)];
		await waitForKeys(n8n, poller.id, all);
		await waitForKeys(n8n, safetyNet.id, [ended(c!)], 'Chat Ended (Polling)');
		expect((await emittedKeys(n8n, poller.id)).sort()).toEqual([...all].sort());
		expect((await archivedChats()).sort()).toEqual(
			[a, b!, c!, d].map((chat) => chat.chatId).sort(),
		);
		// Each chat passed Remove Duplicates once: from the webhook (D, C) or the poller (A, B).
		const passed = await emittedKeys(n8n, safetyNet.id, 'Once per Chat');
		expect(passed.sort()).toEqual([a, b!, c!, d].map(ended).sort());
		log('C archived once');

		// A restart with nothing new: both polling triggers read LiveChat, no execution.
		const executions = (await allExecutions(n8n, poller)).length;
		await n8n.down(async () => undefined);
		const restartedAt = Date.now();
		await sleep(ONE_POLL_MS);
		const polled = simulator.calls.filter(
			(call) => call.method === 'list_chats' && Date.parse(call.at) >= restartedAt,
		);
		expect(polled.length).toBeGreaterThanOrEqual(2);
		expect((await allExecutions(n8n, poller)).length).toBe(executions);
		expect((await archivedChats()).length).toBe(4);
	},
	20 * 60_000,
);

test.concurrent.each(SUITE_VERSIONS.queueMode)(
	'P2. queue mode (%s): the main process polls once per interval; the worker runs what it found, once',
	async (version) => {
		const { n8n, simulator, pat } = queues[version];
		const [main, worker] = n8n.processes;
		const since = Date.now();
		const poller = await activatePoller(n8n, pat, ['incoming_chat']);
		const chat = startChat(simulator);
		await sleep(2 * ONE_POLL_MS);
		const polls = simulator.calls
			.filter((call) => call.method === 'list_chats' && Date.parse(call.at) >= since)
			.map((call) => Date.parse(call.at));
		// The activation's poll, then one a minute: never two polls within the same interval.
		expect(polls.length).toBeGreaterThanOrEqual(2);
		expect(polls.length).toBeLessThanOrEqual(4);
		const gaps = polls.slice(1).map((at, index) => at - polls[index]);
		for (const gap of gaps.slice(1)) expect(gap).toBeGreaterThan(55_000);
		const executions = await allExecutions(n8n, poller, { includeData: true });
		expect(
			executions.flatMap((execution) => itemsOf(execution, POLLER).map((item) => item.deliveryKey)),
		).toEqual([started(chat)]);
		expect(worker.log).toMatch(new RegExp(`Worker finished execution ${executions[0].id}\\b`));
		expect(main.log).not.toMatch(new RegExp(`Worker finished execution ${executions[0].id}\\b`));
	},
	10 * 60_000,
);
