/**
 * The AI hand-off (H1) in each n8n version of SUITE_VERSIONS.aiAgentHandoff: a LiveChat Trigger on
 * customers' messages in chats with the app's bot starts n8n's AI Agent; its OpenAI Chat Model is a
 * scripted model server (no model is reachable here) and its tools are the LiveChat Tool acting as
 * the bot. The bot answers a question; when the customer asks for a human it says so, leaves a
 * note only agents see, and transfers the chat to Sales, which takes the bot out of the chat.
 */
import { BOT_ID, CUSTOMER_ID, currentThread, LIVE_CHAT_ID } from '../../simulator/state';
import { BROWN, brownInSales } from '../support/agents';
import {
	AGENT_NAME,
	createHandoffWorkflow,
	HANDOFF_SYSTEM_MESSAGE,
	HANDOFF_TOOL_NAMES,
} from '../support/handoffWorkflow';
import {
	activate,
	deactivate,
	executionsOf,
	saveCredential,
	SEEDED_BOT_DATA,
	waitForExecutions,
} from '../support/livechat';
import type { N8n, N8nVersion, StoredExecution } from '../support/n8n';
import { useN8nWithSimulator } from '../support/n8nWithSimulator';
import { sleep } from '../support/ports';
import {
	SCRIPTED_MODEL_ID,
	SCRIPTED_MODEL_KEY,
	ScriptedModel,
	textOf,
} from '../support/scriptedModel';
import { SUITE_VERSIONS } from '../support/versions';

const SALES = 1;

/** The AI Agent's output of the workflow's latest execution. */
async function agentOutput(n8n: N8n, workflow: { id: string }) {
	const { data } = await n8n.apiOk<{ data: StoredExecution[] }>(
		'GET',
		`/executions?workflowId=${workflow.id}&includeData=true&limit=1`,
	);
	const runs = data[0]?.data?.resultData?.runData?.[AGENT_NAME] ?? [];
	return runs.at(-1)?.data?.main?.[0]?.[0]?.json.output;
}

