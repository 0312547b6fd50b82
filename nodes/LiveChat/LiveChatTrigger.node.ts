import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { credentialTest } from './methods';
import { authenticationProperty } from './shared/authentication';
import { TRIGGER_ON_OPTIONS } from './trigger/events';
import { deliveryKey, RecentKeys } from './trigger/dedupe';
import {
	isLegacyWebhook,
	LEGACY_EVENT_OPTIONS,
	legacyDeliveryKey,
	simplifyLegacyWebhook,
} from './trigger/legacy';
import type { FilterChoices, RegistrationPlan, TriggerStaticData } from './trigger/lifecycle';
import {
	registerWebhooks,
	registrationsAreLive,
	unregisterWebhooks,
	webhookUrlProblem,
} from './trigger/lifecycle';
import { rawDelivery, simplifyDelivery } from './trigger/simplify';
import { basicAuthMatches, secretMatches } from './trigger/verify';
import type { AdditionalDataKind, WebhookAction, WebhookDelivery } from './types/livechat';
import { isLegacyEvent, isWebhookAction } from './types/livechat';

const LEGACY_CREDENTIAL = 'liveChatLegacyWebhookApi';

/** Deliveries seen lately, across all LiveChat triggers of this n8n process. */
const recentDeliveries = new RecentKeys();

/** Answers LiveChat without running the workflow. */
function reply(
	context: IWebhookFunctions,
	status: number,
	body: IDataObject,
): IWebhookResponseData {
	context.getResponseObject().status(status).json(body);
	return { noWebhookResponse: true };
}

/**
 * One item for a verified delivery, unless this listener saw it lately (LiveChat's retry). The
 * listener is this node of this workflow, test apart from production: while someone listens for a
 * test event, LiveChat sends each event to both URLs.
 */
function emitOnce(
	context: IWebhookFunctions,
	deliveryKey: string,
	items: Record<'raw' | 'simplified', () => IDataObject>,
): IWebhookResponseData {
	const { id: workflowId = '' } = context.getWorkflow();
	const node = context.getNode();
	const listener = `${workflowId}:${node.id ?? node.name}:${context.getMode()}`;
	if (recentDeliveries.checkAndRemember(`${listener}:${deliveryKey}`)) {
		return reply(context, 200, { status: 'duplicate ignored' });
	}
	const output = context.getNodeParameter('output', 'simplified') === 'raw' ? 'raw' : 'simplified';
	return { workflowData: [context.helpers.returnJsonArray(items[output]())] };
}

const isLegacy = (context: IHookFunctions | IWebhookFunctions) =>
	context.getNodeParameter('webhookSource', 'automatic') === 'legacy';

