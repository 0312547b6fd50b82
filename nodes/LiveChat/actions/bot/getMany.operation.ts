import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { limitField, returnAllField } from '../descriptions';
import { chosenLimit } from '../parameters';

const properties: INodeProperties[] = [
	{
		displayName: 'All Bots of the License',
		name: 'all',
		type: 'boolean',
		default: false,
		description:
			"Whether to list every bot of the license (needs agents-bot--all:ro) instead of only the credential's app's bots",
	},
	returnAllField,
	limitField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['bot'], operation: ['getMany'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const all = this.getNodeParameter('all', itemIndex, false) === true;
	const bots = await liveChatApiRequest(
		this,
		'configuration',
		'list_bots',
		{ all, fields: ['groups', 'job_title', 'max_chats_count'] },
		itemIndex,
	);
	const limit = chosenLimit(this, itemIndex);
	return bots.slice(0, limit ?? bots.length).map((bot) => ({ ...bot }));
}
