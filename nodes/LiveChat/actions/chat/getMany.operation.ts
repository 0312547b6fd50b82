import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { chatListProperties, filtersField, groupsFilter } from '../descriptions';
import { collectionOf, groupIds, propertiesFilterOf } from '../parameters';
import { propertiesFilterField } from './descriptions';
import { readChatList } from './readChats';
import { simplifyChatSummary } from './simplifyChat';

const properties = chatListProperties(
	filtersField([
		groupsFilter('chats'),
		{ ...propertiesFilterField, description: 'Only chats whose chat properties match' },
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [
				{ name: 'Active', value: 'active' },
				{ name: 'Active or Ended', value: 'all' },
				{ name: 'Ended', value: 'inactive' },
			],
			default: 'all',
		},
	]),
);

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['getMany'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const filters = collectionOf(this, 'filters', itemIndex);
	const listFilters: IDataObject = {};
	if (filters.status === 'active' || filters.status === 'inactive')
		listFilters.active = filters.status === 'active';
	const groups = groupIds(filters.groupIds);
	if (groups.length) listFilters.group_ids = groups;
	const properties = propertiesFilterOf(filters);
	if (Object.keys(properties).length) listFilters.properties = properties;

	return await readChatList(this, 'list_chats', listFilters, simplifyChatSummary, itemIndex);
}
