import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../types';
import * as addTag from './addTag.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as getTranscript from './getTranscript.operation';
import * as removeTag from './removeTag.operation';
import * as searchArchives from './searchArchives.operation';
import * as sendMessage from './sendMessage.operation';

export const operations: Record<string, Operation> = {
	addTag,
	get,
	getMany,
	getTranscript,
	removeTag,
	searchArchives,
	sendMessage,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['chat'] } },
		options: [
			{
				name: 'Add Tag',
				value: 'addTag',
				description: "Tag a chat's thread with one of the account's tags",
				action: 'Add a tag to a chat',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a chat with its latest thread or a given one',
				action: 'Get a chat',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				description: 'List active and ended chats, newest first',
				action: 'Get many chats',
			},
			{
				name: 'Get Transcript',
				value: 'getTranscript',
				description: 'Get every message of a chat as events and as readable text',
				action: 'Get the transcript of a chat',
			},
			{
				name: 'Remove Tag',
				value: 'removeTag',
				description: "Remove a tag from a chat's thread",
				action: 'Remove a tag from a chat',
			},
			{
				name: 'Search Archives',
				value: 'searchArchives',
				description: 'Find past chats by customer, tags, groups, agent, dates or text',
				action: 'Search archived chats',
			},
			{
				name: 'Send Message',
				value: 'sendMessage',
				description: 'Send a message to the customer, or a note only agents see',
				action: 'Send a message in a chat',
			},
		],
		default: 'get',
	},
	...Object.values(operations).flatMap((operation) => operation.description),
];
