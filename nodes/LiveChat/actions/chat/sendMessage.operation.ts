import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chatIdField, requiredText } from '../common';

const properties: INodeProperties[] = [
	chatIdField,
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		description: 'The message (at most 16 KB)',
	},
	{
		displayName: 'Visible To',
		name: 'visibility',
		type: 'options',
		options: [
			{
				name: 'Agents Only (Internal Note)',
				value: 'agents',
				description: 'A note the customer does not see',
			},
			{
				name: 'Everyone in the Chat',
				value: 'all',
				description: 'A message to the customer',
			},
		],
		default: 'all',
	},
	{
		displayName:
			'LiveChat sends the message as the user of the credential, who must be in the chat (an agent who joined it), and the chat must still be active',
		name: 'sendNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['sendMessage'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = requiredText(this, 'chatId', itemIndex, 'Chat ID');
	const text = requiredText(this, 'text', itemIndex, 'Text');
	const visibility = this.getNodeParameter('visibility', itemIndex, 'all') as string;
	const { event_id } = await liveChatApiRequest(
		this,
		'agent',
		'send_event',
		{ chat_id: chatId, event: { type: 'message', text, visibility } },
		itemIndex,
	);
	return { chat_id: chatId, event_id, visibility };
}
