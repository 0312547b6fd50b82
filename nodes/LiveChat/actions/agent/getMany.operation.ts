import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { filtersField, groupsFilter, limitField, returnAllField } from '../descriptions';
import { chosenLimit, collectionOf, groupIds } from '../parameters';
import { AGENT_FIELDS } from './descriptions';

const properties: INodeProperties[] = [
	returnAllField,
	limitField,
	filtersField([
		groupsFilter('agents'),
		{
			displayName: 'Suspended',
			name: 'suspended',
			type: 'boolean',
			default: false,
			description: 'Whether to list only suspended agents (on) or only the others (off)',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['agent'], operation: ['getMany'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const filters = collectionOf(this, 'filters', itemIndex);
	const requested: IDataObject = {};
	if (filters.groupIds !== undefined) requested.group_ids = groupIds(filters.groupIds);
	if (filters.suspended !== undefined) requested.suspended = filters.suspended === true;
	const agents = await liveChatApiRequest(
		this,
		'configuration',
		'list_agents',
		{ fields: AGENT_FIELDS, ...(Object.keys(requested).length && { filters: requested }) },
		itemIndex,
	);
	const limit = chosenLimit(this, itemIndex);
	return agents.slice(0, limit ?? agents.length).map((agent) => ({ ...agent }));
}
