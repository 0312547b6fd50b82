import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { customerIdField, requiredText } from '../common';

const properties: INodeProperties[] = [customerIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['customer'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = requiredText(this, 'customerId', itemIndex, 'Customer ID');
	return {
		...(await liveChatApiRequest(this, 'agent', 'get_customer', { id }, itemIndex)),
	};
}
