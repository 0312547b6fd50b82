import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chosenGroupId } from '../parameters';
import { requiredGroupIdField } from './descriptions';

const properties: INodeProperties[] = [requiredGroupIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['delete'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = chosenGroupId(this, itemIndex);
	await liveChatApiRequest(this, 'configuration', 'delete_group', { id }, itemIndex);
	return { id, deleted: true };
}
