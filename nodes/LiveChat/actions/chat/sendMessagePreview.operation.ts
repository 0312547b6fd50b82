import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chatIdField } from '../descriptions';
import { chatIdOf, requiredText } from '../parameters';

const properties: INodeProperties[] = [
	chatIdField,
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		description: 'The part of the answer written so far; the chat shows it until the real message',
	},
	{
		displayName:
			'LiveChat shows the preview but never saves it: send the final answer with Send Message. The user of the credential must be in the chat.',
		name: 'previewNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['sendMessagePreview'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = chatIdOf(this, itemIndex);
	const event = {
		type: 'message',
		text: requiredText(this, 'text', itemIndex, 'Text'),
		visibility: 'all',
	};
	await liveChatApiRequest(
		this,
		'agent',
		'send_event_preview',
		{ chat_id: chatId, event },
		itemIndex,
	);
	return { chat_id: chatId, preview: event.text };
}
