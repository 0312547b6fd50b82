import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { liveChatApiPages, liveChatApiRequest } from '../../transport';
import type { Chat, PageRecord } from '../../types/livechat';
import {
	chosenLimit,
	limitField,
	returnAllField,
	simplifyField,
	sortOrderOptions,
} from '../common';

/** `get_chat`: the chat with its latest thread, or with the given one. */
export async function fetchChat(
	context: IExecuteFunctions,
	chatId: string,
	threadId: string,
	itemIndex: number,
): Promise<Chat> {
	return await liveChatApiRequest(
		context,
		'agent',
		'get_chat',
		{ chat_id: chatId, ...(threadId && { thread_id: threadId }) },
		itemIndex,
	);
}

/**
 * The latest thread of each chat, looked up with `get_chat` at most once per chat in an execution:
 * tagging 250 items of 25 chats costs 25 lookups, not 250.
 */
export class CurrentThreads {
	private readonly threadIds = new Map<string, Promise<string>>();

	constructor(private readonly context: IExecuteFunctions) {}

	async of(chatId: string, itemIndex: number): Promise<string> {
		let threadId = this.threadIds.get(chatId);
		if (!threadId) {
			threadId = this.lookUp(chatId, itemIndex);
			this.threadIds.set(chatId, threadId);
			// A failed lookup is the failing item's error; a later item of the chat asks again.
			threadId.catch(() => this.threadIds.delete(chatId));
		}
		return await threadId;
	}

	private async lookUp(chatId: string, itemIndex: number) {
		const chat = await fetchChat(this.context, chatId, '', itemIndex);
		const threadId = chat.thread?.id;
		if (!threadId) throw new Error(`Chat ${chatId} has no thread yet`);
		return threadId;
	}
}

/** The parameters of a paginated chat list around its filters. */
export function chatListProperties(filters: INodeProperties): INodeProperties[] {
	return [returnAllField, limitField, filters, sortOrderOptions, simplifyField];
}

/** Reads a chat list (`list_chats`, `list_archives`) with the node's limit, sort order and Simplify. */
export async function readChatList<M extends 'list_chats' | 'list_archives'>(
	context: IExecuteFunctions,
	method: M,
	filters: IDataObject,
	simplify: (record: PageRecord[M]) => IDataObject,
	itemIndex: number,
): Promise<IDataObject[]> {
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const records = await liveChatApiPages(
		context,
		method,
		{ filters, sort_order: options.sortOrder ?? 'desc' },
		chosenLimit(context, itemIndex),
		itemIndex,
	);
	return context.getNodeParameter('simplify', itemIndex, true)
		? records.map(simplify)
		: records.map((record) => ({ ...record }) as IDataObject);
}
