import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { chatListProperties, groupIdsField } from '../descriptions';
import { collectionOf, groupIds } from '../parameters';
import { readChatList } from './readChats';
import { simplifyChatSummary } from './simplifyChat';

const properties = chatListProperties({
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [
		{ ...groupIdsField, description: `Only chats of these groups. ${groupIdsField.description}` },
		{
			displayName: 'Properties',
			name: 'properties',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			description: 'Only chats whose chat properties match',
			options: [
				{
					displayName: 'Property',
					name: 'property',
					values: [
						{
							displayName: 'Namespace',
							name: 'namespace',
							type: 'string',
							default: '',
							placeholder: 'e.g. routing',
						},
						{
							displayName: 'Name',
							name: 'name',
							type: 'string',
							default: '',
							placeholder: 'e.g. pinned',
						},
						{
							displayName: 'Condition',
							name: 'condition',
							type: 'options',
							options: [
								{ name: 'Does Not Exist', value: 'notExists' },
								{ name: 'Exists', value: 'exists' },
								{ name: 'Is None Of', value: 'exclude_values' },
								{ name: 'Is One Of', value: 'values' },
							],
							default: 'values',
						},
						{
							displayName: 'Values',
							name: 'values',
							type: 'string',
							default: '',
							description: 'Comma-separated values; true, false and numbers are sent as such',
							displayOptions: { show: { condition: ['values', 'exclude_values'] } },
						},
					],
				},
			],
		},
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
	],
});

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['getMany'] } },
	properties,
);

function propertyValue(text: string): unknown {
	if (text === 'true' || text === 'false') return text === 'true';
	return text !== '' && !Number.isNaN(Number(text)) ? Number(text) : text;
}

interface PropertyFilter {
	namespace: string;
	name: string;
	condition: 'exists' | 'notExists' | 'values' | 'exclude_values';
	values?: string;
}

/** `filters.properties.<namespace>.<name>.{exists|values|exclude_values}` */
function propertiesFilter(filters: PropertyFilter[]): IDataObject {
	const result: Record<string, IDataObject> = {};
	for (const { namespace, name, condition, values } of filters) {
		if (!namespace || !name) continue;
		(result[namespace] ??= {})[name] =
			condition === 'exists' || condition === 'notExists'
				? { exists: condition === 'exists' }
				: {
						[condition]: String(values ?? '')
							.split(',')
							.map((value) => propertyValue(value.trim())),
					};
	}
	return result;
}

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const filters = collectionOf(this, 'filters', itemIndex);
	const listFilters: IDataObject = {};
	if (filters.status === 'active' || filters.status === 'inactive')
		listFilters.active = filters.status === 'active';
	const groups = groupIds(filters.groupIds);
	if (groups.length) listFilters.group_ids = groups;
	const properties = propertiesFilter(
		((filters.properties as IDataObject | undefined)?.property as PropertyFilter[]) ?? [],
	);
	if (Object.keys(properties).length) listFilters.properties = properties;

	return await readChatList(this, 'list_chats', listFilters, simplifyChatSummary, itemIndex);
}
