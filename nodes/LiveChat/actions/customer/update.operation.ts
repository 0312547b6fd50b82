import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { customerIdField } from '../descriptions';
import { collectionOf, customerIdOf } from '../parameters';

const ADDRESS_FIELDS = ['address', 'city', 'state', 'postal_code', 'country'] as const;

const properties: INodeProperties[] = [
	customerIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here are sent; LiveChat keeps the others',
		options: [
			{
				displayName: 'Address',
				name: 'address',
				type: 'fixedCollection',
				default: {},
				description: 'Replaces the whole address',
				options: [
					{
						displayName: 'Address',
						name: 'value',
						values: [
							{ displayName: 'Street Address', name: 'address', type: 'string', default: '' },
							{ displayName: 'City', name: 'city', type: 'string', default: '' },
							{ displayName: 'State', name: 'state', type: 'string', default: '' },
							{ displayName: 'Postal Code', name: 'postal_code', type: 'string', default: '' },
							{ displayName: 'Country', name: 'country', type: 'string', default: '' },
						],
					},
				],
			},
			{
				displayName: 'Avatar URL',
				name: 'avatar',
				type: 'string',
				default: '',
				placeholder: 'https://example.com/avatar.png',
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
			},
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			{
				displayName: 'Phone Number',
				name: 'phone_number',
				type: 'string',
				default: '',
				placeholder: '+48123456789',
				description: 'In E.164 format: a plus, the country code and the number',
			},
			{
				displayName: 'Session Fields',
				name: 'sessionFields',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				default: {},
				description:
					"Key-value details agents see in the chat's customer details (the v3 successor of visitor details). They replace every session field the customer has and last for the customer's session.",
				options: [
					{
						displayName: 'Field',
						name: 'field',
						values: [
							{ displayName: 'Key', name: 'key', type: 'string', default: '' },
							{ displayName: 'Value', name: 'value', type: 'string', default: '' },
						],
					},
				],
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['customer'], operation: ['update'] } },
	properties,
);

/** update_customer's body: `id` and only the fields the user added. */
function customerUpdate(id: string, fields: IDataObject): IDataObject {
	const body: IDataObject = { id };
	for (const field of ['name', 'email', 'phone_number', 'avatar'] as const) {
		if (fields[field] !== undefined) body[field] = String(fields[field]).trim();
	}
	const address = (fields.address as IDataObject | undefined)?.value as IDataObject | undefined;
	if (address) {
		body.address = Object.fromEntries(
			ADDRESS_FIELDS.filter((key) => address[key]).map((key) => [key, String(address[key])]),
		);
	}
	const sessionFields = (fields.sessionFields as IDataObject | undefined)?.field as
		| Array<{ key: string; value: string }>
		| undefined;
	if (fields.sessionFields !== undefined) {
		body.session_fields = (sessionFields ?? [])
			.filter(({ key }) => String(key).trim())
			.map(({ key, value }) => ({ [String(key).trim()]: String(value ?? '') }));
	}
	return body;
}

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = customerIdOf(this, itemIndex);
	const fields = collectionOf(this, 'updateFields', itemIndex);
	const body = customerUpdate(id, fields);
	if (Object.keys(body).length === 1) {
		throw new NodeOperationError(this.getNode(), 'No field to update', {
			itemIndex,
			description: 'Add at least one field under Update Fields.',
		});
	}
	await liveChatApiRequest(this, 'agent', 'update_customer', body, itemIndex);
	return body;
}
