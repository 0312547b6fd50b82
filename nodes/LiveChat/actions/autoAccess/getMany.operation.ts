import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { limitField, returnAllField } from '../descriptions';
import { chosenLimit } from '../parameters';

const properties: INodeProperties[] = [returnAllField, limitField];

export const description = updateDisplayOptions(
	{ show: { resource: ['autoAccess'], operation: ['getMany'] } },
	properties,
);

/** In LiveChat's order, the order it checks them in; each item has its `position` from 1. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const rules = await liveChatApiRequest(
		this,
		'configuration',
		'list_auto_accesses',
		{},
		itemIndex,
	);
	const limit = chosenLimit(this, itemIndex);
	return rules
		.slice(0, limit ?? rules.length)
		.map((rule, index) => ({ ...rule, position: index + 1 }));
}
