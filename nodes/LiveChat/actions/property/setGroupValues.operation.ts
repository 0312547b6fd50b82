import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import {
	propertiesField,
	propertyNameFields,
	propertyValueFields,
	groupIdField,
} from '../descriptions';
import { chosenGroupId, propertyValuesOf } from '../parameters';

const properties: INodeProperties[] = [
	{
		...groupIdField,
		required: true,
		description: `Group whose values to set. ${groupIdField.description}.`,
	},
	propertiesField([...propertyNameFields, ...propertyValueFields]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['property'], operation: ['setGroupValues'] } },
	properties,
);

/** Sets the values given; the group's other values stay. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const groupId = chosenGroupId(this, itemIndex);
	const values = propertyValuesOf(this, itemIndex);
	await liveChatApiRequest(
		this,
		'configuration',
		'update_group_properties',
		{ group_id: groupId, properties: values },
		itemIndex,
	);
	return { group_id: groupId, properties: values };
}
