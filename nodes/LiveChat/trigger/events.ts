import type { INodePropertyOptions } from 'n8n-workflow';

import type { WebhookAction } from '../types/livechat';

/**
 * What LiveChat lets a registration narrow, by the kind of thing an action is about
 * (Configuration API v3.6 trigger table). `source_type` is supported by every action.
 * - chat: chat_presence, only_my_chats, additional data
 * - message: the same plus author_type
 * - customer: chat_presence and additional data
 * - agentStatus, configuration: source_type only
 */
export type ActionScope = 'chat' | 'message' | 'customer' | 'agentStatus' | 'configuration';

interface ActionInfo {
	name: string;
	description: string;
	scope: ActionScope;
}

export const ACTION_INFO: Record<WebhookAction, ActionInfo> = {
	agent_approved: {
		name: 'Agent Approved',
		description: 'An agent account was approved',
		scope: 'configuration',
	},
	agent_created: {
		name: 'Agent Created',
		description: 'An agent was added',
		scope: 'configuration',
	},
	agent_deleted: {
		name: 'Agent Deleted',
		description: 'An agent was removed',
		scope: 'configuration',
	},
	agent_suspended: {
		name: 'Agent Suspended',
		description: 'An agent was suspended',
		scope: 'configuration',
	},
	agent_unsuspended: {
		name: 'Agent Unsuspended',
		description: 'An agent was unsuspended',
		scope: 'configuration',
	},
	agent_updated: {
		name: 'Agent Updated',
		description: 'An agent was changed (only the changed fields are sent)',
		scope: 'configuration',
	},
	auto_accesses_updated: {
		name: 'Auto Accesses Updated',
		description: 'Auto access rules were added, changed or removed',
		scope: 'configuration',
	},
	bot_created: { name: 'Bot Created', description: 'A bot was created', scope: 'configuration' },
	bot_deleted: { name: 'Bot Deleted', description: 'A bot was deleted', scope: 'configuration' },
	bot_updated: { name: 'Bot Updated', description: 'A bot was changed', scope: 'configuration' },
	chat_access_updated: {
		name: 'Chat Access Updated',
		description: 'The groups that can access a chat changed',
		scope: 'chat',
	},
	chat_deactivated: {
		name: 'Chat Deactivated',
		description: 'A chat ended (its thread was closed)',
		scope: 'chat',
	},
	chat_properties_deleted: {
		name: 'Chat Properties Deleted',
		description: 'Chat properties were deleted',
		scope: 'chat',
	},
	chat_properties_updated: {
		name: 'Chat Properties Updated',
		description: 'Chat properties were set or changed',
		scope: 'chat',
	},
	chat_transferred: {
		name: 'Chat Transferred',
		description: 'A chat was transferred to another agent or group',
		scope: 'chat',
	},
	customer_session_fields_updated: {
		name: 'Customer Session Fields Updated',
		description: "A customer's session fields changed (sent once per active chat)",
		scope: 'customer',
	},
	event_deleted: {
		name: 'Event Deleted',
		description: 'A message or other event was deleted from a chat',
		scope: 'chat',
	},
	event_properties_deleted: {
		name: 'Event Properties Deleted',
		description: 'Event properties were deleted',
		scope: 'chat',
	},
	event_properties_updated: {
		name: 'Event Properties Updated',
		description: 'Event properties were set or changed',
		scope: 'chat',
	},
	event_updated: {
		name: 'Event Updated',
		description: 'A message or other event in a chat was edited',
		scope: 'message',
	},
	events_marked_as_seen: {
		name: 'Events Marked As Seen',
		description: 'A user read the events of a chat up to a point in time',
		scope: 'chat',
	},
	group_created: {
		name: 'Group Created',
		description: 'A group was created',
		scope: 'configuration',
	},
	group_deleted: {
		name: 'Group Deleted',
		description: 'A group was deleted',
		scope: 'configuration',
	},
	group_updated: {
		name: 'Group Updated',
		description: 'A group was changed',
		scope: 'configuration',
	},
	incoming_chat: {
		name: 'Incoming Chat',
		description: 'A chat started, or a new thread started in an existing chat',
		scope: 'chat',
	},
	incoming_event: {
		name: 'Incoming Event',
		description: 'A message, file or other event was sent in a chat',
		scope: 'message',
	},
	incoming_rich_message_postback: {
		name: 'Incoming Rich Message Postback',
		description: 'A user clicked a button of a rich message',
		scope: 'chat',
	},
	routing_status_set: {
		name: 'Routing Status Set',
		description: "An agent's or bot's routing status changed",
		scope: 'agentStatus',
	},
	tag_created: { name: 'Tag Created', description: 'A tag was created', scope: 'configuration' },
	tag_deleted: { name: 'Tag Deleted', description: 'A tag was deleted', scope: 'configuration' },
	tag_updated: { name: 'Tag Updated', description: 'A tag was changed', scope: 'configuration' },
	thread_properties_deleted: {
		name: 'Thread Properties Deleted',
		description: 'Thread properties were deleted',
		scope: 'chat',
	},
	thread_properties_updated: {
		name: 'Thread Properties Updated',
		description: 'Thread properties were set or changed',
		scope: 'chat',
	},
	thread_summary_set: {
		name: 'Thread Summary Set',
		description: 'A summary of a thread was generated',
		scope: 'chat',
	},
	thread_tagged: {
		name: 'Thread Tagged',
		description: 'A tag was added to a thread',
		scope: 'chat',
	},
	thread_untagged: {
		name: 'Thread Untagged',
		description: 'A tag was removed from a thread',
		scope: 'chat',
	},
	user_added_to_chat: {
		name: 'User Added To Chat',
		description: 'An agent or customer joined a chat',
		scope: 'chat',
	},
	user_removed_from_chat: {
		name: 'User Removed From Chat',
		description: 'An agent or customer left a chat',
		scope: 'chat',
	},
};

/** The "Trigger On" options, sorted by name. */
export const TRIGGER_ON_OPTIONS: INodePropertyOptions[] = (
	Object.entries(ACTION_INFO) as Array<[WebhookAction, ActionInfo]>
)
	.map(([value, info]) => ({ name: info.name, value, description: info.description }))
	.sort((a, b) => a.name.localeCompare(b.name));

export function supportsChatFilters(action: WebhookAction): boolean {
	const { scope } = ACTION_INFO[action];
	return scope === 'chat' || scope === 'message' || scope === 'customer';
}

export function supportsOnlyMyChats(action: WebhookAction): boolean {
	const { scope } = ACTION_INFO[action];
	return scope === 'chat' || scope === 'message';
}

export function supportsAuthorType(action: WebhookAction): boolean {
	return ACTION_INFO[action].scope === 'message';
}

/** Additional data describes a chat, so only chat-related actions can carry it. */
export const supportsAdditionalData = supportsChatFilters;
