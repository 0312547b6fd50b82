import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { customerIdField } from '../descriptions';
import { customerIdOf } from '../parameters';

const properties: INodeProperties[] = [
	customerIdField,
	{
		displayName: 'Days',
		name: 'days',
		type: 'number',
		typeOptions: { minValue: 1 },
		required: true,
		default: 1,
		description: 'How many days the customer cannot start chats',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['customer'], operation: ['ban'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = customerIdOf(this, itemIndex);
	const days = Number(this.getNodeParameter('days', itemIndex, 1));
	if (!Number.isInteger(days) || days < 1) {
		throw new NodeOperationError(this.getNode(), `Days must be a whole number of 1 or more`, {
			itemIndex,
		});
	}
	await liveChatApiRequest(this, 'agent', 'ban_customer', { id, ban: { days } }, itemIndex);
	return { id, banned: true, days };
}
