import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chatIdField } from '../descriptions';
import { chatIdOf } from '../parameters';
import { MAX_BUTTONS, MAX_ELEMENTS, richMessageElements } from './richMessage';

const postbackIdField: INodeProperties = {
	displayName: 'Postback ID',
	name: 'postbackId',
	type: 'string',
	default: '',
	description: 'ID the postback webhook carries when tapped; empty derives one from the text',
};

const cardButtonsField: INodeProperties = {
	displayName: 'Buttons',
	name: 'buttons',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Button',
	default: {},
	description: `At most ${MAX_BUTTONS} per card`,
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
					description: 'The label; for a Send Reply button also the message sent',
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
					description:
						'The URL to open or the phone number to call; for Send Reply, empty sends the text',
				},
				postbackIdField,
			],
		},
	],
};

const properties: INodeProperties[] = [
	chatIdField,
	{
		displayName: 'Template',
		name: 'template',
		type: 'options',
		options: [
			{
				name: 'Cards',
				value: 'cards',
				description:
					'One card, or a carousel of up to 10, each with a title, subtitle, image and buttons',
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
		description: 'The question shown above the replies',
		displayOptions: { show: { template: ['quick_replies'] } },
	},
	{
		displayName: 'Replies',
		name: 'buttons',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Reply',
		default: {},
		description: `At most ${MAX_BUTTONS}. A tap sends the text as the customer's message and comes back to the LiveChat Trigger as Incoming Rich Message Postback.`,
		displayOptions: { show: { template: ['quick_replies'] } },
		options: [
			{
				displayName: 'Reply',
				name: 'button',
				values: [
					{
						displayName: 'Text',
						name: 'text',
						type: 'string',
						default: '',
						description: 'The answer the customer taps and sends',
					},
					postbackIdField,
				],
			},
		],
	},
	{
		displayName: 'Cards',
		name: 'cards',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Card',
		default: {},
		description: `At most ${MAX_ELEMENTS}; more than one is shown as a carousel`,
		displayOptions: { show: { template: ['cards'] } },
		options: [
			{
				displayName: 'Card',
				name: 'card',
				values: [
					{
						displayName: 'Title',
						name: 'title',
						type: 'string',
						default: '',
						placeholder: 'e.g. Blue running shoes',
					},
					{
						displayName: 'Subtitle',
						name: 'subtitle',
						type: 'string',
						default: '',
						placeholder: 'e.g. $59, in stock',
					},
					{
						displayName: 'Image URL',
						name: 'imageUrl',
						type: 'string',
						default: '',
						placeholder: 'e.g. https://example.com/shoes.png',
					},
					cardButtonsField,
				],
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['sendRichMessage'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = chatIdOf(this, itemIndex);
	const template = this.getNodeParameter('template', itemIndex, 'quick_replies') as string;
	const elements = richMessageElements(this, template, itemIndex);
	const event = { type: 'rich_message', template_id: template, elements };
	const { event_id } = await liveChatApiRequest(
		this,
		'agent',
		'send_event',
		{ chat_id: chatId, event },
		itemIndex,
	);
	return { chat_id: chatId, event_id, template_id: template, elements };
}
