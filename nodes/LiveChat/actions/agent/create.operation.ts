import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { collectionOf, requiredText } from '../parameters';
import { agentFieldOptions } from './descriptions';
import { agentRequestFields } from './request';

const properties: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		description: "The new agent's email address, which becomes their agent ID",
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Agent Smith',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: agentFieldOptions,
	},
	{
		displayName:
			'LiveChat invites the agent by email. Until an owner or administrator approves them in the LiveChat app, the agent waits for approval (only LiveChat itself can skip it).',
		name: 'createNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['agent'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = requiredText(this, 'email', itemIndex, 'Email');
	const name = requiredText(this, 'name', itemIndex, 'Name');
	const request = {
		id,
		name,
		...agentRequestFields(this, collectionOf(this, 'additionalFields', itemIndex), itemIndex),
	};
	await liveChatApiRequest(this, 'configuration', 'create_agent', request, itemIndex);
	return request;
}