function describeAiAgentHandoff(version: N8nVersion) {
	describe(`AI hand-off with the LiveChat Tool in n8n ${version}`, () => {
		const context = useN8nWithSimulator(version);
		const model = new ScriptedModel({ tools: HANDOFF_TOOL_NAMES });
		let modelUrl: string;
		beforeAll(async () => {
			modelUrl = await model.start();
		});
		afterAll(async () => {
			await model.stop();
		});

		test('H1. the bot answers, then hands the chat to Sales with a note for agents and leaves it', async () => {
			const { n8n, sim, pat, simulator } = context;
			// LiveChat routed the customer's chat to the app's bot, alone; Brown of Sales is free.
			const state = simulator.state;
			const chat = state.chats.get(LIVE_CHAT_ID)!;
			const thread = currentThread(chat);
			chat.agentIds = [BOT_ID];
			thread.user_ids = [CUSTOMER_ID, BOT_ID];
			state.bots.find((bot) => bot.id === BOT_ID)!.routing_status = 'accepting_chats';
			state.agents.push(brownInSales());

			const bot = await saveCredential(n8n, 'liveChatBotApi', 'LiveChat bot', SEEDED_BOT_DATA);
			const openAi = await saveCredential(n8n, 'openAiApi', 'Scripted model', {
				apiKey: SCRIPTED_MODEL_KEY,
				url: modelUrl,
			});
			const workflow = await createHandoffWorkflow(
				n8n,
				{ trigger: pat, bot, openAi },
				{ groupId: SALES, model: SCRIPTED_MODEL_ID },
			);
			const [registration] = await activate(n8n, sim, workflow);
			expect(registration).toMatchObject({
				action: 'incoming_event',
				filters: { author_type: 'customer', chat_presence: { my_bots: true } },
			});

			// 1. A question: the bot looks the chat up and answers the customer by name.
			const before = thread.events.length;
			await sim.emit({
				action: 'incoming_event',
				author: 'customer',
				text: 'Where is my order?',
				wait: true,
			});
			let executions = await waitForExecutions(n8n, workflow, 1);
			expect(executions.map((execution) => execution.status)).toEqual(['success']);
			expect(executions[0].items).toEqual([
				expect.objectContaining({ chatId: LIVE_CHAT_ID, text: 'Where is my order?' }),
			]);
			expect(await agentOutput(n8n, workflow)).toBe(
				`Answered the customer in chat ${LIVE_CHAT_ID}.`,
			);
			const answered = thread.events.slice(before);
			expect(answered.map((event) => [event.author_id, event.visibility, event.text])).toEqual([
				[CUSTOMER_ID, 'all', 'Where is my order?'],
				[
					BOT_ID,
					'all',
					'Thanks, Thomas! Your order left our warehouse yesterday and arrives in 2 days.',
				],
			]);
			// The bot's own message reached the trigger's URL neither (author type agent).
			expect(await executionsOf(n8n, workflow)).toHaveLength(1);

			// What n8n asked the model: the prompt, the system message, the four tools, the results.
			const first = model.completions;
			expect(first.map((request) => request.answer?.toolCall?.name ?? 'final')).toEqual([
				HANDOFF_TOOL_NAMES.getChat,
				HANDOFF_TOOL_NAMES.reply,
				'final',
			]);
			for (const request of first) {
				expect(request.authorization).toBe(`Bearer ${SCRIPTED_MODEL_KEY}`);
				expect(request.body?.model).toBe(SCRIPTED_MODEL_ID);
				expect(request.body?.tools?.map((tool) => tool.function.name).sort()).toEqual(
					Object.values(HANDOFF_TOOL_NAMES).sort(),
				);
			}
			const messages = first[0].body!.messages;
			expect(textOf(messages.find((message) => message.role === 'system')?.content)).toContain(
				HANDOFF_SYSTEM_MESSAGE,
			);
			expect(textOf(messages.find((message) => message.role === 'user')?.content)).toBe(
				`Chat ID: ${LIVE_CHAT_ID}\nCustomer wrote: Where is my order?`,
			);
			const chatResult = first[1].body!.messages.find((message) => message.role === 'tool');
			expect(textOf(chatResult?.content)).toContain('Thomas Anderson');

			// 2. The customer wants a human: reply, note for agents, transfer to Sales.
			const handoffFrom = thread.events.length;
			await sim.emit({
				action: 'incoming_event',
				author: 'customer',
				text: 'I want to talk to a human',
				wait: true,
			});
			executions = await waitForExecutions(n8n, workflow, 2);
			expect(executions.map((execution) => execution.status)).toEqual(['success', 'success']);
			expect(await agentOutput(n8n, workflow)).toBe(
				`Chat ${LIVE_CHAT_ID} was transferred to the team.`,
			);
			expect(
				model.completions.slice(first.length).map((r) => r.answer?.toolCall?.name ?? 'final'),
			).toEqual([
				HANDOFF_TOOL_NAMES.reply,
				HANDOFF_TOOL_NAMES.note,
				HANDOFF_TOOL_NAMES.transfer,
				'final',
			]);

			const handoff = thread.events.slice(handoffFrom);
			expect(
				handoff
					.filter((event) => event.type === 'message')
					.map((event) => [event.author_id, event.visibility, event.text]),
			).toEqual([
				[CUSTOMER_ID, 'all', 'I want to talk to a human'],
				[BOT_ID, 'all', "I'm transferring you to our team."],
				[
					BOT_ID,
					'agents',
					'Handed over by the bot: the customer asked for a human ("I want to talk to a human").',
				],
			]);
			expect(handoff.map((event) => event.system_message_type)).toContain('chat_transferred');
			// Sales has the chat now, with Brown in it; the bot is out.
			expect(chat.access.group_ids).toEqual([SALES]);
			expect(thread.user_ids).toEqual([CUSTOMER_ID, BROWN]);
			expect(chat.agentIds).not.toContain(BOT_ID);
			const transfers = await sim.calls('transfer_chat');
			expect(transfers.map((call) => [call.status, call.auth, call.body])).toEqual([
				[
					200,
					'bearer',
					expect.objectContaining({
						id: LIVE_CHAT_ID,
						target: { type: 'group', ids: [SALES] },
					}),
				],
			]);
			// Everything the tools did, they did as the bot with its own token.
			const botCalls = (await sim.calls()).filter((call) =>
				['get_chat', 'send_event', 'transfer_chat', 'add_user_to_chat'].includes(call.method),
			);
			expect(botCalls.map((call) => `${call.method}:${call.status}:${call.auth}`)).toEqual([
				'get_chat:200:bearer',
				'send_event:200:bearer',
				'send_event:200:bearer',
				'send_event:200:bearer',
				'transfer_chat:200:bearer',
			]);
			expect((await sim.calls('issue_bot_token')).length).toBeGreaterThanOrEqual(1);

			// 3. The bot is out of the chat: the customer's next message no longer reaches the workflow.
			const deliveries = await sim.emit({
				action: 'incoming_event',
				author: 'customer',
				text: 'Hello? Is the agent there?',
				wait: true,
			});
			expect(deliveries.filter((delivery) => delivery.url === workflow.url)).toEqual([]);
			await sleep(1500);
			expect(await executionsOf(n8n, workflow)).toHaveLength(2);
			await deactivate(n8n, workflow);
		});
	});
}

// One n8n at a time: each version's describe block starts its own and stops it when done.
for (const version of SUITE_VERSIONS.aiAgentHandoff) describeAiAgentHandoff(version);
