import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiPages } from '../../transport';
import { filtersField, groupsFilter, limitField, returnAllField } from '../descriptions';
import { chosenLimit, collectionOf, groupIds } from '../parameters';

const properties: INodeProperties[] = [
	returnAllField,
	limitField,
	filtersField([groupsFilter('greetings')]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['greeting'], operation: ['getMany'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const filters = collectionOf(this, 'filters', itemIndex);
	const groups = filters.groupIds === undefined ? [] : groupIds(filters.groupIds);
	const greetings = await liveChatApiPages(
		this,
		'list_greetings',
		groups.length ? { groups } : {},
		chosenLimit(this, itemIndex),
		itemIndex,
	);
	return greetings.map((greeting) => ({ ...greeting }));
}
