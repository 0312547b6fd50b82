import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { botIdOf } from '../parameters';
import { botIdField } from './descriptions';

const properties: INodeProperties[] = [botIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['bot'], operation: ['delete'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = botIdOf(this, itemIndex);
	await liveChatApiRequest(this, 'configuration', 'delete_bot', { id }, itemIndex);
	return { id, deleted: true };
}
