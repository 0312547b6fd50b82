import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chatIdField } from '../descriptions';
import { chatIdOf } from '../parameters';

const properties: INodeProperties[] = [chatIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['follow'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = chatIdOf(this, itemIndex);
	await liveChatApiRequest(this, 'agent', 'follow_chat', { id: chatId }, itemIndex);
	return { chat_id: chatId, following: true };
}
