import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { groupIdsField } from '../descriptions';
import { groupIds, requiredText } from '../parameters';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. docs_feedback',
		description: 'Name of the new tag; LiveChat refuses a name that differs only in case',
	},
	{
		...groupIdsField,
		description: `Groups whose chats can use the tag; none means the General group. ${groupIdsField.description}`,
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['tag'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const name = requiredText(this, 'name', itemIndex, 'Name');
	const groups = groupIds(this.getNodeParameter('groupIds', itemIndex, []));
	await liveChatApiRequest(
		this,
		'configuration',
		'create_tag',
		{ name, ...(groups.length && { group_ids: groups }) },
		itemIndex,
	);
	return { name, group_ids: groups.length ? groups : [0] };
}