const automaticOnly = { show: { webhookSource: ['automatic'] } };

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
		subtitle:
			'={{ ($parameter["webhookSource"] === "legacy" ? $parameter["legacyEvents"] : $parameter["events"]).join(", ") }}',
		description: 'Starts the workflow when LiveChat events occur',
		defaults: { name: 'LiveChat Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
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
		properties: [
			{
				displayName: 'Webhook Source',
				name: 'webhookSource',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Automatic (API v3.6)',
						value: 'automatic',
						description:
							'The node registers LiveChat webhooks itself when the workflow is activated',
					},
					{
						name: 'Legacy Webhooks (Manual Setup)',
						value: 'legacy',
						description:
							"For accounts on LiveChat's older webhooks: you paste this node's URL into LiveChat yourself",
					},
				],
				default: 'automatic',
			},
			authenticationProperty(automaticOnly),
			{
				displayName:
					'LiveChat registers the webhooks itself when the workflow is activated. It can take up to 2 minutes before events arrive, and listening for test events uses one of the 3 webhooks LiveChat allows per event.',
				name: 'notice',
				type: 'notice',
				default: '',
				displayOptions: automaticOnly,
			},
			{
				displayName:
					"Nothing is registered in LiveChat. In LiveChat open Settings > Integrations > Webhooks, pick the event and data types, and paste this node's Production URL as the target URL with the user and password of the credential written into it: https://user:password@your-n8n-host/webhook/… (see the package README)",
				name: 'legacyNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { webhookSource: ['legacy'] } },
			},
			{
				displayName: 'Trigger On',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: TRIGGER_ON_OPTIONS,
				default: [],
				displayOptions: automaticOnly,
			},
			{
				displayName: 'Trigger On',
				name: 'legacyEvents',
				type: 'multiOptions',
				required: true,
				options: LEGACY_EVENT_OPTIONS,
				default: [],
				description:
					'Events that start the workflow; other events LiveChat sends to this URL are acknowledged and ignored',
				displayOptions: { show: { webhookSource: ['legacy'] } },
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
							'What LiveChat sent, as sent (v3.6: the envelope and payload without the secret)',
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
				displayOptions: automaticOnly,
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
				displayOptions: automaticOnly,
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
				// Legacy webhooks live in LiveChat's settings, set by hand: nothing to look up.
				if (isLegacy(this)) return false;
				const stored = this.getWorkflowStaticData('node') as TriggerStaticData;
				return await registrationsAreLive.call(
					this,
					this.getNodeWebhookUrl('default') ?? '',
					chosenActions(this),
					stored,
				);
			},

			async create(this: IHookFunctions): Promise<boolean> {
				if (isLegacy(this)) {
					const events = this.getNodeParameter('legacyEvents', []) as string[];
					if (!events.some(isLegacyEvent)) {
						throw new NodeOperationError(this.getNode(), 'No event chosen', {
							description: 'Pick at least one event in "Trigger On".',
						});
					}
					return true;
				}
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
				if (isLegacy(this)) return true;
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

	methods = { credentialTest };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		if (isLegacy(this)) return await receiveLegacyDelivery.call(this);
		const delivery = this.getBodyData() as unknown as WebhookDelivery;
		const stored = this.getWorkflowStaticData('node') as TriggerStaticData;
		const registeredAction =
			isWebhookAction(delivery?.action) && Boolean(stored.registrations?.[delivery.action]);
		if (!secretMatches(stored.secret, delivery?.secret_key) || !registeredAction) {
			return reply(this, 401, { error: 'Unauthorized' });
		}
		return emitOnce(this, deliveryKey(delivery), {
			raw: () => rawDelivery(delivery) as IDataObject,
			simplified: () => simplifyDelivery(delivery) as IDataObject,
		});
	}
}

/**
 * A legacy delivery: Basic Auth from the URL set up in LiveChat, checked in constant time (401 and
 * no execution otherwise), a JSON body naming its event (400 otherwise); events not chosen are
 * acknowledged without running the workflow. Nothing of the delivery is logged.
 */
async function receiveLegacyDelivery(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const credential = await this.getCredentials(LEGACY_CREDENTIAL);
	const { authorization } = this.getHeaderData();
	if (!basicAuthMatches(authorization, credential.user, credential.password)) {
		this.getResponseObject().setHeader('WWW-Authenticate', 'Basic realm="LiveChat Trigger"');
		return reply(this, 401, { error: 'Unauthorized' });
	}
	const webhook = this.getBodyData() as unknown;
	if (!isLegacyWebhook(webhook)) {
		return reply(this, 400, {
			error: 'Expected a LiveChat webhook: a JSON object with event_type',
		});
	}
	const chosen = this.getNodeParameter('legacyEvents', []) as string[];
	if (!chosen.includes(webhook.event_type)) {
		return reply(this, 200, { status: 'event not chosen in the node, ignored' });
	}
	return emitOnce(this, legacyDeliveryKey(webhook), {
		raw: () => webhook as unknown as IDataObject,
		simplified: () => simplifyLegacyWebhook(webhook, this.getTimezone()),
	});
}
