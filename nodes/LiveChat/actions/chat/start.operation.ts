import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { customerIdField } from '../descriptions';
import { chatOpening, customerIdOf } from '../parameters';
import { chatOpeningFields } from './descriptions';

const properties: INodeProperties[] = [
	{
		...customerIdField,
		description:
			'ID of an existing LiveChat customer (from a LiveChat Trigger item, Customer → Get or an archived chat); LiveChat API v3.6 cannot create customers',
	},
	...chatOpeningFields,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['start'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const customerId = customerIdOf(this, itemIndex);
	const { chat, active, continuous } = chatOpening(this, itemIndex);
	const started = await liveChatApiRequest(
		this,
		'agent',
		'start_chat',
		{ chat: { ...chat, users: [{ id: customerId, type: 'customer' }] }, active, continuous },
		itemIndex,
	);
	return {
		chat_id: started.chat_id,
		thread_id: started.thread_id,
		event_ids: started.event_ids ?? [],
		customer_id: customerId,
		active,
	};
}
