import { sleep } from 'n8n-workflow';

import type { LiveChatMethod } from '../types/livechat';
import { isReportMethod } from '../types/livechat';
import type { LiveChatFailure } from './failure';
import { readFailure } from './failure';

/** Bounded retries for rate limits, LiveChat's temporary errors and network timeouts. */
export const retryPolicy = { maxRetries: 3, baseDelayMs: 1_000, maxDelayMs: 8_000 };

export function backoffDelay(retry: number): number {
	return Math.min(retryPolicy.maxDelayMs, retryPolicy.baseDelayMs * 2 ** retry);
}

/** Failures after which LiveChat may or may not have done what was asked. */
const TRANSIENT_ERROR_TYPES = new Set([
	'too_many_requests',
	'internal',
	'service_unavailable',
	'request_timeout',
]);
const TRANSIENT_NETWORK_CODES = new Set([
	'ECONNABORTED',
	'ECONNRESET',
	'EPIPE',
	'ETIMEDOUT',
	'EAI_AGAIN',
	'UND_ERR_CONNECT_TIMEOUT',
	'UND_ERR_HEADERS_TIMEOUT',
	'UND_ERR_BODY_TIMEOUT',
	'UND_ERR_SOCKET',
]);

/** LiveChat refuses a call over its rate limit before doing anything. */
export function isRateLimit(failure: LiveChatFailure): boolean {
	return failure.type === 'too_many_requests' || failure.httpStatus === 429;
}

export function isTransient(failure: LiveChatFailure): boolean {
	return (
		isRateLimit(failure) ||
		(failure.type !== undefined && TRANSIENT_ERROR_TYPES.has(failure.type)) ||
		(failure.httpStatus !== undefined && failure.httpStatus >= 500) ||
		(failure.networkCode !== undefined && TRANSIENT_NETWORK_CODES.has(failure.networkCode))
	);
}

/**
 * Writes whose repetition changes nothing: they set a value (or remove one) rather than add
 * something, so sending one again after an answer was lost is safe.
 */
const REPEATABLE_WRITES: ReadonlySet<LiveChatMethod> = new Set<LiveChatMethod>([
	'approve_agent',
	'delete_chat_properties',
	'delete_event_properties',
	'delete_group_properties',
	'delete_license_properties',
	'delete_thread_properties',
	'enable_license_webhooks',
	'follow_chat',
	'mark_events_as_seen',
	'send_event_preview',
	'send_thinking_indicator',
	'send_typing_indicator',
	'set_routing_status',
	'suspend_agent',
	'unfollow_chat',
	'unregister_webhook',
	'unsuspend_agent',
	'update_agent',
	'update_auto_access',
	'update_chat_properties',
	'update_customer',
	'update_event_properties',
	'update_greeting',
	'update_group',
	'update_group_properties',
	'update_license_properties',
	'update_thread_properties',
	'visitors/details',
]);

/**
 * Whether a call may be sent again after a failure that leaves open whether LiveChat did it (a
 * timeout, a lost answer, LiveChat's `internal`): reads and repeatable writes. Any other write
 * (a message, a chat, an upload, a transfer, a new tag…) is retried only after a rate limit, so a
 * customer never gets the same message twice.
 */
export function isRepeatable(method: LiveChatMethod): boolean {
	return /^(get|list)_/.test(method) || isReportMethod(method) || REPEATABLE_WRITES.has(method);
}

/**
 * Sends a request, retrying with exponential backoff: rate limits always, other transient failures
 * (LiveChat's temporary errors, network timeouts) only for a repeatable `method`. `retryAtOnce` may
 * ask for an immediate retry after changing what `send` sends. Other failures, and the last
 * transient one, become `toError`'s error.
 */
export async function sendWithRetries<T>(
	method: LiveChatMethod,
	send: () => Promise<T>,
	toError: (failure: LiveChatFailure) => Error,
	retryAtOnce: (failure: LiveChatFailure) => boolean = () => false,
): Promise<T> {
	const retryable = isRepeatable(method) ? isTransient : isRateLimit;
	for (let retries = 0; ; ) {
		try {
			return await send();
		} catch (error) {
			const failure = readFailure(method, error);
			if (retryAtOnce(failure)) continue;
			if (retryable(failure) && retries < retryPolicy.maxRetries) {
				await sleep(backoffDelay(retries++));
				continue;
			}
			throw toError(failure);
		}
	}
}
