import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { ActionMethod, LiveChatMethod } from '../types/livechat';
import type { LiveChatFailure } from './failure';
import { guidanceFor } from './hints';
import { isRequesterOutsideChat } from './situationHints';

/** The ids a request named, so that errors can say which one LiveChat did not find. */
export function requestSubject(
	method: ActionMethod,
	body: Record<string, unknown>,
): string | undefined {
	const named = (value: unknown) =>
		typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
	const parts: string[] = [];
	if (method.endsWith('_customer') && named(body.id)) parts.push(`customer ${named(body.id)}`);
	else if (method.endsWith('_tag') && named(body.name)) parts.push(`tag "${named(body.name)}"`);
	else if (method.endsWith('_webhook') && named(body.id)) parts.push(`webhook ${named(body.id)}`);
	else if (method.endsWith('_agent') && named(body.id)) parts.push(`agent ${named(body.id)}`);
	else if (method.endsWith('_group') && named(body.id)) parts.push(`group ${named(body.id)}`);
	else if (method.endsWith('_property') && named(body.name))
		parts.push(`property "${named(body.name)}"`);
	else if (method.endsWith('_greeting') && named(body.id)) parts.push(`greeting ${named(body.id)}`);
	else if (method.endsWith('_auto_access') && named(body.id))
		parts.push(`routing rule ${named(body.id)}`);
	if (named(body.chat_id)) parts.push(`chat ${named(body.chat_id)}`);
	// transfer_chat and deactivate_chat name the chat `id`; resume_chat `chat.id`.
	const chatOfControl = ['deactivate_chat', 'transfer_chat'].includes(method)
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
