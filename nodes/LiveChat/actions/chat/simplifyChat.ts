import type { IDataObject } from 'n8n-workflow';

import { eventText, filledForms } from '../../shared/chatEvents';
import { peopleOf } from '../../shared/chatPeople';
import type {
	Chat,
	ChatEvent,
	ChatSummary,
	ChatUser,
	FileEvent,
	Thread,
} from '../../types/livechat';

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
			text: eventText(event),
			created_at: event.created_at,
			...(event.visibility === 'agents' && { agents_only: true }),
			...(event.deleted && { deleted: true }),
		}));
}

function files(events: ChatEvent[] = []) {
	return events
		.filter((event): event is FileEvent => event.type === 'file' && !event.deleted)
		.map((event) => ({
			name: event.name ?? null,
			url: event.url ?? null,
			content_type: event.content_type ?? null,
			size: event.size ?? null,
			author_id: event.author_id ?? null,
			created_at: event.created_at,
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
		files: files(thread.events),
		forms: filledForms(thread.events, 'snake_case'),
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
		// A chat summary has no tags (LiveChat's list_chats): Chat → Get has the thread's.
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
