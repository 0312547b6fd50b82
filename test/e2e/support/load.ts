/**
 * Helpers for tests with many deliveries: emitting them through the simulator, posting arbitrary
 * bodies with a bounded number of requests in flight, and reading a workflow's executions in
 * numbers beyond one page of n8n's public API.
 */
import type { Delivery } from '../../simulator/delivery';
import type { SimulatorClient } from '../../simulator/client';
import type { EmitOptions } from '../../simulator/webhookEvents';
import { TRIGGER_NAME, type TriggerWorkflow } from './livechat';
import type { N8n, StoredExecution } from './n8n';
import { sleep, waitFor } from './ports';

/** The public API's largest page. */
const PAGE = 250;

/**
 * Emits `count` distinct events (each a new occurrence, its text numbered) through the simulator,
 * at most `inFlight` deliveries pending at a time. Resolves with every delivery once they are all
 * delivered or given up. Asks in chunks, so no single control request lasts long.
 */
export async function emitDistinct(
	sim: SimulatorClient,
	count: number,
	options: EmitOptions,
	{ inFlight = 16, chunk = 100 }: { inFlight?: number; chunk?: number } = {},
): Promise<Delivery[]> {
	const all: Delivery[] = [];
	for (let from = 1; from <= count; from += chunk) {
		const size = Math.min(chunk, count - from + 1);
		all.push(...(await sim.emitMany({ ...options, count: size, inFlight, from })));
	}
	return all;
}

/**
 * Emits `count` distinct events one by one, `everyMs` apart, without waiting for their deliveries
 * (for something to happen in the middle: `during` is called with the number emitted so far after
 * each). Resolves with the deliveries as first recorded; `sim.settle()` gives their outcomes.
 */
export async function emitSpread(
	sim: SimulatorClient,
	count: number,
	options: EmitOptions,
	everyMs: number,
	during: (emitted: number) => void = () => {},
): Promise<Delivery[]> {
	const all: Delivery[] = [];
	for (let n = 1; n <= count; n++) {
		const text = options.text === undefined ? {} : { text: `${options.text} ${n}` };
		all.push(...(await sim.emit({ ...options, ...text })));
		during(n);
		await sleep(everyMs);
	}
	return all;
}

/** The deliveries that went to this workflow's URL. */
export const ofWorkflow = (deliveries: Delivery[], workflow: Pick<TriggerWorkflow, 'url'>) =>
	deliveries.filter((delivery) => delivery.url === workflow.url);

export const secondsSince = (start: number) => `${Math.round((Date.now() - start) / 1000)} s`;

/** A request of the kind a fuzzer sends: any bytes, any content type (null: none). */
export interface RawRequest {
	category: string;
	body?: string | Buffer;
	contentType: string | null;
}

/** HTTP status, or `error:<code>` when the connection failed; the start of a 5xx answer. */
export interface RawAnswer {
	category: string;
	outcome: number | string;
	text?: string;
}

