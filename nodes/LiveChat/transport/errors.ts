import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { isRateLimit, isRepeatable, isTransient } from './retries';

/** What went wrong with one LiveChat call, in the terms LiveChat used. */
export interface LiveChatFailure {
	method: string;
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

/** The scopes LiveChat gives every bot token (issue_bot_token). */
const BOT_TOKEN_SCOPES = 'chats--access:rw, agents-bot--my:rw and customers:rw';

/** The ids a request named, so that errors can say which one LiveChat did not find. */
export function requestSubject(method: string, body: Record<string, unknown>): string | undefined {
	const named = (value: unknown) =>
		typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
	const parts: string[] = [];
	if (method.endsWith('_customer') && named(body.id)) parts.push(`customer ${named(body.id)}`);
	else if (method.endsWith('_tag') && named(body.name)) parts.push(`tag "${named(body.name)}"`);
	else if (method.endsWith('_webhook') && named(body.id)) parts.push(`webhook ${named(body.id)}`);
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

const OUTSIDE_CHAT = /requester|not (a )?(user|member|present)|not in (the )?chat/i;

/** LiveChat refuses events and indicators from a user who is not in the chat (no override flag). */
function isRequesterOutsideChat(failure: LiveChatFailure) {
	return (
		['send_event', 'send_typing_indicator', 'send_thinking_indicator'].includes(failure.method) &&
		OUTSIDE_CHAT.test(failure.message ?? '')
	);
}

/** Methods that need the requester in the chat unless `ignore_requester_presence` is set. */
const PRESENCE_METHODS = [
	'add_user_to_chat',
	'deactivate_chat',
	'remove_user_from_chat',
	'transfer_chat',
];

/** The error type is undocumented: known by the method and LiveChat's message. */
function isRequesterPresenceRequired(failure: LiveChatFailure) {
	return PRESENCE_METHODS.includes(failure.method) && OUTSIDE_CHAT.test(failure.message ?? '');
}

/**
 * transfer_chat fails when nobody of the target can take the chat now. LiveChat documents no error
 * type for it, so it is known by the method and the message (or the catalogue's group types).
 */
function isNobodyFreeForTransfer(failure: LiveChatFailure) {
	return (
		failure.method === 'transfer_chat' &&
		(['group_unavailable', 'group_offline'].includes(failure.type ?? '') ||
			/no agents? (is |are )?available|nobody|no one|unavailable|not available|not accepting|offline/i.test(
				failure.message ?? '',
			))
	);
}

/** Whether an error from liveChatApiRequest is send_event's "the requester is not in the chat". */
export function isRequesterOutsideChatError(error: unknown): boolean {
	if (!(error instanceof NodeApiError)) return false;
	const response = (error.errorResponse ?? {}) as JsonObject;
	return isRequesterOutsideChat({
		method: String(response.method ?? ''),
		message: typeof response.message === 'string' ? response.message : undefined,
	});
}

/**
 * The scope each method needs, with its documented alternatives (LiveChat's method pages, v3.6);
 * null where the docs name none.
 */
const REQUIRED_SCOPES: Record<string, string | null> = {
	register_webhook: 'webhooks.configuration:rw',
	list_webhooks: 'webhooks.configuration:rw',
	unregister_webhook: 'webhooks.configuration:rw',
	enable_license_webhooks: 'webhooks.state:rw',
	disable_license_webhooks: 'webhooks.state:rw',
	get_license_webhooks_state: 'webhooks.state:ro',
	list_chats: 'chats--all:ro (or chats--access:ro)',
	get_chat: 'chats--all:ro (or chats--access:ro)',
	list_threads: 'chats--all:ro (or chats--access:ro)',
	list_archives: 'chats--all:ro (or chats--access:ro)',
	tag_thread: 'chats--all:rw (or chats--access:rw)',
	untag_thread: 'chats--all:rw (or chats--access:rw)',
	send_event: 'chats--all:rw (or chats--access:rw)',
	transfer_chat: 'chats--all:rw (or chats--access:rw)',
	deactivate_chat: 'chats--all:rw (or chats--access:rw)',
	add_user_to_chat: 'chats--all:rw (or chats--access:rw)',
	remove_user_from_chat: 'chats--all:rw (or chats--access:rw)',
	start_chat: 'chats--all:rw (or chats--access:rw)',
	resume_chat: 'chats--all:rw (or chats--access:rw)',
	get_customer: 'customers:ro',
	update_customer: 'customers:rw',
	ban_customer: 'customers.ban:rw',
	list_tags: 'tags--all:ro (or tags--groups:ro for the tags of your groups)',
	create_tag: 'tags--all:rw (or tags--groups:rw for the tags of your groups)',
	update_tag: 'tags--all:rw (or tags--groups:rw for the tags of your groups)',
	delete_tag: 'tags--all:rw (or tags--groups:rw for the tags of your groups)',
	list_groups: 'groups--all:ro',
	list_agents: 'agents--all:ro',
	create_bot: 'agents-bot--my:rw',
	update_bot: 'agents-bot--my:rw (agents-bot--all:rw for bots of other apps)',
	delete_bot: 'agents-bot--my:rw (agents-bot--all:rw for bots of other apps)',
	get_bot: 'agents-bot--my:ro (agents-bot--all:ro for bots of other apps)',
	list_bots: 'agents-bot--my:ro (agents-bot--all:ro for all bots)',
	set_routing_status:
		'agents--my:rw for yourself, agents--all:rw for other agents, agents-bot--my:rw for the bots of your app, agents-bot--all:rw for other bots',
	list_routing_statuses: 'agents--all:ro and agents-bot--all:ro',
	list_customer_bans: 'banlist_read',
	update_chat_properties: 'chats--all:rw (or chats--access:rw)',
	delete_chat_properties: 'chats--all:rw (or chats--access:rw)',
	update_thread_properties: 'chats--all:rw (or chats--access:rw)',
	delete_thread_properties: 'chats--all:rw (or chats--access:rw)',
	send_typing_indicator: 'chats--all:rw (or chats--access:rw)',
	send_thinking_indicator: 'chats--all:rw (or chats--access:rw)',
	mark_events_as_seen: 'chats--all:ro (or chats--access:ro)',
	unban_customer: 'banlist_write',
	list_agents_for_transfer: null,
	upload_file: null,
};

/** Every Reports API report needs the same scope. */
function requiredScope(method: string) {
	return method.startsWith('reports/') ? 'reports_read' : REQUIRED_SCOPES[method];
}

interface Guidance {
	message: string;
	description: string;
}

/** LiveChat's quota: registrations of one app (client ID) for one action. */
export const WEBHOOKS_PER_ACTION = 3;

/**
 * What to do when an event has no free webhook slot. n8n 2.x shows an activation error's message
 * and 1.x its description: both advise.
 */
export function webhookQuotaAdvice(fullEvents: string[] = []) {
	const full =
		fullEvents.length === 0
			? `this event has ${WEBHOOKS_PER_ACTION}`
			: `${fullEvents.join(', ')} already ${fullEvents.length === 1 ? 'has' : 'have'} ${WEBHOOKS_PER_ACTION}`;
	const message = `LiveChat allows ${WEBHOOKS_PER_ACTION} webhooks per event for one app and ${full}; the test URL counts as one — stop listening for test events or remove another workflow's trigger for the same event`;
	return { message, description: `${message}, then activate again.` };
}

function said(failure: LiveChatFailure): string {
	return failure.message ? ` LiveChat said: "${failure.message}".` : '';
}

function guidanceFor(failure: LiveChatFailure): Guidance {
	const { method, subject } = failure;
	if (isRequesterOutsideChat(failure)) {
		return {
			message: `The LiveChat user of this credential is not in ${subject ?? 'the chat'}`,
			description:
				'LiveChat only lets users of a chat send to it. Turn on "Join the Chat First", or have that agent join the chat first (in the LiveChat app, or with Chat → Add User), or use the credential of an agent who is in the chat.' +
				said(failure),
		};
	}
	if (isRequesterPresenceRequired(failure)) {
		return {
			message: `The LiveChat user of this credential is not in ${subject ?? 'the chat'}`,
			description:
				'LiveChat lets only users of a chat transfer or close it or change who is in it. Turn on "Even If Not in the Chat" (ignore_requester_presence) to do it anyway, or add that user to the chat first.' +
				said(failure),
		};
	}
	if (isNobodyFreeForTransfer(failure)) {
		return {
			message: `Nobody the chat was transferred to can take it now${subject ? ` (${subject})` : ''}`,
			description:
				'LiveChat transfers a chat right away only to an agent who is accepting chats and has room for one more. Turn on "Queue If Nobody Is Free" (ignore_agents_availability) to queue the chat for the target instead, or choose another group or agents.' +
				said(failure),
		};
	}
	// The LiveChat Bot API credential marks LiveChat's refusal of a bot token (its pre-authentication).
	if (failure.data?.method === 'issue_bot_token') {
		const check: Record<string, string> = {
			authentication:
				'Check the Bot Secret (a lost secret can only be replaced, with reset_bot_secret), and the Account ID and Personal Access Token.',
			not_found: 'Check the Bot ID (Bot → Get Many lists the bots).',
		};
		return {
			message: 'LiveChat issued no token for the bot of this credential',
			description:
				(check[failure.type ?? ''] ??
					'Check that the Client ID is the app that owns the bot and the Organization ID is your organization.') +
				said(failure),
		};
	}
	if (failure.type === 'missing_access' && /^bot\b/i.test(failure.message ?? '')) {
		return {
			message: `The bot is not in the groups of ${subject ?? 'the chat'}`,
			description:
				"A bot reaches only chats of its own groups. Add the bot to the chat's group (Bot → Update, Group Names or IDs), or transfer the chat to the bot with an agent's credential." +
				said(failure),
		};
	}
	if (failure.type === 'not_found' && method.startsWith('reports/')) {
		return {
			message: `LiveChat has no report ${method.slice('reports/'.length)}`,
			description:
				'Choose a report from the Report list (the Reports API v3.6 names them like chats/total_chats).' +
				said(failure),
		};
	}
	if (isTransient(failure) && !isRateLimit(failure) && !isRepeatable(method)) {
		return {
			message: `LiveChat could not confirm ${method}${subject ? ` (${subject})` : ''}`,
			description:
				`${failure.networkCode ? `No answer arrived (${failure.networkCode})` : 'LiveChat answered with a temporary error'}, so LiveChat may have done it anyway. The node did not send it again, so that nothing is done twice: check in LiveChat (for a message, with Chat → Get) before running the item again.` +
				said(failure),
		};
	}
	switch (failure.type) {
		case 'authentication':
			return {
				message: `LiveChat did not accept the credential (${method})`,
				description:
					'The access token or Personal Access Token is invalid, expired or revoked. Reconnect the OAuth2 credential, or create a new Personal Access Token and check the Account ID.' +
					said(failure),
			};
		case 'authorization':
		case 'missing_access': {
			const scope = requiredScope(method);
			if (scope === null) {
				return {
					message: `The LiveChat user of this credential may not call ${method}${subject ? ` for ${subject}` : ''}`,
					description:
						"LiveChat needs no scope for it: the user has no access to what it names. Use the credential of an agent of the chat's group, or give this user access in LiveChat." +
						said(failure),
				};
			}
			if (failure.byBot && scope) {
				return {
					message: `A LiveChat bot may not call ${method}`,
					description:
						`It needs the scope ${scope}, and a bot's token has only ${BOT_TOKEN_SCOPES}. Choose OAuth2 or Personal Access Token under Authentication for this step.` +
						said(failure),
				};
			}
			return {
				message: `The LiveChat user of this credential may not call ${method}`,
				description:
					(scope
						? `It needs the scope ${scope}. Add it to your Developer Console app and authorize again, or create a Personal Access Token with it (a token's scopes cannot change);`
						: 'Check the scopes of your Developer Console app, or of the Personal Access Token (create a new one to change them);') +
					' webhook and configuration scopes must be granted by a LiveChat administrator or owner.' +
					said(failure),
			};
		}
		case 'limit_reached':
			if (method === 'register_webhook') {
				const { message, description } = webhookQuotaAdvice();
				return { message, description: description + said(failure) };
			}
			return {
				message: `A limit of the LiveChat plan was reached (${method})`,
				description: 'Remove unused items or upgrade the LiveChat plan.' + said(failure),
			};
		case 'not_found':
			return {
				message: subject
					? `LiveChat could not find ${subject} (${method})`
					: `LiveChat could not find what ${method} refers to`,
				description:
					'Check the IDs and names passed to the node; the record may have been deleted, or it belongs to another LiveChat account.' +
					said(failure),
			};
		case 'validation':
			return {
				message: `LiveChat rejected the request to ${method} as invalid`,
				description: 'Check the node parameters.' + said(failure),
			};
		case 'already_exists':
			return {
				message: `It already exists in LiveChat (${method})`,
				description: 'Use a different name, or update the existing one.' + said(failure),
			};
		case 'chat_inactive':
			return {
				message: `The chat has ended${subject ? ` (${subject})` : ''}`,
				description:
					'This operation needs an active chat; it cannot be done on an archived one. Check the chat is still going on before this step, e.g. with Chat → Get, or reopen it with Chat → Resume.',
			};
		case 'entity_too_large':
			return {
				message: `LiveChat refused ${subject ?? 'it'} as too large (${method})`,
				description:
					'Files may be at most 10 MB and messages 16 KB. Send a smaller file (or a link to it), or split the text.' +
					said(failure),
			};
		case 'license_expired':
		case 'license_not_found':
			return {
				message: 'The LiveChat license is expired or was not found',
				description: 'Renew the subscription or check which account the credential belongs to.',
			};
		case 'misdirected_request':
			return {
				message: 'LiveChat answered that the request went to the wrong region',
				description:
					'The account lives in another data center. Reconnect the credential so that its token carries the region.' +
					said(failure),
			};
		case 'too_many_requests':
			return {
				message: `LiveChat's rate limit was hit and retries did not get through (${method})`,
				description: 'Wait a minute and run again, or process fewer items at a time.',
			};
		case 'unsupported_version':
			return {
				message: 'LiveChat no longer supports API version 3.6',
				description: 'Update the n8n-nodes-livechat package.',
			};
		case 'request_timeout':
		case 'internal':
		case 'service_unavailable':
			return {
				message: `LiveChat could not complete ${method} right now`,
				description:
					'LiveChat had a temporary problem; try again in a few minutes.' + said(failure),
			};
	}
	if (failure.networkCode) {
		return {
			// The code stays out of the message: n8n would swap such a message for a generic one.
			message: 'Could not reach LiveChat',
			description: `The connection failed with ${failure.networkCode}. Check that this n8n can reach the LiveChat API, and the API URL of the credential.`,
		};
	}
	if (failure.httpStatus !== undefined && failure.httpStatus >= 500) {
		return {
			message: `LiveChat answered ${method} with HTTP ${failure.httpStatus}`,
			description: 'LiveChat had a temporary problem; try again in a few minutes.',
		};
	}
	return {
		message: `LiveChat could not complete ${method}${failure.type ? ` (${failure.type})` : ''}`,
		description:
			(failure.message ?? `HTTP ${failure.httpStatus ?? 'status unknown'}`) +
			'. Check the node parameters and the credential.',
	};
}

/** Builds the error users see. Made from plain values so no request body (with secrets) rides along. */
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
