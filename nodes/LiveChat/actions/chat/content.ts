import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { requiredText } from '../common';
import type { OperationRun } from '../types';

export const visibilityField: INodeProperties = {
	displayName: 'Visible To',
	name: 'visibility',
	type: 'options',
	options: [
		{ name: 'Agents Only', value: 'agents', description: 'The customer does not see it' },
		{ name: 'Everyone in the Chat', value: 'all' },
	],
	default: 'all',
};

export const propertyLevelField: INodeProperties = {
	displayName: 'Level',
	name: 'level',
	type: 'options',
	options: [
		{ name: 'Chat', value: 'chat', description: 'Properties of the whole chat' },
		{
			name: 'Thread',
			value: 'thread',
			description: 'Properties of one thread (a conversation of the chat)',
		},
	],
	default: 'chat',
};

export const threadOfLevelField: INodeProperties = {
	displayName: 'Thread ID',
	name: 'threadId',
	type: 'string',
	default: '',
	placeholder: 'e.g. K600PKZON8',
	description: "ID of the thread; empty for the chat's latest thread",
	displayOptions: { show: { level: ['thread'] } },
};

export const propertiesNotice: INodeProperties = {
	displayName:
		"LiveChat stores only registered properties: your app's own (registered with the Configuration API's register_property; the namespace is the app's Client ID), LiveChat's writable ones such as routing.pinned, or the free test namespace (test.string_property, test.int_property, test.bool_property)",
	name: 'propertiesNotice',
	type: 'notice',
	default: '',
};

/** The chat's thread for thread-level properties: the given one or its latest. */
export async function threadOfLevel(
	context: IExecuteFunctions,
	chatId: string,
	itemIndex: number,
	run: OperationRun,
) {
	const given = String(context.getNodeParameter('threadId', itemIndex, '') ?? '').trim();
	return given || (await run.currentThreads.of(chatId, itemIndex));
}

export function chatIdOf(context: IExecuteFunctions, itemIndex: number) {
	return requiredText(context, 'chatId', itemIndex, 'Chat ID');
}

/** The namespace and name that identify a property (update adds type and value). */
export const propertyNameFields: INodeProperties[] = [
	{
		displayName: 'Namespace',
		name: 'namespace',
		type: 'string',
		default: '',
		placeholder: 'e.g. test',
		description: "Your app's Client ID, a LiveChat namespace such as routing, or test",
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'e.g. string_property',
	},
];

/** A list of properties, each with the given fields. */
export function propertiesField(values: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Properties',
		name: 'properties',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Property',
		default: {},
		options: [{ displayName: 'Property', name: 'property', values }],
	};
}