/** POSTs `count` requests made by `make` to `url`, `concurrency` at a time; answers in order. */
export async function postConcurrently(
	url: string,
	count: number,
	make: (index: number) => RawRequest,
	concurrency = 16,
): Promise<RawAnswer[]> {
	const answers: RawAnswer[] = new Array(count);
	let next = 0;
	const worker = async () => {
		while (next < count) {
			const index = next++;
			const { category, body, contentType } = make(index);
			try {
				const response = await fetch(url, {
					method: 'POST',
					headers: contentType === null ? {} : { 'Content-Type': contentType },
					// A Buffer keeps fetch from choosing a content type for a string.
					body: typeof body === 'string' ? Buffer.from(body) : body,
				});
				const text = await response.text();
				answers[index] = { category, outcome: response.status };
				if (response.status >= 500) answers[index].text = text.slice(0, 200);
			} catch (error) {
				const cause = (error as { cause?: { code?: string; message?: string } }).cause;
				answers[index] = { category, outcome: `error:${cause?.code ?? cause?.message ?? error}` };
			}
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	return answers;
}

/** Counts of each outcome per category, for a printed table. */
export function tally(answers: RawAnswer[]) {
	const table = new Map<string, Map<string, number>>();
	for (const { category, outcome } of answers) {
		const row = table.get(category) ?? new Map<string, number>();
		row.set(String(outcome), (row.get(String(outcome)) ?? 0) + 1);
		table.set(category, row);
	}
	return table;
}

/** The tally as a text table: a row per category, a column per outcome, totals last. */
export function formatTally(table: Map<string, Map<string, number>>) {
	const outcomes = [...new Set([...table.values()].flatMap((row) => [...row.keys()]))].sort();
	const header = ['category', ...outcomes, 'total'];
	const rows = [...table].map(([category, row]) => [
		category,
		...outcomes.map((outcome) => String(row.get(outcome) ?? '')),
		String([...row.values()].reduce((a, b) => a + b, 0)),
	]);
	const totals = outcomes.map((outcome) =>
		[...table.values()].reduce((sum, row) => sum + (row.get(outcome) ?? 0), 0),
	);
	rows.push(['total', ...totals.map(String), String(totals.reduce((a, b) => a + b, 0))]);
	const widths = header.map((_, column) =>
		Math.max(...[header, ...rows].map((row) => row[column].length)),
	);
	const line = (row: string[]) =>
		row.map((cell, column) => (column ? cell.padStart(widths[column]) : cell.padEnd(widths[0])));
	return [header, ...rows].map((row) => line(row).join('  ')).join('\n');
}

/**
 * The workflow's executions, page by page, oldest first: those n8n does not run at the moment (it
 * leaves those out of its list unless asked for `status: 'running'`).
 */
export async function allExecutions(
	n8n: N8n,
	workflow: Pick<TriggerWorkflow, 'id'>,
	{ includeData = false, status }: { includeData?: boolean; status?: string } = {},
): Promise<StoredExecution[]> {
	const all: StoredExecution[] = [];
	let cursor: string | undefined;
	do {
		const query = new URLSearchParams({ workflowId: workflow.id, limit: String(PAGE) });
		if (includeData) query.set('includeData', 'true');
		if (status) query.set('status', status);
		if (cursor) query.set('cursor', cursor);
		const page = await n8n.apiOk<{ data: StoredExecution[]; nextCursor?: string | null }>(
			'GET',
			`/executions?${query}`,
		);
		all.push(...page.data);
		cursor = page.nextCursor ?? undefined;
	} while (cursor);
	return all.sort((a, b) => Number(a.id) - Number(b.id));
}

export const countExecutions = async (n8n: N8n, workflow: Pick<TriggerWorkflow, 'id'>) =>
	(await allExecutions(n8n, workflow)).length;

/**
 * Every execution of the workflow, running ones too. Running ones are asked for first: one that
 * finishes in between is counted twice, never missed.
 */
export async function countAllExecutions(n8n: N8n, workflow: Pick<TriggerWorkflow, 'id'>) {
	const running = await allExecutions(n8n, workflow, { status: 'running' });
	return running.length + (await countExecutions(n8n, workflow));
}

/** A finished execution: its id, status and the deliveryKey of each item the trigger emitted. */
export interface KeyedExecution {
	id: string;
	status: string;
	deliveryKeys: string[];
}

/** The workflow's finished executions with the deliveryKeys of their trigger items. */
export async function keyedExecutions(
	n8n: N8n,
	workflow: Pick<TriggerWorkflow, 'id'>,
	trigger = TRIGGER_NAME,
): Promise<KeyedExecution[]> {
	return (await allExecutions(n8n, workflow, { includeData: true })).map((execution) => ({
		id: String(execution.id),
		status: execution.status ?? (execution.finished ? 'success' : 'error'),
		deliveryKeys: (execution.data?.resultData?.runData?.[trigger]?.[0]?.data?.main?.[0] ?? []).map(
			(item) => String(item.json.deliveryKey),
		),
	}));
}

/** Waits until the workflow has at least `count` finished executions; returns how many. */
export async function waitForCount(
	n8n: N8n,
	workflow: Pick<TriggerWorkflow, 'id'>,
	count: number,
	timeoutMs = 180_000,
) {
	return await waitFor(
		`${count} finished executions of workflow ${workflow.id}`,
		async () => {
			const finished = await countExecutions(n8n, workflow);
			return finished >= count && finished;
		},
		timeoutMs,
	);
}

/** The key the trigger gives an incoming_event delivery (chat, thread, event ids). */
export function incomingEventKey(delivery: Pick<Delivery, 'body'>) {
	const payload = delivery.body.payload as {
		chat_id: string;
		thread_id: string;
		event: { id: string };
	};
	return `incoming_event:${payload.chat_id}:${payload.thread_id}:${payload.event.id}`;
}

/** Attempts' outcomes as one string per delivery, e.g. `timeout(200) 200`, and how often each. */
export function attemptPatterns(deliveries: Delivery[]) {
	const patterns = new Map<string, number>();
	for (const delivery of deliveries) {
		const pattern = delivery.attempts
			.map((attempt) =>
				attempt.lateStatus === undefined
					? String(attempt.outcome)
					: `${attempt.outcome}(${attempt.lateStatus})`,
			)
			.join(' ');
		patterns.set(pattern, (patterns.get(pattern) ?? 0) + 1);
	}
	return Object.fromEntries([...patterns].sort((a, b) => b[1] - a[1]));
}
