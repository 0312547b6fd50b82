/**
 * LiveChat's error envelope `{ error: { type, message, data? } }`. LiveChat does not document an
 * HTTP status per type; these are the plausible ones (clients are meant to read `type`).
 */
const STATUS_OF_TYPE: Record<string, number> = {
	authentication: 401,
	authorization: 403,
	already_exists: 409,
	chat_inactive: 400,
	internal: 500,
	limit_reached: 403,
	misdirected_request: 421,
	not_found: 404,
	request_timeout: 408,
	service_unavailable: 503,
	too_many_requests: 429,
	validation: 400,
};

export class LiveChatError extends Error {
	constructor(
		readonly type: string,
		message: string,
		readonly data?: Record<string, unknown>,
		readonly status = STATUS_OF_TYPE[type] ?? 400,
	) {
		super(message);
	}

	get body() {
		return {
			error: { type: this.type, message: this.message, ...(this.data && { data: this.data }) },
		};
	}
}

export const validation = (message: string) => new LiveChatError('validation', message);
export const notFound = (message: string) => new LiveChatError('not_found', message);
