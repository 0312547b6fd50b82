import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chatIdField } from '../descriptions';
import { chatIdOf } from '../parameters';
import { visibilityField } from './descriptions';

const properties: INodeProperties[] = [
	chatIdField,
	{
		displayName: 'Is Typing',
		name: 'isTyping',
		type: 'boolean',
		default: true,
		description: 'Whether to show "typing…" (off hides it again)',
	},
	visibilityField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['sendTypingIndicator'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = chatIdOf(this, itemIndex);
	const isTyping = this.getNodeParameter('isTyping', itemIndex, true) === true;
	const visibility = this.getNodeParameter('visibility', itemIndex, 'all') as string;
	await liveChatApiRequest(
		this,
		'agent',
		'send_typing_indicator',
		{ chat_id: chatId, is_typing: isTyping, visibility },
		itemIndex,
	);
	return { chat_id: chatId, is_typing: isTyping, visibility };
}
