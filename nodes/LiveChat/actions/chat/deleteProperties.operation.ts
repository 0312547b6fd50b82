import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chatIdField, propertiesField, propertyNameFields } from '../descriptions';
import { chatIdOf, propertyNamesOf, requiredText, threadIdOrLatest } from '../parameters';
import type { OperationRun } from '../run';
import {
	eventOfLevelField,
	propertiesNotice,
	propertyLevelField,
	threadOfLevelField,
} from './descriptions';

const properties: INodeProperties[] = [
	chatIdField,
	propertyLevelField,
	threadOfLevelField,
	eventOfLevelField,
	propertiesField(propertyNameFields),
	propertiesNotice,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['deleteProperties'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number, run: OperationRun) {
	const chatId = chatIdOf(this, itemIndex);
	const names = propertyNamesOf(this, itemIndex);
	const level = this.getNodeParameter('level', itemIndex, 'chat');
	if (level === 'event') {
		const threadId = await threadIdOrLatest(this, chatId, itemIndex, run);
		const eventId = requiredText(this, 'eventId', itemIndex, 'Event ID');
		const body = { chat_id: chatId, thread_id: threadId, event_id: eventId, properties: names };
		await liveChatApiRequest(this, 'agent', 'delete_event_properties', body, itemIndex);
		return { chat_id: chatId, thread_id: threadId, event_id: eventId, deleted: names };
	}
	if (level === 'thread') {
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
