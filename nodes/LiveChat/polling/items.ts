import type { IDataObject } from 'n8n-workflow';

import { namesOf } from '../actions/chat/simplifyChat';
import { transcriptText } from '../actions/chat/transcript';
import { deliveryIdentity } from '../trigger/dedupe';
import { rawDelivery, simplifyDelivery } from '../trigger/simplify';
import type { SystemMessageEvent, WebhookDelivery } from '../types/livechat';
import type { ArchivedThread } from './changes';

export type PolledEvent = 'incoming_chat' | 'chat_deactivated';

/** An event a poll found: which, and the thread it happened to. */
export interface Happening {
	event: PolledEvent;
	chat: ArchivedThread;
}

export interface ItemSettings {
	output: 'raw' | 'simplified';
	/** Adds the thread's transcript to Chat Ended items, with times in this time zone. */
	transcriptTimeZone?: string;
}

/** System messages of a chat closed by a person (LiveChat's system activities). */
const CLOSED_BY = ['manual_archived_agent', 'manual_archived_customer'];

/**
 * Who closed the chat, as the webhook's `user_id` names them: the closing system message names
 * the customer or the agent (by name, so only a name one user of the chat has counts).
 */
function closedBy(chat: ArchivedThread): string | undefined {
	const closing = [...(chat.thread.events ?? [])]
		.reverse()
		.find(
			(event): event is SystemMessageEvent =>
				event.type === 'system_message' && CLOSED_BY.includes(String(event.system_message_type)),
		);
	if (!closing) return undefined;
	const byCustomer = closing.system_message_type === 'manual_archived_customer';
	const name = closing.text_vars?.[byCustomer ? 'customer' : 'agent'];
	const candidates = chat.users.filter(
		(user) => (user.type === 'customer') === byCustomer && user.name === name,
	);
	return candidates.length === 1 ? candidates[0].id : undefined;
}

/**
 * What the webhook would have delivered for the event: incoming_chat carries the chat with the
 * thread, chat_deactivated the chat, thread and who closed it. The envelope's ids (webhook,
 * organization, requester) come with webhooks only.
 */
function deliveryOf(event: PolledEvent, chat: ArchivedThread): WebhookDelivery {
	const payload =
		event === 'incoming_chat'
			? { chat }
			: { chat_id: chat.id, thread_id: chat.thread.id, user_id: closedBy(chat) };
	if (payload.user_id === undefined) delete payload.user_id;
	// Typed as a delivery for the webhook trigger's simplifier and key; it has no envelope ids.
	return { action: event, payload } as unknown as WebhookDelivery;
}

/** The item the LiveChat Trigger emits for the same event, with the same `deliveryKey`. */
export function polledItem({ event, chat }: Happening, settings: ItemSettings): IDataObject {
	const delivery = deliveryOf(event, chat);
	const item = settings.output === 'raw' ? rawDelivery(delivery) : simplifyDelivery(delivery);
	const transcript =
		event === 'chat_deactivated' && settings.transcriptTimeZone
			? {
					transcript: transcriptText(
						[chat.thread],
						namesOf(chat.users),
						settings.transcriptTimeZone,
					),
				}
			: {};
	return {
		...(item as IDataObject),
		...transcript,
		deliveryKey: deliveryIdentity(delivery).key,
	};
}

/** When the event happened: a thread's start, or its last event for its end. */
export function eventTime({ event, chat }: Happening): string {
	const events = chat.thread.events ?? [];
	const last = events[events.length - 1]?.created_at;
	return (event === 'chat_deactivated' && last) || chat.thread.created_at || '';
}
