/**
 * What agents and bots put into chats besides messages: chat and thread properties (registered or
 * predefined only), uploaded files, typing and thinking indicators, and read receipts; with
 * LiveChat's rules (livechat-api-conversations.md §2 and §3) and the webhooks LiveChat fires.
 * File and rich message events themselves go through send_event (api.ts), which checks them here.
 */
import { createHash } from 'crypto';

import type { Call, MethodGroup } from './calls';
import { findChat, findThread, fire, required, requesterId } from './calls';
import { LiveChatError, notFound, validation } from './errors';
import type { Chat, LiveChatState } from './state';
import { currentThread, newId } from './state';
import { checkedNames, checkedValues, deleteNames, setValues } from './properties';

export const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;
const UPLOAD_LIFETIME_MS = 24 * 3_600_000;
const EXECUTABLE = /\.(exe|bat|cmd|com|msi|scr|sh|app|dll|jar)$/i;

/** The requester must be a user of the chat's active thread (events, indicators, previews). */
export function presentRequester(call: Call, chat: Chat) {
	const thread = currentThread(chat);
	if (!thread.active) throw new LiveChatError('chat_inactive', 'Chat is inactive');
	const id = requesterId(call.state, call.caller);
	if (!id || !thread.user_ids.includes(id))
		throw new LiveChatError('validation', 'Requester is not a user of this chat');
	return { thread, id };
}

/** The event `event_id` of the thread `thread_id` of the chat `chat_id`. */
export function eventOf({ state, body }: Call) {
	const chat = findChat(state, body.chat_id);
	const thread = findThread(chat, required(body, 'thread_id'));
	const event = thread.events.find((candidate) => candidate.id === required(body, 'event_id'));
	if (!event) throw notFound(`Event ${String(body.event_id)} not found`);
	return { chat, thread, event };
}

function visibilityOf(body: Record<string, unknown>) {
	const visibility = body.visibility ?? 'all';
	if (visibility !== 'all' && visibility !== 'agents')
		throw validation('`visibility` must be all or agents');
	return visibility;
}

/** Reads the `file` part of a multipart/form-data body (given as latin1 text). */
export function readUpload(contentType: string, raw: string): Record<string, unknown> {
	const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
	if (!contentType.startsWith('multipart/form-data') || !boundary)
		throw validation('upload_file takes multipart/form-data');
	const parts = raw.split(`--${boundary[1] ?? boundary[2]}`);
	for (const part of parts) {
		const split = part.indexOf('\r\n\r\n');
		if (split < 0) continue;
		const head = part.slice(0, split);
		if (!/name="file"/.test(head)) continue;
		const bytes = Buffer.from(part.slice(split + 4).replace(/\r\n$/, ''), 'latin1');
		return {
			file: {
				name: /filename="([^"]*)"/.exec(head)?.[1] ?? 'file',
				content_type: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? 'application/octet-stream',
				size: bytes.length,
				sha256: createHash('sha256').update(bytes).digest('hex'),
			},
		};
	}
	throw validation('The `file` part is required');
}

/** A `file` event must use a URL upload_file gave and that has not expired; then it never does. */
export function acceptFileEvent(state: LiveChatState, event: Record<string, unknown>) {
	const url = String(event.url ?? '');
	const upload = state.uploads.get(url);
	if (!upload) throw validation('`event.url` must be a LiveChat CDN URL from upload_file');
	if (upload.expiresAt !== undefined && upload.expiresAt <= Date.now())
		throw validation('`event.url` has expired: upload the file again');
	delete upload.expiresAt;
	return { name: upload.name, content_type: upload.content_type, size: upload.size };
}

const TEMPLATES = ['cards', 'quick_replies', 'sticker', 'ecommerce'];
const BUTTON_TYPES = ['message', 'url', 'phone', 'webview'];

/** LiveChat's limits for rich messages: 10 elements, 13 buttons each, known button types. */
export function checkRichMessage(event: Record<string, unknown>) {
	if (!TEMPLATES.includes(String(event.template_id)))
		throw validation('`event.template_id` must be cards, quick_replies, sticker or ecommerce');
	const elements = (event.elements ?? []) as Array<Record<string, unknown>>;
	if (!Array.isArray(elements) || elements.length > 10)
		throw validation('`event.elements` takes at most 10 elements');
	for (const element of elements) {
		const buttons = (element.buttons ?? []) as Array<Record<string, unknown>>;
		if (buttons.length > 13) throw validation('`event.elements.buttons` takes at most 13 buttons');
		const image = element.image as Record<string, unknown> | undefined;
		if (image !== undefined && (typeof image !== 'object' || !image?.url))
			throw validation('`event.elements.image.url` is required');
		for (const button of buttons) {
			if (!button.text || !BUTTON_TYPES.includes(String(button.type)))
				throw validation('Each button needs `text` and a `type` of message, url, phone or webview');
			for (const field of ['value', 'postback_id'])
				if (typeof button[field] !== 'string' || !button[field])
					throw validation(`\`buttons.${field}\` is required`);
			if (!Array.isArray(button.user_ids)) throw validation('`buttons.user_ids` is required');
			if (
				button.type === 'webview' &&
				!['compact', 'tall', 'full'].includes(String(button.webview_height))
			)
				throw validation('`buttons.webview_height` must be compact, tall or full');
		}
	}
}

