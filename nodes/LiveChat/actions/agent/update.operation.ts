import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { agentIdOf, collectionOf } from '../parameters';
import { agentFieldOptions, requiredAgentLocator } from './descriptions';
import { agentRequestFields } from './request';

const properties: INodeProperties[] = [
	requiredAgentLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: agentFieldOptions,
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['agent'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = agentIdOf(this, itemIndex);
	const fields = agentRequestFields(this, collectionOf(this, 'updateFields', itemIndex), itemIndex);
	if (Object.keys(fields).length === 0) {
		throw new NodeOperationError(this.getNode(), 'Nothing to update', {
			itemIndex,
			description:
				"Add a field under Update Fields. LiveChat's v3.6 API cannot change an agent's name or avatar.",
		});
	}
	const request = { id, ...fields };
	await liveChatApiRequest(this, 'configuration', 'update_agent', request, itemIndex);
	return request;
}
