import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { tagLocator } from '../descriptions';
import { requiredText } from '../parameters';

const properties: INodeProperties[] = [tagLocator];

export const description = updateDisplayOptions(
	{ show: { resource: ['tag'], operation: ['delete'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const name = requiredText(this, 'tag', itemIndex, 'Tag');
	await liveChatApiRequest(this, 'configuration', 'delete_tag', { name }, itemIndex);
	return { name, deleted: true };
}
