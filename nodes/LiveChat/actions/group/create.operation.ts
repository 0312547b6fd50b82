import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { collectionOf, requiredText, trimmedText } from '../parameters';
import { groupAgentsField, languageCodeField } from './descriptions';
import { agentPriorities, groupName } from './request';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Sales',
	},
	groupAgentsField,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [languageCodeField],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const name = groupName(this, requiredText(this, 'name', itemIndex, 'Name'), itemIndex);
	const agents = this.getNodeParameter('agents', itemIndex, {}) as IDataObject;
	const languageCode = trimmedText(collectionOf(this, 'additionalFields', itemIndex).languageCode);
	const request = {
		name,
		...(languageCode && { language_code: languageCode }),
		agent_priorities: agentPriorities(this, agents, itemIndex),
	};
	const { id } = await liveChatApiRequest(
		this,
		'configuration',
		'create_group',
		request,
		itemIndex,
	);
	return { id, ...request };
}
