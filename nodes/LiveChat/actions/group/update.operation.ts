import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chosenGroupId, collectionOf, trimmedText } from '../parameters';
import { groupAgentsField, languageCodeField, requiredGroupIdField } from './descriptions';
import { agentPriorities, groupName } from './request';

const properties: INodeProperties[] = [
	requiredGroupIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				...groupAgentsField,
				description:
					"Agents (and bots) of the group with their priorities, as LiveChat's agent_priorities",
			},
			languageCodeField,
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = chosenGroupId(this, itemIndex);
	const fields = collectionOf(this, 'updateFields', itemIndex);
	const request: IDataObject = { id };
	const name = trimmedText(fields.name);
	const languageCode = trimmedText(fields.languageCode);
	if (name) request.name = groupName(this, name, itemIndex);
	if (languageCode) request.language_code = languageCode;
	if (fields.agents !== undefined)
		request.agent_priorities = agentPriorities(this, fields.agents as IDataObject, itemIndex);
	if (Object.keys(request).length === 1) {
		throw new NodeOperationError(this.getNode(), 'Nothing to update', {
			itemIndex,
			description: 'Add a field under Update Fields: the name, language or agents of the group.',
		});
	}
	await liveChatApiRequest(this, 'configuration', 'update_group', request, itemIndex);
	return request;
}
