import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { collectionOf } from '../parameters';
import { greetingFieldOptions, greetingIdField, messageField, rulesField } from './descriptions';
import { greetingIdOf, greetingRequestFields } from './request';

const properties: INodeProperties[] = [
	greetingIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Active',
				name: 'active',
				type: 'boolean',
				default: true,
				description: 'Whether the chat widget shows the greeting',
			},
			...greetingFieldOptions,
			messageField,
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			{
				...rulesField,
				description: "When the chat widget shows the greeting; these replace the greeting's rules",
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['greeting'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = greetingIdOf(this, itemIndex);
	const fields = greetingRequestFields(
		this,
		collectionOf(this, 'updateFields', itemIndex),
		itemIndex,
	);
	if (!Object.keys(fields).length) {
		throw new NodeOperationError(this.getNode(), 'Nothing to update', {
			itemIndex,
			description: 'Add a field under Update Fields, e.g. Active to turn the greeting on or off.',
		});
	}
	const request = { id, ...fields };
	await liveChatApiRequest(this, 'configuration', 'update_greeting', request, itemIndex);
	return request;
}
