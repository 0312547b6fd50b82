import { isReportMethod } from '../types/livechat';
import type { LiveChatFailure } from './failure';
import type { FailureHint } from './hints';
import type { RequesterPresence } from './methodAccess';
import { REQUESTER_PRESENCE } from './methodAccess';
import { isRateLimit, isRepeatable, isTransient } from './retries';

/** Presence errors have no documented type: they are known by the method and LiveChat's message. */
const OUTSIDE_CHAT = /requester|not (a )?(user|member|present)|not in (the )?chat/i;

/** LiveChat refused a requester who is not in the chat, for a method of the given presence rule. */
const outsideChat = (presence: RequesterPresence) => (failure: LiveChatFailure) =>
	REQUESTER_PRESENCE[failure.method] === presence && OUTSIDE_CHAT.test(failure.message ?? '');

/** LiveChat refuses events and indicators from a user who is not in the chat (no override flag). */
export const isRequesterOutsideChat = outsideChat('always');

/** Methods LiveChat's docs call "not yet available for public use": they need private scopes. */
const PRIVATE_AGENT_METHODS = new Set(['suspend_agent', 'unsuspend_agent', 'approve_agent']);

const NOBODY_FREE =
	/no agents? (is |are )?available|nobody|no one|unavailable|not available|not accepting|offline/i;

/**
 * Hints for situations LiveChat gives no error type of their own, known by the method, LiveChat's
 * message or what the node did; they go before the hints by error type.
 */
export const SITUATION_HINTS: readonly FailureHint[] = [
	{
		applies: isRequesterOutsideChat,
		explain: ({ subject }) => ({
			message: `The LiveChat user of this credential is not in ${subject ?? 'the chat'}`,
			description:
				'LiveChat only lets users of a chat send to it. Turn on "Join the Chat First", or have that agent join the chat first (in the LiveChat app, or with Chat → Add User), or use the credential of an agent who is in the chat.',
		}),
	},
	{
		applies: outsideChat('unless ignored'),
		explain: ({ subject }) => ({
			message: `The LiveChat user of this credential is not in ${subject ?? 'the chat'}`,
			description:
				'LiveChat lets only users of a chat transfer or close it or change who is in it. Turn on "Even If Not in the Chat" (ignore_requester_presence) to do it anyway, or add that user to the chat first.',
		}),
	},
	{
		// Nobody of the target can take the chat now: no documented error type, so it is known by
		// the message (or the catalogue's group types).
		applies: (failure) =>
			failure.method === 'transfer_chat' &&
			(['group_unavailable', 'group_offline'].includes(failure.type ?? '') ||
				NOBODY_FREE.test(failure.message ?? '')),
		explain: ({ subject }) => ({
			message: `Nobody the chat was transferred to can take it now${subject ? ` (${subject})` : ''}`,
			description:
				'LiveChat transfers a chat right away only to an agent who is accepting chats and has room for one more. Turn on "Queue If Nobody Is Free" (ignore_agents_availability) to queue the chat for the target instead, or choose another group or agents.',
		}),
	},
	{
		// The LiveChat Bot API credential marks LiveChat's refusal of a bot token (its
		// pre-authentication).
		applies: (failure) => failure.data?.method === 'issue_bot_token',
		explain: ({ type }) => {
			const check: Record<string, string> = {
				authentication:
					'Check the Bot Secret (a lost secret can only be replaced: LiveChat node, Bot → Reset Secret), and the Account ID and Personal Access Token.',
				not_found: 'Check the Bot ID (Bot → Get Many lists the bots).',
			};
			return {
				message: 'LiveChat issued no token for the bot of this credential',
				description:
					check[type ?? ''] ??
					'Check that the Client ID is the app that owns the bot and the Organization ID is your organization.',
			};
		},
	},
	{
		applies: (failure) =>
			failure.type === 'missing_access' && /^bot\b/i.test(failure.message ?? ''),
		explain: ({ subject }) => ({
			message: `The bot is not in the groups of ${subject ?? 'the chat'}`,
			description:
				"A bot reaches only chats of its own groups. Add the bot to the chat's group (Bot → Update, Group Names or IDs), or transfer the chat to the bot with an agent's credential.",
		}),
	},
	{
		applies: (failure) =>
			PRIVATE_AGENT_METHODS.has(failure.method) &&
			['authorization', 'missing_access'].includes(failure.type ?? ''),
		explain: ({ method, subject }) => ({
			message: `LiveChat refused ${method}${subject ? ` for ${subject}` : ''}: it is not yet open to apps`,
			description:
				"LiveChat's docs list suspend_agent, unsuspend_agent and approve_agent as not yet available for public use: they need a private scope the Developer Console cannot grant. Do it in the LiveChat app (Team → Agents), use Agent → Delete instead of suspending, or ask developers@text.com for access.",
		}),
	},
	{
		applies: (failure) => failure.type === 'not_found' && isReportMethod(failure.method),
		explain: ({ method }) => ({
			message: `LiveChat has no report ${method.slice('reports/'.length)}`,
			description:
				'Choose a report from the Report list (the Reports API v3.6 names them like chats/total_chats).',
		}),
	},
	{
		// The node did not send it again (isRepeatable): LiveChat may or may not have done it.
		applies: (failure) =>
			isTransient(failure) && !isRateLimit(failure) && !isRepeatable(failure.method),
		explain: ({ method, subject, networkCode }) => ({
			message: `LiveChat could not confirm ${method}${subject ? ` (${subject})` : ''}`,
			description: `${networkCode ? `No answer arrived (${networkCode})` : 'LiveChat answered with a temporary error'}, so LiveChat may have done it anyway. The node did not send it again, so that nothing is done twice: check in LiveChat (for a message, with Chat → Get) before running the item again.`,
		}),
	},
];