/** Event types an agent may send (send_event, start_chat's initial events); `system` is not one. */
export const SENDABLE_EVENT_TYPES = [
	'message',
	'system_message',
	'custom',
	'rich_message',
	'file',
	'filled_form',
	'form',
];
const FORM_FIELD_TYPES = [
	'checkbox',
	'email',
	'name',
	'question',
	'subject',
	'textarea',
	'group_chooser',
	'radio',
	'select',
];
/** A message's raw text: at most 16 KB. */
const MAX_TEXT_BYTES = 16_384;

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown) => typeof value === 'string' && value !== '';

/**
 * An event as the Data structures page requires it per type (`prefix` names it in errors, e.g.
 * "`event"): known type and visibility; message: text (16 KB at most) and a postback's id,
 * thread_id, event_id, with type and value together; system_message: system_message_type; file:
 * url; rich_message: LiveChat's limits; form and filled_form: form_id and fields of known types
 * with id and label (filled: an answer).
 */
export function checkEvent(event: Record<string, unknown>, prefix: string) {
	const field = (name: string) => `${prefix}.${name}\``;
	if (event.type === 'system')
		throw validation(`${field('type')} system cannot be sent in API version 3.6`);
	if (!SENDABLE_EVENT_TYPES.includes(String(event.type)))
		throw validation(`${field('type')} is invalid`);
	if (event.visibility !== undefined && event.visibility !== 'all' && event.visibility !== 'agents')
		throw validation(`${field('visibility')} must be all or agents`);
	if (event.custom_id !== undefined && typeof event.custom_id !== 'string')
		throw validation(`${field('custom_id')} must be a string`);
	if (event.properties !== undefined && !isObject(event.properties))
		throw validation(`${field('properties')} must be an object`);
	switch (event.type) {
		case 'message': {
			if (!isText(event.text)) throw validation(`${field('text')} is required`);
			if (Buffer.byteLength(String(event.text)) > MAX_TEXT_BYTES)
				throw new LiveChatError('entity_too_large', 'The event is too large');
			if (event.postback !== undefined) {
				const postback = event.postback;
				if (!isObject(postback)) throw validation(`${field('postback')} must be an object`);
				for (const name of ['id', 'thread_id', 'event_id'])
					if (!isText(postback[name])) throw validation(`${field(`postback.${name}`)} is required`);
				if ((postback.type === undefined) !== (postback.value === undefined))
					throw validation(`${field('postback.type')} and \`postback.value\` go together`);
				const ecommerce = postback.ecommerce;
				if (ecommerce !== undefined && (!isObject(ecommerce) || !isText(ecommerce.product_id)))
					throw validation(`${field('postback.ecommerce.product_id')} is required`);
			}
			return;
		}
		case 'system_message':
			if (!isText(event.system_message_type))
				throw validation(`${field('system_message_type')} is required`);
			if (event.text_vars !== undefined && !isObject(event.text_vars))
				throw validation(`${field('text_vars')} must be an object`);
			return;
		case 'file':
			if (!isText(event.url)) throw validation(`${field('url')} is required`);
			return;
		case 'rich_message':
			checkRichMessage(event);
			return;
		case 'form':
		case 'filled_form': {
			if (!isText(event.form_id)) throw validation(`${field('form_id')} is required`);
			if (!Array.isArray(event.fields)) throw validation(`${field('fields')} is required`);
			for (const formField of event.fields as unknown[]) {
				if (!isObject(formField) || !FORM_FIELD_TYPES.includes(String(formField.type)))
					throw validation(`${field('fields.type')} must be one of ${FORM_FIELD_TYPES.join(', ')}`);
				if (!isText(formField.id) || typeof formField.label !== 'string')
					throw validation(`${field('fields.id')} and \`fields.label\` are required`);
				if (
					event.type === 'filled_form' &&
					formField.answer === undefined &&
					formField.answers === undefined
				)
					throw validation(`${field('fields.answer')} is required`);
			}
			return;
		}
		case 'custom':
			if (event.content !== undefined && !isObject(event.content))
				throw validation(`${field('content')} must be an object`);
	}
}

