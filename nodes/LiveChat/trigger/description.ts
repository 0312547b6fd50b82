import type { INodeProperties } from 'n8n-workflow';

import { authenticationProperty } from '../shared/authentication';
import { TRIGGER_ON_OPTIONS } from './events';
import { LEGACY_EVENT_OPTIONS } from './legacyWebhook';

/** Readable names of every event of both modes, for the subtitle under the node on the canvas. */
const EVENT_NAMES = Object.fromEntries(
	[...TRIGGER_ON_OPTIONS, ...LEGACY_EVENT_OPTIONS].map(({ value, name }) => [value, name]),
);

/** The chosen events of the chosen mode, by name. */
export const triggerSubtitle = `={{ (($parameter["webhookSource"] === "legacy" ? $parameter["legacyEvents"] : $parameter["events"]) || []).map((event) => (${JSON.stringify(EVENT_NAMES)})[event] || event).join(", ") }}`;

const automaticOnly = { show: { webhookSource: ['automatic'] } };
const legacyOnly = { show: { webhookSource: ['legacy'] } };

/** Both triggers' Output: simplified items, or what LiveChat sent (`raw` says what that is). */
export function outputProperty(raw: string): INodeProperties {
	return {
		displayName: 'Output',
		name: 'output',
		type: 'options',
		options: [
			{ name: 'Raw', value: 'raw', description: raw },
			{
				name: 'Simplified',
				value: 'simplified',
				description: 'The IDs and facts a workflow usually needs, flattened',
			},
		],
		default: 'simplified',
	};
}

/**
 * The LiveChat Trigger's parameters. Webhook Source and Authentication carry no display conditions:
 * the credentials depend on both, and n8n's editor hides whatever such a field's conditions name
 * (shared/authentication.ts).
 */
export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Webhook Source',
		name: 'webhookSource',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Automatic (API v3.6)',
				value: 'automatic',
				description: 'The node registers LiveChat webhooks itself when the workflow is activated',
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
	authenticationProperty,
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
		displayOptions: legacyOnly,
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
		displayOptions: legacyOnly,
	},
	outputProperty('What LiveChat sent, as sent (v3.6: the envelope and payload without the secret)'),
	{
		displayName: 'Webhook Type',
		name: 'webhookType',
		type: 'options',
		displayOptions: automaticOnly,
		options: [
			{
				name: 'Bot',
				value: 'bot',
				description:
					"Only while a bot of the credential's app is online (accepting chats or not, but not offline)",
			},
			{ name: 'License', value: 'license', description: 'Always, for the whole LiveChat account' },
		],
		default: 'license',
		description: 'When LiveChat sends the events: always, or only while a bot of the app is online',
	},
	{
		displayName:
			"Bot webhooks stop while every bot of the app is offline: set a bot's status with the LiveChat node's Bot → Set Routing Status",
		name: 'botWebhooksNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { ...automaticOnly.show, webhookType: ['bot'] } },
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
				displayName: 'Agent IDs',
				name: 'agentIds',
				type: 'string',
				description:
					'Comma-separated agent e-mails or bot IDs: only their routing status changes (applies to Routing Status Set)',
				placeholder: 'e.g. smith@example.com',
				default: '',
			},
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
];
