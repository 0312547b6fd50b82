import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { botIdOf, collectionOf } from '../parameters';
import { botFieldOptions, botIdField } from './descriptions';
import { botRequestFields } from './request';

const properties: INodeProperties[] = [
	botIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: botFieldOptions,
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['bot'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = botIdOf(this, itemIndex);
	const fields = botRequestFields(collectionOf(this, 'updateFields', itemIndex));
	if (!Object.keys(fields).length) {
		throw new NodeOperationError(this.getNode(), 'Nothing to update', {
			itemIndex,
			description: 'Add at least one field under Update Fields.',
		});
	}
	await liveChatApiRequest(this, 'configuration', 'update_bot', { id, ...fields }, itemIndex);
	return { id, ...fields };
}
