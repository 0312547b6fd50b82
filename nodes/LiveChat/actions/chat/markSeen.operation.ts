import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chatIdField } from '../descriptions';
import { chatIdOf } from '../parameters';

const properties: INodeProperties[] = [
	chatIdField,
	{
		displayName: 'Seen Up To',
		name: 'seenUpTo',
		type: 'dateTime',
		default: '',
		description:
			"Events up to this time are marked as seen; empty for now. Updates the customer's read receipt.",
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['markSeen'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = chatIdOf(this, itemIndex);
	const given = this.getNodeParameter('seenUpTo', itemIndex, '');
	const date = given ? new Date(String(given)) : new Date();
	if (Number.isNaN(date.getTime())) {
		throw new NodeOperationError(this.getNode(), `"${String(given)}" is not a date`, {
			itemIndex,
			description: 'Give a date such as 2026-11-23T10:00:00Z, or leave Seen Up To empty for now.',
		});
	}
	// LiveChat's RFC 3339 with microseconds.
	const seenUpTo = date.toISOString().replace('Z', '000Z');
	await liveChatApiRequest(
		this,
		'agent',
		'mark_events_as_seen',
		{ chat_id: chatId, seen_up_to: seenUpTo },
		itemIndex,
	);
	return { chat_id: chatId, seen_up_to: seenUpTo };
}
