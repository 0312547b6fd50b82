import type { IExecuteFunctions } from 'n8n-workflow';

import { latestThreadId } from './chat/readChats';
import { findRequesterId } from './requester';

/** What the items of one execution share: lookups made once, by whichever item needs them first. */
export class OperationRun {
	private readonly lookups = new Map<string, Promise<string>>();

	constructor(private readonly context: IExecuteFunctions) {}

	/** The chat's latest thread: tagging 250 items of 25 chats costs 25 lookups, not 250. */
	async latestThreadOf(chatId: string, itemIndex: number): Promise<string> {
		return await this.once(`latest thread of ${chatId}`, () =>
			latestThreadId(this.context, chatId, itemIndex),
		);
	}

	/** The LiveChat user id of the credential, which LiveChat sees as the requester. */
	async requesterUserId(itemIndex: number): Promise<string> {
		return await this.once('requester', () => findRequesterId(this.context, itemIndex));
	}

	private async once(key: string, lookUp: () => Promise<string>): Promise<string> {
		let pending = this.lookups.get(key);
		if (!pending) {
			pending = lookUp();
			this.lookups.set(key, pending);
			// A failed lookup is the failing item's error; a later item asks again.
			pending.catch(() => this.lookups.delete(key));
		}
		return await pending;
	}
}
