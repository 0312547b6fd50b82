import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiPages } from '../../transport';
import { chatIdField, limitField, returnAllField } from '../descriptions';
import { chatIdOf, chosenLimit, collectionOf } from '../parameters';

const properties: INodeProperties[] = [
	chatIdField,
	returnAllField,
	limitField,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Minimum Events',
				name: 'minEventsCount',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 100 },
				default: 1,
				description: 'Read threads until this many events are found, even beyond the limit',
			},
			{
				displayName: 'Sort Order',
				name: 'sortOrder',
				type: 'options',
				options: [
					{ name: 'Newest First', value: 'desc' },
					{ name: 'Oldest First', value: 'asc' },
				],
				default: 'desc',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['getManyThreads'] } },
	properties,
);

/** Every thread of a chat, one item each with its events, from every page of list_threads. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = chatIdOf(this, itemIndex);
	const options = collectionOf(this, 'options', itemIndex);
	const threads = await liveChatApiPages(
		this,
		'list_threads',
		{
			chat_id: chatId,
			sort_order: options.sortOrder ?? 'desc',
			...(options.minEventsCount !== undefined && { min_events_count: options.minEventsCount }),
		},
		chosenLimit(this, itemIndex),
		itemIndex,
	);
	return threads.map((thread) => ({ chat_id: chatId, ...thread }));
}
