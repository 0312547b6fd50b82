import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { liveChatApiPages, liveChatApiRequest } from '../../transport';
import type { Chat, PageRecord } from '../../types/livechat';
import { chosenLimit, collectionOf } from '../parameters';

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

/** The chat's latest thread, for operations whose Thread ID may be left empty. */
export async function latestThreadId(
	context: IExecuteFunctions,
	chatId: string,
	itemIndex: number,
): Promise<string> {
	const chat = await fetchChat(context, chatId, '', itemIndex);
	const threadId = chat.thread?.id;
	if (!threadId) throw new Error(`Chat ${chatId} has no thread yet`);
	return threadId;
}

/** Reads a chat list (`list_chats`, `list_archives`) with the node's limit, sort order and Simplify. */
export async function readChatList<M extends 'list_chats' | 'list_archives'>(
	context: IExecuteFunctions,
	method: M,
	filters: IDataObject,
	simplify: (record: PageRecord[M]) => IDataObject,
	itemIndex: number,
	firstPageExtras: IDataObject = {},
): Promise<IDataObject[]> {
	const options = collectionOf(context, 'options', itemIndex);
	const records = await liveChatApiPages(
		context,
		method,
		{ filters, sort_order: options.sortOrder ?? 'desc', ...firstPageExtras },
		chosenLimit(context, itemIndex),
		itemIndex,
	);
	return context.getNodeParameter('simplify', itemIndex, true)
		? records.map(simplify)
		: records.map((record) => ({ ...record }) as IDataObject);
}
