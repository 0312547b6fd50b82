import type { LiveChatFailure } from './failure';
import type { FailureHint } from './hints';
import { BOT_TOKEN_SCOPES, requiredScope } from './methodAccess';

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

const ofType =
	(...types: string[]) =>
	(failure: LiveChatFailure) =>
		types.includes(failure.type ?? '');

const isRefused = ofType('authorization', 'missing_access');

/** Hints by LiveChat's error type, then for failures without one it explains. */
export const ERROR_TYPE_HINTS: readonly FailureHint[] = [
	{
		applies: ofType('authentication'),
		explain: ({ method }) => ({
			message: `LiveChat did not accept the credential (${method})`,
			description:
				'The access token or Personal Access Token is invalid, expired or revoked. Reconnect the OAuth2 credential, or create a new Personal Access Token and check the Account ID.',
		}),
	},
	{
		applies: (failure) => isRefused(failure) && requiredScope(failure.method) === null,
		explain: ({ method, subject }) => ({
			message: `The LiveChat user of this credential may not call ${method}${subject ? ` for ${subject}` : ''}`,
			description:
				"LiveChat needs no scope for it: the user has no access to what it names. Use the credential of an agent of the chat's group, or give this user access in LiveChat.",
		}),
	},
	{
		applies: (failure) =>
			isRefused(failure) && Boolean(failure.byBot && requiredScope(failure.method)),
		explain: ({ method }) => ({
			message: `A LiveChat bot may not call ${method}`,
			description: `It needs the scope ${requiredScope(method)}, and a bot's token has only ${BOT_TOKEN_SCOPES}. Choose OAuth2 or Personal Access Token under Authentication for this step.`,
		}),
	},
	{
		applies: isRefused,
		explain: ({ method }) => {
			const scope = requiredScope(method);
			return {
				message: `The LiveChat user of this credential may not call ${method}`,
				description:
					(scope
						? `It needs the scope ${scope}. Add it to your Developer Console app and authorize again, or create a Personal Access Token with it (a token's scopes cannot change);`
						: 'Check the scopes of your Developer Console app, or of the Personal Access Token (create a new one to change them);') +
					' webhook and configuration scopes must be granted by a LiveChat administrator or owner.',
			};
		},
	},
	{
		applies: (failure) => failure.type === 'limit_reached' && failure.method === 'register_webhook',
		explain: () => webhookQuotaAdvice(),
	},
	{
		applies: ofType('limit_reached'),
		explain: ({ method }) => ({
			message: `A limit of the LiveChat plan was reached (${method})`,
			description: 'Remove unused items or upgrade the LiveChat plan.',
		}),
	},
	{
		applies: ofType('not_found', 'group_not_found'),
		explain: ({ method, subject }) => ({
			message: subject
				? `LiveChat could not find ${subject} (${method})`
				: `LiveChat could not find what ${method} refers to`,
			description:
				'Check the IDs and names passed to the node; the record may have been deleted, or it belongs to another LiveChat account.',
		}),
	},
	{
		applies: ofType('validation'),
		explain: ({ method }) => ({
			message: `LiveChat rejected the request to ${method} as invalid`,
			description: 'Check the node parameters.',
		}),
	},
	{
		applies: ofType('already_exists'),
		explain: ({ method }) => ({
			message: `It already exists in LiveChat (${method})`,
			description: 'Use a different name, or update the existing one.',
		}),
	},
	{
		applies: ofType('chat_inactive'),
		explain: ({ subject }) => ({
			message: `The chat has ended${subject ? ` (${subject})` : ''}`,
			description:
				'This operation needs an active chat; it cannot be done on an archived one. Check the chat is still going on before this step, e.g. with Chat → Get, or reopen it with Chat → Resume.',
		}),
		quotesLiveChat: false,
	},
	{
		applies: ofType('entity_too_large'),
		explain: ({ method, subject }) => ({
			message: `LiveChat refused ${subject ?? 'it'} as too large (${method})`,
			description:
				'Files may be at most 10 MB and messages 16 KB. Send a smaller file (or a link to it), or split the text.',
		}),
	},
	{
		applies: ofType('license_expired', 'license_not_found'),
		explain: () => ({
			message: 'The LiveChat license is expired or was not found',
			description: 'Renew the subscription or check which account the credential belongs to.',
		}),
		quotesLiveChat: false,
	},
	{
		applies: ofType('misdirected_request'),
		explain: () => ({
			message: 'LiveChat answered that the request went to the wrong region',
			description:
				'The account lives in another data center. Reconnect the credential so that its token carries the region.',
		}),
	},
	{
		applies: ofType('too_many_requests'),
		explain: ({ method }) => ({
			message: `LiveChat's rate limit was hit and retries did not get through (${method})`,
			description: 'Wait a minute and run again, or process fewer items at a time.',
		}),
		quotesLiveChat: false,
	},
	{
		applies: ofType('unsupported_version'),
		explain: () => ({
			message: 'LiveChat no longer supports API version 3.6',
			description: 'Update the n8n-nodes-livechat package.',
		}),
		quotesLiveChat: false,
	},
	{
		applies: ofType('request_timeout', 'internal', 'service_unavailable'),
		explain: ({ method }) => ({
			message: `LiveChat could not complete ${method} right now`,
			description: 'LiveChat had a temporary problem; try again in a few minutes.',
		}),
	},
	{
		applies: (failure) => Boolean(failure.networkCode),
		explain: ({ networkCode }) => ({
			// The code stays out of the message: n8n would swap such a message for a generic one.
			message: 'Could not reach LiveChat',
			description: `The connection failed with ${networkCode}. Check that this n8n can reach the LiveChat API, and the API URL of the credential.`,
		}),
		quotesLiveChat: false,
	},
	{
		applies: (failure) => failure.httpStatus !== undefined && failure.httpStatus >= 500,
		explain: ({ method, httpStatus }) => ({
			message: `LiveChat answered ${method} with HTTP ${httpStatus}`,
			description: 'LiveChat had a temporary problem; try again in a few minutes.',
		}),
		quotesLiveChat: false,
	},
];
