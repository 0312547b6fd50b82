import type { LiveChatFailure } from '../../../nodes/LiveChat/transport/failure';
import {
	isRequesterOutsideChat,
	SITUATION_HINTS,
} from '../../../nodes/LiveChat/transport/situationHints';

/** What the first situation hint that applies says; undefined when none does. */
function situation(failure: LiveChatFailure) {
	return SITUATION_HINTS.find((hint) => hint.applies(failure))?.explain(failure);
}

describe('situation hints', () => {
	it('tells a sender outside the chat to join it, and a transfer to ignore presence', () => {
		const outside = 'Requester is not a user of the chat';
		expect(situation({ method: 'send_event', message: outside, subject: 'chat PJ0' })).toEqual({
			message: 'The LiveChat user of this credential is not in chat PJ0',
			description:
				'LiveChat only lets users of a chat send to it. Turn on "Join the Chat First", or have that agent join the chat first (in the LiveChat app, or with Chat → Add User), or use the credential of an agent who is in the chat.',
		});
		expect(situation({ method: 'deactivate_chat', message: outside })?.description).toContain(
			'"Even If Not in the Chat" (ignore_requester_presence)',
		);
		expect(isRequesterOutsideChat({ method: 'send_typing_indicator', message: outside })).toBe(
			true,
		);
		expect(isRequesterOutsideChat({ method: 'deactivate_chat', message: outside })).toBe(false);
		// A method that needs nobody in the chat is refused for some other reason.
		expect(situation({ method: 'get_chat', message: outside })).toBeUndefined();
	});

	it('tells a transfer nobody can take to queue it', () => {
		for (const failure of [
			{ method: 'transfer_chat', type: 'group_offline' },
			{ method: 'transfer_chat', type: 'validation', message: 'No agents available' },
		] as const) {
			expect(situation(failure)?.message).toBe(
				'Nobody the chat was transferred to can take it now',
			);
		}
		expect(situation({ method: 'start_chat', type: 'group_offline' })).toBeUndefined();
	});

	it("checks the bot credential's fields when LiveChat issued no bot token", () => {
		const refused = (type: string) =>
			situation({ method: 'list_chats', type, data: { method: 'issue_bot_token' } })?.description;
		expect(refused('authentication')).toMatch(/^Check the Bot Secret/);
		expect(refused('not_found')).toBe('Check the Bot ID (Bot → Get Many lists the bots).');
		expect(refused('validation')).toMatch(/^Check that the Client ID/);
	});

	it("names a bot outside the chat's groups, and a report LiveChat does not have", () => {
		expect(
			situation({ method: 'get_chat', type: 'missing_access', message: 'Bot has no access' })
				?.message,
		).toBe('The bot is not in the groups of the chat');
		expect(situation({ method: 'reports/chats/nope', type: 'not_found' })?.message).toBe(
			'LiveChat has no report chats/nope',
		);
		expect(situation({ method: 'get_chat', type: 'not_found' })).toBeUndefined();
	});

	it('says a write without an answer may have been done, but not a read or a rate limit', () => {
		expect(
			situation({ method: 'start_chat', type: 'internal', httpStatus: 500 })?.description,
		).toMatch(/^LiveChat answered with a temporary error, so LiveChat may have done it anyway/);
		expect(
			situation({ method: 'send_event', networkCode: 'ETIMEDOUT', subject: 'chat PJ0' }),
		).toEqual(
			expect.objectContaining({
				message: 'LiveChat could not confirm send_event (chat PJ0)',
				description: expect.stringMatching(/^No answer arrived \(ETIMEDOUT\)/),
			}),
		);
		expect(situation({ method: 'list_chats', type: 'internal' })).toBeUndefined();
		expect(situation({ method: 'start_chat', type: 'too_many_requests' })).toBeUndefined();
	});
});
