import type { INodeProperties } from 'n8n-workflow';

import { groupIdField } from '../descriptions';

/** LiveChat's requester presence: the caller must be in the chat unless told to skip the check. */
export const ignoreRequesterPresenceField: INodeProperties = {
	displayName: 'Even If Not in the Chat',
	name: 'ignoreRequesterPresence',
	type: 'boolean',
	default: false,
	description:
		'Whether to do it even when the user of the credential is not in the chat; otherwise LiveChat refuses (ignore_requester_presence)',
};

export const visibilityField: INodeProperties = {
	displayName: 'Visible To',
	name: 'visibility',
	type: 'options',
	options: [
		{ name: 'Agents Only', value: 'agents', description: 'The customer does not see it' },
		{ name: 'Everyone in the Chat', value: 'all' },
	],
	default: 'all',
};

export const propertyLevelField: INodeProperties = {
	displayName: 'Level',
	name: 'level',
	type: 'options',
	options: [
		{ name: 'Chat', value: 'chat', description: 'Properties of the whole chat' },
		{
			name: 'Event',
			value: 'event',
			description: 'Properties of one event (a message, a file…) of a thread',
		},
		{
			name: 'Thread',
			value: 'thread',
			description: 'Properties of one thread (a conversation of the chat)',
		},
	],
	default: 'chat',
};

export const threadOfLevelField: INodeProperties = {
	displayName: 'Thread ID',
	name: 'threadId',
	type: 'string',
	default: '',
	placeholder: 'e.g. K600PKZON8',
	description: "ID of the thread; empty for the chat's latest thread",
	displayOptions: { show: { level: ['thread', 'event'] } },
};

export const eventOfLevelField: INodeProperties = {
	displayName: 'Event ID',
	name: 'eventId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. K600PKZON8_3',
	description: 'ID of the event, such as the event ID a LiveChat Trigger item carries',
	displayOptions: { show: { level: ['event'] } },
};

export const propertiesNotice: INodeProperties = {
	displayName:
		"LiveChat stores only registered properties: your app's own (register them with Property → Register; the namespace is the app's Client ID), LiveChat's writable ones such as routing.pinned, or the free test namespace (test.string_property, test.int_property, test.bool_property)",
	name: 'propertiesNotice',
	type: 'notice',
	default: '',
};

/** What Start and Resume share: a first message, the group, the chat mode, the thread state. */
export const chatOpeningFields: INodeProperties[] = [
	{
		displayName: 'First Message',
		name: 'firstMessage',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description:
			'A message from the user of the credential that opens the thread. Leave empty to send none.',
	},
	{
		...groupIdField,
		description:
			'Group whose agents may see and take the chat (0, General, has every agent). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Continuous',
		name: 'continuous',
		type: 'boolean',
		default: false,
		description:
			'Whether the chat is continuous (Messaging Mode): it stays open for asynchronous replies and needs no online group',
	},
	{
		displayName: 'Active',
		name: 'active',
		type: 'boolean',
		default: true,
		description:
			'Whether the new thread is open for the conversation; turn off to record it as already ended (archived)',
	},
];

/** Conditions on properties for the chat lists: `filters.properties` of list_chats and list_archives. */
export const propertiesFilterField: INodeProperties = {
	displayName: 'Properties',
	name: 'properties',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	options: [
		{
			displayName: 'Property',
			name: 'property',
			values: [
				{
					displayName: 'Namespace',
					name: 'namespace',
					type: 'string',
					default: '',
					placeholder: 'e.g. routing',
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					placeholder: 'e.g. pinned',
				},
				{
					displayName: 'Condition',
					name: 'condition',
					type: 'options',
					options: [
						{ name: 'Does Not Exist', value: 'notExists' },
						{ name: 'Exists', value: 'exists' },
						{ name: 'Is None Of', value: 'exclude_values' },
						{ name: 'Is One Of', value: 'values' },
					],
					default: 'values',
				},
				{
					displayName: 'Values',
					name: 'values',
					type: 'string',
					default: '',
					description: 'Comma-separated values; true, false and numbers are sent as such',
					displayOptions: { show: { condition: ['values', 'exclude_values'] } },
				},
			],
		},
	],
};
