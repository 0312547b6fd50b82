import { NodeApiError } from 'n8n-workflow';

import { liveChatApiRequest } from '../../../nodes/LiveChat/transport';
import {
	isRequesterOutsideChatError,
	liveChatApiError,
	liveChatErrorType,
	requestSubject,
} from '../../../nodes/LiveChat/transport/errors';
import { hookContext, NODE } from '../../helpers/contexts';
import { FakeLiveChat } from '../../helpers/fakeLiveChat';
import { failureOf, OWN_WEBHOOKS } from '../../helpers/transport';

describe('the error users see', () => {
	it('never carries the request body (and its secret) in the error', async () => {
		const fake = new FakeLiveChat();
		fake.failNext('register_webhook', { status: 400, type: 'validation' });
		const { context } = hookContext();
		const secret = 'f'.repeat(64);
		const error = await failureOf(
			liveChatApiRequest(context, 'configuration', 'register_webhook', {
				...OWN_WEBHOOKS,
				secret_key: secret,
			}),
		);
		expect(JSON.stringify(error)).not.toContain(secret);
		expect(JSON.stringify(error.errorResponse)).not.toContain(secret);
		expect(String(error.description)).not.toContain(secret);
		expect(error.cause).toBeUndefined();
	});

	it("keeps LiveChat's method, type and message, and a network code apart from `code`", () => {
		const error = liveChatApiError(
			NODE,
			{ method: 'send_event', type: 'internal', message: 'Oops', httpStatus: 500 },
			3,
		);
		expect(error.errorResponse).toEqual({
			method: 'send_event',
			type: 'internal',
			message: 'Oops',
		});
		expect(error.httpCode).toBe('500');
		expect(liveChatErrorType(error)).toBe('internal');
		const unreachable = liveChatApiError(NODE, { method: 'get_chat', networkCode: 'ECONNREFUSED' });
		expect(unreachable.errorResponse).toEqual({ method: 'get_chat', networkError: 'ECONNREFUSED' });
		expect(unreachable.httpCode).toBeNull();
		expect(liveChatErrorType(unreachable)).toBeUndefined();
		expect(liveChatErrorType(new Error('not from LiveChat'))).toBeUndefined();
	});

	it('tells send_event\'s "requester is not in the chat" from other refusals', () => {
		const outside = { type: 'validation', message: 'Requester is not a user of the chat' };
		expect(
			isRequesterOutsideChatError(liveChatApiError(NODE, { method: 'send_event', ...outside })),
		).toBe(true);
		// transfer_chat has a flag to do it anyway: that is another error.
		expect(
			isRequesterOutsideChatError(liveChatApiError(NODE, { method: 'transfer_chat', ...outside })),
		).toBe(false);
		expect(
			isRequesterOutsideChatError(
				liveChatApiError(NODE, { method: 'send_event', type: 'validation', message: 'Bad text' }),
			),
		).toBe(false);
		expect(isRequesterOutsideChatError(new NodeApiError(NODE, {}))).toBe(false);
		expect(isRequesterOutsideChatError(new Error(outside.message))).toBe(false);
	});
});

describe('requestSubject', () => {
	it.each([
		['get_customer', { id: 'c-1' }, 'customer c-1'],
		['update_tag', { name: 'vip', group_ids: [0] }, 'tag "vip"'],
		['unregister_webhook', { id: 'w-1', owner_client_id: 'x' }, 'webhook w-1'],
		['send_event', { chat_id: 'PJ0', event: {} }, 'chat PJ0'],
		['transfer_chat', { id: 'PJ0' }, 'chat PJ0'],
		['resume_chat', { chat: { id: 'PJ0' } }, 'chat PJ0'],
		['follow_chat', { id: 'PJ0' }, 'chat PJ0'],
		['suspend_agent', { id: 'a@b.c' }, 'agent a@b.c'],
		['publish_property', { name: 'tier', owner_client_id: 'x' }, 'property "tier"'],
		['delete_auto_access', { id: 'r-1' }, 'routing rule r-1'],
		[
			'tag_thread',
			{ chat_id: 'PJ0', thread_id: 'K60', tag: 'vip' },
			'chat PJ0, thread K60, tag "vip"',
		],
		['list_chats', { filters: {} }, undefined],
	] as const)('%s %j names %s', (method, body, subject) => {
		expect(requestSubject(method, body)).toBe(subject);
	});
});
