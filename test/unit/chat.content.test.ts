import { NodeApiError } from 'n8n-workflow';

import { FakeLiveChat } from '../helpers/fakeLiveChat';
import { failingRun, runNode } from '../helpers/runNode';
import { ADMIN, ADMIN_PAT, LIVE_CHAT_ID, LIVE_THREAD_ID } from '../simulator/state';

// The admin is in the live chat, so LiveChat takes events from this credential.
const asAdmin = {
	credentials: {
		liveChatApi: { accountId: ADMIN.accountId, accessToken: ADMIN_PAT, clientId: 'app' },
	},
};
const chat = (operation: string, parameters: Record<string, unknown> = {}) => ({
	resource: 'chat',
	authentication: 'accessToken',
	operation,
	chatId: LIVE_CHAT_ID,
	...parameters,
});
const liveChat = (fake: FakeLiveChat) => fake.simulator.state.chats.get(LIVE_CHAT_ID)!;

describe('Chat → Update / Delete Properties', () => {
	it('sets typed values of registered properties on the chat and on its latest thread', async () => {
		const fake = new FakeLiveChat();
		const properties = {
			property: [
				{ namespace: 'test', name: 'int_property', type: 'number', value: '42' },
				{ namespace: 'test', name: 'bool_property', type: 'boolean', value: 'true' },
				{ namespace: 'routing', name: 'pinned', type: 'boolean', value: 'true' },
			],
		};
		await runNode(chat('updateProperties', { level: 'chat', properties }), asAdmin);
		expect(liveChat(fake).properties).toMatchObject({
			test: { int_property: 42, bool_property: true },
			routing: { pinned: true },
		});
		await runNode(chat('updateProperties', { level: 'thread', properties }), asAdmin);
		expect(fake.callsOf('update_thread_properties')[0].body).toMatchObject({
			chat_id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
		});
		await runNode(
			chat('deleteProperties', {
				level: 'chat',
				properties: { property: [{ namespace: 'test', name: 'int_property' }] },
			}),
			asAdmin,
		);
		expect(liveChat(fake).properties.test).toEqual({ bool_property: true });
	});

	it('refuses a value of the wrong type before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(
			chat('updateProperties', {
				properties: {
					property: [{ namespace: 'test', name: 'int_property', type: 'number', value: '4.5' }],
				},
			}),
			asAdmin,
		);
		expect(error.message).toBe('"4.5" is not a number (test.int_property)');
		expect(fake.calls).toEqual([]);
	});

	it('passes on LiveChat’s refusal of an unregistered or read-only property', async () => {
		new FakeLiveChat();
		const error = await failingRun(
			chat('updateProperties', {
				properties: {
					property: [{ namespace: 'routing', name: 'continuous', type: 'boolean', value: 'true' }],
				},
			}),
			asAdmin,
		);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.description).toContain('Property routing.continuous is read-only');
	});
});

