import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../types';
import * as addTag from './addTag.operation';
import * as addUser from './addUser.operation';
import * as close from './close.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as getTranscript from './getTranscript.operation';
import * as removeTag from './removeTag.operation';
import * as removeUser from './removeUser.operation';
import * as resume from './resume.operation';
import * as searchArchives from './searchArchives.operation';
import * as sendMessage from './sendMessage.operation';
import * as start from './start.operation';
import * as transfer from './transfer.operation';

export const operations: Record<string, Operation> = {
	addTag,
	addUser,
	close,
	get,
	getMany,
	getTranscript,
	removeTag,
	removeUser,
	resume,
	searchArchives,
	sendMessage,
	start,
	transfer,
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
				name: 'Add User',
				value: 'addUser',
				description:
					'Add an agent, a bot or the customer to an active chat; to join the chat yourself, give your own agent ID',
				action: 'Add a user to a chat',
			},
			{
				name: 'Close',
				value: 'close',
				description: 'End an active chat; it moves to the archives',
				action: 'Close a chat',
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
				name: 'Remove User',
				value: 'removeUser',
				description: 'Remove an agent or a bot from an active chat (never the customer)',
				action: 'Remove a user from a chat',
			},
			{
				name: 'Resume',
				value: 'resume',
				description: 'Open a new thread in an ended chat, optionally with a first message',
				action: 'Resume a chat',
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
			{
				name: 'Start',
				value: 'start',
				description:
					'Start a new chat with an existing customer, optionally with a first message from you',
				action: 'Start a chat',
			},
			{
				name: 'Transfer',
				value: 'transfer',
				description:
					'Hand an active chat over to a group, to chosen agents, or to another agent of its group',
				action: 'Transfer a chat',
			},
		],
		default: 'get',
	},
	...Object.values(operations).flatMap((operation) => operation.description),
];
