import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { limitField, returnAllField } from '../descriptions';
import { chosenLimit } from '../parameters';
import { GROUP_FIELDS } from './descriptions';

const properties: INodeProperties[] = [returnAllField, limitField];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['getMany'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const groups = await liveChatApiRequest(
		this,
		'configuration',
		'list_groups',
		{ fields: GROUP_FIELDS },
		itemIndex,
	);
	const limit = chosenLimit(this, itemIndex);
	return groups.slice(0, limit ?? groups.length).map((group) => ({ ...group }));
}