describe('Chat → Send File', () => {
	const binaries = [
		{
			data: {
				data: Buffer.from('order #1234: 2 items').toString('base64'),
				mimeType: 'text/plain',
				fileName: 'order.txt',
			},
		},
	];

	it('uploads the input file as multipart, then sends it as a file event', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(chat('sendFile', { binaryPropertyName: 'data' }), {
			...asAdmin,
			binaries,
		});
		const [upload] = fake.callsOf('upload_file');
		expect(String(upload.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
		const event = liveChat(fake).threads.at(-1)!.events.at(-1)!;
		expect(event).toMatchObject({
			type: 'file',
			name: 'order.txt',
			content_type: 'text/plain',
			size: 20,
		});
		expect(item.json).toMatchObject({ url: event.url, name: 'order.txt', size: 20 });
		// The URL was used, so it no longer expires.
		expect(fake.simulator.state.uploads.get(String(event.url))?.expiresAt).toBeUndefined();
	});

	it('sends the file once more after a 401, since n8n renews the token but resends no multipart', async () => {
		const fake = new FakeLiveChat();
		const expired = { method: 'upload_file', type: 'authentication', status: 401 };
		fake.simulator.faults.methodFaults.push({ ...expired, times: 1 });
		await runNode(chat('sendFile', { binaryPropertyName: 'data' }), { ...asAdmin, binaries });
		expect(fake.callsOf('upload_file')).toHaveLength(2);
		// A token that is refused again is the credential's problem: no third try.
		fake.simulator.faults.methodFaults.push({ ...expired, times: 2 });
		const error = await failingRun(chat('sendFile', { binaryPropertyName: 'data' }), {
			...asAdmin,
			binaries,
		});
		expect(error.message).toBe('LiveChat did not accept the credential (upload_file)');
		expect(fake.callsOf('upload_file')).toHaveLength(4);
	});

	it('refuses a file over 10 MB before uploading it', async () => {
		const fake = new FakeLiveChat();
		const big = Buffer.alloc(10 * 1024 * 1024 + 1).toString('base64');
		const error = await failingRun(chat('sendFile', { binaryPropertyName: 'data' }), {
			...asAdmin,
			binaries: [{ data: { data: big, mimeType: 'application/pdf', fileName: 'big.pdf' } }],
		});
		expect(error.message).toBe('The file is larger than 10 MB');
		expect(fake.calls).toEqual([]);
	});
});

describe('Chat → Send Rich Message', () => {
	it('sends quick replies whose buttons reply with their text', async () => {
		const fake = new FakeLiveChat();
		await runNode(
			chat('sendRichMessage', {
				template: 'quick_replies',
				title: 'Which OS?',
				buttons: { button: [{ text: 'Windows' }, { text: 'Mac OS', postbackId: 'os_mac' }] },
			}),
			asAdmin,
		);
		expect(fake.callsOf('send_event')[0].body.event).toEqual({
			type: 'rich_message',
			template_id: 'quick_replies',
			elements: [
				{
					title: 'Which OS?',
					buttons: [
						{
							text: 'Windows',
							type: 'message',
							value: 'Windows',
							postback_id: 'windows',
							user_ids: [],
						},
						{
							text: 'Mac OS',
							type: 'message',
							value: 'Mac OS',
							postback_id: 'os_mac',
							user_ids: [],
						},
					],
				},
			],
		});
	});

	it('refuses more than 13 buttons', async () => {
		const fake = new FakeLiveChat();
		const button = Array.from({ length: 14 }, (_, index) => ({ text: `Option ${index}` }));
		const error = await failingRun(chat('sendRichMessage', { buttons: { button } }), asAdmin);
		expect(error.message).toBe('LiveChat takes at most 13 buttons');
		expect(fake.calls).toEqual([]);
	});
});

describe('Chat → indicators and read receipts', () => {
	it('shows typing and thinking to the customer, and marks the chat as seen', async () => {
		const fake = new FakeLiveChat();
		await runNode(chat('sendTypingIndicator', { isTyping: true }), asAdmin);
		await runNode(chat('sendThinkingIndicator', { title: 'Looking up your order' }), asAdmin);
		expect(fake.simulator.state.signals).toEqual([
			expect.objectContaining({ type: 'typing', user_id: ADMIN.email, is_typing: true }),
			expect.objectContaining({ type: 'thinking', title: 'Looking up your order' }),
		]);
		const [seen] = await runNode(chat('markSeen', { seenUpTo: '2026-11-23T10:00:00Z' }), asAdmin);
		expect(seen.json).toEqual({ chat_id: LIVE_CHAT_ID, seen_up_to: '2026-11-23T10:00:00.000000Z' });
		expect(fake.simulator.state.seenUpTo.get(`${LIVE_CHAT_ID}/${ADMIN.email}`)).toBe(
			'2026-11-23T10:00:00.000000Z',
		);
	});

	it('says the user must be in the chat for an indicator', async () => {
		const fake = new FakeLiveChat();
		const thread = liveChat(fake).threads.at(-1)!;
		thread.user_ids = thread.user_ids.filter((id) => id !== ADMIN.email);
		const error = await failingRun(chat('sendTypingIndicator'), asAdmin);
		expect(error.message).toBe(
			`The LiveChat user of this credential is not in chat ${LIVE_CHAT_ID}`,
		);
	});
});
