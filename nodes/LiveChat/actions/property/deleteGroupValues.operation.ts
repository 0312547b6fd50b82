import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { propertiesField, propertyNameFields, groupIdField } from '../descriptions';
import { chosenGroupId, propertyNamesOf } from '../parameters';

const properties: INodeProperties[] = [
	{
		...groupIdField,
		required: true,
		description: `Group whose values to set. ${groupIdField.description}.`,
	},
	propertiesField(propertyNameFields),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['property'], operation: ['deleteGroupValues'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const groupId = chosenGroupId(this, itemIndex);
	const names = propertyNamesOf(this, itemIndex);
	await liveChatApiRequest(
		this,
		'configuration',
		'delete_group_properties',
		{ id: groupId, properties: names },
		itemIndex,
	);
	return { group_id: groupId, deleted: names };
}
