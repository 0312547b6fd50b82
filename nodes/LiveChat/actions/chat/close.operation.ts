import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chatIdField } from '../descriptions';
import { chatIdOf, ignoreRequesterPresence } from '../parameters';
import { ignoreRequesterPresenceField } from './descriptions';

const properties: INodeProperties[] = [
	chatIdField,
	ignoreRequesterPresenceField,
	{
		displayName:
			"Ends the chat's open thread; it moves to the archives. Chat → Resume opens a new thread in it.",
		name: 'closeNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['close'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = chatIdOf(this, itemIndex);
	await liveChatApiRequest(
		this,
		'agent',
		'deactivate_chat',
		{ id: chatId, ignore_requester_presence: ignoreRequesterPresence(this, itemIndex) },
		itemIndex,
	);
	return { chat_id: chatId, closed: true };
}
