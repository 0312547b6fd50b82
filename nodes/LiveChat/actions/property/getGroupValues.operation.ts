import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { groupIdsField } from '../descriptions';
import { groupIds } from '../parameters';
import { namespaceFilterFields } from './descriptions';
import { valueFilters, valueItems } from './values';

const properties: INodeProperties[] = [
	{
		...groupIdsField,
		description: `Groups to read; none for every group. ${groupIdsField.description}.`,
	},
	...namespaceFilterFields,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['property'], operation: ['getGroupValues'] } },
	properties,
);

/** One item per group and value, with the group's ID. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const groups = await liveChatApiRequest(
		this,
		'configuration',
		'list_groups_properties',
		{
			group_ids: groupIds(this.getNodeParameter('groupIds', itemIndex, [])),
			...valueFilters(this, itemIndex),
		},
		itemIndex,
	);
	return groups.flatMap((group) => valueItems(group.properties, { group_id: group.id }));
}
