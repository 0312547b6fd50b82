import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { getLiveChatAccount, liveChatApiRequest } from '../../transport';

const properties: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['property'], operation: ['getMany'] } },
	properties,
);

/** The properties the credential's app (Client ID) registered, one item each. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { clientId } = await getLiveChatAccount.call(this);
	const registered = await liveChatApiRequest(
		this,
		'configuration',
		'list_properties',
		clientId ? { owner_client_id: clientId } : {},
		itemIndex,
	);
	return Object.entries(registered).map(
		([name, property]): IDataObject => ({
			namespace: clientId,
			name,
			...property,
		}),
	);
}
