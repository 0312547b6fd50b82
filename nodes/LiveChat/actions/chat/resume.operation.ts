import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chatIdField } from '../descriptions';
import { chatIdOf, chatOpening } from '../parameters';
import { chatOpeningFields } from './descriptions';

const properties: INodeProperties[] = [
	{ ...chatIdField, description: 'ID of an ended (archived) LiveChat chat to open again' },
	...chatOpeningFields,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['resume'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = chatIdOf(this, itemIndex);
	const { chat, active, continuous } = chatOpening(this, itemIndex);
	const resumed = await liveChatApiRequest(
		this,
		'agent',
		'resume_chat',
		// Without `continuous` LiveChat keeps the chat's mode; it is sent only to switch it on.
		{ chat: { ...chat, id: chatId }, active, ...(continuous && { continuous }) },
		itemIndex,
	);
	return {
		chat_id: chatId,
		thread_id: resumed.thread_id,
		event_ids: resumed.event_ids ?? [],
		active,
	};
}
