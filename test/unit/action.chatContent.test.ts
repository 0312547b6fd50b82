import { createHash } from 'crypto';

import { NodeApiError } from 'n8n-workflow';

import { FakeLiveChat } from '../helpers/fakeLiveChat';
import { failingRun, runNode } from '../helpers/runNode';
import { ADMIN, ADMIN_PAT, APP_CLIENT_ID, LIVE_CHAT_ID, LIVE_THREAD_ID } from '../simulator/state';

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
		// routing.pinned is a property of chats: LiveChat refuses it on a thread.
		const inThread = await failingRun(
			chat('updateProperties', { level: 'thread', properties }),
			asAdmin,
		);
		expect(inThread.description).toContain(
			'Property routing.pinned is not writable for agents in a thread',
		);
		const threadProperties = { property: properties.property.slice(0, 2) };
		await runNode(
			chat('updateProperties', { level: 'thread', properties: threadProperties }),
			asAdmin,
		);
		expect(fake.callsOf('update_thread_properties').at(-1)!.body).toMatchObject({
			chat_id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
		});
		expect(liveChat(fake).threads.at(-1)!.properties).toMatchObject({
			test: { int_property: 42, bool_property: true },
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

describe('Chat → properties at thread level and of an app', () => {
	it('deletes properties of a given thread, and of the latest one when none is given', async () => {
		const fake = new FakeLiveChat();
		const thread = liveChat(fake).threads.at(-1)!;
		thread.properties = { test: { string_property: 'a', int_property: 1 } };
		const names = { property: [{ namespace: 'test', name: 'string_property' }] };
		const [item] = await runNode(
			chat('deleteProperties', { level: 'thread', threadId: thread.id, properties: names }),
			asAdmin,
		);
		expect(thread.properties).toEqual({ test: { int_property: 1 } });
		expect(item.json).toEqual({
			chat_id: LIVE_CHAT_ID,
			thread_id: thread.id,
			deleted: { test: ['string_property'] },
		});
		await runNode(
			chat('deleteProperties', {
				level: 'thread',
				properties: { property: [{ namespace: 'test', name: 'int_property' }] },
			}),
			asAdmin,
		);
		expect(thread.properties).toEqual({});
		expect(fake.callsOf('delete_thread_properties')[1].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
			properties: { test: ['int_property'] },
		});
	});

	it('writes a property the app registered under its Client ID, with its registered type', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.registeredProperties.set(APP_CLIENT_ID, {
			order_id: { type: 'string', writable: true, access: { chat: { agent: ['read', 'write'] } } },
		});
		const property = (value: string, type = 'string') => ({
			property: [{ namespace: APP_CLIENT_ID, name: 'order_id', type, value }],
		});
		await runNode(chat('updateProperties', { properties: property('1234') }), asAdmin);
		expect(liveChat(fake).properties[APP_CLIENT_ID]).toEqual({ order_id: '1234' });
		// A number for a string property: LiveChat says so.
		const wrongType = await failingRun(
			chat('updateProperties', { properties: property('1234', 'number') }),
			asAdmin,
		);
		expect(wrongType.description).toContain(`${APP_CLIENT_ID}.order_id must be of type string`);
		const unregistered = await failingRun(
			chat('updateProperties', {
				properties: { property: [{ namespace: APP_CLIENT_ID, name: 'nope', value: 'x' }] },
			}),
			asAdmin,
		);
		expect(unregistered.description).toContain(`${APP_CLIENT_ID}.nope is not registered`);
	});

	it('asks for true or false, and for at least one property', async () => {
		const fake = new FakeLiveChat();
		const notBoolean = await failingRun(
			chat('updateProperties', {
				properties: {
					property: [{ namespace: 'test', name: 'bool_property', type: 'boolean', value: 'yes' }],
				},
			}),
			asAdmin,
		);
		expect(notBoolean.message).toBe('"yes" is not a boolean (test.bool_property)');
		const none = await failingRun(chat('deleteProperties', { properties: {} }), asAdmin);
		expect(none.message).toBe('No properties to delete');
		expect(fake.calls).toEqual([]);
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

	it('sends an image for agents only with its alternative text', async () => {
		const fake = new FakeLiveChat();
		const png = Buffer.from('89504e470d0a1a0a', 'hex');
		await runNode(
			chat('sendFile', {
				binaryPropertyName: 'picture',
				visibility: 'agents',
				alternativeText: 'The parcel, damaged',
			}),
			{
				...asAdmin,
				binaries: [
					{
						picture: {
							data: png.toString('base64'),
							mimeType: 'image/png',
							fileName: 'parcel.png',
						},
					},
				],
			},
		);
		expect(fake.callsOf('send_event')[0].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			event: {
				type: 'file',
				url: expect.stringMatching(
					/^https:\/\/cdn\.livechat-files\.com\/api\/file\/lc\/att\/.+\/parcel\.png$/,
				),
				visibility: 'agents',
				alternative_text: 'The parcel, damaged',
			},
		});
		// The bytes (not valid UTF-8) reached LiveChat unchanged.
		const [upload] = [...fake.simulator.state.uploads.values()];
		expect(upload).toMatchObject({ name: 'parcel.png', content_type: 'image/png', size: 8 });
		expect(upload.sha256).toBe(createHash('sha256').update(png).digest('hex'));
	});

	it('says which binary field is missing, and passes on LiveChat’s refusal of an executable', async () => {
		const fake = new FakeLiveChat();
		const missing = await failingRun(chat('sendFile', { binaryPropertyName: 'invoice' }), {
			...asAdmin,
			binaries,
		});
		expect(missing.message).toContain('invoice');
		expect(fake.calls).toEqual([]);
		const executable = await failingRun(chat('sendFile', { binaryPropertyName: 'data' }), {
			...asAdmin,
			binaries: [{ data: { ...binaries[0].data, fileName: 'setup.exe' } }],
		});
		expect(executable).toBeInstanceOf(NodeApiError);
		expect(executable.description).toContain('Executable files are not allowed');
		expect(fake.callsOf('send_event')).toEqual([]);
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
		const [item] = await runNode(
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
		const stored = liveChat(fake).threads.at(-1)!.events.at(-1)!;
		expect(item.json).toMatchObject({ event_id: stored.id, template_id: 'quick_replies' });
	});

	it('sends a carousel of cards with URL, phone and reply buttons', async () => {
		const fake = new FakeLiveChat();
		await runNode(
			chat('sendRichMessage', {
				template: 'cards',
				cards: {
					card: [
						{
							title: 'Blue shoes',
							subtitle: '$59',
							imageUrl: 'https://example.com/blue.png',
							buttons: {
								button: [
									{ text: 'Buy', type: 'url', value: 'https://example.com/buy/blue' },
									{ text: 'Call us', type: 'phone', value: '+1 555 0100' },
								],
							},
						},
						{ title: 'Red shoes', buttons: { button: [{ text: 'I want these' }] } },
					],
				},
			}),
			asAdmin,
		);
		const event = liveChat(fake).threads.at(-1)!.events.at(-1)! as unknown as {
			template_id: string;
			elements: unknown[];
		};
		expect(event.template_id).toBe('cards');
		expect(event.elements).toEqual([
			{
				title: 'Blue shoes',
				subtitle: '$59',
				image: { url: 'https://example.com/blue.png' },
				buttons: [
					{
						text: 'Buy',
						type: 'url',
						value: 'https://example.com/buy/blue',
						postback_id: 'buy',
						user_ids: [],
					},
					{
						text: 'Call us',
						type: 'phone',
						value: '+1 555 0100',
						postback_id: 'call_us',
						user_ids: [],
					},
				],
			},
			{
				title: 'Red shoes',
				buttons: [
					{
						text: 'I want these',
						type: 'message',
						value: 'I want these',
						postback_id: 'i_want_these',
						user_ids: [],
					},
				],
			},
		]);
	});

	it('refuses more than 13 buttons on an element and more than 10 cards', async () => {
		const fake = new FakeLiveChat();
		const button = Array.from({ length: 14 }, (_, index) => ({ text: `Option ${index}` }));
		const tooManyButtons = await failingRun(
			chat('sendRichMessage', { buttons: { button } }),
			asAdmin,
		);
		expect(tooManyButtons.message).toBe('LiveChat takes at most 13 buttons in the quick replies');
		const onCard = await failingRun(
			chat('sendRichMessage', {
				template: 'cards',
				cards: { card: [{ title: 'A' }, { buttons: { button } }] },
			}),
			asAdmin,
		);
		expect(onCard.message).toBe('LiveChat takes at most 13 buttons on card 2');
		const card = Array.from({ length: 11 }, (_, index) => ({ title: `Card ${index}` }));
		const tooManyCards = await failingRun(
			chat('sendRichMessage', { template: 'cards', cards: { card } }),
			asAdmin,
		);
		expect(tooManyCards.message).toBe('LiveChat takes at most 10 cards');
		expect(tooManyCards.description).toContain('Remove 1 of the 11 cards');
		expect(fake.calls).toEqual([]);
	});

	it('asks for the URL of a URL button and for at least one reply', async () => {
		const fake = new FakeLiveChat();
		const noUrl = await failingRun(
			chat('sendRichMessage', {
				template: 'cards',
				cards: { card: [{ title: 'Shoes', buttons: { button: [{ text: 'Buy', type: 'url' }] } }] },
			}),
			asAdmin,
		);
		expect(noUrl.message).toBe('The button "Buy" on card 1 needs a URL');
		const noReplies = await failingRun(chat('sendRichMessage', { title: 'Which OS?' }), asAdmin);
		expect(noReplies.message).toBe('Quick replies need at least one reply');
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

	it('marks the chat as seen up to now when no time is given, in RFC 3339 with microseconds', async () => {
		const fake = new FakeLiveChat();
		const before = Date.now();
		const [seen] = await runNode(chat('markSeen'), asAdmin);
		const seenUpTo = String(seen.json.seen_up_to);
		expect(seenUpTo).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
		expect(Date.parse(seenUpTo.replace(/(\.\d{3})\d+/, '$1'))).toBeGreaterThanOrEqual(
			before - 1000,
		);
		expect(fake.callsOf('mark_events_as_seen')[0].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			seen_up_to: seenUpTo,
		});
		const error = await failingRun(chat('markSeen', { seenUpTo: 'yesterday-ish' }), asAdmin);
		expect(error.message).toBe('"yesterday-ish" is not a date');
	});

	it('hides typing again and shows thinking with a description to agents only', async () => {
		const fake = new FakeLiveChat();
		await runNode(chat('sendTypingIndicator', { isTyping: false, visibility: 'agents' }), asAdmin);
		await runNode(
			chat('sendThinkingIndicator', {
				title: 'Checking',
				thinkingDescription: 'Reading the order history',
				visibility: 'agents',
			}),
			asAdmin,
		);
		expect(fake.callsOf('send_typing_indicator')[0].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			is_typing: false,
			visibility: 'agents',
		});
		expect(fake.simulator.state.signals[1]).toMatchObject({
			type: 'thinking',
			title: 'Checking',
			description: 'Reading the order history',
			visibility: 'agents',
		});
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
