import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { LiveChatMethods, PageLinks, PageRecord } from '../types/livechat';
import { PAGE_RECORDS_KEY } from '../types/livechat';
import { liveChatApiError, requestSubject } from './errors';
import type { LiveChatFailure } from './errors';
import { backoffDelay, isRateLimit, isRepeatable, isTransient, retryPolicy } from './retries';

export { backoffDelay, retryPolicy } from './retries';

export type LiveChatFunctions =
	| IExecuteFunctions
	| IHookFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IWebhookFunctions;

/** The two v3.6 APIs the nodes use; both take `POST /v3.6/<api>/action/<method>` with JSON. */
export type LiveChatApi = 'agent' | 'configuration';

export const API_VERSION = '3.6';
export const DEFAULT_API_URL = 'https://api.livechatinc.com';

/** OAuth2 credential of the user's Developer Console app, and the Personal Access Token one. */
export const APP_CREDENTIAL = 'liveChatOAuth2Api';
export const PAT_CREDENTIAL = 'liveChatApi';
/** A bot acting as itself with its own token (n8n gets and renews it: pre-authentication). */
export const BOT_CREDENTIAL = 'liveChatBotApi';
export type LiveChatCredentialType =
	| typeof APP_CREDENTIAL
	| typeof PAT_CREDENTIAL
	| typeof BOT_CREDENTIAL;

/** LiveChat waits 15 s before it gives up on a request itself. */
export const REQUEST_TIMEOUT_MS = 20_000;

/** Access tokens look like `fra:…` or `dal:…`; the prefix names the data center. */
export function regionOfToken(token: unknown): string | undefined {
	if (typeof token !== 'string') return undefined;
	return /^([a-z]{2,6}(?:-[a-z0-9]+)?):[^/]/.exec(token)?.[1];
}

export interface LiveChatAccount {
	credentialType: LiveChatCredentialType;
	apiUrl: string;
	/** The Developer Console app's Client ID; it owns the webhooks (`owner_client_id`). */
	clientId: string;
	region?: string;
}

/** The credential the node's `authentication` parameter chooses. */
function credentialTypeOf(context: LiveChatFunctions): LiveChatCredentialType {
	// Execute functions take an item index where the other contexts take a fallback value.
	const authentication =
		'getInputData' in context
			? context.getNodeParameter('authentication', 0, 'oAuth2')
			: context.getNodeParameter('authentication', 'oAuth2');
	if (authentication === 'bot') return BOT_CREDENTIAL;
	return authentication === 'accessToken' ? PAT_CREDENTIAL : APP_CREDENTIAL;
}

export async function getLiveChatAccount(this: LiveChatFunctions): Promise<LiveChatAccount> {
	const credentialType = credentialTypeOf(this);
	const credentials = await this.getCredentials(credentialType);
	const token =
		credentialType === APP_CREDENTIAL
			? (credentials.oauthTokenData as IDataObject | undefined)?.access_token
			: credentialType === BOT_CREDENTIAL
				? credentials.botToken
				: credentials.accessToken;
	const apiUrl =
		typeof credentials.apiUrl === 'string' && credentials.apiUrl ? credentials.apiUrl : '';
	return {
		credentialType,
		apiUrl: (apiUrl || DEFAULT_API_URL).replace(/\/+$/, ''),
		clientId: String(credentials.clientId ?? ''),
		// Bot tokens are JWTs without a prefix: the bot credential's PAT names the license's region.
		region:
			regionOfToken(token) ??
			(credentialType === BOT_CREDENTIAL ? regionOfToken(credentials.accessToken) : undefined),
	};
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
export function readFailure(method: string, error: unknown): LiveChatFailure {
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

/**
 * Sends a request, retrying with exponential backoff: rate limits always, other transient failures
 * (LiveChat's temporary errors, network timeouts) only for a repeatable `method`. `retryAtOnce` may
 * ask for an immediate retry after changing what `send` sends. Other failures, and the last
 * transient one, become `toError`'s error.
 */
export async function sendWithRetries<T>(
	method: string,
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

/** One call to a v3.6 API; `method` names it in errors, scopes and retries. */
export interface LiveChatCall {
	method: string;
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
	M extends keyof LiveChatMethods[A] & string,
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

/** LiveChat's page size maximum for list_chats, list_threads and list_archives. */
export const MAX_PAGE_SIZE = 100;

/**
 * Reads a cursor-paginated list (`list_chats`, `list_threads`, `list_archives`) until `limit`
 * records or the last page. The first request carries the filters; LiveChat remembers them. A
 * follow-up carries `page_id` instead of `filters`, `limit` and `sort_order`, which may not come
 * with it, and the rest as before (list_threads requires `chat_id` on every page).
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
		Object.entries(body).filter(([key]) => !['filters', 'limit', 'sort_order'].includes(key)),
	);
	let request: IDataObject = { ...body, limit: Math.min(MAX_PAGE_SIZE, limit ?? MAX_PAGE_SIZE) };
	for (;;) {
		const page: PageLinks = await liveChatApiRequest(context, 'agent', method, request, itemIndex);
		const list: unknown = (page as Record<string, unknown>)[PAGE_RECORDS_KEY[method]];
		if (Array.isArray(list)) records.push(...(list as Array<PageRecord[M]>));
		if (limit !== undefined && records.length >= limit) return records.slice(0, limit);
		const next = page.next_page_id;
		if (typeof next !== 'string' || !next) return records;
		request = { ...everyPage, page_id: next };
	}
}
