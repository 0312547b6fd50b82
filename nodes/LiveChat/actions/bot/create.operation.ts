import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { requiredText } from '../common';
import { botFieldOptions, botRequestFields, ownerClientId } from './fields';

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
			"The bot belongs to the credential's app (Client ID) and takes chats only after Set Routing Status. LiveChat answers with the bot's secret, but the node never outputs secrets (items are kept in executions): to act as this bot in n8n (LiveChat Bot API credential), get a new secret with LiveChat's reset_bot_secret method, which shows it to you alone.",
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
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const request: IDataObject = {
		...botRequestFields(fields),
		name,
		...(await ownerClientId(this)),
	};
	// The secret stays out of the item: items end up in execution logs.
	const { id } = await liveChatApiRequest(this, 'configuration', 'create_bot', request, itemIndex);
	return { id, name, ...(request.groups ? { groups: request.groups } : {}) };
}
