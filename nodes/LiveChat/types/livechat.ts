/**
 * LiveChat API v3.6 shapes: the webhook envelope, every webhook action's payload, the chat data
 * structures they carry, and the Configuration API answers the trigger relies on.
 * Exported from the package root for users' own code. Fields LiveChat marks optional, or sends
 * only when set, are optional here.
 */

export const WEBHOOK_ACTIONS = [
	'agent_approved',
	'agent_created',
	'agent_deleted',
	'agent_suspended',
	'agent_unsuspended',
	'agent_updated',
	'auto_accesses_updated',
	'bot_created',
	'bot_deleted',
	'bot_updated',
	'chat_access_updated',
	'chat_deactivated',
	'chat_properties_deleted',
	'chat_properties_updated',
	'chat_transferred',
	'customer_session_fields_updated',
	'event_deleted',
	'event_properties_deleted',
	'event_properties_updated',
	'event_updated',
	'events_marked_as_seen',
	'group_created',
	'group_deleted',
	'group_updated',
	'incoming_chat',
	'incoming_event',
	'incoming_rich_message_postback',
	'routing_status_set',
	'tag_created',
	'tag_deleted',
	'tag_updated',
	'thread_properties_deleted',
	'thread_properties_updated',
	'thread_summary_set',
	'thread_tagged',
	'thread_untagged',
	'user_added_to_chat',
	'user_removed_from_chat',
] as const;

export type WebhookAction = (typeof WEBHOOK_ACTIONS)[number];

