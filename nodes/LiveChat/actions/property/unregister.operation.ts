import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { getLiveChatAccount, liveChatApiRequest } from '../../transport';
import { requiredText } from '../parameters';
import { propertyNameField } from './descriptions';

const properties: INodeProperties[] = [
	propertyNameField,
	{
		displayName: 'LiveChat cannot unregister a property that was published',
		name: 'unregisterNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['property'], operation: ['unregister'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const name = requiredText(this, 'name', itemIndex, 'Name');
	const { clientId } = await getLiveChatAccount.call(this);
	const request = { name, ...(clientId && { owner_client_id: clientId }) };
	await liveChatApiRequest(this, 'configuration', 'unregister_property', request, itemIndex);
	return { ...request, unregistered: true };
}
