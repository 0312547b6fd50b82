import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import {
	chatIdField,
	propertiesField,
	propertyNameFields,
	propertyValueFields,
} from '../descriptions';
import { chatIdOf, propertyValuesOf, requiredText, threadIdOrLatest } from '../parameters';
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
	propertiesField([...propertyNameFields, ...propertyValueFields]),
	propertiesNotice,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['updateProperties'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number, run: OperationRun) {
	const chatId = chatIdOf(this, itemIndex);
	const values = propertyValuesOf(this, itemIndex);
	const level = this.getNodeParameter('level', itemIndex, 'chat');
	if (level === 'event') {
		const threadId = await threadIdOrLatest(this, chatId, itemIndex, run);
		const eventId = requiredText(this, 'eventId', itemIndex, 'Event ID');
		const body = { chat_id: chatId, thread_id: threadId, event_id: eventId, properties: values };
		await liveChatApiRequest(this, 'agent', 'update_event_properties', body, itemIndex);
		return { chat_id: chatId, thread_id: threadId, event_id: eventId, properties: values };
	}
	if (level === 'thread') {
		const threadId = await threadIdOrLatest(this, chatId, itemIndex, run);
		const body = { chat_id: chatId, thread_id: threadId, properties: values };
		await liveChatApiRequest(this, 'agent', 'update_thread_properties', body, itemIndex);
		return { chat_id: chatId, thread_id: threadId, properties: values };
	}
	const body = { id: chatId, properties: values };
	await liveChatApiRequest(this, 'agent', 'update_chat_properties', body, itemIndex);
	return { chat_id: chatId, properties: values };
}
