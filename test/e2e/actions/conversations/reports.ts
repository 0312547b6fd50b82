/**
 * Reports and bans in a real n8n. R1: a Manual Trigger workflow run as the editor runs it, Report →
 * Get over the seed's month in the workflow's time zone: one item per day, zeros for the days
 * without chats, totals equal to the simulator's chats; then the month's first response time.
 * R2: Customer → Ban, Get Many Bans, Unban each listed ban, and the simulator holds no ban after.
 * R3: the reports made into items their own way, and Search Archives with agent types, whether an
 * agent answered, and highlights.
 */
import { randomUUID } from 'crypto';

import { answerReport } from '../../../simulator/reports';
import { CUSTOMER_ID } from '../../../simulator/state';
import type { ScenarioContext } from '../../support/n8nWithSimulator';
import { createActionWorkflow, runOk } from '../../support/actionWorkflows';
import type { CredentialRef } from '../../support/livechat';
import { runFromEditor } from '../../support/livechat';
import type { N8n, StoredExecution } from '../../support/n8n';
import { waitFor } from '../../support/ports';
import type { LiveChatStep } from '../../support/workflowNodes';
import { actionNodes, chain } from '../../support/workflowNodes';

const TRIGGER = 'Manual Trigger';
const TIMEZONE = 'Europe/Warsaw';