export const contentMethods: MethodGroup = {
	configuration: {},
	agent: {
		update_chat_properties(call) {
			const chat = findChat(call.state, call.body.id);
			const properties = checkedValues(call.state, 'chat', call.body.properties);
			setValues(chat.properties, properties);
			fire(call, 'chat_properties_updated', { chat, payload: { chat_id: chat.id, properties } });
			return {};
		},
		delete_chat_properties(call) {
			const chat = findChat(call.state, call.body.id);
			const properties = checkedNames(call.state, 'chat', call.body.properties);
			deleteNames(chat.properties, properties);
			fire(call, 'chat_properties_deleted', { chat, payload: { chat_id: chat.id, properties } });
			return {};
		},
		update_thread_properties(call) {
			const chat = findChat(call.state, call.body.chat_id);
			const thread = findThread(chat, required(call.body, 'thread_id'));
			const properties = checkedValues(call.state, 'thread', call.body.properties);
			setValues(thread.properties, properties);
			fire(call, 'thread_properties_updated', {
				chat,
				payload: { chat_id: chat.id, thread_id: thread.id, properties },
			});
			return {};
		},
		update_event_properties(call) {
			const { chat, thread, event } = eventOf(call);
			const properties = checkedValues(call.state, 'event', call.body.properties);
			setValues((event.properties ??= {}), properties);
			fire(call, 'event_properties_updated', {
				chat,
				payload: { chat_id: chat.id, thread_id: thread.id, event_id: event.id, properties },
			});
			return {};
		},
		delete_event_properties(call) {
			const { chat, thread, event } = eventOf(call);
			const properties = checkedNames(call.state, 'event', call.body.properties);
			deleteNames((event.properties ??= {}), properties);
			fire(call, 'event_properties_deleted', {
				chat,
				payload: { chat_id: chat.id, thread_id: thread.id, event_id: event.id, properties },
			});
			return {};
		},
		delete_thread_properties(call) {
			const chat = findChat(call.state, call.body.chat_id);
			const thread = findThread(chat, required(call.body, 'thread_id'));
			const properties = checkedNames(call.state, 'thread', call.body.properties);
			deleteNames(thread.properties, properties);
			fire(call, 'thread_properties_deleted', {
				chat,
				payload: { chat_id: chat.id, thread_id: thread.id, properties },
			});
			return {};
		},
		upload_file({ state, body }) {
			const file = body.file as { name: string; content_type: string; size: number } | undefined;
			if (!file) throw validation('The `file` part is required');
			if (file.size > UPLOAD_LIMIT_BYTES)
				throw new LiveChatError('entity_too_large', 'Upload limit exceeded (10MB)', undefined, 413);
			if (
				EXECUTABLE.test(file.name) ||
				/x-ms(download|-installer)|x-executable/.test(file.content_type)
			)
				throw validation('Executable files are not allowed');
			const url = `https://cdn.livechat-files.com/api/file/lc/att/${newId(8)}/${encodeURIComponent(file.name)}`;
			state.uploads.set(url, { ...file, expiresAt: Date.now() + UPLOAD_LIFETIME_MS });
			return { url };
		},
		send_typing_indicator(call) {
			const chat = findChat(call.state, call.body.chat_id);
			if (typeof call.body.is_typing !== 'boolean') throw validation('`is_typing` is required');
			const { id } = presentRequester(call, chat);
			call.state.signals.push({
				type: 'typing',
				chat_id: chat.id,
				user_id: id,
				is_typing: call.body.is_typing,
				visibility: visibilityOf(call.body),
			});
			return {};
		},
		send_thinking_indicator(call) {
			const chat = findChat(call.state, call.body.chat_id);
			const { id } = presentRequester(call, chat);
			call.state.signals.push({
				type: 'thinking',
				chat_id: chat.id,
				user_id: id,
				title: call.body.title,
				description: call.body.description,
				visibility: visibilityOf(call.body),
			});
			return {};
		},
		mark_events_as_seen(call) {
			const chat = findChat(call.state, call.body.chat_id);
			const seenUpTo = required(call.body, 'seen_up_to');
			if (Number.isNaN(Date.parse(seenUpTo.replace(/(\.\d{3})\d+/, '$1'))))
				throw validation('`seen_up_to` must be an RFC 3339 date');
			const userId = requesterId(call.state, call.caller);
			if (!userId) throw validation('Requester is not a user of this license');
			call.state.seenUpTo.set(`${chat.id}/${userId}`, seenUpTo);
			fire(call, 'events_marked_as_seen', {
				chat,
				payload: { chat_id: chat.id, user_id: userId, seen_up_to: seenUpTo },
			});
			return {};
		},
	},
};
