/**
 * A scripted stand-in for an OpenAI model, for n8n's OpenAI Chat Model node (its credential's Base
 * URL points here): a loopback HTTP server speaking the chat-completions protocol
 * (`POST /v1/chat/completions`, plain JSON or server-sent events when the client streams, and
 * `GET /v1/models`). It decides from the conversation alone: the latest user message (the
 * agent's prompt, which carries the chat id and what the customer wrote) and the tool calls and
 * results since. It asks for one tool at a time, chosen by the names the request offers, and
 * fills the arguments each tool's schema asks for. Every request is recorded.
 */
import http from 'http';
import type { AddressInfo } from 'net';

export const SCRIPTED_MODEL_ID = 'scripted-support-bot';
export const SCRIPTED_MODEL_KEY = 'sk-scripted-model-key';

/** The part a tool plays in the script; the server finds each by the tool names in `tools`. */
export type ToolRole = 'getChat' | 'reply' | 'note' | 'transfer';

export interface ScriptedModelOptions {
	/** The tool name (n8n's sanitized node name) for each role. */
	tools: Record<ToolRole, string>;
	/** The prompt's chat id and the customer's text are found with these. */
	chatIdPattern?: RegExp;
	customerTextPattern?: RegExp;
}

export interface ChatMessage {
	role: string;
	content?: string | Array<{ type: string; text?: string }> | null;
	tool_calls?: ToolCall[];
	tool_call_id?: string;
}

export interface ToolCall {
	id: string;
	type: 'function';
	function: { name: string; arguments: string };
}

export interface ToolSpec {
	type: 'function';
	function: {
		name: string;
		description?: string;
		parameters?: { properties?: Record<string, { type?: string }>; required?: string[] };
	};
}

export interface ChatRequest {
	model?: string;
	messages: ChatMessage[];
	tools?: ToolSpec[];
	stream?: boolean;
	stream_options?: { include_usage?: boolean };
}

export interface RecordedRequest {
	method: string;
	path: string;
	authorization?: string;
	body?: ChatRequest;
	/** What the script answered: the tool it called, or the final text. */
	answer?: { toolCall?: { name: string; arguments: Record<string, unknown> }; text?: string };
}

type Step =
	| { role: ToolRole; args: (ctx: TurnContext) => Record<string, string> }
	| { final: (ctx: TurnContext) => string };

interface TurnContext {
	chatId: string;
	customerText: string;
	/** Tool results of this turn, in order, by role. */
	results: Array<{ role: ToolRole | undefined; content: string }>;
}

export const textOf = (content: ChatMessage['content']) =>
	typeof content === 'string'
		? content
		: (content ?? []).map((part) => (part.type === 'text' ? (part.text ?? '') : '')).join('');

/** The customer's name from a Get Chat result (`customer`, or a `users` entry), if it has one. */
function customerName(result: string) {
	let found: string | undefined;
	const visit = (value: unknown): void => {
		if (found || !value || typeof value !== 'object') return;
		if (Array.isArray(value)) return value.forEach(visit);
		const record = value as Record<string, unknown>;
		const customer = record.customer as Record<string, unknown> | undefined;
		if (typeof customer?.name === 'string') found = customer.name;
		else if (record.type === 'customer' && typeof record.name === 'string') found = record.name;
		else Object.values(record).forEach(visit);
	};
	try {
		visit(JSON.parse(result));
	} catch {
		// Not JSON: no name.
	}
	return found;
}

const WANTS_HUMAN = /\b(human|person|agent|somebody real|someone real)\b/i;

/** The script: what the bot does for what the customer wrote. */
function planFor(customerText: string): Step[] {
	if (WANTS_HUMAN.test(customerText)) {
		return [
			{ role: 'reply', args: () => ({ text: "I'm transferring you to our team." }) },
			{
				role: 'note',
				args: (ctx) => ({
					text: `Handed over by the bot: the customer asked for a human ("${ctx.customerText}").`,
				}),
			},
			{ role: 'transfer', args: () => ({}) },
			{ final: (ctx) => `Chat ${ctx.chatId} was transferred to the team.` },
		];
	}
	return [
		{ role: 'getChat', args: () => ({}) },
		{
			role: 'reply',
			args: (ctx) => {
				const name = customerName(ctx.results[0]?.content ?? '');
				return {
					text: `Thanks${name ? `, ${name.split(' ')[0]}` : ''}! Your order left our warehouse yesterday and arrives in 2 days.`,
				};
			},
		},
		{ final: (ctx) => `Answered the customer in chat ${ctx.chatId}.` },
	];
}

/** Arguments for the tool's schema: chat id fields get the chat id, other strings the text. */
function argumentsFor(tool: ToolSpec, chatId: string, values: Record<string, string>) {
	const properties = tool.function.parameters?.properties ?? {};
	const args: Record<string, unknown> = {};
	for (const [name, schema] of Object.entries(properties)) {
		if (/chat/i.test(name)) args[name] = chatId;
		else if (values[name] !== undefined) args[name] = values[name];
		else if (values.text !== undefined && (schema.type ?? 'string') === 'string')
			args[name] = values.text;
	}
	return args;
}

export class ScriptedModel {
	readonly requests: RecordedRequest[] = [];
	private server?: http.Server;
	private calls = 0;

	constructor(private readonly options: ScriptedModelOptions) {}

