import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { chatIdField, optionalText, requiredText, simplifyField, threadIdField } from '../common';
import { fetchChat } from './readChats';
import { simplifyChat } from './simplifyChat';

const properties: INodeProperties[] = [chatIdField, threadIdField, simplifyField];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = requiredText(this, 'chatId', itemIndex, 'Chat ID');
	const threadId = optionalText(this, 'threadId', itemIndex);
	const chat = await fetchChat(this, chatId, threadId, itemIndex);
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifyChat(chat) : { ...chat };
}
