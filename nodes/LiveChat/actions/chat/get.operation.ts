import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import type { Chat } from '../../types/livechat';
import { chatIdField, optionalText, requiredText, simplifyField, threadIdField } from '../common';
import { simplifyChat } from './shape';

const properties: INodeProperties[] = [chatIdField, threadIdField, simplifyField];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = requiredText(this, 'chatId', itemIndex, 'Chat ID');
	const threadId = optionalText(this, 'threadId', itemIndex);
	const chat = (await liveChatApiRequest.call(
		this,
		'agent',
		'get_chat',
		{ chat_id: chatId, ...(threadId && { thread_id: threadId }) },
		itemIndex,
	)) as Chat;
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifyChat(chat) : { ...chat };
}