/** A workflow started by hand: Manual Trigger, then the LiveChat steps, in the given time zone. */
async function createManualWorkflow(
	n8n: N8n,
	name: string,
	credential: CredentialRef,
	steps: LiveChatStep[],
) {
	const nodes = [
		{
			id: randomUUID(),
			name: TRIGGER,
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		...actionNodes(credential, steps, 200),
	];
	const body = {
		name,
		nodes,
		connections: chain(nodes),
		settings: { executionOrder: 'v1', timezone: TIMEZONE, saveManualExecutions: true },
	};
	const created = await n8n.apiOk<{ id: string }>('POST', '/workflows', body);
	return { id: created.id, body };
}

/** The editor's "Execute workflow"; waits for the execution and returns each node's output items. */
async function runManually(n8n: N8n, workflow: { id: string; body: Record<string, unknown> }) {
	const { executionId } = await runFromEditor(n8n, workflow, TRIGGER);
	const execution = await waitFor(`execution ${executionId}`, async () => {
		const { status, body } = await n8n.api<StoredExecution>(
			'GET',
			`/executions/${executionId}?includeData=true`,
		);
		return status === 200 && body.finished !== undefined && body.status !== 'running'
			? body
			: undefined;
	});
	const error = execution.data?.resultData?.error;
	if (error) throw new Error(`the workflow failed: ${error.message} ${error.description ?? ''}`);
	const runData = execution.data?.resultData?.runData ?? {};
	return (node: string) => (runData[node]?.[0]?.data?.main?.[0] ?? []).map((item) => item.json);
}

export function reportScenarios(context: ScenarioContext) {
	test('R1. Report → Get by hand: a day each with zeros, totals of the chats; first response time', async () => {
		const { n8n, pat, simulator } = context;
		// Dates without an offset and no Time Zone: both in the workflow's time zone.
		const month = { from: '2026-11-01T00:00:00', to: '2026-11-30T23:59:59' };
		const workflow = await createManualWorkflow(n8n, 'Monthly report', pat, [
			{
				name: 'Total Chats',
				parameters: {
					resource: 'report',
					operation: 'get',
					report: 'chats/total_chats',
					...month,
					distribution: 'day',
				},
			},
			{
				name: 'First Response Time',
				parameters: {
					resource: 'report',
					operation: 'get',
					report: 'chats/first_response_time',
					...month,
					distribution: 'month',
				},
				executeOnce: true,
			},
		]);
		const output = await runManually(n8n, workflow);

		const [call] = simulator.calls.filter((c) => c.method === 'chats/total_chats');
		expect(call).toMatchObject({
			api: 'reports',
			status: 200,
			body: {
				distribution: 'day',
				timezone: TIMEZONE,
				// Midnight in Warsaw (UTC+1 in November).
				filters: { from: '2026-10-31T23:00:00.000Z', to: '2026-11-30T22:59:59.000Z' },
			},
		});
		const threads = [...simulator.state.chats.values()].flatMap((chat) => chat.threads);
		const dayInWarsaw = (at: string) =>
			new Intl.DateTimeFormat('en-CA', { timeZone: TIMEZONE }).format(new Date(at));
		const days = output('Total Chats');
		expect(days.map((day) => day.period)).toEqual(
			Array.from({ length: 30 }, (_, index) => `2026-11-${String(index + 1).padStart(2, '0')}`),
		);
		for (const day of days) {
			const chats = threads.filter((thread) => dayInWarsaw(thread.created_at) === day.period);
			expect(day).toEqual({
				period: day.period,
				total: chats.length,
				continuous: 0,
				report_total: expect.any(Number),
			});
		}
		const inMonth = threads.filter((thread) =>
			dayInWarsaw(thread.created_at).startsWith('2026-11'),
		);
		expect(days.reduce((sum, day) => sum + Number(day.total), 0)).toBe(inMonth.length);
		expect(days.every((day) => day.report_total === inMonth.length)).toBe(true);
		// Some days of the month have no chat: they are items with zeros, not missing.
		expect(days.some((day) => day.total === 0)).toBe(true);

		// First response: from the customer's first message to the agent's reply, averaged.
		const waits = inMonth.flatMap((thread) => {
			const messages = thread.events.filter((event) => event.type === 'message');
			const customer = messages.findIndex((event) => !event.author_id?.includes('@'));
			const reply = messages.findIndex(
				(event, i) => i > customer && event.author_id?.includes('@'),
			);
			return customer >= 0 && reply >= 0
				? [
						(Date.parse(messages[reply].created_at) - Date.parse(messages[customer].created_at)) /
							1000,
					]
				: [];
		});
		expect(output('First Response Time')).toEqual([
			{
				period: '2026-11',
				count: waits.length,
				first_response_time: Math.round(waits.reduce((a, b) => a + b, 0) / waits.length),
				report_total: inMonth.length,
			},
		]);
	});

	test("R3. Reports whose records are not periods, and Search Archives' newer filters", async () => {
		const { n8n, pat, simulator } = context;
		const month = { from: '2026-11-01T00:00:00', to: '2026-11-30T23:59:59' };
		const report = (name: string, value: string): LiveChatStep => ({
			name,
			parameters: { resource: 'report', operation: 'get', report: value, ...month },
			executeOnce: true,
			// The simulated license shows no greetings, so that report has no items.
			alwaysOutputData: true,
		});
		const workflow = await createManualWorkflow(n8n, 'Account reports', pat, [
			report('Chat Ranking', 'chats/ranking'),
			report('Greetings Conversion', 'chats/greetings_conversion'),
			report('Chat Forms', 'chats/forms'),
			report('Queued Visitors Left', 'chats/queued_visitors_left'),
			{
				name: 'Human Chats',
				parameters: {
					resource: 'chat',
					operation: 'searchArchives',
					limit: 5,
					filters: { agentTypes: ['human'], agentResponded: true },
					options: { highlight: true },
					simplify: false,
				},
				executeOnce: true,
			},
		]);
		const run = await runManually(n8n, workflow);
		// Without "Always Output Data"'s empty item.
		const output = (node: string) => run(node).filter((item) => Object.keys(item).length > 0);
		/** What LiveChat answered the node, as the simulator answers the same request. */
		const answerTo = (method: string) => {
			const [call] = simulator.calls.filter((c) => c.method === method);
			expect(call.status).toBe(200);
			return answerReport(simulator.state, method, call.body as Record<string, unknown>) as {
				records: Record<string, Record<string, unknown>> | unknown[];
				total?: number;
			};
		};
		const ranking = answerTo('chats/ranking');
		expect(output('Chat Ranking').map((item) => item.agent_id)).toEqual(
			Object.keys(ranking.records),
		);
		expect(output('Chat Ranking').length).toBeGreaterThan(0);
		const conversions = Object.values(answerTo('chats/greetings_conversion').records).flatMap(
			(greetings) => Object.keys(greetings as object),
		);
		expect(output('Greetings Conversion')).toHaveLength(conversions.length);
		expect(output('Chat Forms')).toEqual(answerTo('chats/forms').records);
		const left = answerTo('chats/queued_visitors_left');
		expect(output('Queued Visitors Left')).toHaveLength(left.total ?? 0);

		const [search] = simulator.calls.filter((c) => c.method === 'list_archives');
		expect(search.body).toMatchObject({
			filters: { agent_types: { any_values: ['human'] }, agent_response: { exists: true } },
			highlights: {},
		});
		const chats = output('Human Chats');
		expect(chats.length).toBeGreaterThan(0);
		expect(chats.length).toBeLessThanOrEqual(5);
		for (const chat of chats) {
			const users = (chat.users ?? []) as Array<{ type: string }>;
			expect(users.some((user) => user.type === 'agent')).toBe(true);
		}
	});

	test('R2. Customer → Ban, Get Many Bans, then Unban each ban by customer ID or by IP', async () => {
		const { n8n, pat, simulator } = context;
		const bans = await createActionWorkflow(n8n, 'Bans', pat, [
			{
				name: 'Ban',
				parameters: { resource: 'customer', operation: 'ban', customerId: CUSTOMER_ID, days: 2 },
				executeOnce: true,
			},
			{
				name: 'Bans',
				parameters: { resource: 'customer', operation: 'getManyBans', returnAll: true },
				executeOnce: true,
			},
			{
				name: 'Unban',
				parameters: {
					resource: 'customer',
					operation: 'unban',
					unbanBy: "={{ $json.customer_id ? 'customerId' : 'ip' }}",
					customerId: '={{ $json.customer_id }}',
					ip: '={{ $json.ip }}',
				},
			},
		]);
		const [ipBan] = simulator.state.ipBans;
		expect(ipBan).toBeDefined();
		const lifted = await runOk(bans, [{}]);
		expect(lifted).toEqual([
			{ ip: ipBan.ip, unbanned: true },
			{ customer_id: CUSTOMER_ID, unbanned: true },
		]);
		const calls = (method: string) => simulator.calls.filter((call) => call.method === method);
		expect(calls('ban_customer').map((call) => call.status)).toEqual([200]);
		expect(calls('list_customer_bans').map((call) => call.status)).toEqual([200]);
		expect(calls('unban_customer').map((call) => call.body)).toEqual([
			{ ip: ipBan.ip },
			{ customer_id: CUSTOMER_ID },
		]);
		expect(simulator.state.customers.get(CUSTOMER_ID)!.ban).toBeUndefined();
		expect(simulator.state.ipBans).toEqual([]);
	});
}
