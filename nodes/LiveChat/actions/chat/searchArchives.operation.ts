import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { textList } from '../../shared/lists';
import { liveChatTime } from '../../shared/time';
import { agentLocator, chatListProperties, groupIdsField } from '../descriptions';
import { collectionOf, groupIds } from '../parameters';
import { readChatList } from './readChats';
import { simplifyChat } from './simplifyChat';

const properties = chatListProperties({
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [
		{ ...agentLocator, description: 'Only chats this agent took part in' },
		{
			displayName: 'Customer Email',
			name: 'customerEmail',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			description: 'Only chats of the customer with this email',
		},
		{
			displayName: 'Customer ID',
			name: 'customerId',
			type: 'string',
			default: '',
			description: 'Only chats of this customer',
		},
		{
			displayName: 'From',
			name: 'from',
			type: 'dateTime',
			default: '',
			description: 'Only threads started at or after this time',
		},
		{ ...groupIdsField, description: `Only chats of these groups. ${groupIdsField.description}` },
		{
			displayName: 'Tag Match',
			name: 'tagMatch',
			type: 'options',
			options: [
				{ name: 'Any of the Tags', value: 'any' },
				{ name: 'Every Tag', value: 'every' },
			],
			default: 'any',
			description: 'Whether a chat needs one of the chosen tags or all of them',
		},
		{
			displayName: 'Tag Names or IDs',
			name: 'tags',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getTags' },
			default: [],
			description:
				'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		},
		{
			displayName: 'Text',
			name: 'query',
			type: 'string',
			default: '',
			description: 'Only chats whose messages contain this text',
		},
		{
			displayName: 'To',
			name: 'to',
			type: 'dateTime',
			default: '',
			description: 'Only threads started at or before this time',
		},
	],
});

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['searchArchives'] } },
	properties,
);

/** LiveChat takes RFC 3339 times with microseconds. */
function filterTime(context: IExecuteFunctions, value: unknown, label: string, itemIndex: number) {
	const date = new Date(String(value));
	if (Number.isNaN(date.getTime())) {
		throw new NodeOperationError(context.getNode(), `${label} is not a date: ${String(value)}`, {
			itemIndex,
			description: 'Use an ISO 8601 date such as 2026-11-01T09:00:00Z.',
		});
	}
	return liveChatTime(date);
}

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const filters = collectionOf(this, 'filters', itemIndex);
	const archiveFilters: IDataObject = {};
	if (filters.customerEmail) archiveFilters.customer_email = String(filters.customerEmail).trim();
	if (filters.customerId) archiveFilters.customer_id = String(filters.customerId).trim();
	if (filters.query) archiveFilters.query = String(filters.query);
	if (filters.from) archiveFilters.from = filterTime(this, filters.from, 'From', itemIndex);
	if (filters.to) archiveFilters.to = filterTime(this, filters.to, 'To', itemIndex);
	const groups = groupIds(filters.groupIds);
	if (groups.length) archiveFilters.group_ids = groups;
	const tags = textList(filters.tags);
	if (tags.length) {
		archiveFilters.tags = { values: tags, require_every_value: filters.tagMatch === 'every' };
	}
	const agent = filters.agent
		? String(this.getNodeParameter('filters.agent', itemIndex, '', { extractValue: true })).trim()
		: '';
	if (agent) archiveFilters.agents = { values: [agent] };

	return await readChatList(this, 'list_archives', archiveFilters, simplifyChat, itemIndex);
}
