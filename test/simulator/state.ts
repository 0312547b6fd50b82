/**
 * The simulated LiveChat license: agents, groups, tags, customers, chats with threads and events,
 * the apps and tokens that may call the API, and the registered webhooks. Plain data, reset to the
 * same seed every time, so tests can rely on ids and counts.
 */
import { randomBytes } from 'crypto';

import type { LegacyTarget } from './legacy';

export const ORGANIZATION_ID = '390e44e6-f1e6-0368-a6db-74a14508c2e0';
export const APP_CLIENT_ID = '0805e283233042b37f460ed8fbf22160';
export const APP_CLIENT_SECRET = 'sim-client-secret';
export const ADMIN = {
	accountId: 'a7d3c2b1-0f9e-4d8c-8b7a-6f5e4d3c2b1a',
	email: 'smith@example.com',
};
export const ADMIN_PAT = 'sim-pat-smith';
/**
 * Scopes LiveChat keeps to itself ("a private scope; it's not possible to configure it in
 * Developer Console"): suspend_agent, unsuspend_agent, approve_agent and approval-free
 * create_agent need them. Only PRIVATE_SCOPES_PAT has them, to prove those methods work at all.
 */
export const PRIVATE_SCOPES = ['sessions--all:rw', 'subscription.lc:rw'];
export const PRIVATE_SCOPES_PAT = 'sim-pat-smith-private';
/** The one seeded auto access rule ("Visitors from the shop"). */
export const SHOP_RULE_ID = '5d1c0f7e2a4b4c6d8e9f0a1b2c3d4e5f';
/** A token without webhook scopes, as a normal agent would create. */
export const AGENT_PAT = {
	accountId: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
	token: 'sim-pat-jones',
};
/** A bot of the app, as Developer Console shows it after create_bot; not accepting chats yet. */
export const BOT_ID = '5c9871d5372c824cbf22d860a707a578';
export const BOT_SECRET = '641e5ec9e2e5b2a3f1c4d6e8a0b2c4d6';
export const LIVE_CHAT_ID = 'PJ0MRSHTDG';
export const LIVE_THREAD_ID = 'K600PKZON8';
export const CUSTOMER_ID = 'b7eff798-f8df-4364-8059-649c35c9ed0c';
/**
 * A thread holding an event of every documented type (message with a postback, file,
 * filled_form, form, rich_message, system_message, custom, system and a deleted event), shaped
 * like the samples of LiveChat's data structures. It is the earlier, archived thread of one of
 * the archived chats (so the counts of chats stay as they were); it started on 2026-10-20, before
 * the month the seeded threads fall in, so the reports over that month do not count it.
 * `get_chat` with its thread_id, `list_threads` of the chat and `list_archives` return it.
 */
export const EVERY_EVENT_CHAT_ID = 'ARCHIVE013';
export const EVERY_EVENT_THREAD_ID = 'EVERYEVTH1';
/** The chat's customer (Dev Example). */
export const EVERY_EVENT_CUSTOMER_ID = '00000003-0000-4000-8000-000000000003';

export const ALL_SCOPES = [
	'webhooks.configuration:rw',
	'webhooks.state:rw',
	'chats--all:rw',
	'customers:rw',
	'customers.ban:rw',
	'tags--all:rw',
	'groups--all:rw',
	'accounts--all:rw',
	'accounts--all:rc',
	'accounts.roles.lc--all:rw',
	'access_rules:rw',
	'greetings:rw',
	'properties.configuration:rw',
	'properties.license.value--all:rw',
	'properties.group.value--all:rw',
	'agents--all:ro',
	'agents--all:rw',
	'agents-bot--all:rw',
	'reports_read',
	'banlist_read',
	'banlist_write',
	'multicast:rw',
];

export interface Agent {
	id: string;
	account_id: string;
	name: string;
	role: string;
	job_title: string;
	max_chats_count: number;
	avatar_path: string;
	login_status: string;
	groups: Array<{ id: number; priority: string }>;
	suspended: boolean;
	awaiting_approval: boolean;
	mobile?: string;
	notifications?: string[];
	email_subscriptions?: string[];
	work_scheduler?: { timezone?: string; schedule: Array<Record<string, unknown>> };
	last_logout?: string;
}

