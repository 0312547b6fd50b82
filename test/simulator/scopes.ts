/** A method that takes any valid credential of the license but names no scope. */
export const ANY_SCOPE = '';

/**
 * Which scope each simulated method needs (undefined: no credential at all), and LiveChat's rule for comparing scopes:
 * "rw contains ro; all contains access (groups for tags), which contains my".
 */
export const REQUIRED_SCOPE: Record<string, string | undefined> = {
	// Configuration API
	register_webhook: 'webhooks.configuration:rw',
	list_webhooks: 'webhooks.configuration:rw',
	unregister_webhook: 'webhooks.configuration:rw',
	enable_license_webhooks: 'webhooks.state:rw',
	disable_license_webhooks: 'webhooks.state:rw',
	get_license_webhooks_state: 'webhooks.state:ro',
	list_webhook_names: undefined,
	list_tags: 'tags--groups:ro',
	create_tag: 'tags--groups:rw',
	update_tag: 'tags--groups:rw',
	delete_tag: 'tags--groups:rw',
	list_groups: 'groups--all:ro',
	list_agents: 'agents--all:ro',
	// Agent Chat API
	list_chats: 'chats--access:ro',
	get_chat: 'chats--access:ro',
	list_threads: 'chats--access:ro',
	list_archives: 'chats--access:ro',
	tag_thread: 'chats--access:rw',
	untag_thread: 'chats--access:rw',
	send_event: 'chats--access:rw',
	transfer_chat: 'chats--access:rw',
	deactivate_chat: 'chats--access:rw',
	add_user_to_chat: 'chats--access:rw',
	remove_user_from_chat: 'chats--access:rw',
	start_chat: 'chats--access:rw',
	resume_chat: 'chats--access:rw',
	list_agents_for_transfer: ANY_SCOPE,
	// Bots and routing statuses: the scope depends on whose bot or status (bots.ts checks it).
	create_bot: 'agents-bot--my:rw',
	update_bot: ANY_SCOPE,
	delete_bot: ANY_SCOPE,
	get_bot: ANY_SCOPE,
	list_bots: 'agents-bot--my:ro',
	issue_bot_token: ANY_SCOPE,
	set_routing_status: ANY_SCOPE,
	list_routing_statuses: ANY_SCOPE,
	list_customer_bans: 'banlist_read',
	unban_customer: 'banlist_write',
	register_property: 'properties.configuration:rw',
	list_properties: 'properties.configuration:rw',
	update_chat_properties: 'chats--access:rw',
	delete_chat_properties: 'chats--access:rw',
	update_thread_properties: 'chats--access:rw',
	delete_thread_properties: 'chats--access:rw',
	upload_file: ANY_SCOPE,
	send_typing_indicator: 'chats--access:rw',
	send_thinking_indicator: 'chats--access:rw',
	mark_events_as_seen: 'chats--access:ro',
	get_customer: 'customers:ro',
	update_customer: 'customers:rw',
	ban_customer: 'customers.ban:rw',
};

const LEVELS = ['my', 'access', 'groups', 'all'];

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
	if (need.level === undefined || have.level === need.level) return have.level === need.level;
	return LEVELS.indexOf(have.level) >= LEVELS.indexOf(need.level);
}

export function hasScope(scopes: string[], required: string) {
	return scopes.some((granted) => grants(granted, required));
}
