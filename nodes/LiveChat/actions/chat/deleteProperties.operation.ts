import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
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
	propertiesField(propertyNameFields),
	propertiesNotice,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['deleteProperties'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number, run: OperationRun) {
	const chatId = chatIdOf(this, itemIndex);
	const entries = entriesOf<{ namespace?: string; name?: string }>(
		this,
		'properties',
		'property',
		itemIndex,
	);
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
		const threadId = await threadIdOrLatest(this, chatId, itemIndex, run);
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