/** A bot: an agent-like user owned by a Developer Console app (Client ID). */
export interface Bot {
	id: string;
	name: string;
	secret: string;
	owner_client_id: string;
	avatar_path?: string;
	max_chats_count: number;
	default_group_priority: string;
	job_title?: string;
	type: string;
	groups: Array<{ id: number; priority: string }>;
	work_scheduler?: Record<string, unknown>;
	/** `accepting_chats`, `not_accepting_chats` or `offline` (new bots: offline). */
	routing_status: string;
}

export interface Group {
	id: number;
	name: string;
	language_code: string;
	routing_status: string;
	agent_priorities: Record<string, string>;
}

export interface Tag {
	name: string;
	group_ids: number[];
	author_id: string;
	created_at: string;
}

export interface ChatEvent {
	id: string;
	created_at: string;
	type: string;
	visibility: string;
	text?: string;
	author_id?: string;
	custom_id?: string;
	properties?: Record<string, Record<string, unknown>>;
	[field: string]: unknown;
}

export interface Thread {
	id: string;
	active: boolean;
	user_ids: string[];
	events: ChatEvent[];
	/** Kept as a list here; the API shows `tags` only on a thread that was tagged. */
	tags: string[];
	properties: Record<string, Record<string, unknown>>;
	access: { group_ids: number[] };
	created_at: string;
	summary?: { status: string; text: string; updated_at: string };
	/** Only while the thread waits for an agent. */
	queue?: { position: number; wait_time: number; queued_at: string };
}

export interface Chat {
	id: string;
	customerId: string;
	agentIds: string[];
	properties: Record<string, Record<string, unknown>>;
	access: { group_ids: number[] };
	threads: Thread[];
}

export interface Customer {
	id: string;
	type: 'customer';
	created_at: string;
	name?: string;
	email?: string;
	email_verified?: boolean;
	avatar?: string;
	phone_number?: string;
	session_fields?: Array<Record<string, string>>;
	address?: Record<string, string>;
	visit: Record<string, unknown>;
	statistics: Record<string, number>;
	ban?: { days: number; banned_at: string; agent_id?: string; thread_id?: string };
}

export interface Webhook {
	id: string;
	url: string;
	description?: string;
	action: string;
	secret_key: string;
	owner_client_id: string;
	type: string;
	additional_data?: string[];
	filters?: Record<string, unknown>;
	/** When the registration takes effect (LiveChat's propagation delay). */
	liveFrom: number;
}

/** A property an app registered (register_property), as list_properties shows it. */
export interface RegisteredProperty {
	type: 'bool' | 'int' | 'string' | 'tokenized_string';
	writable: boolean;
	/** By location (chat, thread, …) and user kind: `{chat: {agent: ['read', 'write']}}`. */
	access?: Record<string, Record<string, string[]>>;
	description?: string;
	domain?: unknown[];
	range?: { from?: number; to?: number };
	default_value?: unknown;
	/** Set by publish_property: what other apps may do. */
	public_access?: string[];
}

/** A greeting (Configuration API `create_greeting`). */
export interface Greeting {
	id: number;
	type: string;
	active: boolean;
	active_from?: string;
	active_until?: string;
	name: string;
	group: number;
	rules: Array<Record<string, unknown>>;
	properties?: Record<string, string>;
	rich_message?: object;
}

/** An auto access rule (Configuration API `add_auto_access`), in LiveChat's order. */
export interface AutoAccess {
	id: string;
	description: string;
	access: { groups: number[] };
	conditions: Record<string, unknown>;
}

export interface Credential {
	accountId: string;
	scopes: string[];
}

export const time = (ms = Date.now()) => new Date(ms).toISOString().replace('Z', '000Z');
export const newId = (bytes = 16) => randomBytes(bytes).toString('hex');
/** LiveChat's chat and thread ids: 10 upper-case letters and digits. */
export function newChatId() {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
	return Array.from(randomBytes(10), (byte) => alphabet[byte % alphabet.length]).join('');
}

const SEED_TIME = Date.parse('2026-11-01T09:00:00.000Z');
const FIRST_NAMES = [
	'Ada',
	'Ben',
	'Chloe',
	'Dev',
	'Ewa',
	'Farid',
	'Grace',
	'Hiro',
	'Ines',
	'Jonas',
];

