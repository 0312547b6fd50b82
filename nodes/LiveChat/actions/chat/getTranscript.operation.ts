import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { peopleOf } from '../../shared/chatPeople';
import { liveChatApiPages } from '../../transport';
import type { Thread } from '../../types/livechat';
import { chatIdField, threadIdField } from '../descriptions';
import { chatIdOf, optionalText } from '../parameters';
import { fetchChat } from './readChats';
import { namesOf } from './simplifyChat';
import { transcriptText } from './transcript';

const properties: INodeProperties[] = [
	chatIdField,
	{
		...threadIdField,
		description: 'ID of one thread of the chat. Leave empty for every thread of the chat.',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['getTranscript'] } },
	properties,
);

/**
 * One get_chat gives the chat's users (for author names) and its latest or chosen thread; only a
 * chat with earlier threads needs list_threads, oldest first.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = chatIdOf(this, itemIndex);
	const threadId = optionalText(this, 'threadId', itemIndex);
	const chat = await fetchChat(this, chatId, threadId, itemIndex);
	let threads: Thread[] = chat.thread ? [chat.thread] : [];
	if (!threadId && chat.thread?.previous_thread_id) {
		threads = await liveChatApiPages(
			this,
			'list_threads',
			{ chat_id: chatId, sort_order: 'asc' },
			undefined,
			itemIndex,
		);
	}
	const names = namesOf(chat.users);
	return {
		chat_id: chat.id,
		...peopleOf(chat.users),
		threads: threads.map(({ id, active, created_at, tags, events }) => ({
			id,
			active: active ?? false,
			created_at: created_at ?? null,
			tags: tags ?? [],
			events: events ?? [],
		})),
		transcript: transcriptText(threads, names, this.getTimezone()),
	};
}
