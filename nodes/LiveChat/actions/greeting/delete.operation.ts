import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { greetingIdField } from './descriptions';
import { greetingIdOf } from './request';

const properties: INodeProperties[] = [greetingIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['greeting'], operation: ['delete'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = greetingIdOf(this, itemIndex);
	await liveChatApiRequest(this, 'configuration', 'delete_greeting', { id }, itemIndex);
	return { id, deleted: true };
}
