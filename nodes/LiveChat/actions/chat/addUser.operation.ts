import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chatIdField } from '../descriptions';
import { chatIdOf, ignoreRequesterPresence, requiredText } from '../parameters';
import { ignoreRequesterPresenceField } from './descriptions';

const properties: INodeProperties[] = [
	chatIdField,
	{
		displayName: 'User Type',
		name: 'userType',
		type: 'options',
		options: [
			{
				name: 'Agent',
				value: 'agent',
				description: 'An agent (by e-mail) or a bot (by ID) who shares a group with the chat',
			},
			{
				name: 'Customer',
				value: 'customer',
				description: "The chat's own customer; a chat has only one",
			},
		],
		default: 'agent',
	},
	{
		displayName: 'User ID',
		name: 'userId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. smith@example.com',
		description: "The agent's e-mail, the bot's ID, or the customer's ID",
	},
	{
		displayName: 'Visible To',
		name: 'visibility',
		type: 'options',
		options: [
			{
				name: 'Agents Only',
				value: 'agents',
				description: 'The customer does not see the agent, who can then write only internal notes',
			},
			{
				name: 'Everyone in the Chat',
				value: 'all',
				description: 'The customer sees the agent join and can talk to them',
			},
		],
		default: 'all',
		displayOptions: { show: { userType: ['agent'] } },
	},
	ignoreRequesterPresenceField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['addUser'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = chatIdOf(this, itemIndex);
	const userId = requiredText(this, 'userId', itemIndex, 'User ID');
	const userType = this.getNodeParameter('userType', itemIndex, 'agent') as string;
	// LiveChat adds a customer with visibility "all" only.
	const visibility =
		userType === 'customer'
			? 'all'
			: (this.getNodeParameter('visibility', itemIndex, 'all') as string);
	await liveChatApiRequest(
		this,
		'agent',
		'add_user_to_chat',
		{
			chat_id: chatId,
			user_id: userId,
			user_type: userType,
			visibility,
			ignore_requester_presence: ignoreRequesterPresence(this, itemIndex),
		},
		itemIndex,
	);
	return { chat_id: chatId, user_id: userId, user_type: userType, visibility };
}
