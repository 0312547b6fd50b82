import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { botIdField, chosenBotId } from './fields';

const properties: INodeProperties[] = [botIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['bot'], operation: ['delete'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = chosenBotId(this, itemIndex);
	await liveChatApiRequest(this, 'configuration', 'delete_bot', { id }, itemIndex);
	return { id, deleted: true };
}
