import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { ActionMethod, LiveChatMethod } from '../types/livechat';
import type { LiveChatFailure } from './failure';
import { guidanceFor } from './hints';
import { isRequesterOutsideChat } from './situationHints';

/** The record a method's name ends with, how errors call it, and the field naming it. */
const RECORD_KINDS: ReadonlyArray<[suffix: string, kind: string, field: 'id' | 'name']> = [
	['_customer', 'customer', 'id'],
	['_tag', 'tag', 'name'],
	['_webhook', 'webhook', 'id'],
	['_agent', 'agent', 'id'],
	['_group', 'group', 'id'],
	['_property', 'property', 'name'],
	['_greeting', 'greeting', 'id'],
	['_auto_access', 'routing rule', 'id'],
];

/** The ids a request named, so that errors can say which one LiveChat did not find. */
export function requestSubject(
	method: ActionMethod,
	body: Record<string, unknown>,
): string | undefined {
	const named = (value: unknown) =>
		typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
	const parts: string[] = [];
	const record = RECORD_KINDS.find(([suffix]) => method.endsWith(suffix));
	if (record && named(body[record[2]])) {
		const [, kind, field] = record;
		parts.push(field === 'name' ? `${kind} "${named(body.name)}"` : `${kind} ${named(body.id)}`);
	}
	if (named(body.chat_id)) parts.push(`chat ${named(body.chat_id)}`);
	// transfer_chat, deactivate_chat and (un)follow_chat name the chat `id`; resume_chat `chat.id`.
	const chatOfControl = [
		'deactivate_chat',
		'transfer_chat',
		'follow_chat',
		'unfollow_chat',
	].includes(method)
		? body.id
		: method === 'resume_chat'
			? (body.chat as { id?: unknown } | undefined)?.id
			: undefined;
	if (named(chatOfControl)) parts.push(`chat ${named(chatOfControl)}`);
	if (named(body.thread_id)) parts.push(`thread ${named(body.thread_id)}`);
	if (named(body.tag)) parts.push(`tag "${named(body.tag)}"`);
	return parts.length ? parts.join(', ') : undefined;
}

/** The error users see, made from plain values: no request body (with secrets) rides along. */
export function liveChatApiError(
	node: INode,
	failure: LiveChatFailure,
	itemIndex?: number,
): NodeApiError {
	const { message, description } = guidanceFor(failure);
	const response: JsonObject = {
		method: failure.method,
		...(failure.type ? { type: failure.type } : {}),
		...(failure.message ? { message: failure.message } : {}),
		// Not under `code`: n8n would swap the message for its generic text for that code.
		...(failure.networkCode ? { networkError: failure.networkCode } : {}),
	};
	return new NodeApiError(node, response, {
		message,
		description,
		httpCode: failure.httpStatus !== undefined ? String(failure.httpStatus) : undefined,
		itemIndex,
	});
}

/** LiveChat's `error.type` behind an error made by `liveChatApiError`, if any. */
export function liveChatErrorType(error: unknown): string | undefined {
	if (!(error instanceof NodeApiError)) return undefined;
	const type = (error.errorResponse as JsonObject | undefined)?.type;
	return typeof type === 'string' ? type : undefined;
}

/** Whether an error from liveChatApiRequest is send_event's "the requester is not in the chat". */
export function isRequesterOutsideChatError(error: unknown): boolean {
	if (!(error instanceof NodeApiError)) return false;
	const response = (error.errorResponse ?? {}) as JsonObject;
	return isRequesterOutsideChat({
		// liveChatApiError wrote it from the failure; any other method is simply not one of them.
		method: String(response.method ?? '') as LiveChatMethod,
		message: typeof response.message === 'string' ? response.message : undefined,
	});
}
