import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chatIdField } from '../common';
import type { OperationRun } from '../types';
import {
	chatIdOf,
	propertiesField,
	propertiesNotice,
	propertyNameFields,
	propertyLevelField,
	threadOfLevel,
	threadOfLevelField,
} from './content';

const properties: INodeProperties[] = [
	chatIdField,
	propertyLevelField,
	threadOfLevelField,
	propertiesField(propertyNameFields),
	propertiesNotice,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['deleteProperties'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number, run: OperationRun) {
	const chatId = chatIdOf(this, itemIndex);
	const entries = ((this.getNodeParameter('properties', itemIndex, {}) as IDataObject).property ??
		[]) as Array<{ namespace?: string; name?: string }>;
	const names: Record<string, string[]> = {};
	for (const { namespace = '', name = '' } of entries) {
		if (!namespace.trim() || !name.trim()) continue;
		(names[namespace.trim()] ??= []).push(name.trim());
	}
	if (!Object.keys(names).length) {
		throw new NodeOperationError(this.getNode(), 'No properties to delete', {
			itemIndex,
			description: 'Add at least one property with its namespace and name.',
		});
	}
	if (this.getNodeParameter('level', itemIndex, 'chat') === 'thread') {
		const threadId = await threadOfLevel(this, chatId, itemIndex, run);
		const body = { chat_id: chatId, thread_id: threadId, properties: names };
		await liveChatApiRequest(this, 'agent', 'delete_thread_properties', body, itemIndex);
		return { chat_id: chatId, thread_id: threadId, deleted: names };
	}
	await liveChatApiRequest(
		this,
		'agent',
		'delete_chat_properties',
		{ id: chatId, properties: names },
		itemIndex,
	);
	return { chat_id: chatId, deleted: names };
}
