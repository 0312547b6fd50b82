import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { groupIdsField, tagLocator } from '../descriptions';
import { groupIds, requiredText } from '../parameters';

const properties: INodeProperties[] = [
	tagLocator,
	{
		...groupIdsField,
		required: true,
		description: `Groups whose chats can use the tag, replacing the current ones. ${groupIdsField.description}`,
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['tag'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const name = requiredText(this, 'tag', itemIndex, 'Tag');
	const groups = groupIds(this.getNodeParameter('groupIds', itemIndex, []));
	await liveChatApiRequest(
		this,
		'configuration',
		'update_tag',
		{ name, group_ids: groups },
		itemIndex,
	);
	return { name, group_ids: groups };
}
