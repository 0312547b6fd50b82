import type { IExecuteFunctions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import type { Chat } from '../../types/livechat';

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
		const chat = (await liveChatApiRequest.call(
			this.context,
			'agent',
			'get_chat',
			{ chat_id: chatId },
			itemIndex,
		)) as Chat;
		const threadId = chat.thread?.id;
		if (!threadId) throw new Error(`Chat ${chatId} has no thread yet`);
		return threadId;
	}
}
