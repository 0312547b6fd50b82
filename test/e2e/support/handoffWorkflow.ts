/**
 * The AI hand-off template (templates/ai-agent-human-handoff.json) as H1 sets it up: a LiveChat
 * Trigger (customers' messages in chats a bot of the app is in) starts n8n's AI Agent, whose
 * OpenAI Chat Model decides and whose LiveChat tools act as the bot: Get Chat, Reply to Customer
 * (Send Message, joining first), Leave Note for Agents (Send Message visible to agents only) and
 * Transfer to Human Agents.
 */
import type { CredentialRef } from './livechat';
import type { N8n } from './n8n';
import type { ToolRole } from './scriptedModel';
import type { Ref } from './templates';
import { importTemplate, readTemplate } from './templates';

const TEMPLATE = 'ai-agent-human-handoff';
export const AGENT_NAME = 'AI Agent';
const MODEL_NAME = 'OpenAI Chat Model';

/** The tool nodes' names; the model sees them sanitized (see toolName). */
export const HANDOFF_TOOL_NODES: Record<ToolRole, string> = {
	getChat: 'Get Chat',
	reply: 'Reply to Customer',
	note: 'Leave Note for Agents',
	transfer: 'Transfer to Human Agents',
};

/** The tool name n8n gives a node's tool (its name with other characters as `_`). */
export const toolName = (nodeName: string) => nodeName.replace(/[^a-zA-Z0-9_-]+/g, '_');

export const HANDOFF_TOOL_NAMES = Object.fromEntries(
	Object.entries(HANDOFF_TOOL_NODES).map(([role, name]) => [role, toolName(name)]),
) as Record<ToolRole, string>;

/** The agent's instructions, as the template gives them. */
export const HANDOFF_SYSTEM_MESSAGE = (
	readTemplate(TEMPLATE).nodes.find((node) => node.name === AGENT_NAME)!.parameters.options as {
		systemMessage: string;
	}
).systemMessage;

export interface HandoffCredentials {
	/** The trigger's credential (it registers the webhooks): PAT or OAuth2. */
	trigger: CredentialRef;
	/** The bot's own credential (liveChatBotApi) the tools act with. */
	bot: Ref;
	/** An openAiApi credential; its Base URL may point at any OpenAI-compatible server. */
	openAi: Ref;
}

export interface HandoffOptions {
	/** The group the chat goes to when the customer wants a human. */
	groupId: number;
	/** The model ID the OpenAI Chat Model asks for. */
	model: string;
}

/** Imports the template with the credentials, the human group and the model chosen (inactive). */
export async function createHandoffWorkflow(
	n8n: N8n,
	credentials: HandoffCredentials,
	options: HandoffOptions,
) {
	return await importTemplate(n8n, TEMPLATE, {
		credentials: {
			[credentials.trigger.type]: credentials.trigger,
			liveChatBotApi: credentials.bot,
			openAiApi: credentials.openAi,
		},
		liveChatCredentialType: credentials.trigger.type,
		parameters: {
			[HANDOFF_TOOL_NODES.transfer]: { groupId: options.groupId },
			[MODEL_NAME]: { model: { __rl: true, mode: 'id', value: options.model } },
		},
	});
}
