import {
	ERROR_TYPE_HINTS,
	WEBHOOKS_PER_ACTION,
	webhookQuotaAdvice,
} from '../../../nodes/LiveChat/transport/errorTypeHints';
import type { LiveChatFailure } from '../../../nodes/LiveChat/transport/failure';

/** What the first hint by error type that applies says; undefined when none does. */
function byType(failure: LiveChatFailure) {
	return ERROR_TYPE_HINTS.find((hint) => hint.applies(failure))?.explain(failure);
}

describe('hints by error type', () => {
	it('advises on a full webhook quota, naming the full events', () => {
		expect(WEBHOOKS_PER_ACTION).toBe(3);
		expect(webhookQuotaAdvice().message).toMatch(
			/^LiveChat allows 3 webhooks per event for one app and this event has 3; the test URL counts/,
		);
		expect(webhookQuotaAdvice(['incoming_chat']).message).toContain('incoming_chat already has 3;');
		const both = webhookQuotaAdvice(['incoming_chat', 'chat_deactivated']);
		expect(both.message).toContain('incoming_chat, chat_deactivated already have 3;');
		expect(both.description).toBe(`${both.message}, then activate again.`);
		expect(byType({ method: 'register_webhook', type: 'limit_reached' })).toEqual(
			webhookQuotaAdvice(),
		);
		expect(byType({ method: 'create_tag', type: 'limit_reached' })?.message).toBe(
			'A limit of the LiveChat plan was reached (create_tag)',
		);
	});

	it('tells a bot which scope it lacks, and everyone else where to add it', () => {
		expect(byType({ method: 'list_agents', type: 'authorization', byBot: true })).toEqual({
			message: 'A LiveChat bot may not call list_agents',
			description:
				"It needs the scope agents--all:ro, and a bot's token has only chats--access:rw, agents-bot--my:rw and customers:rw. Choose OAuth2 or Personal Access Token under Authentication for this step.",
		});
		expect(byType({ method: 'list_agents', type: 'missing_access' })?.description).toBe(
			"It needs the scope agents--all:ro. Add it to your Developer Console app and authorize again, or create a Personal Access Token with it (a token's scopes cannot change); webhook and configuration scopes must be granted by a LiveChat administrator or owner.",
		);
		// The legacy call has no scope to name.
		expect(byType({ method: 'visitors/details', type: 'authorization' })?.description).toMatch(
			/^Check the scopes of your Developer Console app/,
		);
	});

	it('says LiveChat could not be reached, or answered with a server error, when it gave no type', () => {
		expect(byType({ method: 'get_chat', networkCode: 'ENOTFOUND' })).toEqual({
			message: 'Could not reach LiveChat',
			description:
				'The connection failed with ENOTFOUND. Check that this n8n can reach the LiveChat API, and the API URL of the credential.',
		});
		expect(byType({ method: 'get_chat', httpStatus: 502 })?.message).toBe(
			'LiveChat answered get_chat with HTTP 502',
		);
		expect(byType({ method: 'get_chat', httpStatus: 418 })).toBeUndefined();
	});

	it('quotes no LiveChat message after these six hints', () => {
		const unquoted = ERROR_TYPE_HINTS.filter((hint) => hint.quotesLiveChat === false).map(
			(hint) =>
				hint.explain({
					method: 'get_chat',
					networkCode: 'ECONNREFUSED',
					httpStatus: 503,
				}).message,
		);
		expect(unquoted).toEqual([
			'The chat has ended',
			'The LiveChat license is expired or was not found',
			"LiveChat's rate limit was hit and retries did not get through (get_chat)",
			'LiveChat no longer supports API version 3.6',
			'Could not reach LiveChat',
			'LiveChat answered get_chat with HTTP 503',
		]);
	});
});