export class LiveChatState {
	region = 'dal';
	agents: Agent[] = [];
	bots: Bot[] = [];
	groups: Group[] = [];
	tags: Tag[] = [];
	customers = new Map<string, Customer>();
	chats = new Map<string, Chat>();
	webhooks: Webhook[] = [];
	/** Client id → license webhooks enabled. Apps installed on the license start enabled. */
	licenseWebhooksEnabled = new Map<string, boolean>();
	/** Legacy (v2) webhooks set up by hand, the tokens their deliveries carried, visitor details. */
	legacyWebhooks: LegacyTarget[] = [];
	/** Auto access rules, in order (each rule's `next_id` is the one after it). */
	autoAccesses: AutoAccess[] = [];
	greetings: Greeting[] = [];
	legacyTokens = new Map<string, { visitorId: string; expiresAt: number }>();
	visitorDetails = new Map<
		string,
		Record<string, { icon?: string; fields: Array<{ name: string; value: string; url?: string }> }>
	>();
	/** Bans of visitors LiveChat knows only by IP (a customer's ban is on the customer). */
	ipBans: Array<{ ip: string; agent_id: string; created_at: string; expires_at: string }> = [];
	/** Past queue stays by thread id (a queued thread's live `queue` goes once it is assigned). */
	queueStays = new Map<string, { queued_at: string; wait_time: number; left: boolean }>();
	/** Properties apps registered, by owner Client ID (their namespace) and name. */
	registeredProperties = new Map<string, Record<string, RegisteredProperty>>();
	/** Values of license properties, and of group properties by group id: `{ ns: { name: value } }`. */
	licenseProperties: Record<string, Record<string, unknown>> = {};
	groupProperties = new Map<number, Record<string, Record<string, unknown>>>();
	/** Files from upload_file by CDN URL; a URL expires unless a file event used it. */
	uploads = new Map<
		string,
		{ name: string; content_type: string; size: number; sha256?: string; expiresAt?: number }
	>();
	/** Typing and thinking indicators as customers would see them (not stored by LiveChat). */
	signals: Array<Record<string, unknown>> = [];
	/** Chat id → the users following it (follow_chat). */
	followers = new Map<string, Set<string>>();
	/** What multicast sent (LiveChat saves none of it). */
	multicasts: Array<Record<string, unknown>> = [];
	/** `<chat id>/<user id>` → the time up to which the user has seen the chat's events. */
	seenUpTo = new Map<string, string>();
	/** Tokens from issue_bot_token: the bot acts with them for 24 h. */
	botTokens = new Map<string, { botId: string; clientId: string; expiresAt: number }>();
	/** Personal access tokens by account id and token without region prefix. */
	private pats = new Map<string, Credential>();
	oauthClients = new Map<string, { secret: string; scopes: string[] }>();

	constructor() {
		this.seed();
	}

	reset() {
		Object.assign(this, new LiveChatState());
	}

