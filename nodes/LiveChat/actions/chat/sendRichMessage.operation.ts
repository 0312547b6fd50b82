import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chatIdField, optionalText } from '../common';
import { chatIdOf } from './content';

const MAX_BUTTONS = 13;

const properties: INodeProperties[] = [
	chatIdField,
	{
		displayName: 'Template',
		name: 'template',
		type: 'options',
		options: [
			{
				name: 'Card',
				value: 'cards',
				description: 'A card with a title, subtitle, image and buttons',
			},
			{
				name: 'Quick Replies',
				value: 'quick_replies',
				description: 'A question with answers the customer taps; the answer is sent as a message',
			},
		],
		default: 'quick_replies',
	},
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		placeholder: 'e.g. Which order is it about?',
	},
	{
		displayName: 'Subtitle',
		name: 'subtitle',
		type: 'string',
		default: '',
		displayOptions: { show: { template: ['cards'] } },
	},
	{
		displayName: 'Image URL',
		name: 'imageUrl',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/product.png',
		displayOptions: { show: { template: ['cards'] } },
	},
	{
		displayName: 'Buttons',
		name: 'buttons',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Button',
		default: {},
		description: `At most ${MAX_BUTTONS}. A tap comes back to the LiveChat Trigger as Incoming Rich Message Postback.`,
		options: [
			{
				displayName: 'Button',
				name: 'button',
				values: [
					{
						displayName: 'Text',
						name: 'text',
						type: 'string',
						default: '',
						description: 'The label; for a reply button also the message sent',
					},
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						options: [
							{ name: 'Open URL', value: 'url' },
							{ name: 'Phone Call', value: 'phone' },
							{ name: 'Send Reply', value: 'message' },
						],
						default: 'message',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description: 'The URL or phone number; for a reply, empty sends the text',
					},
					{
						displayName: 'Postback ID',
						name: 'postbackId',
						type: 'string',
						default: '',
						description: 'ID the postback webhook carries; empty derives one from the text',
					},
				],
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['sendRichMessage'] } },
	properties,
);

interface ButtonEntry {
	text?: string;
	type?: string;
	value?: string;
	postbackId?: string;
}

const postbackIdOf = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_|_$/g, '') || 'reply';

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = chatIdOf(this, itemIndex);
	const template = this.getNodeParameter('template', itemIndex, 'quick_replies') as string;
	const entries = ((this.getNodeParameter('buttons', itemIndex, {}) as IDataObject).button ??
		[]) as ButtonEntry[];
	if (entries.length > MAX_BUTTONS) {
		throw new NodeOperationError(this.getNode(), `LiveChat takes at most ${MAX_BUTTONS} buttons`, {
			itemIndex,
			description: `Remove ${entries.length - MAX_BUTTONS} of the ${entries.length} buttons.`,
		});
	}
	const buttons = entries.map(({ text = '', type = 'message', value = '', postbackId = '' }) => {
		if (!text.trim()) {
			throw new NodeOperationError(this.getNode(), 'A button has no text', {
				itemIndex,
				description: 'Give every button its text.',
			});
		}
		const kind = template === 'quick_replies' ? 'message' : type;
		return {
			text: text.trim(),
			type: kind,
			value: value.trim() || text.trim(),
			postback_id: postbackId.trim() || postbackIdOf(text),
			user_ids: [],
		};
	});
	if (template === 'quick_replies' && !buttons.length) {
		throw new NodeOperationError(this.getNode(), 'Quick replies need at least one button', {
			itemIndex,
			description: 'Add the answers the customer can tap as buttons.',
		});
	}
	const title = optionalText(this, 'title', itemIndex);
	const element: IDataObject = { ...(title && { title }), buttons };
	if (template === 'cards') {
		const subtitle = optionalText(this, 'subtitle', itemIndex);
		const imageUrl = optionalText(this, 'imageUrl', itemIndex);
		if (subtitle) element.subtitle = subtitle;
		if (imageUrl) element.image = { url: imageUrl };
	}
	const event = { type: 'rich_message', template_id: template, elements: [element] };
	const { event_id } = await liveChatApiRequest(
		this,
		'agent',
		'send_event',
		{ chat_id: chatId, event },
		itemIndex,
	);
	return { chat_id: chatId, event_id, template_id: template, buttons };
}
