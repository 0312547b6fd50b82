import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { getLiveChatAccount, liveChatApiRequest } from '../../transport';
import { requiredText } from '../parameters';
import { propertyNameField, publicAccessField } from './descriptions';

const properties: INodeProperties[] = [
	propertyNameField,
	publicAccessField,
	{
		displayName:
			'Publishing cannot be undone: a published property can no longer be unpublished or unregistered',
		name: 'publishNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['property'], operation: ['publish'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const name = requiredText(this, 'name', itemIndex, 'Name');
	const accessType = this.getNodeParameter('accessType', itemIndex, []) as string[];
	const { clientId } = await getLiveChatAccount.call(this);
	const request = { name, ...(clientId && { owner_client_id: clientId }), access_type: accessType };
	await liveChatApiRequest(this, 'configuration', 'publish_property', request, itemIndex);
	return request;
}