	private seed() {
		this.agents = [
			{
				...agent(ADMIN.email, ADMIN.accountId, 'Agent Smith', 'owner'),
				// As the groups below name him.
				groups: [
					{ id: 0, priority: 'normal' },
					{ id: 1, priority: 'first' },
				],
			},
			agent('jones@example.com', AGENT_PAT.accountId, 'Agent Jones', 'normal'),
		];
		this.groups = [
			{
				id: 0,
				name: 'General',
				language_code: 'en',
				routing_status: 'accepting_chats',
				agent_priorities: { [ADMIN.email]: 'normal', 'jones@example.com': 'normal' },
			},
			{
				id: 1,
				name: 'Sales',
				language_code: 'en',
				routing_status: 'not_accepting_chats',
				agent_priorities: { [ADMIN.email]: 'first' },
			},
		];
		this.tags = ['bug_report', 'sales', 'support'].map((name) => ({
			name,
			group_ids: [0],
			author_id: ADMIN.email,
			created_at: time(SEED_TIME),
		}));
		this.bots = [
			{
				id: BOT_ID,
				name: 'ChatBot',
				secret: BOT_SECRET,
				owner_client_id: APP_CLIENT_ID,
				max_chats_count: 6,
				default_group_priority: 'first',
				type: 'chatbot',
				groups: [{ id: 0, priority: 'first' }],
				routing_status: 'not_accepting_chats',
			},
		];
		this.ipBans = [
			{
				ip: '198.51.100.7',
				agent_id: ADMIN.email,
				created_at: time(SEED_TIME),
				expires_at: time(SEED_TIME + 365 * 86_400_000),
			},
		];
		this.addPat(ADMIN.accountId, ADMIN_PAT, ALL_SCOPES);
		this.addPat(ADMIN.accountId, PRIVATE_SCOPES_PAT, [...ALL_SCOPES, ...PRIVATE_SCOPES]);
		this.addPat(AGENT_PAT.accountId, AGENT_PAT.token, ['chats--access:rw', 'customers:ro']);
		this.oauthClients.set(APP_CLIENT_ID, { secret: APP_CLIENT_SECRET, scopes: ALL_SCOPES });
		this.licenseWebhooksEnabled.set(APP_CLIENT_ID, true);

		this.addCustomer(CUSTOMER_ID, 'Thomas Anderson', 't.anderson@example.com');
		const live = this.addChat(LIVE_CHAT_ID, CUSTOMER_ID, SEED_TIME + 29 * 86_400_000);
		live.threads[0].id = LIVE_THREAD_ID;
		live.threads[0].events.forEach((event, index) => (event.id = `${LIVE_THREAD_ID}_${index}`));
		// 24 ended chats of ten customers, one per day: enough for several pages of list_chats.
		for (let day = 0; day < 24; day++) {
			const index = day % FIRST_NAMES.length;
			const name = FIRST_NAMES[index];
			const customerId = `0000000${index}-0000-4000-8000-00000000000${index}`;
			if (!this.customers.has(customerId)) {
				this.addCustomer(customerId, `${name} Example`, `${name.toLowerCase()}@example.com`);
			}
			const chat = this.addChat(
				`ARCHIVE${String(day).padStart(3, '0')}`,
				customerId,
				SEED_TIME + day * 86_400_000,
			);
			chat.threads[0].active = false;
			chat.threads[0].tags = day % 3 === 0 ? ['sales'] : ['support'];
			// Customers rated some chats (the Reports API counts them): 1 is good, 0 bad.
			if (day % 4 === 1) chat.threads[0].properties = { rating: { score: 1 } };
			if (day % 4 === 2) chat.threads[0].properties = { rating: { score: 0, comment: 'Slow' } };
			// Some customers waited in the queue before an agent took the chat (Reports API).
			if (day % 5 === 2) {
				const queuedAt = time(SEED_TIME + day * 86_400_000);
				this.queueStays.set(chat.threads[0].id, {
					queued_at: queuedAt,
					wait_time: 30 + day,
					left: false,
				});
			}
		}
		this.seedEveryEventChat();
		this.greetings = [
			{
				id: 1,
				type: 'normal',
				active: true,
				name: 'Welcome greeting',
				group: 0,
				rules: [
					{ condition: 'and', type: 'visit_time_site', operator: 'greater_than', value: '10' },
				],
				properties: { 'greeting-message_text': 'Hello! How can I help you today?' },
			},
		];
		// One auto access rule, so that adding another shows LiveChat's reordering (next_id).
		this.autoAccesses = [
			{
				id: SHOP_RULE_ID,
				description: 'Visitors from the shop',
				access: { groups: [0] },
				conditions: {
					domain: { values: [{ value: 'shop.example.com', exact_match: true }] },
				},
			},
		];
	}

