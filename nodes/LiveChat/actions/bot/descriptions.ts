import type { INodeProperties } from 'n8n-workflow';

import { groupIdsField, groupPriorityOptions } from '../descriptions';

export const botIdField: INodeProperties = {
	displayName: 'Bot Name or ID',
	name: 'botId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getBots' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/** The optional fields create_bot and update_bot share. */
export const botFieldOptions: INodeProperties[] = [
	{
		displayName: 'Avatar URL',
		name: 'avatar',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/bot.png',
	},
	{
		...groupIdsField,
		description: `Groups the bot takes chats from, with the Group Priority below. ${groupIdsField.description}.`,
	},
	{
		displayName: 'Group Priority',
		name: 'defaultGroupPriority',
		type: 'options',
		options: groupPriorityOptions,
		default: 'first',
		description: 'When LiveChat routes chats of its groups to the bot',
	},
	{
		displayName: 'Job Title',
		name: 'jobTitle',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Max Chats',
		name: 'maxChatsCount',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 500 },
		default: 6,
		description: 'How many chats the bot takes at once (at most 500)',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Type',
		name: 'type',
		type: 'string',
		default: '',
		placeholder: 'e.g. chatbot',
		description: 'Free text LiveChat stores with the bot (default chatbot)',
	},
];
