import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { getLiveChatAccount, liveChatApiRequest } from '../../transport';
import { collectionOf, requiredText } from '../parameters';
import { botFieldOptions } from './descriptions';
import { botRequestFields } from './request';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Order Assistant',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: botFieldOptions.filter((field) => field.name !== 'name'),
	},
	{
		displayName:
			"The bot belongs to the credential's app (Client ID) and takes chats only after Set Routing Status. LiveChat answers with the bot's secret, but the node never outputs secrets (items are kept in executions): to act as this bot in n8n (LiveChat Bot API credential), get a new secret with Bot → Reset Secret and Output the New Secret on.",
		name: 'createNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['bot'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const name = requiredText(this, 'name', itemIndex, 'Name');
	const { clientId } = await getLiveChatAccount.call(this);
	const request: IDataObject = {
		...botRequestFields(collectionOf(this, 'additionalFields', itemIndex)),
		name,
		// The app that owns the bots: the credential's Client ID (a PAT must name it).
		...(clientId && { owner_client_id: clientId }),
	};
	// The secret stays out of the item: items end up in execution logs.
	const { id } = await liveChatApiRequest(this, 'configuration', 'create_bot', request, itemIndex);
	return { id, name, ...(request.groups ? { groups: request.groups } : {}) };
}