	/** EVERY_EVENT_THREAD_ID: an earlier archived thread of EVERY_EVENT_CHAT_ID, every event type. */
	private seedEveryEventChat() {
		const started = Date.parse('2026-10-20T10:00:00.000Z');
		const customerId = EVERY_EVENT_CUSTOMER_ID;
		const chat = this.chats.get(EVERY_EVENT_CHAT_ID)!;
		const id = EVERY_EVENT_THREAD_ID;
		const thread: Thread = {
			id,
			active: false,
			user_ids: [customerId, ADMIN.email],
			events: [],
			tags: [],
			properties: {},
			access: { group_ids: [0] },
			created_at: time(started),
		};
		chat.threads.unshift(thread);
		this.customers.get(customerId)!.statistics.threads_count++;
		const at = (seconds: number) => time(started + seconds * 1000);
		const agentName = this.agent(ADMIN.email)?.name ?? ADMIN.email;
		const image = {
			name: 'boots-size-42.png',
			url: 'https://cdn.livechat-files.com/api/file/lc/att/1025707/3f7a/boots-size-42.png',
			content_type: 'image/png',
			size: 48213,
			width: 800,
			height: 600,
			alternative_text: 'Brown leather boots, size 42',
		};
		const events: ChatEvent[] = [
			{
				id: `${id}_0`,
				custom_id: 'prechat-7f21',
				created_at: at(0),
				type: 'filled_form',
				author_id: customerId,
				visibility: 'all',
				properties: { test: { string_property: 'from the pre-chat survey' } },
				form_id: '1709123400001',
				form_type: 'prechat',
				fields: [
					{ type: 'name', id: '170912340000101', label: 'Your name', answer: 'Dev Example' },
					{
						type: 'email',
						id: '170912340000102',
						label: 'Your e-mail',
						answer: 'dev@example.com',
					},
					{
						type: 'radio',
						id: '170912340000103',
						label: 'What is it about?',
						answer: { id: '1', label: 'A return' },
					},
					{
						type: 'checkbox',
						id: '170912340000104',
						label: 'Which products?',
						answers: [
							{ id: '0', label: 'Shoes' },
							{ id: '2', label: 'Bags' },
						],
					},
					{
						type: 'group_chooser',
						id: '170912340000105',
						label: 'Choose a team',
						answer: { id: '0', group_id: 0, label: 'General' },
					},
				],
			},
			{
				id: `${id}_1`,
				created_at: at(1),
				type: 'system_message',
				visibility: 'all',
				text: `${agentName} joined the chat`,
				system_message_type: 'routing.assigned',
				text_vars: { agent: agentName },
			},
			{
				id: `${id}_2`,
				created_at: at(20),
				type: 'message',
				visibility: 'all',
				text: 'Can I return boots I bought last week?',
				author_id: customerId,
			},
			{
				id: `${id}_3`,
				custom_id: 'return-offer-1',
				created_at: at(50),
				type: 'rich_message',
				author_id: ADMIN.email,
				visibility: 'all',
				properties: { test: { bool_property: true } },
				template_id: 'cards',
				elements: [
					{
						title: 'Start a return?',
						subtitle: 'Returns are free within 30 days.',
						image,
						buttons: [
							{
								text: 'Yes, please',
								type: 'message',
								value: 'Yes, please',
								postback_id: 'return_yes',
								user_ids: [customerId],
							},
							{
								text: 'No, thanks',
								type: 'message',
								value: 'No, thanks',
								postback_id: 'return_no',
								user_ids: [],
							},
							{
								text: 'Call us',
								type: 'phone',
								value: '+48221234567',
								postback_id: 'return_call',
								user_ids: [],
							},
						],
					},
				],
			},
			{
				id: `${id}_4`,
				created_at: at(70),
				type: 'message',
				visibility: 'all',
				text: 'Yes, please',
				author_id: customerId,
				postback: {
					id: 'return_yes',
					thread_id: id,
					event_id: `${id}_3`,
					type: 'message',
					value: 'Yes, please',
				},
			},
			{
				id: `${id}_5`,
				custom_id: 'return-form-1',
				created_at: at(90),
				type: 'form',
				author_id: ADMIN.email,
				visibility: 'all',
				form_id: '1709123400002',
				form_type: 'ask_for_details',
				fields: [
					{ type: 'question', id: '170912340000201', label: 'Order number', required: true },
					{
						type: 'select',
						id: '170912340000202',
						label: 'Reason',
						required: false,
						options: [
							{ id: '0', label: 'Wrong size' },
							{ id: '1', label: 'Damaged' },
						],
					},
					{ type: 'textarea', id: '170912340000203', label: 'Anything else?', required: false },
				],
			},
			{
				id: `${id}_6`,
				created_at: at(130),
				type: 'file',
				author_id: customerId,
				visibility: 'all',
				...image,
				url: 'https://cdn.livechat-files.com/api/file/lc/att/1025707/8c2e/receipt.png',
				name: 'receipt.png',
				thumbnail_url:
					'https://cdn.livechat-files.com/api/file/lc/att/1025707/8c2e/receipt_thumb.png',
				thumbnail2x_url:
					'https://cdn.livechat-files.com/api/file/lc/att/1025707/8c2e/receipt_thumb2x.png',
				alternative_text: 'A photo of the receipt',
			},
			{
				id: `${id}_7`,
				custom_id: 'crm-return-1',
				created_at: at(150),
				type: 'custom',
				author_id: ADMIN.email,
				visibility: 'agents',
				content: { return: { order: 'A-1042', status: 'approved' } },
			},
			{
				id: `${id}_8`,
				custom_id: 'shop_order_1042',
				created_at: at(160),
				type: 'system',
				visibility: 'all',
				source: 'cdp',
				subtype: 'store_order_was_created',
				version: 1,
				details: JSON.stringify({
					store: { id: 'example-shop', platform: 'shopify', name: 'Example Shop' },
					order: { id: 'A-1042', currency: 'EUR', total_price: 89.9 },
				}),
			},
			{
				id: `${id}_9`,
				created_at: at(170),
				type: 'message',
				visibility: 'all',
				deleted: true,
				author_id: customerId,
			},
			{
				id: `${id}_10`,
				created_at: at(200),
				type: 'message',
				visibility: 'all',
				text: 'Done: the return label is on its way to your e-mail.',
				author_id: ADMIN.email,
				properties: { chats: { formatting: 'markdown' } },
			},
			{
				id: `${id}_11`,
				created_at: at(260),
				type: 'system_message',
				visibility: 'all',
				text: `${agentName} archived the chat`,
				system_message_type: 'manual_archived_agent',
				text_vars: { agent: agentName },
			},
		];
		Object.assign(thread, {
			// A tag no other thread of the seed has, so searches by the seed's tags find the same.
			tags: ['bug_report'],
			properties: { rating: { score: 1, comment: 'Quick and easy' } },
			events,
			summary: {
				status: 'ok',
				text: '• The customer returns boots bought last week.\n• The agent approves the return.',
				updated_at: at(300),
			},
		});
	}

