/**
 * The AI hand-off workflow: a LiveChat Trigger (customers' messages in chats a bot of the app is
 * in) starts n8n's AI Agent, whose OpenAI Chat Model decides and whose LiveChat tools act as the
 * bot: Get Chat, Reply to Customer (Send Message, joining first), Leave Note for Agents (Send
 * Message visible to agents only) and Transfer to Sales. When the customer asks for a human, the
 * agent says so, leaves a note for the agents and transfers the chat to the Sales group.
 */
import { randomUUID } from 'crypto';

import type { CredentialRef, TriggerWorkflow } from './livechat';
import { TRIGGER_NAME, TRIGGER_TYPE } from './livechat';
import type { N8n } from './n8n';
import { authenticationOf } from './workflowNodes';
import type { ToolRole } from './scriptedModel';

export const AGENT_NAME = 'AI Agent';
export const MODEL_NAME = 'OpenAI Chat Model';
export const TOOL_TYPE = 'n8n-nodes-livechat.liveChatTool';

/** The tool nodes' names; the model sees them sanitized (see toolName). */
export const HANDOFF_TOOL_NODES: Record<ToolRole, string> = {
	getChat: 'Get Chat',
	reply: 'Reply to Customer',
	note: 'Leave Note for Agents',
	transfer: 'Transfer to Sales',
};

/** The tool name n8n gives a node's tool (its name with other characters as `_`). */
export const toolName = (nodeName: string) => nodeName.replace(/[^a-zA-Z0-9_-]+/g, '_');

export const HANDOFF_TOOL_NAMES = Object.fromEntries(
	Object.entries(HANDOFF_TOOL_NODES).map(([role, name]) => [role, toolName(name)]),
) as Record<ToolRole, string>;

export const HANDOFF_SYSTEM_MESSAGE = [
	"You are the shop's support bot in a LiveChat chat. Everything you want the customer to read,",
	'send with the Reply to Customer tool; your final answer is not shown to anyone.',
	'Look the chat up with Get Chat when you need to know who the customer is.',
	'When the customer asks for a human: tell them you are transferring them, leave a note for the',
	'agents saying why with Leave Note for Agents, then transfer the chat with Transfer to Sales.',
	'You leave the chat with the transfer, so do it last.',
].join(' ');

/** What the agent is asked for each customer message (the trigger's simplified item). */
export const HANDOFF_PROMPT = '=Chat ID: {{ $json.chatId }}\nCustomer wrote: {{ $json.text }}';

export interface Ref {
	id: string;
	name: string;
}

export interface HandoffCredentials {
	/** The trigger's credential (it registers the webhooks): PAT or OAuth2. */
	trigger: CredentialRef;
	/** The bot's own credential (liveChatBotApi) the tools act with. */
	bot: Ref;
	/** An openAiApi credential; its Base URL may point at any OpenAI-compatible server. */
	openAi: Ref;
}

export interface HandoffOptions {
	/** The group the chat goes to when the customer wants a human (the Sales group). */
	groupId: number;
	/** The model ID the OpenAI Chat Model asks for. */
	model: string;
}

const fromAI = (key: string, description: string) =>
	`={{ $fromAI('${key}', '${description}', 'string') }}`;
const CHAT_ID = fromAI('chatId', 'The chat ID from the prompt');

/** The workflow as n8n's workflow JSON (the public API's POST /workflows body). */
export function handoffWorkflowBody(
	name: string,
	credentials: HandoffCredentials,
	options: HandoffOptions,
) {
	const webhookId = randomUUID();
	const tool = (nodeName: string, x: number, parameters: Record<string, unknown>) => ({
		id: randomUUID(),
		name: nodeName,
		type: TOOL_TYPE,
		typeVersion: 1,
		position: [x, 220],
		parameters: { authentication: 'bot', resource: 'chat', ...parameters },
		credentials: { liveChatBotApi: { id: credentials.bot.id, name: credentials.bot.name } },
	});
	const nodes = [
		{
			id: randomUUID(),
			name: TRIGGER_NAME,
			type: TRIGGER_TYPE,
			typeVersion: 1,
			position: [0, 0],
			webhookId,
			parameters: {
				authentication: authenticationOf(credentials.trigger.type),
				events: ['incoming_event'],
				filters: { authorType: 'customer', chatPresenceMyBots: true },
			},
			credentials: {
				[credentials.trigger.type]: {
					id: credentials.trigger.id,
					name: credentials.trigger.name,
				},
			},
		},
		{
			id: randomUUID(),
			name: AGENT_NAME,
			type: '@n8n/n8n-nodes-langchain.agent',
			// 3 exists in n8n 1.1xx and 2.x alike.
			typeVersion: 3,
			position: [260, 0],
			parameters: {
				promptType: 'define',
				text: HANDOFF_PROMPT,
				options: { systemMessage: HANDOFF_SYSTEM_MESSAGE },
			},
		},
		{
			id: randomUUID(),
			name: MODEL_NAME,
			type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
			// 1.2: chat completions (1.3 would default to OpenAI's Responses API).
			typeVersion: 1.2,
			position: [160, 220],
			parameters: {
				model: { __rl: true, mode: 'id', value: options.model },
				options: {},
			},
			credentials: { openAiApi: { id: credentials.openAi.id, name: credentials.openAi.name } },
		},
		tool(HANDOFF_TOOL_NODES.getChat, 320, { operation: 'get', chatId: CHAT_ID }),
		tool(HANDOFF_TOOL_NODES.reply, 440, {
			operation: 'sendMessage',
			chatId: CHAT_ID,
			text: fromAI('text', 'The message to the customer'),
			visibility: 'all',
			joinFirst: true,
		}),
		tool(HANDOFF_TOOL_NODES.note, 560, {
			operation: 'sendMessage',
			chatId: CHAT_ID,
			text: fromAI('text', 'The note for the agents who take over'),
			visibility: 'agents',
		}),
		tool(HANDOFF_TOOL_NODES.transfer, 680, {
			operation: 'transfer',
			chatId: CHAT_ID,
			target: 'group',
			groupId: options.groupId,
		}),
	];
	const to = (type: string) => ({ [type]: [[{ node: AGENT_NAME, type, index: 0 }]] });
	const connections = {
		[TRIGGER_NAME]: { main: [[{ node: AGENT_NAME, type: 'main', index: 0 }]] },
		[MODEL_NAME]: to('ai_languageModel'),
		...Object.fromEntries(Object.values(HANDOFF_TOOL_NODES).map((node) => [node, to('ai_tool')])),
	};
	return {
		webhookId,
		body: {
			name,
			nodes,
			connections,
			settings: {
				executionOrder: 'v1',
				saveDataSuccessExecution: 'all',
				saveDataErrorExecution: 'all',
			},
		},
	};
}

/** Creates (not activates) the hand-off workflow in n8n. */
export async function createHandoffWorkflow(
	n8n: N8n,
	name: string,
	credentials: HandoffCredentials,
	options: HandoffOptions,
): Promise<TriggerWorkflow> {
	const { webhookId, body } = handoffWorkflowBody(name, credentials, options);
	const created = await n8n.apiOk<{ id: string }>('POST', '/workflows', body);
	return {
		id: created.id,
		webhookId,
		url: `${n8n.webhookBaseUrl}/webhook/${webhookId}/webhook`,
		testUrl: `${n8n.webhookBaseUrl}/webhook-test/${webhookId}/webhook`,
		body,
	};
}
