import type { ActionMethod, LiveChatMethod } from '../types/livechat';
import { isReportMethod } from '../types/livechat';

/** The scopes LiveChat gives every bot token (issue_bot_token). */
export const BOT_TOKEN_SCOPES = 'chats--access:rw, agents-bot--my:rw and customers:rw';

const CHATS_RO = 'chats--all:ro (or chats--access:ro)';
const CHATS_RW = 'chats--all:rw (or chats--access:rw)';
const TAGS_RW = 'tags--all:rw (or tags--groups:rw for the tags of your groups)';
const WEBHOOKS_RW = 'webhooks.configuration:rw';
const PROPERTIES_CONFIGURATION = 'properties.configuration:rw';
const LICENSE_VALUES_RW =
	"properties.license.value--my:rw for your app's namespace (properties.license.value--all:rw for others)";
const GROUP_VALUES_RW =
	"properties.group.value--my:rw for your app's namespace (properties.group.value--all:rw for others)";
const GROUPS_RW = 'groups--my:rw (groups--all:rw for groups you are not in)';
/** subscription.lc:rw is private: LiveChat gives it to no app of the Developer Console. */
const AGENT_ADMIN = 'agents--all:rw, accounts--all:rw and the private subscription.lc:rw';
const OTHER_APPS_BOTS_RW = 'agents-bot--my:rw (agents-bot--all:rw for bots of other apps)';

/**
 * The scope each method needs, with its documented alternatives (LiveChat's method pages, v3.6);
 * null where the docs name none. Every method has an entry, so a new one needs its scope here.
 */
export const REQUIRED_SCOPES: Readonly<Record<ActionMethod, string | null>> = {
	register_webhook: WEBHOOKS_RW,
	list_webhooks: WEBHOOKS_RW,
	unregister_webhook: WEBHOOKS_RW,
	enable_license_webhooks: 'webhooks.state:rw',
	get_license_webhooks_state: 'webhooks.state:ro',
	list_chats: CHATS_RO,
	get_chat: CHATS_RO,
	list_threads: CHATS_RO,
	list_archives: CHATS_RO,
	tag_thread: CHATS_RW,
	untag_thread: CHATS_RW,
	send_event: CHATS_RW,
	transfer_chat: CHATS_RW,
	deactivate_chat: CHATS_RW,
	add_user_to_chat: CHATS_RW,
	remove_user_from_chat: CHATS_RW,
	start_chat: CHATS_RW,
	resume_chat: CHATS_RW,
	get_customer: 'customers:ro',
	update_customer: 'customers:rw',
	ban_customer: 'customers.ban:rw',
	list_tags: 'tags--all:ro (or tags--groups:ro for the tags of your groups)',
	create_tag: TAGS_RW,
	update_tag: TAGS_RW,
	delete_tag: TAGS_RW,
	register_property: PROPERTIES_CONFIGURATION,
	unregister_property: PROPERTIES_CONFIGURATION,
	publish_property: PROPERTIES_CONFIGURATION,
	list_properties: PROPERTIES_CONFIGURATION,
	update_license_properties: LICENSE_VALUES_RW,
	list_license_properties:
		'properties.license.value--my:ro (properties.license.value--all:ro for other namespaces)',
	delete_license_properties: LICENSE_VALUES_RW,
	update_group_properties: GROUP_VALUES_RW,
	list_groups_properties: 'properties.group.value--all:ro',
	delete_group_properties: GROUP_VALUES_RW,
	create_greeting: 'greetings:rw',
	get_greeting: 'greetings:ro',
	list_greetings: 'greetings:ro',
	update_greeting: 'greetings:rw',
	delete_greeting: 'greetings:rw',
	add_auto_access: 'access_rules:rw',
	list_auto_accesses: 'access_rules:ro',
	update_auto_access: 'access_rules:rw',
	delete_auto_access: 'access_rules:rw',
	create_group: 'groups--all:rw',
	get_group: 'groups--my:ro (groups--all:ro for groups you are not in)',
	list_groups: 'groups--all:ro',
	update_group: GROUPS_RW,
	delete_group: GROUPS_RW,
	create_agent:
		'accounts--all:rc or accounts--all:rw (and accounts.roles.lc--all:rw for a role above Normal)',
	get_agent: 'agents--my:ro (agents--all:ro for other agents)',
	list_agents: 'agents--all:ro',
	update_agent:
		'agents--my:rw (agents--all:rw for other agents, accounts.roles.lc--all:rw to change a role)',
	delete_agent:
		'agents--my:rw and accounts--my:rw (agents--all:rw and accounts--all:rw for other agents)',
	suspend_agent: 'agents--all:rw and the private sessions--all:rw',
	unsuspend_agent: AGENT_ADMIN,
	approve_agent: AGENT_ADMIN,
	create_bot: 'agents-bot--my:rw',
	update_bot: OTHER_APPS_BOTS_RW,
	delete_bot: OTHER_APPS_BOTS_RW,
	reset_bot_secret: 'agents-bot--my:rw',
	get_bot: 'agents-bot--my:ro (agents-bot--all:ro for bots of other apps)',
	list_bots: 'agents-bot--my:ro (agents-bot--all:ro for all bots)',
	set_routing_status:
		'agents--my:rw for yourself, agents--all:rw for other agents, agents-bot--my:rw for the bots of your app, agents-bot--all:rw for other bots',
	list_routing_statuses: 'agents--all:ro and agents-bot--all:ro',
	list_customer_bans: 'banlist_read',
	update_chat_properties: CHATS_RW,
	delete_chat_properties: CHATS_RW,
	update_thread_properties: CHATS_RW,
	delete_thread_properties: CHATS_RW,
	update_event_properties: CHATS_RW,
	delete_event_properties: CHATS_RW,
	follow_chat: CHATS_RO,
	unfollow_chat: null,
	send_event_preview: CHATS_RW,
	send_rich_message_postback: CHATS_RW,
	request_thread_summary: CHATS_RW,
	multicast: 'multicast:rw',
	send_typing_indicator: CHATS_RW,
	send_thinking_indicator: CHATS_RW,
	mark_events_as_seen: CHATS_RO,
	unban_customer: 'banlist_write',
	list_agents_for_transfer: null,
	upload_file: null,
};

/**
 * The scope `method` needs: every Reports API report needs the same one; the legacy v2 call is
 * authorized by its webhook's token, so it has none to name (undefined).
 */
export function requiredScope(method: LiveChatMethod): string | null | undefined {
	if (isReportMethod(method)) return 'reports_read';
	return method === 'visitors/details' ? undefined : REQUIRED_SCOPES[method];
}

/**
 * Whether LiveChat refuses a requester who is not in the chat: `always` for events and
 * indicators, `unless ignored` where `ignore_requester_presence` lets it through.
 */
export type RequesterPresence = 'always' | 'unless ignored';

/** The methods that need the requester in the chat; the others do not. */
export const REQUESTER_PRESENCE: Readonly<Partial<Record<LiveChatMethod, RequesterPresence>>> = {
	send_event: 'always',
	send_event_preview: 'always',
	send_typing_indicator: 'always',
	send_thinking_indicator: 'always',
	add_user_to_chat: 'unless ignored',
	deactivate_chat: 'unless ignored',
	remove_user_from_chat: 'unless ignored',
	transfer_chat: 'unless ignored',
};
