import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { customerIdField } from '../descriptions';
import { customerIdOf } from '../parameters';

const properties: INodeProperties[] = [customerIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['customer'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = customerIdOf(this, itemIndex);
	return {
		...(await liveChatApiRequest(this, 'agent', 'get_customer', { id }, itemIndex)),
	};
}
