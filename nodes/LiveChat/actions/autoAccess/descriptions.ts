import type { INodeProperties } from 'n8n-workflow';

import { groupIdsField } from '../descriptions';

export const ruleIdField: INodeProperties = {
	displayName: 'Rule Name or ID',
	name: 'ruleId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getAutoAccesses' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const ruleGroupsField: INodeProperties = {
	...groupIdsField,
	displayName: 'Route to Group Names or IDs',
	description: `Groups that get the chats of visitors the rule matches. ${groupIdsField.description}.`,
};

/** Where the rule goes in LiveChat's order: before another rule, or last. */
export const positionField: INodeProperties = {
	displayName: 'Place Before Rule Name or ID',
	name: 'nextId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getAutoAccessPositions' },
	default: '',
	description:
		'LiveChat checks rules in order and the first that matches routes the chat. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

const matchValues = (what: string): INodeProperties['options'] => [
	{
		displayName: 'Match',
		name: 'match',
		values: [
			{
				displayName: 'Exact Match',
				name: 'exactMatch',
				type: 'boolean',
				default: false,
				description: `Whether the visitor's ${what} must equal the value; otherwise containing it is enough`,
			},
			{
				displayName: 'Value',
				name: 'value',
				type: 'string',
				default: '',
				placeholder:
					what === 'URL' ? 'e.g. https://shop.example.com/pricing' : 'e.g. shop.example.com',
			},
		],
	},
];

const matchList = (displayName: string, name: string, what: string): INodeProperties => ({
	displayName,
	name,
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Value',
	default: {},
	options: matchValues(what),
});

/** LiveChat's `conditions`: the visitor's page URL, its domain, and where the visitor is. */
export const conditionsField: INodeProperties = {
	displayName: 'Conditions',
	name: 'conditions',
	type: 'collection',
	placeholder: 'Add Condition',
	default: {},
	description: 'What a visitor must match, all of the conditions added; at least one is needed',
	options: [
		matchList('Domain Is Not Any Of', 'domainExcludes', 'domain'),
		matchList('Domain Is One Of', 'domainMatches', 'domain'),
		{
			displayName: 'Location Is One Of',
			name: 'locations',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Location',
			default: {},
			description: 'Where the visitor is; a location matches when all of its fields do',
			options: [
				{
					displayName: 'Location',
					name: 'location',
					values: [
						{
							displayName: 'City',
							name: 'city',
							type: 'string',
							default: '',
							placeholder: 'e.g. Mountain View',
						},
						{
							displayName: 'Country',
							name: 'country',
							type: 'string',
							default: '',
							placeholder: 'e.g. United States',
						},
						{
							displayName: 'Country Code',
							name: 'countryCode',
							type: 'string',
							default: '',
							placeholder: 'e.g. US',
						},
						{
							displayName: 'Region',
							name: 'region',
							type: 'string',
							default: '',
							placeholder: 'e.g. California',
						},
					],
				},
			],
		},
		matchList('URL Is Not Any Of', 'urlExcludes', 'URL'),
		matchList('URL Is One Of', 'urlMatches', 'URL'),
	],
};

export const ruleDescriptionField: INodeProperties = {
	displayName: 'Description',
	name: 'description',
	type: 'string',
	default: '',
	placeholder: 'e.g. German visitors to the shop',
	description: 'What the rule is for; the rule lists show it',
};
