import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { filtersField, groupsFilter, limitField, returnAllField } from '../descriptions';
import { chosenLimit, collectionOf, groupIds } from '../parameters';

const properties: INodeProperties[] = [
	returnAllField,
	limitField,
	filtersField([groupsFilter('tags')]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['tag'], operation: ['getMany'] } },
	properties,
);

/** list_tags is not paginated: one call, then the limit. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const filters = collectionOf(this, 'filters', itemIndex);
	const groups = groupIds(filters.groupIds);
	const tags = await liveChatApiRequest(
		this,
		'configuration',
		'list_tags',
		groups.length ? { filters: { group_ids: groups } } : {},
		itemIndex,
	);
	const limit = chosenLimit(this, itemIndex);
	return (limit === undefined ? tags : tags.slice(0, limit)).map((tag) => ({ ...tag }));
}
