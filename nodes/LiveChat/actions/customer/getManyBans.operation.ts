import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { limitField, returnAllField } from '../descriptions';
import { chosenLimit } from '../parameters';

const properties: INodeProperties[] = [returnAllField, limitField];

export const description = updateDisplayOptions(
	{ show: { resource: ['customer'], operation: ['getManyBans'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const bans = await liveChatApiRequest(this, 'configuration', 'list_customer_bans', {}, itemIndex);
	return bans.slice(0, chosenLimit(this, itemIndex) ?? bans.length).map((ban) => ({ ...ban }));
}
