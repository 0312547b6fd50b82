import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chatIdField } from '../descriptions';
import { chatIdOf, ignoreRequesterPresence, requiredText } from '../parameters';
import { ignoreRequesterPresenceField } from './descriptions';

const properties: INodeProperties[] = [
	chatIdField,
	{
		displayName: 'Agent ID',
		name: 'userId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. smith@example.com',
		description: "The agent's e-mail or the bot's ID",
	},
	ignoreRequesterPresenceField,
	{
		displayName: 'Only agents and bots can be removed; the customer always stays in the chat',
		name: 'removeUserNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['removeUser'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = chatIdOf(this, itemIndex);
	const userId = requiredText(this, 'userId', itemIndex, 'Agent ID');
	await liveChatApiRequest(
		this,
		'agent',
		'remove_user_from_chat',
		{
			chat_id: chatId,
			user_id: userId,
			user_type: 'agent',
			ignore_requester_presence: ignoreRequesterPresence(this, itemIndex),
		},
		itemIndex,
	);
	return { chat_id: chatId, user_id: userId, user_type: 'agent', removed: true };
}