export function isWebhookAction(value: unknown): value is WebhookAction {
	return typeof value === 'string' && (WEBHOOK_ACTIONS as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------------------------
// Chat data structures
// ---------------------------------------------------------------------------------------------

/** `{ "<namespace>": { "<property>": value } }` */
export type Properties = Record<string, Record<string, unknown>>;

export interface Access {
	group_ids?: number[];
}

export interface Queue {
	position?: number;
	wait_time?: number;
	queued_at?: string;
}

export interface Geolocation {
	country?: string;
	country_code?: string;
	region?: string;
	city?: string;
	timezone?: string;
	latitude?: string;
	longitude?: string;
}

export interface Visit {
	started_at?: string;
	ended_at?: string;
	referrer?: string;
	ip?: string;
	user_agent?: string;
	geolocation?: Geolocation;
	last_pages?: Array<{ opened_at?: string; url?: string; title?: string }>;
}

export interface CustomerStatistics {
	chats_count?: number;
	threads_count?: number;
	visits_count?: number;
	page_views_count?: number;
	greetings_shown_count?: number;
	greetings_accepted_count?: number;
	tickets_count?: number;
}

/** Session fields are an ordered list of single-key objects. */
export type SessionFields = Array<Record<string, string>>;

export interface Customer {
	id: string;
	type: 'customer';
	name?: string;
	email?: string;
	email_verified?: boolean;
	avatar?: string;
	phone_number?: string;
	created_at?: string;
	present?: boolean;
	events_seen_up_to?: string;
	session_fields?: SessionFields;
	visit?: Visit;
	statistics?: CustomerStatistics;
	agent_last_event_created_at?: string;
	customer_last_event_created_at?: string;
	chat_ids?: string[];
	address?: {
		address?: string;
		city?: string;
		country?: string;
		state?: string;
		postal_code?: string;
	};
}

export interface AgentUser {
	id: string;
	type: 'agent';
	name?: string;
	email?: string;
	avatar?: string;
	present?: boolean;
	visibility?: 'all' | 'agents';
	events_seen_up_to?: string;
}

export type ChatUser = Customer | AgentUser;

interface EventBase {
	id: string;
	custom_id?: string;
	created_at: string;
	visibility?: 'all' | 'agents';
	author_id?: string;
	properties?: Properties;
	/** A deleted event keeps its id, type and author; its content is gone. */
	deleted?: boolean;
}

export interface MessageEvent extends EventBase {
	type: 'message';
	/** Absent on a deleted message. */
	text?: string;
	postback?: { id: string; thread_id: string; event_id: string; type?: string; value?: string };
}

export interface SystemMessageEvent extends EventBase {
	type: 'system_message';
	text?: string;
	system_message_type?: string;
	text_vars?: Record<string, string>;
}

export interface FileEvent extends EventBase {
	type: 'file';
	name?: string;
	url?: string;
	thumbnail_url?: string;
	thumbnail2x_url?: string;
	content_type?: string;
	size?: number;
	width?: number;
	height?: number;
	alternative_text?: string;
}

export interface RichMessageButton {
	text?: string;
	type?: string;
	value?: string;
	postback_id?: string;
	user_ids?: string[];
}

export interface RichMessageElement {
	title?: string;
	subtitle?: string;
	image?: { url?: string; name?: string; alternative_text?: string };
	buttons?: RichMessageButton[];
}

export interface RichMessageEvent extends EventBase {
	type: 'rich_message';
	template_id?: string;
	elements?: RichMessageElement[];
}

/** A choice of a radio, select or group chooser field; a group chooser's names its group. */
export interface FormChoice {
	id: string;
	label: string;
	group_id?: number;
}

/**
 * A field of a form: `answer` is text for text fields and a choice for radio, select and group
 * chooser fields; a checkbox field answers `answers`. An unfilled form has `options` instead.
 */
export interface FormField {
	type: string;
	id: string;
	label?: string;
	required?: boolean;
	answer?: string | FormChoice;
	answers?: FormChoice[];
	options?: FormChoice[];
}

export interface FormEvent extends EventBase {
	type: 'form' | 'filled_form';
	form_id?: string;
	/** prechat, postchat, ask_for_email … */
	form_type?: string;
	fields?: FormField[];
}

export interface CustomEvent extends EventBase {
	type: 'custom';
	content?: Record<string, unknown>;
}

/** Sent by integrations (`source`, e.g. cdp for a store order), with JSON text in `details`. */
export interface SystemEvent extends EventBase {
	type: 'system';
	source?: string;
	subtype?: string;
	version?: number;
	details?: string;
}

export type ChatEvent =
	| MessageEvent
	| SystemMessageEvent
	| FileEvent
	| RichMessageEvent
	| FormEvent
	| CustomEvent
	| SystemEvent;

export interface ThreadSummary {
	status?: string;
	text?: string;
	updated_at?: string;
}

export interface Thread {
	id: string;
	active?: boolean;
	user_ids?: string[];
	events?: ChatEvent[];
	tags?: string[];
	properties?: Properties;
	access?: Access;
	created_at?: string;
	queue?: Queue;
	previous_thread_id?: string;
	next_thread_id?: string;
	summary?: ThreadSummary;
}

export interface Chat {
	id: string;
	users: ChatUser[];
	properties?: Properties;
	access?: Access;
	thread?: Thread;
	is_followed?: boolean;
}

export interface TransferTarget {
	group_ids?: number[];
	agent_ids?: string[];
}

// ---------------------------------------------------------------------------------------------
// Configuration entities
// ---------------------------------------------------------------------------------------------

export interface Agent {
	id: string;
	/** The agent's account (the Account ID of its Personal Access Tokens and OAuth tokens). */
	account_id?: string;
	name?: string;
	role?: string;
	avatar_path?: string;
	job_title?: string;
	mobile?: string;
	max_chats_count?: number;
	login_status?: string;
	awaiting_approval?: boolean;
	suspended?: boolean;
	groups?: Array<{ id: number; priority?: string }>;
	notifications?: string[];
	email_subscriptions?: string[];
	work_scheduler?: WorkScheduler;
	/** RFC 3339; absent until the agent first logs out. */
	last_logout?: string;
}

/** An agent's working hours (create_agent, update_agent, get_agent with `work_scheduler`). */
export interface WorkScheduler {
	timezone?: string;
	schedule?: Array<{ day: string; enabled: boolean; start: string; end: string }>;
}

export interface Bot {
	id: string;
	name?: string;
	avatar_path?: string;
	default_group_priority?: string;
	max_chats_count?: number;
	groups?: Array<{ id: number; priority?: string }>;
	owner_client_id?: string;
	timezone?: string;
	job_title?: string;
	type?: string;
	work_scheduler?: Record<string, unknown>;
}

export interface Group {
	id: number;
	name?: string;
	language_code?: string;
	agent_priorities?: Record<string, string>;
	routing_status?: string;
}

export interface Tag {
	name: string;
	group_ids?: number[];
	author_id?: string;
	created_at?: string;
}

/** A property an app registered (list_properties answers them by name). */
export type PropertyDefinition = {
	type: 'bool' | 'int' | 'string' | 'tokenized_string';
	description?: string;
	access: Record<string, Record<string, string[]>>;
	domain?: PropertyValue[];
	range?: { from?: number; to?: number };
	default_value?: PropertyValue;
	public_access?: string[];
};

export type PropertyValue = string | number | boolean;

/** Property values by namespace and name: `{ "<namespace>": { "<name>": value } }`. */
export type PropertyValues = Record<string, Record<string, PropertyValue>>;

/** A greeting (an invitation the chat widget shows visitors), as get_greeting answers. */
export interface Greeting {
	id: number;
	type?: 'normal' | 'announcement' | string;
	active?: boolean;
	active_from?: string;
	active_until?: string;
	name?: string;
	group?: number;
	rules?: Array<Record<string, unknown>>;
	properties?: Record<string, string>;
	rich_message?: Record<string, unknown>;
}

export interface ListGreetingsResponse extends PageLinks {
	greetings: Greeting[];
	found_greetings?: number;
}

/** A routing rule (auto access): the groups that get chats of visitors matching the conditions. */
export interface AutoAccess {
	id: string;
	description?: string;
	access: { groups: number[] };
	conditions: Record<string, unknown>;
	/** The rule LiveChat checks after this one; "" (or none) for the last. */
	next_id?: string;
}

/** One change of the routing rules; a delivery lists every rule whose place or content changed. */
export interface AutoAccessChange {
	status: 'added' | 'updated' | 'deleted';
	id: string;
	next_id?: string;
	description?: string;
	access?: { groups?: number[] };
	conditions?: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// Webhook payloads, one per action
// ---------------------------------------------------------------------------------------------

interface ChatRef {
	chat_id: string;
}
interface ThreadRef extends ChatRef {
	thread_id: string;
}

export interface WebhookPayloads {
	incoming_chat: { chat: Chat; transferred_from?: TransferTarget };
	chat_deactivated: ThreadRef & { user_id?: string };
	chat_access_updated: { id: string; access: Access };
	chat_transferred: ChatRef & {
		thread_id?: string;
		requester_id?: string;
		reason: 'manual' | 'inactive' | 'assigned' | 'unassigned' | 'other';
		transferred_to: TransferTarget;
		queue?: Queue;
	};
	user_added_to_chat: ChatRef & {
		thread_id?: string;
		user: ChatUser;
		user_type?: 'agent' | 'customer';
		reason?: string;
		requester_id?: string;
	};
	user_removed_from_chat: ChatRef & {
		thread_id?: string;
		user_id: string;
		user_type?: 'agent' | 'customer';
		reason?: string;
		requester_id?: string;
	};
	incoming_event: ThreadRef & { event: ChatEvent };
	event_updated: ThreadRef & { event: ChatEvent };
	event_deleted: ThreadRef & { event_id: string };
	incoming_rich_message_postback: ThreadRef & {
		user_id: string;
		event_id: string;
		postback: {
			id: string;
			toggled: boolean;
			button_type?: string;
			button_value?: string;
			ecommerce?: Record<string, unknown>;
		};
	};
	chat_properties_updated: ChatRef & { properties: Properties };
	chat_properties_deleted: ChatRef & { properties: Record<string, string[]> };
	thread_properties_updated: ThreadRef & { properties: Properties };
	thread_properties_deleted: ThreadRef & { properties: Record<string, string[]> };
	event_properties_updated: ThreadRef & { event_id: string; properties: Properties };
	event_properties_deleted: ThreadRef & { event_id: string; properties: Record<string, string[]> };
	thread_tagged: ThreadRef & { tag: string };
	thread_untagged: ThreadRef & { tag: string };
	routing_status_set: {
		agent_id: string;
		status: 'accepting chats' | 'not accepting chats' | 'offline';
	};
	customer_session_fields_updated: {
		id: string;
		active_chat: ThreadRef;
		session_fields: SessionFields;
	};
	events_marked_as_seen: ChatRef & { user_id: string; seen_up_to: string };
	thread_summary_set: ThreadRef & { summary: ThreadSummary };
	agent_created: Agent;
	agent_updated: Partial<Agent> & { id: string };
	agent_approved: { id: string };
	agent_suspended: { id: string };
	agent_unsuspended: { id: string };
	agent_deleted: { id: string };
	bot_created: Bot;
	bot_updated: Partial<Bot> & { id: string };
	bot_deleted: { id: string };
	group_created: Group;
	group_updated: Partial<Group> & { id: number };
	group_deleted: { id: number };
	tag_created: Tag;
	tag_updated: Tag;
	tag_deleted: { name: string };
	auto_accesses_updated: AutoAccessChange[];
}

export interface AdditionalData {
	chat_properties?: Properties;
	chat_presence_user_ids?: string[];
}

/** Who made a configuration change; sent with configuration webhooks only. */
export interface Requester {
	user_id?: string;
	account_id?: string;
	client_id?: string;
}

export interface WebhookEnvelope<A extends WebhookAction = WebhookAction> {
	/** The registration's id, not a per-delivery id. */
	webhook_id: string;
	secret_key: string;
	action: A;
	organization_id: string;
	/** Only in deliveries of registrations made with API v3.2 or v3.3. */
	license_id?: number;
	payload: WebhookPayloads[A];
	additional_data?: AdditionalData;
	requester?: Requester;
}

/** Any delivery, discriminated by `action`. */
export type WebhookDelivery = { [A in WebhookAction]: WebhookEnvelope<A> }[WebhookAction];

/** What the trigger emits in raw mode: the envelope as sent, without its secret. */
export type RawDelivery = {
	[A in WebhookAction]: Omit<WebhookEnvelope<A>, 'secret_key'>;
}[WebhookAction];

// ---------------------------------------------------------------------------------------------
// Configuration API answers and errors
// ---------------------------------------------------------------------------------------------

export type WebhookType = 'license' | 'bot';

export interface WebhookFilters {
	author_type?: 'customer' | 'agent';
	only_my_chats?: boolean;
	chat_presence?: {
		user_ids?: { values?: string[]; exclude_values?: string[] };
		my_bots?: boolean;
	};
	source_type?: Array<'my_client' | 'other_clients' | 'system'>;
	/** routing_status_set only. ❓ Its shape is not documented: sent as a list of IDs. */
	agent_ids?: string[];
}

export type AdditionalDataKind = keyof AdditionalData;

export interface RegisterWebhookRequest {
	url: string;
	action: WebhookAction;
	secret_key: string;
	owner_client_id: string;
	type: WebhookType;
	description?: string;
	additional_data?: AdditionalDataKind[];
	filters?: WebhookFilters;
}

/** An entry of `list_webhooks`; LiveChat never returns the secret. */
export interface RegisteredWebhook {
	id: string;
	url: string;
	action: string;
	description?: string;
	filters?: WebhookFilters;
	additional_data?: AdditionalDataKind[];
	owner_client_id: string;
	type: WebhookType;
}

export interface LicenseWebhooksState {
	license_webhooks_enabled: boolean;
}

export interface LiveChatErrorBody {
	error: {
		type: string;
		message?: string;
		data?: Record<string, unknown>;
	};
}

// ---------------------------------------------------------------------------------------------
// Agent Chat API answers the action node reads
// ---------------------------------------------------------------------------------------------

/** Cursor links of a paginated answer; each is present only when that page exists. */
export interface PageLinks {
	next_page_id?: string;
	previous_page_id?: string;
}

/** An entry of `list_chats` (v3.6 names; v3.7 renames them `chats_info` / `last_thread_info`). */
export interface ChatSummary {
	id: string;
	/** No events and no tags (LiveChat's list_chats). */
	last_thread_summary?: Pick<
		Thread,
		'id' | 'active' | 'user_ids' | 'properties' | 'access' | 'created_at' | 'queue'
	>;
	last_event_per_type?: Record<
		string,
		{ thread_id: string; thread_created_at: string; event: ChatEvent }
	>;
	users: ChatUser[];
	properties?: Properties;
	access?: Access;
	is_followed?: boolean;
}

export interface ListChatsResponse extends PageLinks {
	chats_summary: ChatSummary[];
	found_chats: number;
}

export interface ListThreadsResponse extends PageLinks {
	threads: Thread[];
	found_threads: number;
}

/** `list_archives` answers one entry per thread: a chat holding that one thread. */
export interface ListArchivesResponse extends PageLinks {
	chats: Chat[];
	found_chats: number;
}

export interface SendEventResponse {
	event_id: string;
}

/** `start_chat`: `event_ids` only when initial events were sent (user-generated ones only). */
export interface StartChatResponse {
	chat_id: string;
	thread_id: string;
	event_ids?: string[];
}

/** `resume_chat` answers without the chat id. */
export interface ResumeChatResponse {
	thread_id: string;
	event_ids?: string[];
}

/** An entry of `list_agents_for_transfer`, sorted by load, lowest first. */
export interface AgentForTransfer {
	agent_id: string;
	total_active_chats: number;
}

/** `create_bot` answers the bot's secret once; the nodes never output it. */
export interface CreateBotResponse {
	id: string;
	secret: string;
}

/** An entry of `list_routing_statuses` (agents and bots). */
export interface RoutingStatus {
	agent_id: string;
	status: 'accepting_chats' | 'not_accepting_chats' | 'offline' | string;
}

/**
 * A Reports API answer: `records` keyed by period (`YYYY-MM-DD` for days; empty periods `{}`,
 * zero fields may be missing), by agent (agents/performance, chats/ranking), by tag
 * (tags/chat_usage) or by chat (chats/queued_visitors_left); chats/forms answers an array.
 */
export interface ReportResponse {
	name?: string;
	total?: number;
	summary?: Record<string, number>;
	records?: Record<string, Record<string, unknown> | number>;
}

/** An active ban (`list_customer_bans`); LiveChat may know the visitor only by IP. */
export interface CustomerBan {
	ip: string;
	customer_id?: string;
	agent_id: string;
	thread_id?: string;
	created_at: string;
	expires_at: string;
}

/** Methods that answer an empty object. */
export type EmptyResponse = Record<string, never>;

/** What each v3.6 method the nodes call answers, by API; the transport's calls are typed by it. */
export interface LiveChatMethods {
	agent: {
		add_user_to_chat: EmptyResponse;
		ban_customer: EmptyResponse;
		deactivate_chat: EmptyResponse;
		list_agents_for_transfer: AgentForTransfer[];
		list_routing_statuses: RoutingStatus[];
		update_chat_properties: EmptyResponse;
		delete_chat_properties: EmptyResponse;
		update_thread_properties: EmptyResponse;
		delete_thread_properties: EmptyResponse;
		send_typing_indicator: EmptyResponse;
		send_thinking_indicator: EmptyResponse;
		mark_events_as_seen: EmptyResponse;
		set_routing_status: EmptyResponse;
		remove_user_from_chat: EmptyResponse;
		resume_chat: ResumeChatResponse;
		start_chat: StartChatResponse;
		transfer_chat: EmptyResponse;
		get_chat: Chat;
		get_customer: Customer;
		list_archives: ListArchivesResponse;
		list_chats: ListChatsResponse;
		list_threads: ListThreadsResponse;
		send_event: SendEventResponse;
		tag_thread: EmptyResponse;
		untag_thread: EmptyResponse;
		update_customer: EmptyResponse;
		follow_chat: EmptyResponse;
		unfollow_chat: EmptyResponse;
		send_event_preview: EmptyResponse;
		send_rich_message_postback: EmptyResponse;
		update_event_properties: EmptyResponse;
		delete_event_properties: EmptyResponse;
		request_thread_summary: EmptyResponse;
		multicast: EmptyResponse;
	};
	configuration: {
		register_property: EmptyResponse;
		unregister_property: EmptyResponse;
		publish_property: EmptyResponse;
		list_properties: Record<string, PropertyDefinition>;
		update_license_properties: EmptyResponse;
		list_license_properties: PropertyValues;
		delete_license_properties: EmptyResponse;
		update_group_properties: EmptyResponse;
		list_groups_properties: Array<{ id: number; properties: PropertyValues }>;
		delete_group_properties: EmptyResponse;
		create_greeting: { id: number };
		get_greeting: Greeting;
		list_greetings: ListGreetingsResponse;
		update_greeting: EmptyResponse;
		delete_greeting: EmptyResponse;
		add_auto_access: { id: string };
		list_auto_accesses: AutoAccess[];
		update_auto_access: EmptyResponse;
		delete_auto_access: EmptyResponse;
		create_agent: { id: string };
		get_agent: Agent;
		update_agent: EmptyResponse;
		delete_agent: EmptyResponse;
		suspend_agent: EmptyResponse;
		unsuspend_agent: EmptyResponse;
		approve_agent: EmptyResponse;
		create_group: { id: number };
		get_group: Group;
		update_group: EmptyResponse;
		delete_group: EmptyResponse;
		create_bot: CreateBotResponse;
		reset_bot_secret: { secret: string };
		delete_bot: EmptyResponse;
		get_bot: Bot;
		list_bots: Bot[];
		list_customer_bans: CustomerBan[];
		unban_customer: EmptyResponse;
		update_bot: EmptyResponse;
		create_tag: EmptyResponse;
		delete_tag: EmptyResponse;
		enable_license_webhooks: EmptyResponse;
		get_license_webhooks_state: LicenseWebhooksState;
		list_agents: Agent[];
		list_groups: Group[];
		list_tags: Tag[];
		list_webhooks: RegisteredWebhook[];
		register_webhook: { id: string };
		unregister_webhook: EmptyResponse;
		update_tag: EmptyResponse;
	};
}

/**
 * A method of `POST /v3.6/<api>/action/<method>`: the JSON ones above, and upload_file, which
 * takes multipart/form-data.
 */
export type ActionMethod =
	| keyof LiveChatMethods['agent']
	| keyof LiveChatMethods['configuration']
	| 'upload_file';

/** A Reports API call, `reports/<resource>/<action>`: the report is whatever the user chose. */
export type ReportMethod = `reports/${string}`;

/** The one legacy v2 call: adding visitor details. */
export type LegacyMethod = 'visitors/details';

/** Every method the nodes call; errors, scopes and retries are keyed by it. */
export type LiveChatMethod = ActionMethod | ReportMethod | LegacyMethod;

export function isReportMethod(method: LiveChatMethod): method is ReportMethod {
	return method.startsWith('reports/');
}

/** The cursor-paginated lists: the API, the key of each page's records, and a record. */
export const PAGED_LISTS = {
	list_archives: { api: 'agent', records: 'chats' },
	list_chats: { api: 'agent', records: 'chats_summary' },
	list_threads: { api: 'agent', records: 'threads' },
	list_greetings: { api: 'configuration', records: 'greetings' },
} as const;

export interface PageRecord {
	list_archives: Chat;
	list_chats: ChatSummary;
	list_threads: Thread;
	list_greetings: Greeting;
}

// ---------------------------------------------------------------------------------------------
// Legacy webhooks (v2, set up by hand in LiveChat: Settings > Integrations > Webhooks)
// ---------------------------------------------------------------------------------------------

export const LEGACY_EVENTS = [
	'canned_response_changed',
	'chat_changed',
	'chat_ended',
	'chat_started',
	'ticket_created',
	'visitor_queued',
] as const;
export type LegacyEventType = (typeof LEGACY_EVENTS)[number];

export function isLegacyEvent(value: unknown): value is LegacyEventType {
	return (LEGACY_EVENTS as readonly unknown[]).includes(value);
}

export interface LegacyMessage {
	/** `visitor`, `agent`, or `supervisor` for a whispered message only agents see. */
	user_type: string;
	author_name: string;
	agent_id?: string;
	text: string;
	/** Unix seconds. */
	timestamp: number;
}

export interface LegacyChat {
	id: string;
	started_timestamp?: number;
	ended_timestamp?: number;
	messages?: LegacyMessage[];
	tags?: string[];
}

export interface LegacyVisitor {
	id: string;
	name?: string;
	email?: string;
	custom_variables?: Array<{ key: string; value: string }>;
}

/** A pre-chat survey field: `answer` for text fields, `answers` for choices. */
export interface LegacySurveyField {
	id: string;
	type: string;
	label: string;
	answer?: string;
	answers?: Array<{ label: string; chosen: boolean }>;
}

export interface LegacyTicket {
	id: string;
	subject?: string;
	status?: string;
	assignee?: { id: string; name?: string };
	requester?: { mail?: string; name?: string };
	events?: Array<{
		author?: { id?: string; name?: string; type?: string };
		date?: string;
		is_private?: boolean;
		message?: string;
		source?: { type?: string; url?: string | null };
		type?: string;
	}>;
	groups?: Array<{ id: number; name?: string }>;
	tags?: string[];
	source?: { type?: string; url?: string | null; id?: string };
}

export interface LegacyCannedResponse {
	group: number;
	id: number;
	modification_date?: number;
	tags?: string[];
	text: string;
}

/**
 * A legacy webhook: the event, the `token` and `license_id` that authorize v2 API calls about it
 * (such as adding visitor details), and the data types chosen in LiveChat for the event.
 */
export interface LegacyWebhook {
	event_type: LegacyEventType;
	token: string;
	license_id: string | number;
	chat?: LegacyChat;
	visitor?: LegacyVisitor;
	/** Empty when the visitor skipped the survey (e.g. a chat started from a greeting). */
	pre_chat_survey?: LegacySurveyField[];
	ticket?: LegacyTicket;
	canned_response?: LegacyCannedResponse;
}
