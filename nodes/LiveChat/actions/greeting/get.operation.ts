import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { greetingIdField } from './descriptions';
import { greetingIdOf } from './request';

const properties: INodeProperties[] = [greetingIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['greeting'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = greetingIdOf(this, itemIndex);
	return {
		...(await liveChatApiRequest(this, 'configuration', 'get_greeting', { id }, itemIndex)),
	};
}
