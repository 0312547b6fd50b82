import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chatIdField } from '../descriptions';
import { chatIdOf, optionalText } from '../parameters';
import { visibilityField } from './descriptions';

const properties: INodeProperties[] = [
	chatIdField,
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		placeholder: 'e.g. Looking up your order…',
	},
	{
		displayName: 'Description',
		name: 'thinkingDescription',
		type: 'string',
		default: '',
	},
	visibilityField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['sendThinkingIndicator'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = chatIdOf(this, itemIndex);
	const title = optionalText(this, 'title', itemIndex);
	const description = optionalText(this, 'thinkingDescription', itemIndex);
	const body: IDataObject = {
		chat_id: chatId,
		visibility: this.getNodeParameter('visibility', itemIndex, 'all'),
		...(title && { title }),
		...(description && { description }),
	};
	await liveChatApiRequest(this, 'agent', 'send_thinking_indicator', body, itemIndex);
	return body;
}
