import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { trimmedText } from '../parameters';
import { ruleIdField } from './descriptions';

const properties: INodeProperties[] = [ruleIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['autoAccess'], operation: ['delete'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = trimmedText(this.getNodeParameter('ruleId', itemIndex, ''));
	await liveChatApiRequest(this, 'configuration', 'delete_auto_access', { id }, itemIndex);
	return { id, deleted: true };
}
