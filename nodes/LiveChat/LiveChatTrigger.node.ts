import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { credentialTest } from './methods';
import { triggerProperties, triggerSubtitle } from './trigger/description';
import { modeOf } from './trigger/modes';

/** Each entry point hands over to the mode the node's Webhook Source chooses (trigger/modes). */
export class LiveChatTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'LiveChat Trigger',
		name: 'liveChatTrigger',
		icon: { light: 'file:livechat.svg', dark: 'file:livechat.dark.svg' },
		group: ['trigger'],
		// 1.1 changes nothing in the node: n8n evaluates an expression per delivery for a version-1
		// trigger (the old Webhook node's binary option) and parses only typed bodies (JSON) above 1.
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: triggerSubtitle,
		description: 'Starts the workflow when LiveChat events occur',
		defaults: { name: 'LiveChat Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		// On Webhook Source and Authentication, which depend on nothing (shared/authentication.ts).
		credentials: [
			{
				name: 'liveChatOAuth2Api',
				required: true,
				displayOptions: { show: { webhookSource: ['automatic'], authentication: ['oAuth2'] } },
			},
			{
				name: 'liveChatApi',
				required: true,
				displayOptions: { show: { webhookSource: ['automatic'], authentication: ['accessToken'] } },
			},
			{
				// Spelled out: n8n's lint finds a credential's test (testedBy) by this literal name.
				name: 'liveChatLegacyWebhookApi',
				required: true,
				testedBy: 'liveChatLegacyWebhookCheck',
				displayOptions: { show: { webhookSource: ['legacy'] } },
			},
		],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				// LiveChat only needs the 200; without this n8n sends a placeholder body.
				responseData: 'noData',
				path: 'webhook',
			},
		],
		properties: triggerProperties,
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await modeOf(this).checkExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await modeOf(this).create.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await modeOf(this).delete.call(this);
			},
		},
	};

	methods = { credentialTest };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await modeOf(this).receive.call(this);
	}
}
