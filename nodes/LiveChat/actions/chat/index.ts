import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../types';
import * as addTag from './addTag.operation';
import * as addUser from './addUser.operation';
import * as close from './close.operation';
import * as deleteProperties from './deleteProperties.operation';
import * as follow from './follow.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as getManyThreads from './getManyThreads.operation';
import * as getTranscript from './getTranscript.operation';
import * as markSeen from './markSeen.operation';
import * as removeTag from './removeTag.operation';
import * as removeUser from './removeUser.operation';
import * as requestThreadSummary from './requestThreadSummary.operation';
import * as resume from './resume.operation';
import * as searchArchives from './searchArchives.operation';
import * as sendFile from './sendFile.operation';
import * as sendMessage from './sendMessage.operation';
import * as sendMessagePreview from './sendMessagePreview.operation';
import * as sendRichMessage from './sendRichMessage.operation';
import * as sendRichMessagePostback from './sendRichMessagePostback.operation';
import * as sendThinkingIndicator from './sendThinkingIndicator.operation';
import * as sendTypingIndicator from './sendTypingIndicator.operation';
import * as start from './start.operation';
import * as transfer from './transfer.operation';
import * as unfollow from './unfollow.operation';
import * as updateProperties from './updateProperties.operation';

export const operations: Record<string, Operation> = {
	addTag,
	addUser,
	close,
	deleteProperties,
	follow,
	get,
	getMany,
	getManyThreads,
	getTranscript,
	markSeen,
	removeTag,
	removeUser,
	requestThreadSummary,
	resume,
	searchArchives,
	sendFile,
	sendMessage,
	sendMessagePreview,
	sendRichMessage,
	sendRichMessagePostback,
	sendThinkingIndicator,
	sendTypingIndicator,
	start,
	transfer,
	unfollow,
	updateProperties,
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
				name: 'Delete Properties',
				value: 'deleteProperties',
				description: 'Delete properties of a chat or of one of its threads',
				action: 'Delete properties of a chat',
			},
			{
				name: 'Follow',
				value: 'follow',
				description: 'Receive every change of a chat you are not in (follow_chat)',
				action: 'Follow a chat',
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
				name: 'Get Many Threads',
				value: 'getManyThreads',
				description: 'List the threads of a chat with their events, newest first',
				action: 'Get many threads of a chat',
			},
			{
				name: 'Get Transcript',
				value: 'getTranscript',
				description: 'Get every message of a chat as events and as readable text',
				action: 'Get the transcript of a chat',
			},
			{
				name: 'Mark Events as Seen',
				value: 'markSeen',
				description:
					'Mark the chat as read up to a time for the user of the credential; updates the customer’s read receipt',
				action: 'Mark events in a chat as seen',
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
				name: 'Request Thread Summary',
				value: 'requestThreadSummary',
				description:
					"Ask LiveChat's AI for a summary of a thread; it arrives as the Thread Summary Set event",
				action: 'Request an AI summary of a thread',
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
				name: 'Send File',
				value: 'sendFile',
				description:
					'Upload a file from the input binary data (at most 10 MB) and send it in the chat',
				action: 'Send a file in a chat',
			},
			{
				name: 'Send Message',
				value: 'sendMessage',
				description: 'Send a message to the customer, or a note only agents see',
				action: 'Send a message in a chat',
			},
			{
				name: 'Send Message Preview',
				value: 'sendMessagePreview',
				description: 'Show the customer the part of an answer written so far; not saved',
				action: 'Send a message preview',
			},
			{
				name: 'Send Rich Message',
				value: 'sendRichMessage',
				description: 'Send quick replies or a card with buttons the customer can tap',
				action: 'Send a rich message in a chat',
			},
			{
				name: 'Send Rich Message Postback',
				value: 'sendRichMessagePostback',
				description: "Press a rich message's button as the user of the credential",
				action: 'Send a rich message postback',
			},
			{
				name: 'Send Thinking Indicator',
				value: 'sendThinkingIndicator',
				description:
					'Show the customer that an AI is working on an answer ("thinking…"); not stored',
				action: 'Show a thinking indicator in a chat',
			},
			{
				name: 'Send Typing Indicator',
				value: 'sendTypingIndicator',
				description: 'Show or hide "typing…" to the customer; not stored',
				action: 'Show a typing indicator in a chat',
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
			{
				name: 'Unfollow',
				value: 'unfollow',
				description: 'Stop receiving every change of a chat you followed',
				action: 'Unfollow a chat',
			},
			{
				name: 'Update Properties',
				value: 'updateProperties',
				description:
					'Set registered properties of a chat or of one of its threads (for routing or your app’s data)',
				action: 'Update properties of a chat',
			},
		],
		default: 'get',
	},
	...Object.values(operations).flatMap((operation) => operation.description),
];
