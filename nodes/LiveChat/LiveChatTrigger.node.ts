import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { TRIGGER_ON_OPTIONS } from './trigger/events';
import { deliveryKey, RecentKeys } from './trigger/dedupe';
import type { FilterChoices, RegistrationPlan, TriggerStaticData } from './trigger/lifecycle';
import {
	registerWebhooks,
	registrationsAreLive,
	unregisterWebhooks,
	webhookUrlProblem,
} from './trigger/lifecycle';
import { rawDelivery, simplifyDelivery } from './trigger/simplify';
import { secretMatches } from './trigger/verify';
import type { AdditionalDataKind, WebhookAction, WebhookDelivery } from './types/livechat';
import { isWebhookAction } from './types/livechat';

/** Deliveries seen lately, across all LiveChat triggers of this n8n process. */
const recentDeliveries = new RecentKeys();

function chosenActions(context: IHookFunctions): WebhookAction[] {
	const events = context.getNodeParameter('events', []) as string[];
	return events.filter(isWebhookAction);
}

function registrationPlan(context: IHookFunctions, url: string): RegistrationPlan {
	const filters = context.getNodeParameter('filters', {}) as IDataObject;
	const userIds = String(filters.chatPresenceUserIds ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
	const choices: FilterChoices = {
		authorType: filters.authorType as FilterChoices['authorType'],
		onlyMyChats: filters.onlyMyChats === true,
		chatPresenceUserIds: userIds,
		chatPresenceMode: filters.chatPresenceMode as FilterChoices['chatPresenceMode'],
		chatPresenceMyBots: filters.chatPresenceMyBots === true,
		sourceTypes: (filters.sourceTypes as FilterChoices['sourceTypes']) ?? [],
	};
	const workflow = context.getWorkflow();
	return {
		url,
		actions: chosenActions(context),
		filters: choices,
		additionalData: context.getNodeParameter('additionalData', []) as AdditionalDataKind[],
		description: `n8n workflow "${workflow.name ?? ''}" (${workflow.id ?? 'unsaved'})`.slice(
			0,
			200,
		),
	};
}

export class LiveChatTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'LiveChat Trigger',
		name: 'liveChatTrigger',
		icon: { light: 'file:livechat.svg', dark: 'file:livechat.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when LiveChat events occur',
		defaults: { name: 'LiveChat Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'liveChatOAuth2Api',
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
			{
				name: 'liveChatApi',
				required: true,
				displayOptions: { show: { authentication: ['accessToken'] } },
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
		properties: [
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{ name: 'OAuth2', value: 'oAuth2' },
					{ name: 'Personal Access Token', value: 'accessToken' },
				],
				default: 'oAuth2',
			},
			{
				displayName:
					'LiveChat registers the webhooks itself when the workflow is activated. It can take up to 2 minutes before events arrive, and listening for test events uses one of the 3 webhooks LiveChat allows per event.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Trigger On',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: TRIGGER_ON_OPTIONS,
				default: [],
			},
			{
				displayName: 'Output',
				name: 'output',
				type: 'options',
				options: [
					{
						name: 'Raw',
						value: 'raw',
						description:
							'The envelope and payload exactly as LiveChat sent them, without the secret',
					},
					{
						name: 'Simplified',
						value: 'simplified',
						description: 'The IDs and facts a workflow usually needs, flattened',
					},
				],
				default: 'simplified',
			},
			{
				displayName: 'Additional Data',
				name: 'additionalData',
				type: 'multiOptions',
				description: 'Extra chat data LiveChat adds to chat-related events',
				options: [
					{ name: 'Chat Presence User IDs', value: 'chat_presence_user_ids' },
					{ name: 'Chat Properties', value: 'chat_properties' },
				],
				default: [],
			},
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				description: 'Each filter is applied to the chosen events that LiveChat supports it for',
				default: {},
				options: [
					{
						displayName: 'Author Type',
						name: 'authorType',
						type: 'options',
						description:
							'Only events written by this kind of user (applies to Incoming Event and Event Updated)',
						options: [
							{ name: 'Agent', value: 'agent' },
							{ name: 'Customer', value: 'customer' },
						],
						default: 'customer',
					},
					{
						displayName: 'Chat Presence Mode',
						name: 'chatPresenceMode',
						type: 'options',
						description: 'How to use the chat presence user IDs',
						options: [
							{
								name: 'Any Listed User Is in the Chat',
								value: 'include',
							},
							{
								name: 'No Listed User Is in the Chat',
								value: 'exclude',
							},
						],
						default: 'include',
					},
					{
						displayName: 'Chat Presence User IDs',
						name: 'chatPresenceUserIds',
						type: 'string',
						description:
							'Comma-separated agent e-mails or customer IDs; events fire depending on whether they are in the chat',
						placeholder: 'e.g. smith@example.com, jones@example.com',
						default: '',
					},
					{
						displayName: 'Only Chats With My Bots',
						name: 'chatPresenceMyBots',
						type: 'boolean',
						description: 'Whether to fire only for chats that a bot of this app takes part in',
						default: false,
					},
					{
						displayName: 'Only My Chats',
						name: 'onlyMyChats',
						type: 'boolean',
						description: "Whether to fire only for chats started through this app's Client ID",
						default: false,
					},
					{
						displayName: 'Source Types',
						name: 'sourceTypes',
						type: 'multiOptions',
						description: 'Fire only for changes made by these sources',
						options: [
							{ name: 'My Client', value: 'my_client' },
							{ name: 'Other Clients', value: 'other_clients' },
							{ name: 'System', value: 'system' },
						],
						default: [],
					},
				],
			},
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const stored = this.getWorkflowStaticData('node') as TriggerStaticData;
				return await registrationsAreLive.call(
					this,
					this.getNodeWebhookUrl('default') ?? '',
					chosenActions(this),
					stored,
				);
			},

			async create(this: IHookFunctions): Promise<boolean> {
				const url = this.getNodeWebhookUrl('default') ?? '';
				const problem = webhookUrlProblem(url);
				if (problem) {
					throw new NodeOperationError(this.getNode(), problem.message, {
						description: problem.description,
					});
				}
				const plan = registrationPlan(this, url);
				if (plan.actions.length === 0) {
					throw new NodeOperationError(this.getNode(), 'No event chosen', {
						description: 'Pick at least one event in "Trigger On".',
					});
				}
				const { registrations, secret } = await registerWebhooks.call(this, plan);
				const stored = this.getWorkflowStaticData('node') as TriggerStaticData;
				stored.registrations = registrations;
				stored.secret = secret;
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				const stored = this.getWorkflowStaticData('node') as TriggerStaticData;
				let failed = 0;
				try {
					failed = await unregisterWebhooks.call(this, Object.values(stored.registrations ?? {}));
				} finally {
					// Cleared whatever happened: a dead API or a webhook removed in LiveChat must not
					// keep the workflow from deactivating. The next activation removes leftovers.
					delete stored.registrations;
					delete stored.secret;
				}
				return failed === 0;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const delivery = this.getBodyData() as unknown as WebhookDelivery;
		const stored = this.getWorkflowStaticData('node') as TriggerStaticData;
		const response = this.getResponseObject();

		const registeredAction =
			isWebhookAction(delivery?.action) && Boolean(stored.registrations?.[delivery.action]);
		if (!secretMatches(stored.secret, delivery?.secret_key) || !registeredAction) {
			response.status(401).json({ error: 'Unauthorized' });
			return { noWebhookResponse: true };
		}

		const workflowId = this.getWorkflow().id ?? '';
		const key = `${workflowId}:${this.getNode().id ?? this.getNode().name}:${deliveryKey(delivery)}`;
		if (recentDeliveries.checkAndRemember(key)) {
			response.status(200).json({ status: 'duplicate ignored' });
			return { noWebhookResponse: true };
		}

		const output = this.getNodeParameter('output', 'simplified') as string;
		const json = (
			output === 'raw' ? rawDelivery(delivery) : simplifyDelivery(delivery)
		) as IDataObject;
		return { workflowData: [this.helpers.returnJsonArray(json)] };
	}
}
