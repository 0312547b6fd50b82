import type { IDataObject } from 'n8n-workflow';

import { peopleOf } from '../../shared/chatPeople';
import type { Chat, ChatEvent, ChatSummary, ChatUser, Thread } from '../../types/livechat';

/** Display names by user id, for transcripts. */
export function namesOf(users: ChatUser[] = []): Map<string, string> {
	return new Map(
		users.map((user) => [user.id, user.name ?? (user.type === 'customer' ? 'Customer' : user.id)]),
	);
}

function simplifyMessages(events: ChatEvent[] = [], names: Map<string, string>) {
	return events
		.filter((event) => event.type === 'message')
		.map((event) => ({
			author: event.author_id ? (names.get(event.author_id) ?? event.author_id) : null,
			author_id: event.author_id ?? null,
			text: 'text' in event ? event.text : '',
			created_at: event.created_at,
			...(event.visibility === 'agents' && { agents_only: true }),
		}));
}

/** A chat with one thread (get_chat, list_archives) as a flat item. */
export function simplifyChat(chat: Chat): IDataObject {
	const thread: Thread = chat.thread ?? { id: '' };
	return {
		id: chat.id,
		thread_id: thread.id || null,
		active: thread.active ?? false,
		created_at: thread.created_at ?? null,
		...peopleOf(chat.users),
		group_ids: chat.access?.group_ids ?? [],
		tags: thread.tags ?? [],
		messages: simplifyMessages(thread.events, namesOf(chat.users)),
	};
}

/** An entry of list_chats as a flat item. */
export function simplifyChatSummary(summary: ChatSummary): IDataObject {
	const thread = summary.last_thread_summary;
	const lastMessage = summary.last_event_per_type?.message?.event;
	return {
		id: summary.id,
		thread_id: thread?.id ?? null,
		active: thread?.active ?? false,
		created_at: thread?.created_at ?? null,
		...peopleOf(summary.users),
		group_ids: summary.access?.group_ids ?? [],
		tags: thread?.tags ?? [],
		last_message:
			lastMessage && 'text' in lastMessage
				? {
						text: lastMessage.text,
						author_id: lastMessage.author_id,
						created_at: lastMessage.created_at,
					}
				: null,
	};
}
