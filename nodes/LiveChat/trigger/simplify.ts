import type { IDataObject } from 'n8n-workflow';

import { eventDetails, eventText, filledForms } from '../shared/chatEvents';
import { peopleOf } from '../shared/chatPeople';
import { normalRoutingStatus } from '../shared/routingStatus';
import type {
	ChatEvent,
	ChatUser,
	Properties,
	RawDelivery,
	SessionFields,
	WebhookAction,
	WebhookDelivery,
	WebhookPayloads,
} from '../types/livechat';

type Simplifier<A extends WebhookAction> = (payload: WebhookPayloads[A]) => IDataObject;

/** LiveChat customer ids are UUIDs; agents are identified by e-mail and bots by a hex id. */
const CUSTOMER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isCustomerId(id: unknown): boolean {
	return typeof id === 'string' && CUSTOMER_ID.test(id);
}

function simplifyEvent(event: ChatEvent | undefined, users: ChatUser[] = []): IDataObject {
	if (!event) return { eventId: null };
	const author = users.find((user) => user.id === event.author_id);
	return {
		eventId: event.id,
		eventType: event.type,
		text: eventText(event),
		authorId: event.author_id ?? null,
		authorIsCustomer: author ? author.type === 'customer' : isCustomerId(event.author_id),
		visibility: event.visibility ?? null,
		createdAt: event.created_at ?? null,
		...eventDetails(event),
	};
}

function sessionFieldsObject(fields: SessionFields | undefined): IDataObject {
	return Object.assign({}, ...(fields ?? []));
}

const chatAndThread = (p: { chat_id: string; thread_id?: string }): IDataObject => ({
	chatId: p.chat_id,
	threadId: p.thread_id ?? null,
});

const withProperties = (p: {
	chat_id: string;
	thread_id?: string;
	event_id?: string;
	properties: unknown;
}): IDataObject => ({
	...chatAndThread(p),
	...(p.event_id !== undefined ? { eventId: p.event_id } : {}),
	properties: p.properties as IDataObject,
});

const tagged = (p: WebhookPayloads['thread_tagged']): IDataObject => ({
	...chatAndThread(p),
	tag: p.tag,
});

const entity =
	(key: string) =>
	(payload: unknown): IDataObject => ({ [key]: payload as IDataObject });

