import { liveChatApiRequest, retryPolicy } from '../../../nodes/LiveChat/transport';
import { liveChatErrorType } from '../../../nodes/LiveChat/transport/errors';
import type { LiveChatFailure } from '../../../nodes/LiveChat/transport/failure';
import { FAILURE_HINTS, guidanceFor } from '../../../nodes/LiveChat/transport/hints';
import { hookContext } from '../../helpers/contexts';
import { FakeLiveChat } from '../../helpers/fakeLiveChat';
import { failureOf, OWN_WEBHOOKS } from '../../helpers/transport';

describe('hints', () => {
	it.each([
		['authentication', 401, /did not accept the credential/, /Reconnect/],
		[
			'authorization',
			403,
			/may not call register_webhook/,
			/webhooks\.configuration:rw.*administrator/,
		],
		['not_found', 404, /could not find/, /ID/],
		['license_expired', 402, /expired/, /Renew/],
		// register_webhook adds a registration: after an error that leaves open whether it did, the
		// node does not send it again.
		['internal', 500, /could not confirm register_webhook/, /may have done it anyway/],
	])(
		'%s → a message saying what happened and a description saying what to do',
		async (type, status, message, description) => {
			const fake = new FakeLiveChat();
			fake.failNext('register_webhook', { status, type, message: 'details' }, 10);
			const { context } = hookContext();
			const error = await failureOf(
				liveChatApiRequest(context, 'configuration', 'register_webhook', OWN_WEBHOOKS),
			);
			expect(error.message).toMatch(message);
			expect(error.description).toMatch(description);
			expect(liveChatErrorType(error)).toBe(type);
		},
	);

	it('internal, after every retry of a read → could not complete, try again', async () => {
		const fake = new FakeLiveChat();
		fake.failNext('list_webhooks', { status: 500, type: 'internal' }, 10);
		const { context } = hookContext();
		const error = await failureOf(
			liveChatApiRequest(context, 'configuration', 'list_webhooks', OWN_WEBHOOKS),
		);
		expect(fake.callsOf('list_webhooks')).toHaveLength(1 + retryPolicy.maxRetries);
		expect(error.message).toBe('LiveChat could not complete list_webhooks right now');
		expect(error.description).toMatch(/try again/);
	});

	it('lets the first hint that applies speak, though later ones apply too', () => {
		// A transfer refused both because the requester is not in the chat and because nobody is free.
		const failure: LiveChatFailure = {
			method: 'transfer_chat',
			type: 'group_unavailable',
			message: 'Requester is not a member of the chat',
			subject: 'chat PJ0',
		};
		const applying = FAILURE_HINTS.filter((hint) => hint.applies(failure));
		expect(applying.length).toBeGreaterThan(1);
		const [first, later] = applying.map((hint) => hint.explain(failure).message);
		expect(guidanceFor(failure).message).toBe(first);
		expect(first).toBe('The LiveChat user of this credential is not in chat PJ0');
		expect(later).toBe('Nobody the chat was transferred to can take it now (chat PJ0)');
	});

	it('quotes LiveChat after the description, unless the hint leaves it out', () => {
		expect(
			guidanceFor({ method: 'create_tag', type: 'already_exists', message: 'Tag exists' }),
		).toEqual({
			message: 'It already exists in LiveChat (create_tag)',
			description: 'Use a different name, or update the existing one. LiveChat said: "Tag exists".',
		});
		expect(
			guidanceFor({ method: 'send_event', type: 'chat_inactive', message: 'Chat is inactive' })
				.description,
		).not.toContain('LiveChat said');
	});

	it('passes on what LiveChat said when no hint explains the failure', () => {
		expect(guidanceFor({ method: 'get_chat', type: 'weird', message: 'Odd thing' })).toEqual({
			message: 'LiveChat could not complete get_chat (weird)',
			description: 'Odd thing. Check the node parameters and the credential.',
		});
		expect(guidanceFor({ method: 'get_chat', httpStatus: 418 })).toEqual({
			message: 'LiveChat could not complete get_chat',
			description: 'HTTP 418. Check the node parameters and the credential.',
		});
	});
});
