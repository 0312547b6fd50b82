import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { textList } from '../../shared/lists';
import { getLiveChatAccount, liveChatApiRequest } from '../../transport';
import { collectionOf, entriesOf, requiredText, trimmedText, typedValue } from '../parameters';
import { accessField, propertyNameField } from './descriptions';

/** LiveChat's property types and how the node reads a value of each from text. */
const VALUE_TYPE: Record<string, string> = {
	bool: 'boolean',
	int: 'number',
	string: 'string',
	tokenized_string: 'string',
};

const properties: INodeProperties[] = [
	propertyNameField,
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Boolean', value: 'bool' },
			{ name: 'Number (Whole)', value: 'int' },
			{ name: 'String', value: 'string' },
			{
				name: 'Tokenized String',
				value: 'tokenized_string',
				description: 'A string searched word by word',
			},
		],
		default: 'string',
	},
	accessField,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Allowed Values',
				name: 'domain',
				type: 'string',
				default: '',
				placeholder: 'e.g. bronze, silver, gold',
				description: 'The only values the property may take, separated by commas',
			},
			{
				displayName: 'Default Value',
				name: 'defaultValue',
				type: 'string',
				default: '',
				description:
					'Value of the property where none is set; only for License and Group locations',
			},
			{ displayName: 'Description', name: 'description', type: 'string', default: '' },
			{
				displayName: 'Maximum',
				name: 'rangeTo',
				type: 'number',
				default: 0,
				description: 'The highest value a whole-number property may take',
			},
			{
				displayName: 'Minimum',
				name: 'rangeFrom',
				type: 'number',
				default: 0,
				description: 'The lowest value a whole-number property may take',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['property'], operation: ['register'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const invalid = (message: string, description: string) =>
		new NodeOperationError(this.getNode(), message, { itemIndex, description });
	const name = requiredText(this, 'name', itemIndex, 'Name');
	const type = this.getNodeParameter('type', itemIndex) as string;
	const access: Record<string, IDataObject> = {};
	for (const entry of entriesOf<IDataObject>(this, 'access', 'location', itemIndex)) {
		const users = Object.fromEntries(
			(['agent', 'customer'] as const)
				.map((user) => [user, (entry[user] ?? []) as string[]])
				.filter(([, rights]) => rights.length),
		);
		if (Object.keys(users).length) access[String(entry.location)] = users;
	}
	if (!Object.keys(access).length)
		throw invalid(
			'The property has no access',
			'Add a location where it is stored, with what agents or customers may do there.',
		);
	const fields = collectionOf(this, 'additionalFields', itemIndex);
	const typed = (text: string, label: string) => {
		const value = typedValue(text, VALUE_TYPE[type]);
		if (value === undefined)
			throw invalid(
				`${label} "${text}" is not a ${VALUE_TYPE[type]}`,
				'Give a value of the property’s type.',
			);
		return value;
	};
	const { clientId } = await getLiveChatAccount.call(this);
	const request: IDataObject = {
		name,
		...(clientId && { owner_client_id: clientId }),
		type,
		access,
	};
	if (trimmedText(fields.description)) request.description = trimmedText(fields.description);
	const domain = textList(fields.domain);
	if (domain.length) request.domain = domain.map((value) => typed(value, 'Allowed value'));
	if (fields.rangeFrom !== undefined || fields.rangeTo !== undefined) {
		if (type !== 'int')
			throw invalid(
				'Minimum and Maximum are for whole numbers',
				'Choose the type Number (Whole), or remove them.',
			);
		request.range = {
			...(fields.rangeFrom !== undefined && { from: fields.rangeFrom }),
			...(fields.rangeTo !== undefined && { to: fields.rangeTo }),
		};
	}
	if (trimmedText(fields.defaultValue))
		request.default_value = typed(trimmedText(fields.defaultValue), 'Default value');
	await liveChatApiRequest(this, 'configuration', 'register_property', request, itemIndex);
	return request;
}
