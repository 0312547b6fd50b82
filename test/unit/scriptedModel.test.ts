/**
 * The e2e's scripted OpenAI stand-in (test/e2e/support/scriptedModel.ts), driven the way an agent
 * drives a chat-completions model: ask, run the tool it calls, send the result back, until it
 * answers. n8n's agents ask without streaming today, so the streamed path is proven here.
 */
import nock from 'nock';

import {
	type ChatMessage,
	type ChatRequest,
	SCRIPTED_MODEL_ID,
	SCRIPTED_MODEL_KEY,
	ScriptedModel,
	type ToolCall,
	type ToolSpec,
} from '../e2e/support/scriptedModel';

const TOOLS = {
	getChat: 'Get_Chat',
	reply: 'Reply_to_Customer',
	note: 'Leave_Note_for_Agents',
	transfer: 'Transfer_to_Sales',
};
const spec = (name: string, properties: string[]): ToolSpec => ({
	type: 'function',
	function: {
		name,
		parameters: { properties: Object.fromEntries(properties.map((p) => [p, { type: 'string' }])) },
	},
});
const OFFERED = [
	spec(TOOLS.getChat, ['chatId']),
	spec(TOOLS.reply, ['chatId', 'text']),
	spec(TOOLS.note, ['chatId', 'text']),
	spec(TOOLS.transfer, ['chatId']),
];

const model = new ScriptedModel({ tools: TOOLS });
let baseUrl: string;
beforeAll(async () => {
	nock.enableNetConnect('127.0.0.1');
	baseUrl = await model.start();
});
afterAll(() => model.stop());

async function ask(body: ChatRequest, key = SCRIPTED_MODEL_KEY) {
	return fetch(`${baseUrl}/chat/completions`, {
		method: 'POST',
		headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
}

/** The assistant message of a plain or streamed answer (deltas joined as OpenAI's SDK does). */
async function answerOf(response: Response, stream: boolean) {
	expect(response.status).toBe(200);
	if (!stream) {
		const body = (await response.json()) as {
			choices: Array<{ message: ChatMessage; finish_reason: string }>;
		};
		return { message: body.choices[0].message, finish: body.choices[0].finish_reason };
	}
	expect(response.headers.get('content-type')).toBe('text/event-stream');
	const lines = (await response.text()).split('\n\n').filter(Boolean);
	expect(lines.at(-1)).toBe('data: [DONE]');
	const message: ChatMessage = { role: 'assistant', content: null };
	let finish = '';
	for (const line of lines.slice(0, -1)) {
		expect(line.startsWith('data: ')).toBe(true);
		const chunk = JSON.parse(line.slice(6)) as {
			object: string;
			choices: Array<{
				delta: { content?: string | null; tool_calls?: Array<ToolCall & { index: number }> };
				finish_reason: string | null;
			}>;
		};
		expect(chunk.object).toBe('chat.completion.chunk');
		for (const choice of chunk.choices) {
			if (choice.delta.content) message.content = `${message.content ?? ''}${choice.delta.content}`;
			for (const { index, ...call } of choice.delta.tool_calls ?? [])
				(message.tool_calls ??= [])[index] = call;
			finish = choice.finish_reason ?? finish;
		}
	}
	return { message, finish };
}

/** Runs the agent loop for one customer message; returns the calls made and the final text. */
async function converse(customerText: string, stream: boolean, results: Record<string, string>) {
	const messages: ChatMessage[] = [
		{ role: 'system', content: 'You are a support bot.' },
		{ role: 'user', content: `Chat ID: CHAT1\nCustomer wrote: ${customerText}` },
	];
	const calls: Array<[string, Record<string, unknown>]> = [];
	for (let turn = 0; turn < 10; turn++) {
		const response = await ask({ model: SCRIPTED_MODEL_ID, messages, tools: OFFERED, stream });
		const { message, finish } = await answerOf(response, stream);
		if (!message.tool_calls) {
			expect(finish).toBe('stop');
			return { calls, final: message.content };
		}
		expect(finish).toBe('tool_calls');
		messages.push(message);
		for (const call of message.tool_calls) {
			calls.push([call.function.name, JSON.parse(call.function.arguments)]);
			messages.push({
				role: 'tool',
				tool_call_id: call.id,
				content: results[call.function.name] ?? 'ok',
			});
		}
	}
	throw new Error('The script never answered');
}

describe('scripted model', () => {
	test.each([false, true])(
		'a question: looks the chat up, answers by name, then stops (stream: %s)',
		async (stream) => {
			const chat = JSON.stringify({ id: 'CHAT1', users: [{ type: 'customer', name: 'Ann Lee' }] });
			const { calls, final } = await converse('Where is my order?', stream, {
				[TOOLS.getChat]: chat,
			});
			expect(calls).toEqual([
				[TOOLS.getChat, { chatId: 'CHAT1' }],
				[
					TOOLS.reply,
					{
						chatId: 'CHAT1',
						text: 'Thanks, Ann! Your order left our warehouse yesterday and arrives in 2 days.',
					},
				],
			]);
			expect(final).toBe('Answered the customer in chat CHAT1.');
		},
	);

	test.each([false, true])(
		'a request for a human: reply, note, transfer, then stops (stream: %s)',
		async (stream) => {
			const { calls, final } = await converse('Can I talk to a human?', stream, {});
			expect(calls).toEqual([
				[TOOLS.reply, { chatId: 'CHAT1', text: "I'm transferring you to our team." }],
				[
					TOOLS.note,
					{
						chatId: 'CHAT1',
						text: 'Handed over by the bot: the customer asked for a human ("Can I talk to a human?").',
					},
				],
				[TOOLS.transfer, { chatId: 'CHAT1' }],
			]);
			expect(final).toBe('Chat CHAT1 was transferred to the team.');
		},
	);

	test('refuses a wrong key, a missing tool and unknown paths as OpenAI does', async () => {
		const messages: ChatMessage[] = [{ role: 'user', content: 'Chat ID: C\nCustomer wrote: hi' }];
		const wrongKey = await ask({ messages, tools: OFFERED }, 'sk-other');
		expect(wrongKey.status).toBe(401);
		expect(await wrongKey.json()).toMatchObject({ error: { type: 'invalid_api_key' } });

		const noTools = await ask({ messages, tools: [spec('Something_else', ['x'])] });
		expect(noTools.status).toBe(400);
		expect(((await noTools.json()) as { error: { message: string } }).error.message).toContain(
			`no tool ${TOOLS.getChat}`,
		);

		const noPrompt = await ask({ messages: [{ role: 'user', content: 'hello' }], tools: OFFERED });
		expect(noPrompt.status).toBe(400);

		const responses = await fetch(`${baseUrl}/responses`, {
			method: 'POST',
			headers: { authorization: `Bearer ${SCRIPTED_MODEL_KEY}` },
			body: '{}',
		});
		expect(responses.status).toBe(404);

		const models = await fetch(`${baseUrl}/models`, {
			headers: { authorization: `Bearer ${SCRIPTED_MODEL_KEY}` },
		});
		expect(await models.json()).toMatchObject({ data: [{ id: SCRIPTED_MODEL_ID }] });
	});
});
