import type { IDataObject } from 'n8n-workflow';

import type {
	ActionMethod,
	LiveChatMethod,
	LiveChatMethods,
	PageLinks,
	PageRecord,
} from '../types/livechat';
import { PAGED_LISTS } from '../types/livechat';
import type { LiveChatFunctions } from './account';
import { BOT_CREDENTIAL, getLiveChatAccount } from './account';
import { liveChatApiError, requestSubject } from './errors';
import type { LiveChatFailure } from './failure';
import { sendWithRetries } from './retries';

export type { LiveChatFunctions } from './account';
export {
	APP_CREDENTIAL,
	BOT_CREDENTIAL,
	getLiveChatAccount,
	PAT_CREDENTIAL,
	regionOfToken,
} from './account';
export { backoffDelay, retryPolicy } from './retries';

/** The two v3.6 APIs the nodes use; both take `POST /v3.6/<api>/action/<method>` with JSON. */
export type LiveChatApi = 'agent' | 'configuration';

export const API_VERSION = '3.6';

/** LiveChat waits 15 s before it gives up on a request itself. */
export const REQUEST_TIMEOUT_MS = 20_000;

/** One call to a v3.6 API; `method` names it in errors, scopes and retries. */
export interface LiveChatCall {
	method: LiveChatMethod;
	/** After `/v3.6/`, e.g. `agent/action/send_event` or `reports/chats/total_chats`. */
	path: string;
	body: IDataObject | Buffer;
	/** A JSON body; else `contentType` says what the body is. */
	contentType?: string;
	/** What the request names, for errors (never a secret). */
	subject?: string;
}

/**
 * The one place that calls LiveChat's v3.6 APIs (Agent Chat, Configuration, Reports, uploads),
 * through n8n's authenticated request helper (which refreshes OAuth2 tokens). Sends `X-Region`
 * for region-prefixed tokens, follows one `misdirected_request` to the region LiveChat names,
 * retries what may be retried, and turns LiveChat's error envelope into a NodeApiError that says
 * what happened and what to do.
 */
export async function liveChatRequest<T>(
	context: LiveChatFunctions,
	call: LiveChatCall,
	itemIndex?: number,
): Promise<T> {
	const account = await getLiveChatAccount.call(context);
	let region = account.region;
	let followedRegion = false;
	let resent = false;
	const send = async () =>
		(await context.helpers.httpRequestWithAuthentication.call(context, account.credentialType, {
			method: 'POST',
			url: `${account.apiUrl}/v${API_VERSION}/${call.path}`,
			body: call.body,
			json: !call.contentType,
			headers: {
				...(call.contentType ? { 'Content-Type': call.contentType } : {}),
				...(region ? { 'X-Region': region } : {}),
			},
			timeout: REQUEST_TIMEOUT_MS,
		})) as T;
	const retryAtOnce = (failure: LiveChatFailure) => {
		const named = failure.data?.region;
		if (failure.type === 'misdirected_request' && !followedRegion) {
			if (typeof named !== 'string' || named === region) return false;
			region = named;
			followedRegion = true;
			return true;
		}
		// After a 401 n8n renews an expiring token (the bot's) and sends a JSON body again itself,
		// but not any other body: send it once more, with the new token.
		if (failure.type === 'authentication' && call.contentType && !resent) {
			resent = true;
			return true;
		}
		return false;
	};
	const toError = (failure: LiveChatFailure) =>
		liveChatApiError(
			context.getNode(),
			{ ...failure, subject: call.subject, byBot: account.credentialType === BOT_CREDENTIAL },
			itemIndex,
		);
	return await sendWithRetries(call.method, send, toError, retryAtOnce);
}

/** A call of the Agent Chat or Configuration API: `POST /v3.6/<api>/action/<method>` with JSON. */
export async function liveChatApiRequest<
	A extends LiveChatApi,
	M extends keyof LiveChatMethods[A] & ActionMethod,
>(
	context: LiveChatFunctions,
	api: A,
	method: M,
	body: object = {},
	itemIndex?: number,
): Promise<LiveChatMethods[A][M]> {
	return await liveChatRequest<LiveChatMethods[A][M]>(
		context,
		{
			method,
			path: `${api}/action/${method}`,
			body: body as IDataObject,
			subject: requestSubject(method, body as IDataObject),
		},
		itemIndex,
	);
}

/**
 * Any v3.6 method by name, for the node's Custom API Call: the same region handling, retries and
 * errors as the operations (a method the node does not know is sent again only if it reads).
 */
export async function liveChatMethodRequest(
	context: LiveChatFunctions,
	api: LiveChatApi | 'reports',
	method: string,
	body: IDataObject,
	itemIndex?: number,
): Promise<unknown> {
	const name = (api === 'reports' ? `reports/${method}` : method) as LiveChatMethod;
	const path = api === 'reports' ? name : `${api}/action/${method}`;
	const subject = api === 'reports' ? undefined : requestSubject(name as ActionMethod, body);
	return await liveChatRequest<unknown>(context, { method: name, path, body, subject }, itemIndex);
}

/** LiveChat's page size maximum for list_chats, list_threads, list_archives and list_greetings. */
export const MAX_PAGE_SIZE = 100;

/** What the first page's request carries and LiveChat remembers: a follow-up may not send it. */
const FIRST_PAGE_ONLY = ['filters', 'groups', 'limit', 'min_events_count', 'sort_order'];

/**
 * Reads a cursor-paginated list (PAGED_LISTS) until `limit` records or the last page. The first
 * request carries the filters; LiveChat remembers them. A follow-up carries `page_id` instead of
 * `filters` (list_greetings: `groups`), `limit` and `sort_order`, which may not come with it, and
 * the rest as before (list_threads requires `chat_id` on every page).
 */
export async function liveChatApiPages<M extends keyof PageRecord>(
	context: LiveChatFunctions,
	method: M,
	body: IDataObject,
	limit: number | undefined,
	itemIndex?: number,
): Promise<Array<PageRecord[M]>> {
	const records: Array<PageRecord[M]> = [];
	const everyPage = Object.fromEntries(
		Object.entries(body).filter(([key]) => !FIRST_PAGE_ONLY.includes(key)),
	);
	// list_threads' min_events_count sets the first page's size itself: no limit with it.
	let request: IDataObject =
		body.min_events_count === undefined
			? { ...body, limit: Math.min(MAX_PAGE_SIZE, limit ?? MAX_PAGE_SIZE) }
			: body;
	for (;;) {
		const { api, records: key } = PAGED_LISTS[method];
		const page = await liveChatRequest<PageLinks>(
			context,
			{
				method,
				path: `${api}/action/${method}`,
				body: request,
				subject: requestSubject(method, request),
			},
			itemIndex,
		);
		const list: unknown = (page as Record<string, unknown>)[key];
		if (Array.isArray(list)) records.push(...(list as Array<PageRecord[M]>));
		if (limit !== undefined && records.length >= limit) return records.slice(0, limit);
		const next = page.next_page_id;
		if (typeof next !== 'string' || !next) return records;
		request = { ...everyPage, page_id: next };
	}
}