const SIMPLIFIERS: { [A in WebhookAction]: Simplifier<A> } = {
	incoming_chat: ({ chat, transferred_from }) => {
		const users = chat.users ?? [];
		const thread = chat.thread;
		const groupIds = thread?.access?.group_ids ?? chat.access?.group_ids ?? [];
		return {
			chatId: chat.id,
			threadId: thread?.id ?? null,
			...peopleOf(users),
			messages: (thread?.events ?? [])
				.filter((event) => event.type === 'message' || event.type === 'file')
				.map((event) => simplifyEvent(event, users)),
			// The pre-chat survey's answers, what CRM enrichment reads.
			forms: filledForms(thread?.events),
			tags: thread?.tags ?? [],
			groupId: groupIds[0] ?? null,
			groupIds,
			createdAt: thread?.created_at ?? null,
			// Only while nobody has taken the chat: where it waits (position, wait_time, queued_at).
			queue: (thread?.queue as IDataObject | undefined) ?? null,
			...(transferred_from ? { transferredFrom: transferred_from as IDataObject } : {}),
		};
	},
	chat_deactivated: (p) => ({ ...chatAndThread(p), userId: p.user_id ?? null }),
	chat_access_updated: (p) => ({ chatId: p.id, groupIds: p.access?.group_ids ?? [] }),
	chat_transferred: (p) => ({
		...chatAndThread(p),
		reason: p.reason,
		requesterId: p.requester_id ?? null,
		transferredTo: {
			groupIds: p.transferred_to?.group_ids ?? [],
			agentIds: p.transferred_to?.agent_ids ?? [],
		},
		queue: (p.queue as IDataObject | undefined) ?? null,
	}),
	user_added_to_chat: (p) => ({
		...chatAndThread(p),
		user: {
			id: p.user?.id,
			type: p.user?.type ?? p.user_type ?? null,
			name: p.user?.name ?? null,
			email: p.user?.email ?? null,
		},
		reason: p.reason ?? null,
		requesterId: p.requester_id ?? null,
	}),
	user_removed_from_chat: (p) => ({
		...chatAndThread(p),
		userId: p.user_id,
		userType: p.user_type ?? null,
		reason: p.reason ?? null,
		requesterId: p.requester_id ?? null,
	}),
	incoming_event: (p) => ({ ...chatAndThread(p), ...simplifyEvent(p.event) }),
	event_updated: (p) => ({ ...chatAndThread(p), ...simplifyEvent(p.event) }),
	event_deleted: (p) => ({ ...chatAndThread(p), eventId: p.event_id }),
	incoming_rich_message_postback: (p) => ({
		...chatAndThread(p),
		eventId: p.event_id,
		userId: p.user_id,
		postback: p.postback as IDataObject,
	}),
	chat_properties_updated: withProperties,
	chat_properties_deleted: withProperties,
	thread_properties_updated: withProperties,
	thread_properties_deleted: withProperties,
	event_properties_updated: withProperties,
	event_properties_deleted: withProperties,
	thread_tagged: tagged,
	thread_untagged: tagged,
	routing_status_set: (p) => ({ agentId: p.agent_id, status: normalRoutingStatus(p.status) }),
	customer_session_fields_updated: (p) => ({
		customerId: p.id,
		chatId: p.active_chat?.chat_id ?? null,
		threadId: p.active_chat?.thread_id ?? null,
		sessionFields: sessionFieldsObject(p.session_fields),
	}),
	events_marked_as_seen: (p) => ({ chatId: p.chat_id, userId: p.user_id, seenUpTo: p.seen_up_to }),
	thread_summary_set: (p) => ({
		...chatAndThread(p),
		summary: p.summary?.text ?? null,
		summaryStatus: p.summary?.status ?? null,
		summaryUpdatedAt: p.summary?.updated_at ?? null,
	}),
	agent_created: entity('agent'),
	agent_updated: entity('agent'),
	agent_approved: entity('agent'),
	agent_suspended: entity('agent'),
	agent_unsuspended: entity('agent'),
	agent_deleted: entity('agent'),
	bot_created: entity('bot'),
	bot_updated: entity('bot'),
	bot_deleted: entity('bot'),
	group_created: entity('group'),
	group_updated: entity('group'),
	group_deleted: entity('group'),
	tag_created: entity('tag'),
	tag_updated: entity('tag'),
	tag_deleted: entity('tag'),
	auto_accesses_updated: (changes) => ({ autoAccesses: changes as unknown as IDataObject[] }),
};

/** One flat item per delivery: the ids and facts a workflow usually needs, in camelCase. */
export function simplifyDelivery(delivery: WebhookDelivery): IDataObject {
	const simplify = SIMPLIFIERS[delivery.action] as Simplifier<WebhookAction>;
	const extra = delivery.additional_data ?? {};
	return {
		action: delivery.action,
		...simplify(delivery.payload ?? ({} as never)),
		...(extra.chat_properties ? { chatProperties: extra.chat_properties as Properties } : {}),
		...(extra.chat_presence_user_ids ? { chatPresenceUserIds: extra.chat_presence_user_ids } : {}),
		...(delivery.requester?.user_id ? { requesterId: delivery.requester.user_id } : {}),
		organizationId: delivery.organization_id ?? null,
	};
}

/** The envelope and payload as LiveChat sent them, without the secret. */
export function rawDelivery(delivery: WebhookDelivery): RawDelivery {
	const raw: Partial<WebhookDelivery> = { ...delivery };
	delete raw.secret_key;
	// What is left is exactly RawDelivery; TypeScript does not narrow a union by `delete`.
	return raw as RawDelivery;
}
