import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { chatIdField, simplifyField, threadIdField } from '../descriptions';
import { chatIdOf, optionalText } from '../parameters';
import { fetchChat } from './readChats';
import { simplifyChat } from './simplifyChat';

const properties: INodeProperties[] = [chatIdField, threadIdField, simplifyField];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = chatIdOf(this, itemIndex);
	const threadId = optionalText(this, 'threadId', itemIndex);
	const chat = await fetchChat(this, chatId, threadId, itemIndex);
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifyChat(chat) : { ...chat };
}
