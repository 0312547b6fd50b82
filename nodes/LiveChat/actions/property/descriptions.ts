import type { INodeProperties } from 'n8n-workflow';

export const propertyNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. order_id',
	description: "Name of the property in your app's namespace (the credential's Client ID)",
};

const RIGHTS = [
	{ name: 'Read', value: 'read' },
	{ name: 'Write', value: 'write' },
];

/** Where a registered property can be stored, and who may read or write it there. */
export const accessField: INodeProperties = {
	displayName: 'Access',
	name: 'access',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Location',
	default: {},
	description:
		'Where the property can be stored, and what agents and customers may do with it there',
	options: [
		{
			displayName: 'Location',
			name: 'location',
			values: [
				{
					displayName: 'Agents',
					name: 'agent',
					type: 'multiOptions',
					options: RIGHTS,
					default: ['read', 'write'],
				},
				{
					displayName: 'Customers',
					name: 'customer',
					type: 'multiOptions',
					options: RIGHTS,
					default: [],
				},
				{
					displayName: 'Location',
					name: 'location',
					type: 'options',
					options: [
						{ name: 'Chat', value: 'chat' },
						{ name: 'Event', value: 'event' },
						{ name: 'Group', value: 'group' },
						{ name: 'License', value: 'license' },
						{ name: 'Thread', value: 'thread' },
					],
					default: 'chat',
				},
			],
		},
	],
};

export const publicAccessField: INodeProperties = {
	displayName: 'Other Apps May',
	name: 'accessType',
	type: 'multiOptions',
	options: RIGHTS,
	required: true,
	default: ['read'],
	description: 'What apps other than yours may do with the property once it is public',
};

export const namespaceFilterFields: INodeProperties[] = [
	{
		displayName: 'Namespace',
		name: 'namespace',
		type: 'string',
		default: '',
		placeholder: 'e.g. test',
		description: "Only properties of this namespace (an app's Client ID); empty for all",
	},
	{
		displayName: 'Name Prefix',
		name: 'namePrefix',
		type: 'string',
		default: '',
		description: 'Only properties whose name starts with this',
	},
];
