/** A method that takes any valid credential of the license but names no scope ("Required scopes: -"). */
export const ANY_SCOPE = '';

/** One scope, or a list of which any one will do (a method page listing `tags--all:rw` `tags--groups:rw`). */
export type RequiredScope = string | string[];

const CHATS_RO = ['chats--all:ro', 'chats--access:ro'];
const CHATS_RW = ['chats--all:rw', 'chats--access:rw'];
const TAGS_RO = ['tags--all:ro', 'tags--groups:ro'];
const TAGS_RW = ['tags--all:rw', 'tags--groups:rw'];

/**
 * Which scope each simulated method needs, as its method page says (undefined: no credential at
 * all). Where the scope depends on the target (whose bot, whose routing status, which chat's
 * groups), the method checks the rest itself (bots.ts, calls.ts `assertChatAccess`).
 */
export const REQUIRED_SCOPE: Record<string, RequiredScope | undefined> = {
	// Configuration API
	register_webhook: 'webhooks.configuration:rw',
	list_webhooks: 'webhooks.configuration:rw',
	unregister_webhook: 'webhooks.configuration:rw',
	enable_license_webhooks: 'webhooks.state:rw',
	disable_license_webhooks: 'webhooks.state:rw',
	get_license_webhooks_state: 'webhooks.state:ro',
	// "This method requires no authorization."
	list_webhook_names: undefined,
	list_tags: TAGS_RO,
	create_tag: TAGS_RW,
	update_tag: TAGS_RW,
	delete_tag: TAGS_RW,
	// Agents and groups: --my for the caller's own agent or groups, --all for the others (team.ts).
	create_agent: ['accounts--all:rc', 'accounts--all:rw'],
	get_agent: ['agents--my:ro', 'agents--all:ro'],
	list_agents: 'agents--all:ro',
	update_agent: ['agents--my:rw', 'agents--all:rw'],
	delete_agent: ['agents--my:rw', 'agents--all:rw'],
	// With the private scopes the method checks itself.
	suspend_agent: 'agents--all:rw',
	unsuspend_agent: 'agents--all:rw',
	approve_agent: 'agents--all:rw',
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
	get_group: ['groups--my:ro', 'groups--all:ro'],
	list_groups: 'groups--all:ro',
	update_group: ['groups--my:rw', 'groups--all:rw'],
	delete_group: ['groups--my:rw', 'groups--all:rw'],
	create_bot: 'agents-bot--my:rw',
	// --my for the app's own bots, --all for the others (bots.ts).
	update_bot: ['agents-bot--my:rw', 'agents-bot--all:rw'],
	delete_bot: ['agents-bot--my:rw', 'agents-bot--all:rw'],
	get_bot: ['agents-bot--my:ro', 'agents-bot--all:ro'],
	list_bots: ['agents-bot--my:ro', 'agents-bot--all:ro'],
	reset_bot_secret: 'agents-bot--my:rw',
	issue_bot_token: ANY_SCOPE,
	list_customer_bans: 'banlist_read',
	unban_customer: 'banlist_write',
	register_property: 'properties.configuration:rw',
	unregister_property: 'properties.configuration:rw',
	publish_property: 'properties.configuration:rw',
	list_properties: 'properties.configuration:rw',
	// --my for the caller's own namespace, --all for the others (properties.ts).
	update_license_properties: [
		'properties.license.value--my:rw',
		'properties.license.value--all:rw',
	],
	list_license_properties: ['properties.license.value--my:ro', 'properties.license.value--all:ro'],
	delete_license_properties: [
		'properties.license.value--my:rw',
		'properties.license.value--all:rw',
	],
	update_group_properties: ['properties.group.value--my:rw', 'properties.group.value--all:rw'],
	list_groups_properties: 'properties.group.value--all:ro',
	delete_group_properties: ['properties.group.value--my:rw', 'properties.group.value--all:rw'],
	// Agent Chat API
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
	list_agents_for_transfer: ANY_SCOPE,
	// agents--my/--all:rw for agents, agents-bot--my/--all:rw for bots (bots.ts).
	set_routing_status: ANY_SCOPE,
	// agents--all:ro and agents-bot--all:ro, both (bots.ts).
	list_routing_statuses: ANY_SCOPE,
	update_chat_properties: CHATS_RW,
	delete_chat_properties: CHATS_RW,
	update_thread_properties: CHATS_RW,
	update_event_properties: CHATS_RW,
	delete_event_properties: CHATS_RW,
	follow_chat: CHATS_RO,
	// "Required scopes: -".
	unfollow_chat: ANY_SCOPE,
	send_event_preview: CHATS_RW,
	send_rich_message_postback: CHATS_RW,
	request_thread_summary: CHATS_RW,
	multicast: 'multicast:rw',
	delete_thread_properties: CHATS_RW,
	upload_file: ANY_SCOPE,
	send_typing_indicator: CHATS_RW,
	send_thinking_indicator: CHATS_RW,
	mark_events_as_seen: CHATS_RO,
	get_customer: 'customers:ro',
	update_customer: 'customers:rw',
	ban_customer: 'customers.ban:rw',
};

/**
 * LiveChat's rules for comparing scopes (Scopes, "General rules"): "all `rw` scopes contain `ro`
 * privileges; all `access` scopes contain `my` privileges; all `all` scopes contain `access`
 * privileges and `my` privileges". Other levels (`groups` of tags) match only themselves.
 */
const LEVELS = ['my', 'access', 'all'];

function parse(scope: string) {
	const [name, mode = 'ro'] = scope.split(':');
	const [resource, level] = name.split('--');
	return { resource, level, mode };
}

/** Whether `granted` includes `required`. */
export function grants(granted: string, required: string) {
	const have = parse(granted);
	const need = parse(required);
	if (have.resource !== need.resource) return false;
	if (need.mode === 'rw' && have.mode !== 'rw') return false;
	// `own` (only what the user created) is narrower than `ro`.
	if (need.mode === 'ro' && !['ro', 'rw', 'rc'].includes(have.mode)) return false;
	if (need.mode !== 'rw' && need.mode !== 'ro' && have.mode !== need.mode) return false;
	if (have.level === need.level) return true;
	if (!LEVELS.includes(have.level) || !LEVELS.includes(need.level)) return false;
	return LEVELS.indexOf(have.level) >= LEVELS.indexOf(need.level);
}

/** Whether the scopes include `required` (any one of a list). */
export function hasScope(scopes: string[], required: RequiredScope) {
	const wanted = Array.isArray(required) ? required : [required];
	return wanted.some((one) => scopes.some((granted) => grants(granted, one)));
}

/** How an error names what is required: "chats--all:rw or chats--access:rw". */
export const describeScope = (required: RequiredScope) =>
	Array.isArray(required) ? required.join(' or ') : required;