	addPat(accountId: string, token: string, scopes: string[]) {
		this.pats.set(patKey(accountId, token), { accountId, scopes });
	}

	/** The personal access token presented as Basic `account_id:token`, if the license knows it. */
	pat(accountId: string, token: string) {
		return this.pats.get(patKey(accountId, token));
	}

	/** v2 knew visitors by ids like `S1354547427.0c151b0e1b`; one per customer here. */
	legacyVisitorId(customerId: string) {
		const index = [...this.customers.keys()].indexOf(customerId);
		return `S${1354547427 + index}.${customerId.replace(/-/g, '').slice(0, 10)}`;
	}

	addCustomer(id: string, name: string, email: string) {
		const customer: Customer = {
			id,
			type: 'customer',
			created_at: time(SEED_TIME),
			name,
			email,
			email_verified: false,
			visit: {
				started_at: time(SEED_TIME),
				referrer: 'https://www.google.com/',
				ip: '203.0.113.10',
				user_agent: 'Mozilla/5.0',
				geolocation: {
					country: 'Poland',
					country_code: 'PL',
					city: 'Wroclaw',
					timezone: 'Europe/Warsaw',
				},
				last_pages: [
					{
						opened_at: time(SEED_TIME),
						url: 'https://shop.example.com/orders',
						title: 'My orders',
					},
				],
			},
			statistics: { chats_count: 0, threads_count: 0, visits_count: 1 },
		};
		// `session_fields` is left out until set: LiveChat returns it "only if set".
		this.customers.set(id, customer);
		return customer;
	}

	addChat(id: string, customerId: string, startedAt: number) {
		const customer = this.customers.get(customerId)!;
		customer.statistics.chats_count++;
		customer.statistics.threads_count++;
		const threadId = newChatId();
		const chat: Chat = {
			id,
			customerId,
			agentIds: [ADMIN.email],
			properties: {
				routing: { continuous: false, pinned: false },
				source: {
					client_id: 'c5e4f61e1a6c3b1521b541bc5c5a2ac5',
					customer_client_id: 'bb9e5b2f1ab480e4a715977b7b1b4279',
				},
			},
			access: { group_ids: [0] },
			threads: [
				{
					id: threadId,
					active: true,
					user_ids: [customerId, ADMIN.email],
					tags: [],
					properties: {},
					access: { group_ids: [0] },
					created_at: time(startedAt),
					events: [
						{
							id: `${threadId}_0`,
							created_at: time(startedAt),
							type: 'system_message',
							visibility: 'all',
							text: 'Chat started',
							system_message_type: 'routing.assigned',
						},
						{
							id: `${threadId}_1`,
							created_at: time(startedAt + 20_000),
							type: 'message',
							visibility: 'all',
							text: 'Hi, where is my order?',
							author_id: customerId,
						},
						{
							id: `${threadId}_2`,
							created_at: time(startedAt + 65_000),
							type: 'message',
							visibility: 'all',
							text: 'Let me check that for you.',
							author_id: ADMIN.email,
						},
					],
				},
			],
		};
		this.chats.set(id, chat);
		return chat;
	}

