import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { groupIdField } from '../descriptions';
import { chosenGroupId, collectionOf, requiredText } from '../parameters';
import { greetingFieldOptions, messageField, rulesField } from './descriptions';
import { greetingRequestFields } from './request';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Pricing page help',
	},
	{
		...groupIdField,
		required: true,
		description: `Group whose agents take the chats the greeting starts. ${groupIdField.description}.`,
	},
	messageField,
	rulesField,
	{
		displayName: 'Active',
		name: 'active',
		type: 'boolean',
		default: true,
		description: 'Whether the chat widget shows the greeting',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: greetingFieldOptions,
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['greeting'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const fields: IDataObject = {
		...collectionOf(this, 'additionalFields', itemIndex),
		name: requiredText(this, 'name', itemIndex, 'Name'),
		message: this.getNodeParameter('message', itemIndex, ''),
		rules: this.getNodeParameter('rules', itemIndex, {}),
		active: this.getNodeParameter('active', itemIndex, true),
	};
	const request: IDataObject = {
		type: 'normal',
		...greetingRequestFields(this, fields, itemIndex),
		group: chosenGroupId(this, itemIndex),
	};
	if (!(request.rules as IDataObject[]).length) {
		throw new NodeOperationError(this.getNode(), 'The greeting has no rule', {
			itemIndex,
			description:
				'Add a rule: LiveChat shows a greeting when its rules match, e.g. 30 seconds on the site.',
		});
	}
	const { id } = await liveChatApiRequest(
		this,
		'configuration',
		'create_greeting',
		request,
		itemIndex,
	);
	return { id, ...request };
}
