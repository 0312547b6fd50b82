import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chatIdField } from '../descriptions';
import { chatIdOf, entriesOf, threadIdOrLatest } from '../parameters';
import type { OperationRun } from '../run';
import {
	propertiesField,
	propertiesNotice,
	propertyLevelField,
	propertyNameFields,
	threadOfLevelField,
} from './descriptions';

const properties: INodeProperties[] = [
	chatIdField,
	propertyLevelField,
	threadOfLevelField,
	propertiesField([
		...propertyNameFields,
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: [
				{ name: 'Boolean', value: 'boolean' },
				{ name: 'Number (Whole)', value: 'number' },
				{ name: 'String', value: 'string' },
			],
			default: 'string',
			description: 'The type the property was registered with',
		},
		{
			displayName: 'Value',
			name: 'value',
			type: 'string',
			default: '',
			description: 'For Boolean: true or false',
		},
	]),
	propertiesNotice,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['updateProperties'] } },
	properties,
);

interface PropertyEntry {
	namespace?: string;
	name?: string;
	type?: string;
	value?: unknown;
}

export async function execute(this: IExecuteFunctions, itemIndex: number, run: OperationRun) {
	const chatId = chatIdOf(this, itemIndex);
	const entries = entriesOf<PropertyEntry>(this, 'properties', 'property', itemIndex);
	const values: Record<string, IDataObject> = {};
	for (const { namespace = '', name = '', type = 'string', value } of entries) {
		const label = `${namespace}.${name}`;
		if (!namespace.trim() || !name.trim()) {
			throw new NodeOperationError(this.getNode(), 'A property has no namespace or name', {
				itemIndex,
				description: 'Give every property its namespace and its name.',
			});
		}
		const text = String(value ?? '').trim();
		let typed: unknown = text;
		if (type === 'number') typed = Number(text);
		if (type === 'boolean') typed = text === 'true' ? true : text === 'false' ? false : undefined;
		if (typed === undefined || (type === 'number' && !Number.isInteger(typed))) {
			throw new NodeOperationError(this.getNode(), `"${text}" is not a ${type} (${label})`, {
				itemIndex,
				description:
					type === 'boolean'
						? 'Give true or false.'
						: 'Give a whole number, or change the Type of the property.',
			});
		}
		(values[namespace.trim()] ??= {})[name.trim()] = typed as IDataObject[string];
	}
	if (!Object.keys(values).length) {
		throw new NodeOperationError(this.getNode(), 'No properties to update', {
			itemIndex,
			description: 'Add at least one property.',
		});
	}
	if (this.getNodeParameter('level', itemIndex, 'chat') === 'thread') {
		const threadId = await threadIdOrLatest(this, chatId, itemIndex, run);
		const body = { chat_id: chatId, thread_id: threadId, properties: values };
		await liveChatApiRequest(this, 'agent', 'update_thread_properties', body, itemIndex);
		return { chat_id: chatId, thread_id: threadId, properties: values };
	}
	const body = { id: chatId, properties: values };
	await liveChatApiRequest(this, 'agent', 'update_chat_properties', body, itemIndex);
	return { chat_id: chatId, properties: values };
}
