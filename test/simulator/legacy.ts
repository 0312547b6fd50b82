/**
 * Legacy (v2) webhooks and the v2 visitor-details call, as the seed documents describe them:
 * webhooks set up by hand in LiveChat (event, data types, target URL with Basic Auth in it), a
 * `token` and `license_id` in every delivery, and `POST /visitors/{id}/details` with
 * `X-API-Version: 2` authorized by that token.
 */
import { SEED_DATA, SEED_DATA_TYPES } from '../fixtures/legacy/seeds';
import type { Chat, Customer, LiveChatState } from './state';
import { ADMIN, currentThread, newId } from './state';

export const LICENSE_ID = '1025707';

/** Which data types each event can carry, the seeds' table. */
export const LEGACY_DATA_TYPES: Record<string, string[]> = SEED_DATA_TYPES;

/** A webhook as set up in LiveChat's Settings > Integrations > Webhooks. */
export interface LegacyTarget {
	id: string;
	event_type: string;
	data_types: string[];
	/** May carry Basic Auth: https://user:password@host/path */
	url: string;
}

export interface LegacyEmitOptions {
	event_type: string;
	chat_id?: string;
	/** The chat started from a greeting: the pre-chat survey is an empty list. */
	skip_survey?: boolean;
}

export class LegacyError extends Error {
	constructor(
		readonly status: number,
		message: string,
	) {
		super(message);
	}
}

/** Tokens LiveChat put in legacy deliveries; each authorizes calls about its visitor for a while. */
const TOKEN_LIFETIME_MS = 60 * 60_000;

