import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { entriesOf, optionalText, trimmedText } from '../parameters';

/** LiveChat's limits: at most 10 elements (cards) per rich message, 13 buttons per element. */
export const MAX_ELEMENTS = 10;
export const MAX_BUTTONS = 13;

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
		const label = trimmedText(entry.text);
		const type = entry.type ?? 'message';
		const value = trimmedText(entry.value);
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
			postback_id: trimmedText(entry.postbackId) || postbackIdOf(label),
			// LiveChat fills it with the users who tapped the button.
			user_ids: [],
		};
	});
}

/** A rich message's elements from the node's cards or quick replies, checked as LiveChat would. */
export function richMessageElements(
	context: IExecuteFunctions,
	template: string,
	itemIndex: number,
): IDataObject[] {
	const elements: IDataObject[] = [];
	if (template === 'cards') {
		const cards = entriesOf<CardEntry>(context, 'cards', 'card', itemIndex);
		if (!cards.length || cards.length > MAX_ELEMENTS) {
			throw new NodeOperationError(
				context.getNode(),
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
			const title = trimmedText(card.title);
			const subtitle = trimmedText(card.subtitle);
			const imageUrl = trimmedText(card.imageUrl);
			const buttons = buttonsOf(
				context,
				itemIndex,
				card.buttons?.button ?? [],
				`on card ${index + 1}`,
			);
			if (!title && !subtitle && !imageUrl && !buttons.length) {
				throw new NodeOperationError(context.getNode(), `Card ${index + 1} is empty`, {
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
		const entries = entriesOf<ButtonEntry>(context, 'buttons', 'button', itemIndex);
		const buttons = buttonsOf(
			context,
			itemIndex,
			entries.map((entry) => ({ ...entry, type: 'message', value: '' })),
			'in the quick replies',
		);
		if (!buttons.length) {
			throw new NodeOperationError(context.getNode(), 'Quick replies need at least one reply', {
				itemIndex,
				description: 'Add the answers the customer can tap as replies.',
			});
		}
		const title = optionalText(context, 'title', itemIndex);
		elements.push({ ...(title && { title }), buttons });
	}
	return elements;
}