	/** Starts on a free loopback port; returns the base URL to give n8n (ends in /v1). */
	async start() {
		this.server = http.createServer((request, response) => {
			const chunks: Buffer[] = [];
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', () => this.handle(request, Buffer.concat(chunks).toString(), response));
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		return `${this.url}/v1`;
	}

	get url() {
		return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
	}

	async stop() {
		await new Promise<void>((resolve) =>
			this.server ? this.server.close(() => resolve()) : resolve(),
		);
	}

	/** The chat-completion requests, in order. */
	get completions() {
		return this.requests.filter((request) => request.path.endsWith('/chat/completions'));
	}

	private handle(request: http.IncomingMessage, raw: string, response: http.ServerResponse) {
		const path = (request.url ?? '/').split('?')[0];
		const recorded: RecordedRequest = {
			method: request.method ?? 'GET',
			path,
			authorization: request.headers.authorization,
		};
		this.requests.push(recorded);
		const send = (status: number, body: unknown) => {
			response.writeHead(status, { 'Content-Type': 'application/json' });
			response.end(JSON.stringify(body));
		};
		const error = (status: number, message: string, type = 'invalid_request_error') =>
			send(status, { error: { message, type, param: null, code: null } });

		if (request.headers.authorization !== `Bearer ${SCRIPTED_MODEL_KEY}`)
			return error(401, 'Incorrect API key provided.', 'invalid_api_key');
		if (request.method === 'GET' && path === '/v1/models') {
			return send(200, {
				object: 'list',
				data: [{ id: SCRIPTED_MODEL_ID, object: 'model', created: 0, owned_by: 'e2e' }],
			});
		}
		if (request.method !== 'POST' || path !== '/v1/chat/completions')
			return error(
				404,
				`Unknown path ${request.method} ${path} (the script answers chat completions)`,
			);
		let body: ChatRequest;
		try {
			body = JSON.parse(raw) as ChatRequest;
		} catch {
			return error(400, 'The body is not JSON');
		}
		recorded.body = body;
		let message: ChatMessage;
		try {
			message = this.next(body, recorded);
		} catch (problem) {
			return error(400, (problem as Error).message);
		}
		const finishReason = message.tool_calls ? 'tool_calls' : 'stop';
		const usage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };
		const id = `chatcmpl-${this.requests.length}`;
		const created = Math.floor(Date.now() / 1000);
		if (!body.stream) {
			return send(200, {
				id,
				object: 'chat.completion',
				created,
				model: body.model ?? SCRIPTED_MODEL_ID,
				choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }],
				usage,
			});
		}
		response.writeHead(200, {
			'Content-Type': 'text/event-stream',
			'Cache-Control': 'no-cache',
			Connection: 'keep-alive',
		});
		const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
			response.write(
				`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: body.model ?? SCRIPTED_MODEL_ID, choices, ...extra })}\n\n`,
			);
		const delta = message.tool_calls
			? {
					role: 'assistant',
					content: null,
					tool_calls: message.tool_calls.map((call, index) => ({ index, ...call })),
				}
			: { role: 'assistant', content: message.content };
		chunk([{ index: 0, delta, logprobs: null, finish_reason: null }]);
		chunk([{ index: 0, delta: {}, logprobs: null, finish_reason: finishReason }]);
		if (body.stream_options?.include_usage) chunk([], { usage });
		response.end('data: [DONE]\n\n');
	}

	/** The script's next message for the conversation so far. */
	private next(body: ChatRequest, recorded: RecordedRequest): ChatMessage {
		const messages = body.messages ?? [];
		const lastUser = messages.map((message) => message.role).lastIndexOf('user');
		if (lastUser < 0) throw new Error('The conversation has no user message');
		const prompt = textOf(messages[lastUser].content);
		const chatId = (this.options.chatIdPattern ?? /Chat ID: (\S+)/).exec(prompt)?.[1];
		const customerText = (this.options.customerTextPattern ?? /Customer wrote: (.*)/).exec(
			prompt,
		)?.[1];
		if (!chatId || customerText === undefined)
			throw new Error(`The prompt has no chat id or customer text: ${prompt}`);

		const roleOf = (name: string) =>
			(Object.keys(this.options.tools) as ToolRole[]).find(
				(role) => this.options.tools[role] === name,
			);
		const since = messages.slice(lastUser + 1);
		const names = new Map<string, string>();
		for (const message of since)
			for (const call of message.tool_calls ?? []) names.set(call.id, call.function.name);
		const results = since
			.filter((message) => message.role === 'tool')
			.map((message) => ({
				role: roleOf(names.get(message.tool_call_id ?? '') ?? ''),
				content: textOf(message.content),
			}));
		const context: TurnContext = { chatId, customerText, results };

		const plan = planFor(customerText);
		const step = plan[Math.min(names.size, plan.length - 1)];
		if ('final' in step) {
			const text = step.final(context);
			recorded.answer = { text };
			return { role: 'assistant', content: text };
		}
		const name = this.options.tools[step.role];
		const tool = (body.tools ?? []).find((candidate) => candidate.function?.name === name);
		if (!tool) {
			const offered = (body.tools ?? []).map((candidate) => candidate.function?.name).join(', ');
			throw new Error(`The request offers no tool ${name} (offered: ${offered || 'none'})`);
		}
		const args = argumentsFor(tool, chatId, step.args(context));
		recorded.answer = { toolCall: { name, arguments: args } };
		this.calls++;
		return {
			role: 'assistant',
			content: null,
			tool_calls: [
				{
					id: `call_${this.calls}`,
					type: 'function',
					function: { name, arguments: JSON.stringify(args) },
				},
			],
		};
	}
}