export function validateTarget(target: Partial<LegacyTarget>): LegacyTarget {
	const supported = LEGACY_DATA_TYPES[String(target.event_type)];
	if (!supported) throw new LegacyError(400, `Unknown event ${String(target.event_type)}`);
	const dataTypes = target.data_types ?? [];
	const unsupported = dataTypes.filter((type) => !supported.includes(type));
	if (unsupported.length) {
		throw new LegacyError(400, `${target.event_type} does not support ${unsupported.join(', ')}`);
	}
	if (!/^https?:\/\//.test(String(target.url))) throw new LegacyError(400, 'Invalid target URL');
	return { id: newId(8), event_type: target.event_type!, data_types: dataTypes, url: target.url! };
}

const unix = (iso: string) => Math.floor(Date.parse(iso) / 1000);

function legacyChat(state: LiveChatState, chat: Chat, ended: boolean) {
	const thread = currentThread(chat);
	const messages = thread.events
		.filter((event) => event.type === 'message')
		.map((event) => {
			const customer = state.customers.get(String(event.author_id));
			if (customer) {
				return {
					user_type: 'visitor',
					author_name: customer.name ?? 'Visitor',
					text: event.text ?? '',
					timestamp: unix(event.created_at),
				};
			}
			return {
				// A message only agents saw is a supervisor's whisper in v2.
				user_type: event.visibility === 'agents' ? 'supervisor' : 'agent',
				author_name: state.agent(String(event.author_id))?.name ?? String(event.author_id),
				agent_id: String(event.author_id),
				text: event.text ?? '',
				timestamp: unix(event.created_at),
			};
		});
	const last = thread.events[thread.events.length - 1];
	return {
		id: chat.id,
		started_timestamp: unix(thread.created_at),
		...(ended && { ended_timestamp: unix(last?.created_at ?? thread.created_at) }),
		messages,
		tags: thread.tags,
	};
}

function legacyVisitor(state: LiveChatState, customer: Customer) {
	return {
		id: state.legacyVisitorId(customer.id),
		name: customer.name ?? '',
		email: customer.email ?? '',
		custom_variables: (customer.session_fields ?? []).map((field) => {
			const [[key, value]] = Object.entries(field);
			return { key, value };
		}),
	};
}

/** The seeds' survey (name, e-mail, a checkbox question), answered with the customer's details. */
function preChatSurvey(customer: Customer, skipped: boolean) {
	if (skipped) return [];
	return SEED_DATA.pre_chat_survey.map((field) => {
		if (field.type === 'name') return { ...field, answer: customer.name ?? '' };
		if (field.type === 'email') return { ...field, answer: customer.email ?? '' };
		return field;
	});
}

function ticket(state: LiveChatState, customer: Customer, chat: Chat) {
	return {
		assignee: { id: ADMIN.email, name: state.agent(ADMIN.email)?.name ?? 'Agent' },
		events: [
			{
				author: { id: customer.email, name: customer.name, type: 'client' },
				date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
				is_private: false,
				message: 'I need an invoice for my last order.',
				source: { type: 'chat-window', url: null },
				type: 'message',
			},
		],
		groups: [{ id: 0, name: 'All operators' }],
		id: newId(3).toUpperCase().slice(0, 5),
		requester: { mail: customer.email, name: customer.name },
		status: 'open',
		subject: 'Invoice',
		tags: ['support'],
		source: { type: 'lc2', url: null, id: chat.id },
	};
}

/** The body of a legacy delivery: the event, a fresh token, the license, and the data types. */
export function buildLegacyWebhook(
	state: LiveChatState,
	target: LegacyTarget,
	options: LegacyEmitOptions,
) {
	// Without a chat id: the active chat, as chat_started would be about.
	const chats = [...state.chats.values()];
	const chat =
		state.chats.get(options.chat_id ?? '') ??
		chats.find((candidate) => currentThread(candidate).active) ??
		chats[0];
	const customer = state.customers.get(chat.customerId)!;
	const token = newId(16);
	state.legacyTokens.set(token, {
		visitorId: state.legacyVisitorId(customer.id),
		expiresAt: Date.now() + TOKEN_LIFETIME_MS,
	});
	const body: Record<string, unknown> = {
		event_type: target.event_type,
		token,
		license_id: LICENSE_ID,
	};
	const types = target.data_types;
	const ended = target.event_type === 'chat_ended' || !currentThread(chat).active;
	if (types.includes('chat')) body.chat = legacyChat(state, chat, ended);
	if (types.includes('visitor')) body.visitor = legacyVisitor(state, customer);
	if (types.includes('pre_chat_survey'))
		body.pre_chat_survey = preChatSurvey(customer, options.skip_survey === true);
	if (types.includes('ticket')) body.ticket = ticket(state, customer, chat);
	if (types.includes('canned_response')) {
		body.canned_response = {
			...SEED_DATA.canned_response,
			modification_date: Math.floor(Date.now() / 1000),
		};
	}
	return body;
}

/** A target URL's Basic Auth, as an HTTP client sends it, and the URL without it. */
export function splitCredentials(url: string) {
	const parsed = new URL(url);
	const user = decodeURIComponent(parsed.username);
	const password = decodeURIComponent(parsed.password);
	parsed.username = '';
	parsed.password = '';
	const authorization =
		user || password ? `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` : undefined;
	return { url: parsed.toString(), authorization };
}

/**
 * `POST /visitors/{visitor_id}/details`: form fields (or JSON) `license_id`, `token`, `id`,
 * `fields[n][name|value|url]`, optional `icon` without a scheme. Answers like the v2 API.
 */
export function addVisitorDetails(
	state: LiveChatState,
	visitorId: string,
	apiVersion: string | undefined,
	contentType: string,
	raw: string,
) {
	if (apiVersion !== '2') throw new LegacyError(400, 'X-API-Version: 2 is required');
	const form = contentType.includes('json')
		? flatten(JSON.parse(raw || '{}') as Record<string, unknown>)
		: new URLSearchParams(raw);
	const token = form.get('token') ?? '';
	const grant = state.legacyTokens.get(token);
	if (!grant || grant.expiresAt < Date.now())
		throw new LegacyError(401, 'Invalid or expired token');
	if (form.get('license_id') !== LICENSE_ID) throw new LegacyError(401, 'Wrong license_id');
	if (![...state.customers.keys()].some((id) => state.legacyVisitorId(id) === visitorId))
		throw new LegacyError(404, `Visitor ${visitorId} not found`);
	if (grant.visitorId !== visitorId)
		throw new LegacyError(403, 'The token does not belong to this visitor');
	const id = form.get('id');
	if (!id) throw new LegacyError(400, '`id` is required');
	const icon = form.get('icon') ?? undefined;
	if (icon && /^[a-z]+:\/\//i.test(icon))
		throw new LegacyError(400, '`icon` must not contain http(s)://');
	const fields: Array<{ name: string; value: string; url?: string }> = [];
	for (let index = 0; form.has(`fields[${index}][name]`); index++) {
		const value = form.get(`fields[${index}][value]`);
		if (value === null) throw new LegacyError(400, `fields[${index}][value] is required`);
		const url = form.get(`fields[${index}][url]`);
		fields.push({ name: form.get(`fields[${index}][name]`)!, value, ...(url && { url }) });
	}
	if (!fields.length) throw new LegacyError(400, '`fields` is required');
	const details = state.visitorDetails.get(visitorId) ?? {};
	details[id] = { ...(icon && { icon }), fields };
	state.visitorDetails.set(visitorId, details);
	return { result: 'Visitor details added' };
}

/** JSON bodies as the form names them: `fields[0][name]`. */
function flatten(body: Record<string, unknown>) {
	const form = new URLSearchParams();
	for (const [key, value] of Object.entries(body)) {
		if (Array.isArray(value)) {
			value.forEach((entry: Record<string, unknown>, index) => {
				for (const [field, text] of Object.entries(entry))
					form.set(`${key}[${index}][${field}]`, String(text));
			});
		} else if (value !== undefined && value !== null) form.set(key, String(value));
	}
	return form;
}