	agent(id: string) {
		return this.agents.find((candidate) => candidate.id === id);
	}

	/** Puts the chat's current thread in the queue, behind every chat already waiting. */
	enqueue(chat: Chat) {
		const waiting = [...this.chats.values()].filter(
			(other) => other !== chat && currentThread(other).queue,
		);
		currentThread(chat).queue = { position: waiting.length + 1, wait_time: 0, queued_at: time() };
	}

	/** A user of a chat as chat structures show it. */
	chatUser(chat: Chat, userId: string) {
		const thread = currentThread(chat);
		const present = thread.active && thread.user_ids.includes(userId);
		const customer = this.customers.get(userId);
		if (customer) {
			const { ban: _ban, ...fields } = customer;
			return { ...fields, present, events_seen_up_to: lastEventTime(thread) };
		}
		const member = this.agent(userId);
		return {
			id: userId,
			type: 'agent',
			name: member?.name ?? userId,
			email: userId,
			present,
			visibility: 'all',
			avatar: member?.avatar_path,
			events_seen_up_to: lastEventTime(thread),
		};
	}

	chatUsers(chat: Chat) {
		return [chat.customerId, ...chat.agentIds].map((id) => this.chatUser(chat, id));
	}

	/**
	 * The Thread structure as the API shows it: `tags` only on a tagged thread, `queue` only while
	 * queued, `summary` once set, the neighbouring threads' ids when there are any, and the
	 * customer's visit (`customer_visit`: IP, user agent, geolocation).
	 */
	threadView(chat: Chat, thread = currentThread(chat)) {
		const index = chat.threads.indexOf(thread);
		const { tags, queue, summary, ...rest } = thread;
		const visit = this.customers.get(chat.customerId)?.visit;
		const previous = chat.threads[index - 1]?.id;
		const next = chat.threads[index + 1]?.id;
		return {
			...rest,
			...(tags.length && { tags: [...tags] }),
			...(queue && { queue }),
			...(summary && { summary }),
			...(previous && { previous_thread_id: previous }),
			...(next && { next_thread_id: next }),
			...(visit && {
				customer_visit: {
					ip: visit.ip,
					user_agent: visit.user_agent,
					geolocation: visit.geolocation,
				},
			}),
		};
	}

	/** The Chat structure with one thread, as get_chat and incoming_chat carry it. */
	chatWithThread(chat: Chat, thread = currentThread(chat)) {
		return {
			id: chat.id,
			users: this.chatUsers(chat),
			properties: chat.properties,
			access: chat.access,
			thread: this.threadView(chat, thread),
			is_followed: false,
		};
	}
}

/** A token may carry its region as a prefix (`fra:…`); it is the same token either way. */
function patKey(accountId: string, token: string) {
	return `${accountId}:${token.replace(/^[a-z-]+:/, '')}`;
}

export function currentThread(chat: Chat) {
	return chat.threads[chat.threads.length - 1];
}

function lastEventTime(thread: Thread) {
	return thread.events[thread.events.length - 1]?.created_at ?? thread.created_at;
}

function agent(id: string, accountId: string, name: string, role: string): Agent {
	return {
		id,
		account_id: accountId,
		name,
		role,
		job_title: 'Support',
		max_chats_count: 6,
		avatar_path: `https://cdn.livechat-files.com/api/file/${name.split(' ')[1].toLowerCase()}.png`,
		login_status: 'accepting chats',
		groups: [{ id: 0, priority: 'normal' }],
		suspended: false,
		awaiting_approval: false,
	};
}
