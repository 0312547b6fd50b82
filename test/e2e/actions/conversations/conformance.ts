/**
 * The action node against LiveChat's documented contract, in a real n8n: a thread holding every
 * documented event type through Get Transcript and Chat → Get, a chat longer than a page of
 * threads, chat summaries without tags, Agent Performance's summary, a message whose answer is
 * lost sent once, region for reports and uploads, and a bot's fixed scopes.
 */
import { randomUUID } from 'crypto';

import {
	ADMIN,
	ADMIN_PAT,
	EVERY_EVENT_CHAT_ID,
	EVERY_EVENT_THREAD_ID,
	LIVE_CHAT_ID,
} from '../../../simulator/state';
import type { ScenarioContext } from '../../support/n8nWithSimulator';
import {
	createActionWorkflow,
	SEND_FILE,
	lastExecutionError,
	runActionWorkflow,
	runOk,
} from '../../support/actionWorkflows';
import { saveCredential, SEEDED_BOT_DATA } from '../../support/livechat';

export function conformanceScenarios(context: ScenarioContext) {
	test('K1. every documented event type in Get Transcript and Chat → Get; Get Many claims no tags', async () => {
		const { n8n, pat, sim, simulator } = context;
		const workflow = await createActionWorkflow(n8n, 'Every event', pat, [
			{
				name: 'Transcript',
				parameters: { resource: 'chat', operation: 'getTranscript', chatId: '={{ $json.chatId }}' },
			},
		]);
		const [transcript] = await runOk(workflow, [{ chatId: EVERY_EVENT_CHAT_ID }]);
		// The chat's earlier thread holds every event type: list_threads, chat_id on every page.
		const [threads] = await sim.calls('list_threads');
		expect(threads.body).toMatchObject({ chat_id: EVERY_EVENT_CHAT_ID });
		const text = String(transcript.transcript);
		for (const line of [
			'Dev Example filled in a form (Your name: Dev Example; Your e-mail: dev@example.com; What is it about?: A return; Which products?: Shoes, Bags; Choose a team: General)',
			'Agent Smith sent a card: Start a return? — Returns are free within 30 days. — [Yes, please] [No, thanks] [Call us]',
			'Dev Example: Yes, please',
			'Agent Smith sent a form (Order number, Reason, Anything else?)',
			'Dev Example sent a file: receipt.png <https://cdn.livechat-files.com/api/file/lc/att/1025707/8c2e/receipt.png>',
			'Agent Smith (note for agents): {"return":{"order":"A-1042","status":"approved"}}',
			'System (cdp): store_order_was_created',
			'Dev Example: [deleted message]',
		])
			expect(text).toContain(line);
		expect(text).not.toContain('undefined');

		// A chat with more threads than a page: every follow-up page carries chat_id (LiveChat
		// requires it; the simulator refuses a page without it).
		const long = simulator.state.chats.get('ARCHIVE005')!;
		const [first] = long.threads;
		for (let n = 0; n < 120; n++)
			long.threads.unshift({ ...first, id: `OLD${String(n).padStart(7, '0')}`, events: [] });
		const before = (await sim.calls('list_threads')).length;
		const [longTranscript] = await runOk(workflow, [{ chatId: 'ARCHIVE005' }]);
		expect(longTranscript.threads).toHaveLength(121);
		const pages = (await sim.calls('list_threads')).slice(before);
		expect(pages.map((call) => call.status)).toEqual([200, 200]);
		expect(pages[1].body).toEqual({ chat_id: 'ARCHIVE005', page_id: expect.any(String) });

		const get = await createActionWorkflow(n8n, 'Every event, simplified', pat, [
			{
				name: 'Get',
				parameters: {
					resource: 'chat',
					operation: 'get',
					chatId: '={{ $json.chatId }}',
					threadId: '={{ $json.threadId }}',
				},
			},
		]);
		const [chat] = await runOk(get, [
			{ chatId: EVERY_EVENT_CHAT_ID, threadId: EVERY_EVENT_THREAD_ID },
		]);
		expect(chat.forms).toEqual([
			expect.objectContaining({
				form_type: 'prechat',
				answers: [
					expect.objectContaining({ label: 'Your name', answer: 'Dev Example' }),
					expect.objectContaining({ label: 'Your e-mail', answer: 'dev@example.com' }),
					expect.objectContaining({ label: 'What is it about?', answer: 'A return' }),
					expect.objectContaining({ label: 'Which products?', answer: ['Shoes', 'Bags'] }),
					expect.objectContaining({ label: 'Choose a team', answer: 'General', group_id: 0 }),
				],
			}),
		]);
		expect(chat.files).toEqual([expect.objectContaining({ name: 'receipt.png' })]);
		expect(chat.messages).toContainEqual(expect.objectContaining({ text: null, deleted: true }));

		const many = await createActionWorkflow(n8n, 'Chats', pat, [
			{
				name: 'Get Many',
				parameters: { resource: 'chat', operation: 'getMany', returnAll: true },
			},
		]);
		const chats = await runOk(many, [{}]);
		expect(chats.length).toBeGreaterThan(20);
		for (const summary of chats) expect(summary).not.toHaveProperty('tags');
	});

	test("K2. Agent Performance keeps LiveChat's summary of all agents", async () => {
		const { n8n, pat } = context;
		const workflow = await createActionWorkflow(n8n, 'Performance', pat, [
			{
				name: 'Report',
				parameters: {
					resource: 'report',
					operation: 'get',
					report: 'agents/performance',
					from: '2026-11-01T00:00:00',
					to: '2026-11-30T23:59:59',
				},
			},
		]);
		const agents = await runOk(workflow, [{}]);
		expect(agents.length).toBeGreaterThan(0);
		const chats = agents.reduce((sum, agent) => sum + Number(agent.chats_count), 0);
		for (const agent of agents) {
			expect(agent.report_summary).toMatchObject({
				chats_count: chats,
				chats_rated_good: expect.any(Number),
				first_response_time: expect.any(Number),
			});
		}
	});

	test('K3. a message whose answer is lost is sent once, and the error says to check first', async () => {
		const { n8n, pat, sim, simulator } = context;
		const text = `Your refund is on its way (${randomUUID()})`;
		const workflow = await createActionWorkflow(n8n, 'Send once', pat, [
			{
				name: 'Send',
				parameters: {
					resource: 'chat',
					operation: 'sendMessage',
					chatId: '={{ $json.chatId }}',
					text: '={{ $json.text }}',
				},
			},
		]);
		await sim.loseAnswers('send_event');
		const answer = await runActionWorkflow(workflow, [{ chatId: LIVE_CHAT_ID, text }]);
		expect(answer.status).toBe(500);
		expect(await lastExecutionError(n8n, workflow)).toMatchObject({
			node: 'Send',
			message: `LiveChat could not confirm send_event (chat ${LIVE_CHAT_ID})`,
			description: expect.stringContaining('may have done it anyway'),
		});
		const sent = (await sim.calls('send_event')).filter(
			(call) => (call.body.event as { text?: string } | undefined)?.text === text,
		);
		expect(sent).toHaveLength(1);
		const events = simulator.state.chats.get(LIVE_CHAT_ID)!.threads.at(-1)!.events;
		expect(events.filter((event) => 'text' in event && event.text === text)).toHaveLength(1);
		await sim.clearFaults();
	});

	test('K4. a license in another region: reports and file uploads follow misdirected_request', async () => {
		const { n8n, pat, sim } = context;
		const file =
			"return [{ json: $json.body.items[0], binary: { data: { data: Buffer.from('receipt').toString('base64'), mimeType: 'text/plain', fileName: 'receipt.txt' } } }];";
		const workflow = await createActionWorkflow(
			n8n,
			'Frankfurt file and report',
			pat,
			[
				SEND_FILE,
				{
					name: 'Report',
					parameters: { resource: 'report', operation: 'get', report: 'chats/total_chats' },
					executeOnce: true,
				},
			],
			{ code: file },
		);
		await sim.config({ region: 'fra' });
		try {
			const before = (await sim.calls()).length;
			const answer = await runActionWorkflow(workflow, [{ chatId: LIVE_CHAT_ID }]);
			if (answer.status !== 200)
				throw new Error(JSON.stringify(await lastExecutionError(n8n, workflow)));
			const calls = (await sim.calls())
				.slice(before)
				.map((call) => `${call.method}:${call.x_region ?? '-'}:${call.status}`);
			expect(calls).toEqual([
				'upload_file:-:421',
				'upload_file:fra:200',
				'send_event:-:421',
				'send_event:fra:200',
				'chats/total_chats:-:421',
				'chats/total_chats:fra:200',
			]);
		} finally {
			await sim.config({ region: 'dal' });
		}
	});

	test("K5. a bot's token has fixed scopes: a step it cannot do says which credential to use", async () => {
		const { n8n } = context;
		const botCredential = await saveCredential(n8n, 'liveChatBotApi', 'Seeded bot', {
			...SEEDED_BOT_DATA,
			accountId: ADMIN.accountId,
			accessToken: ADMIN_PAT,
		});
		const workflow = await createActionWorkflow(n8n, 'Bot lists tags', botCredential, [
			{ name: 'Tags', parameters: { resource: 'tag', operation: 'getMany', returnAll: true } },
		]);
		const answer = await runActionWorkflow(workflow, [{}]);
		expect(answer.status).toBe(500);
		expect(await lastExecutionError(n8n, workflow)).toMatchObject({
			node: 'Tags',
			message: 'A LiveChat bot may not call list_tags',
			description: expect.stringMatching(
				/tags--all:ro \(or tags--groups:ro.*chats--access:rw, agents-bot--my:rw and customers:rw.*OAuth2 or Personal Access Token/,
			),
		});
	});
}
