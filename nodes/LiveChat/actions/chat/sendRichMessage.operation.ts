import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chatIdField, optionalText } from '../common';
import { chatIdOf } from './content';

/** LiveChat's limits: at most 10 elements (cards) per rich message, 13 buttons per element. */
const MAX_ELEMENTS = 10;
const MAX_BUTTONS = 13;

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

interface ButtonEntry {
	text?: string;
	type?: string;
	value?: string;
	postbackId?: string;
}

interface CardEntry {
	title?: string;
	subtitle?: string;
	imageUrl?: string;
	buttons?: { button?: ButtonEntry[] };
}

const postbackIdOf = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_|_$/g, '') || 'reply';

const text = (value: unknown) =>
	typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';

function buttonsOf(
	context: IExecuteFunctions,
	itemIndex: number,
	entries: ButtonEntry[],
	where: string,
) {
	if (entries.length > MAX_BUTTONS) {
		throw new NodeOperationError(
			context.getNode(),
			`LiveChat takes at most ${MAX_BUTTONS} buttons ${where}`,
			{
				itemIndex,
				description: `Remove ${entries.length - MAX_BUTTONS} of the ${entries.length} buttons ${where}.`,
			},
		);
	}
	return entries.map((entry) => {
		const label = text(entry.text);
		const type = entry.type ?? 'message';
		const value = text(entry.value);
		if (!label) {
			throw new NodeOperationError(context.getNode(), `A button ${where} has no text`, {
				itemIndex,
				description: 'Give every button its text.',
			});
		}
		if (type !== 'message' && !value) {
			throw new NodeOperationError(
				context.getNode(),
				`The button "${label}" ${where} needs a ${type === 'url' ? 'URL' : 'phone number'}`,
				{ itemIndex, description: 'Put it in the Value of the button.' },
			);
		}
		return {
			text: label,
			type,
			value: value || label,
			postback_id: text(entry.postbackId) || postbackIdOf(label),
			// LiveChat fills it with the users who tapped the button.
			user_ids: [],
		};
	});
}

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = chatIdOf(this, itemIndex);
	const template = this.getNodeParameter('template', itemIndex, 'quick_replies') as string;
	const elements: IDataObject[] = [];
	if (template === 'cards') {
		const cards = ((this.getNodeParameter('cards', itemIndex, {}) as IDataObject).card ??
			[]) as CardEntry[];
		if (!cards.length || cards.length > MAX_ELEMENTS) {
			throw new NodeOperationError(
				this.getNode(),
				cards.length ? `LiveChat takes at most ${MAX_ELEMENTS} cards` : 'No cards to send',
				{
					itemIndex,
					description: cards.length
						? `Remove ${cards.length - MAX_ELEMENTS} of the ${cards.length} cards, or send them in two messages.`
						: 'Add at least one card.',
				},
			);
		}
		cards.forEach((card, index) => {
			const title = text(card.title);
			const subtitle = text(card.subtitle);
			const imageUrl = text(card.imageUrl);
			const buttons = buttonsOf(
				this,
				itemIndex,
				card.buttons?.button ?? [],
				`on card ${index + 1}`,
			);
			if (!title && !subtitle && !imageUrl && !buttons.length) {
				throw new NodeOperationError(this.getNode(), `Card ${index + 1} is empty`, {
					itemIndex,
					description: 'Give it a title, a subtitle, an image or buttons, or remove it.',
				});
			}
			elements.push({
				...(title && { title }),
				...(subtitle && { subtitle }),
				...(imageUrl && { image: { url: imageUrl } }),
				buttons,
			});
		});
	} else {
		const entries = ((this.getNodeParameter('buttons', itemIndex, {}) as IDataObject).button ??
			[]) as ButtonEntry[];
		const buttons = buttonsOf(
			this,
			itemIndex,
			entries.map((entry) => ({ ...entry, type: 'message', value: '' })),
			'in the quick replies',
		);
		if (!buttons.length) {
			throw new NodeOperationError(this.getNode(), 'Quick replies need at least one reply', {
				itemIndex,
				description: 'Add the answers the customer can tap as replies.',
			});
		}
		const title = optionalText(this, 'title', itemIndex);
		elements.push({ ...(title && { title }), buttons });
	}
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
