import type { INodeProperties } from 'n8n-workflow';

export const chatIdField: INodeProperties = {
	displayName: 'Chat ID',
	name: 'chatId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. PJ0MRSHTDG',
	description: "ID of the LiveChat chat, such as the LiveChat Trigger's chatId",
};

export const threadIdField: INodeProperties = {
	displayName: 'Thread ID',
	name: 'threadId',
	type: 'string',
	default: '',
	placeholder: 'e.g. K600PKZON8',
	description: "ID of one thread of the chat. Leave empty for the chat's latest thread.",
};

export const customerIdField: INodeProperties = {
	displayName: 'Customer ID',
	name: 'customerId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. b7eff798-f8df-4364-8059-649c35c9ed0c',
	description:
		'ID of the LiveChat customer, such as the customer ID a LiveChat Trigger item carries',
};

export const tagLocator: INodeProperties = {
	displayName: 'Tag',
	name: 'tag',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description: 'Tag of the LiveChat account; names are case-sensitive',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchTags', searchable: true },
		},
		{
			displayName: 'By Name',
			name: 'name',
			type: 'string',
			placeholder: 'e.g. support',
		},
	],
};

/** An agent (its ID is its e-mail) from the account's list, or typed. */
export const agentLocator: INodeProperties = {
	displayName: 'Agent',
	name: 'agent',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchAgents', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. smith@example.com',
			hint: "An agent's ID is their email address",
		},
	],
};

export const groupIdsField: INodeProperties = {
	displayName: 'Group Names or IDs',
	name: 'groupIds',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getGroups' },
	default: [],
	description:
		'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/** The Group Names or IDs filter of a list: only `records` of the chosen groups. */
export const groupsFilter = (records: string): INodeProperties => ({
	...groupIdsField,
	description: `Only ${records} of these groups. ${groupIdsField.description}.`,
});

/** A list's Filters collection. */
export const filtersField = (options: INodeProperties[]): INodeProperties => ({
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options,
});

export const groupIdField: INodeProperties = {
	displayName: 'Group Name or ID',
	name: 'groupId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getGroups' },
	default: 0,
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/** An agent's or bot's priority in a group: who gets the group's chats first. */
export const groupPriorityOptions = [
	{ name: 'First (Before Everyone Else)', value: 'first' },
	{ name: 'Last (Secondary)', value: 'last' },
	{ name: 'Normal (Primary)', value: 'normal' },
	{ name: 'Supervisor (Never Assigned)', value: 'supervisor' },
];

/** The priority of one agent in one group (an entry of a groups or agents list). */
export const groupPriorityField: INodeProperties = {
	displayName: 'Priority',
	name: 'priority',
	type: 'options',
	options: groupPriorityOptions,
	default: 'normal',
	description: 'When LiveChat routes chats of the group to the agent',
};

export const returnAllField: INodeProperties = {
	displayName: 'Return All',
	name: 'returnAll',
	type: 'boolean',
	default: false,
	description: 'Whether to return all results or only up to a given limit',
};

export const limitField: INodeProperties = {
	displayName: 'Limit',
	name: 'limit',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 50,
	description: 'Max number of results to return',
	displayOptions: { show: { returnAll: [false] } },
};

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		'Whether to return a simplified version of the response instead of the raw data (people, tags and messages instead of every LiveChat field)',
};

/** Options of the paginated chat lists, which LiveChat sorts newest first by default. */
const sortOrderOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Sort Order',
			name: 'sortOrder',
			type: 'options',
			options: [
				{ name: 'Newest First', value: 'desc' },
				{ name: 'Oldest First', value: 'asc' },
			],
			default: 'desc',
		},
	],
};

/** The parameters of a paginated chat list around its filters, with its own options if any. */
export function chatListProperties(
	filters: INodeProperties,
	moreOptions: INodeProperties[] = [],
): INodeProperties[] {
	const options = { ...sortOrderOptions, options: [...moreOptions, ...sortOrderOptions.options!] };
	return [returnAllField, limitField, filters, options, simplifyField];
}

/** The namespace and name that identify a property (a value adds propertyValueFields). */
export const propertyNameFields: INodeProperties[] = [
	{
		displayName: 'Namespace',
		name: 'namespace',
		type: 'string',
		default: '',
		placeholder: 'e.g. test',
		description: "Your app's Client ID, a LiveChat namespace such as routing, or test",
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'e.g. string_property',
	},
];

/** A list of properties, each with the given fields. */
export function propertiesField(values: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Properties',
		name: 'properties',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Property',
		default: {},
		options: [{ displayName: 'Property', name: 'property', values }],
	};
}

/** The type and value of a property to set. */
export const propertyValueFields: INodeProperties[] = [
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Boolean', value: 'boolean' },
			{ name: 'Number (Whole)', value: 'number' },
			{ name: 'String', value: 'string' },
		],
		default: 'string',
		description: 'The type the property was registered with',
	},
	{
		displayName: 'Value',
		name: 'value',
		type: 'string',
		default: '',
		description: 'For Boolean: true or false',
	},
];
