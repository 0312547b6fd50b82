import type { LiveChatMethod } from '../types/livechat';

/** What went wrong with one LiveChat call, in the terms LiveChat used. */
export interface LiveChatFailure {
	method: LiveChatMethod;
	/** LiveChat's `error.type`, when it answered with its error envelope. */
	type?: string;
	/** LiveChat's `error.message`. */
	message?: string;
	data?: Record<string, unknown>;
	httpStatus?: number;
	/** A network error code such as ETIMEDOUT, when no answer came. */
	networkCode?: string;
	/** What the request named, e.g. `chat PJ0MRSHTDG, thread K600PKZON8`; never a secret. */
	subject?: string;
	/** Sent with a bot's token, whose scopes are fixed. */
	byBot?: boolean;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
	return typeof value === 'object' && value !== null
		? (value as Record<string, unknown>)
		: undefined;
}

/**
 * Reads what LiveChat answered out of whatever n8n's request helper threw: a NodeApiError around
 * the HTTP client's error, which holds `response.status` and `response.data` (n8n also copies the
 * body to the NodeApiError's `context.data`). v3.6 answers `{ error: { type, message, data } }`;
 * the legacy v2 API `{ error: "…" }` or `{ errors: ["…"] }`.
 */
export function readFailure(method: LiveChatMethod, error: unknown): LiveChatFailure {
	const outer = asRecord(error) ?? {};
	const cause = asRecord(outer.cause) ?? {};
	const response = asRecord(cause.response) ?? asRecord(outer.response);
	const body =
		asRecord(response?.data) ?? asRecord(response?.body) ?? asRecord(asRecord(outer.context)?.data);
	const lcError = asRecord(body?.error);
	const legacyMessage =
		typeof body?.error === 'string'
			? body.error
			: Array.isArray(body?.errors)
				? body.errors.map(String).join('; ')
				: undefined;
	const status = Number(response?.status ?? response?.statusCode ?? outer.httpCode);
	// n8n 1.x keeps no cause: there a network error's code (ECONNRESET…) is the httpCode.
	const code = [cause.code, outer.code, outer.httpCode].find(
		(c) => typeof c === 'string' && /^[A-Z][A-Z_]+$/.test(c),
	);
	return {
		method,
		type: typeof lcError?.type === 'string' ? lcError.type : undefined,
		message: typeof lcError?.message === 'string' ? lcError.message : legacyMessage,
		data: asRecord(lcError?.data),
		httpStatus: Number.isInteger(status) && status > 0 ? status : undefined,
		networkCode: response ? undefined : (code as string | undefined),
	};
}
