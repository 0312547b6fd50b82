/**
 * The simulator keeps LiveChat's documented rules for what goes into chats besides messages:
 * registered properties only (predefined, `test`, or registered by an app under its Client ID),
 * uploads of at most 10 MB whose URL expires unless sent, rich message limits, signals from users
 * of the chat, read receipts; with the webhooks LiveChat fires.
 */
import { createHash } from 'crypto';

import {
	type Answer,
	basic,
	callApi,
	type FiredWebhook,
	recordFiredWebhooks,
	SMITH,
} from '../helpers/simulatorCalls';
import { LiveChatSimulator } from './server';
import {
	ADMIN,
	AGENT_PAT,
	ALL_SCOPES,
	APP_CLIENT_ID,
	LIVE_CHAT_ID,
	LIVE_THREAD_ID,
	currentThread,
} from './state';

/** jones is not in the live chat. */
const JONES = basic(AGENT_PAT.accountId, AGENT_PAT.token);
const CONFIGURATOR = basic(ADMIN.accountId, 'sim-pat-properties');
const READER = basic(ADMIN.accountId, 'sim-pat-reader');

let sim: LiveChatSimulator;
let fired: FiredWebhook[];

beforeEach(() => {
	sim = new LiveChatSimulator();
	sim.state.addPat(ADMIN.accountId, 'sim-pat-properties', [
		...ALL_SCOPES,
		'properties.configuration:rw',
	]);
	sim.state.addPat(ADMIN.accountId, 'sim-pat-reader', ['chats--access:ro']);
	fired = recordFiredWebhooks(sim);
});

const call = (
	method: string,
	body: object,
	authorization = SMITH,
	api: 'agent' | 'configuration' = 'agent',
) => callApi(sim, api, method, body, authorization);

/** upload_file with one multipart part, byte for byte (latin1), as the HTTP server reads it. */
function upload(name: string, data: Buffer, contentType = 'text/plain', field = 'file') {
	const boundary = 'sim-boundary-1';
	const body = Buffer.concat([
		Buffer.from(
			`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\n` +
				`Content-Type: ${contentType}\r\n\r\n`,
		),
		data,
		Buffer.from(`\r\n--${boundary}--\r\n`),
	]);
	const answer = sim.answerApi({
		version: '3.6',
		api: 'agent',
		method: 'upload_file',
		authorization: SMITH,
		body: body.toString('latin1'),
		contentType: `multipart/form-data; boundary=${boundary}`,
	});
	return { status: answer.status, body: answer.body as Answer };
}

const chat = () => sim.state.chats.get(LIVE_CHAT_ID)!;
const sendEvent = (event: object, authorization = SMITH) =>
	call('send_event', { chat_id: LIVE_CHAT_ID, event }, authorization);

describe('chat and thread properties', () => {
	it('sets and deletes registered values, firing webhooks with only the changed ones', () => {
		chat().properties = { test: { string_property: 'kept' } };
		const update = call('update_chat_properties', {
			id: LIVE_CHAT_ID,
			properties: { test: { int_property: 7, bool_property: false }, routing: { pinned: true } },
		});
		expect(update).toEqual({ status: 200, body: {} });
		expect(chat().properties).toEqual({
			test: { string_property: 'kept', int_property: 7, bool_property: false },
			routing: { pinned: true },
		});
		expect(fired).toEqual([
			{
				action: 'chat_properties_updated',
				payload: {
					chat_id: LIVE_CHAT_ID,
					properties: {
						test: { int_property: 7, bool_property: false },
						routing: { pinned: true },
					},
				},
			},
		]);
		call('delete_chat_properties', { id: LIVE_CHAT_ID, properties: { routing: ['pinned'] } });
		expect(chat().properties).toEqual({
			test: { string_property: 'kept', int_property: 7, bool_property: false },
		});
		expect(fired[1]).toEqual({
			action: 'chat_properties_deleted',
			payload: { chat_id: LIVE_CHAT_ID, properties: { routing: ['pinned'] } },
		});
	});

	it('keeps thread properties on the thread and names the thread in the webhooks', () => {
		const properties = { test: { tokenized_string_property: 'late delivery refund' } };
		call('update_thread_properties', {
			chat_id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
			properties,
		});
		expect(currentThread(chat()).properties).toMatchObject(properties);
		expect(chat().properties.test).toBeUndefined();
		call('delete_thread_properties', {
			chat_id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
			properties: { test: ['tokenized_string_property'] },
		});
		expect(currentThread(chat()).properties.test).toBeUndefined();
		expect(fired.map(({ action, payload }) => [action, payload.thread_id])).toEqual([
			['thread_properties_updated', LIVE_THREAD_ID],
			['thread_properties_deleted', LIVE_THREAD_ID],
		]);
		const unknown = call('update_thread_properties', {
			chat_id: LIVE_CHAT_ID,
			thread_id: 'NOTATHREAD',
			properties,
		});
		expect(unknown.body.error?.type).toBe('not_found');
	});

	it("takes LiveChat's writable routing properties on chats only, and chats.formatting on events only", () => {
		expect(
			call('update_chat_properties', {
				id: LIVE_CHAT_ID,
				properties: { routing: { ignore_agents_routing: true } },
			}).status,
		).toBe(200);
		for (const [properties, message] of [
			[
				{ routing: { pinned: true } },
				'Property routing.pinned is not writable for agents in a thread',
			],
			[
				{ chats: { formatting: 'commonmark' } },
				'Property chats.formatting is not writable for agents in a thread',
			],
		] as const) {
			const answer = call('update_thread_properties', {
				chat_id: LIVE_CHAT_ID,
				thread_id: LIVE_THREAD_ID,
				properties,
			});
			expect(answer.body.error).toEqual({ type: 'validation', message });
		}
		const formatting = call('update_chat_properties', {
			id: LIVE_CHAT_ID,
			properties: { chats: { formatting: 'commonmark' } },
		});
		expect(formatting.body.error?.message).toBe(
			'Property chats.formatting is not writable for agents in a chat',
		);
		expect(currentThread(chat()).properties.routing).toBeUndefined();
		expect(chat().properties.routing).toMatchObject({ ignore_agents_routing: true });
		expect(chat().properties.chats).toBeUndefined();
	});

	it.each([
		[{ test: { unknown_property: 'x' } }, 'Property test.unknown_property is not registered'],
		[{ routing: { continuous: true } }, 'Property routing.continuous is read-only'],
		[{ source: { client_id: 'x' } }, 'Property source.client_id is read-only'],
		[{ test: { int_property: '7' } }, 'Property test.int_property must be of type int'],
		[{ test: { int_property: 1.5 } }, 'Property test.int_property must be of type int'],
		[{ test: { bool_property: 'true' } }, 'Property test.bool_property must be of type bool'],
		[{}, '`properties` is required'],
	])('refuses %j', (properties, message) => {
		const answer = call('update_chat_properties', { id: LIVE_CHAT_ID, properties });
		expect(answer.status).toBe(400);
		expect(answer.body.error).toEqual({
			type: 'validation',
			message: expect.stringContaining(message),
		});
		expect(fired).toEqual([]);
		expect(chat().properties.test).toBeUndefined();
	});

	it('takes the chat as `id`, not `chat_id`, and needs the chats write scope', () => {
		const byChatId = call('update_chat_properties', {
			chat_id: LIVE_CHAT_ID,
			properties: { test: { int_property: 1 } },
		});
		expect(byChatId.body.error?.type).toBe('validation');
		const readOnly = call(
			'update_chat_properties',
			{ id: LIVE_CHAT_ID, properties: { test: { int_property: 1 } } },
			READER,
		);
		expect(readOnly.status).toBe(403);
	});
});

describe('properties an app registers', () => {
	const register = (body: object, authorization = CONFIGURATOR) =>
		call('register_property', body, authorization, 'configuration');
	const access = { chat: { agent: ['read', 'write'] } };

	it('registers under an owned Client ID, lists it, and checks its type and location', () => {
		const registered = register({
			name: 'order_id',
			owner_client_id: APP_CLIENT_ID,
			type: 'int',
			access,
		});
		expect(registered).toEqual({ status: 200, body: {} });
		expect(
			call('list_properties', { owner_client_id: APP_CLIENT_ID }, CONFIGURATOR, 'configuration')
				.body,
		).toEqual({ order_id: { type: 'int', description: '', access } });
		const set = (value: unknown) =>
			call('update_chat_properties', {
				id: LIVE_CHAT_ID,
				properties: { [APP_CLIENT_ID]: { order_id: value } },
			});
		expect(set(1234).status).toBe(200);
		expect(chat().properties[APP_CLIENT_ID]).toEqual({ order_id: 1234 });
		expect(set('1234').body.error?.message).toContain('must be of type int');
		// Registered for chats only: not writable in a thread.
		const inThread = call('update_thread_properties', {
			chat_id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
			properties: { [APP_CLIENT_ID]: { order_id: 1 } },
		});
		expect(inThread.body.error?.message).toContain('not writable for agents in a thread');
		expect(
			register({ name: 'order_id', owner_client_id: APP_CLIENT_ID, type: 'int', access }).body.error
				?.type,
		).toBe('already_exists');
	});

	it('refuses an unknown type, no access, a client the license does not own, and a token without the scope', () => {
		const base = { name: 'note', owner_client_id: APP_CLIENT_ID, type: 'string', access };
		expect(register({ ...base, type: 'float' }).body.error?.type).toBe('validation');
		expect(register({ ...base, access: {} }).body.error?.type).toBe('validation');
		expect(register({ ...base, access: { planet: {} } }).body.error?.type).toBe('validation');
		expect(register({ ...base, owner_client_id: 'someone-else' }).body.error?.type).toBe(
			'authorization',
		);
		expect(register(base, READER).status).toBe(403);
		expect(sim.state.registeredProperties.get(APP_CLIENT_ID)).toBeUndefined();
	});
});

describe('upload_file and file events', () => {
	it('stores the file part byte for byte under a CDN URL that expires in 24 hours', () => {
		const bytes = Buffer.from([0, 1, 2, 0xff, 0xfe, 0x0d, 0x0a, 0x2d, 0x2d]);
		const before = Date.now();
		const answer = upload('scan.pdf', bytes, 'application/pdf');
		expect(answer.status).toBe(200);
		const url = String(answer.body.url);
		expect(url).toMatch(
			/^https:\/\/cdn\.livechat-files\.com\/api\/file\/lc\/att\/[^/]+\/scan\.pdf$/,
		);
		const stored = sim.state.uploads.get(url)!;
		expect(stored).toMatchObject({
			name: 'scan.pdf',
			content_type: 'application/pdf',
			size: bytes.length,
			sha256: createHash('sha256').update(bytes).digest('hex'),
		});
		expect(stored.expiresAt! - before).toBeGreaterThanOrEqual(24 * 3_600_000);
		expect(stored.expiresAt! - before).toBeLessThan(24 * 3_600_000 + 60_000);
	});

	it('refuses more than 10 MB, executables, a missing file part and a JSON body', () => {
		const tooBig = upload('big.bin', Buffer.alloc(10 * 1024 * 1024 + 1));
		expect(tooBig).toEqual({
			status: 413,
			body: { error: { type: 'entity_too_large', message: 'Upload limit exceeded (10MB)' } },
		});
		expect(upload('exactly.bin', Buffer.alloc(10 * 1024 * 1024)).status).toBe(200);
		expect(upload('setup.exe', Buffer.from('MZ')).body.error?.message).toBe(
			'Executable files are not allowed',
		);
		expect(upload('other', Buffer.from('x'), 'text/plain', 'attachment').body.error?.type).toBe(
			'validation',
		);
		expect(call('upload_file', { file: 'x' }).body.error?.message).toContain('multipart/form-data');
		expect(sim.state.uploads.size).toBe(1);
	});

	it('takes a file event only with an issued, unexpired URL, which then never expires', () => {
		const foreign = sendEvent({ type: 'file', url: 'https://example.com/a.png' });
		expect(foreign.body.error?.type).toBe('validation');
		const url = String(upload('a.png', Buffer.from('png'), 'image/png').body.url);
		sim.state.uploads.get(url)!.expiresAt = Date.now() - 1;
		expect(sendEvent({ type: 'file', url }).body.error?.message).toContain('expired');
		sim.state.uploads.get(url)!.expiresAt = Date.now() + 1000;
		const sent = sendEvent({ type: 'file', url, alternative_text: 'A photo' });
		expect(sent.status).toBe(200);
		expect(sim.state.uploads.get(url)!.expiresAt).toBeUndefined();
		expect(currentThread(chat()).events.at(-1)).toMatchObject({
			id: sent.body.event_id,
			type: 'file',
			url,
			alternative_text: 'A photo',
			name: 'a.png',
			content_type: 'image/png',
			size: 3,
		});
		expect(fired.at(-1)).toMatchObject({
			action: 'incoming_event',
			payload: { event: { type: 'file', name: 'a.png' } },
		});
	});
});

describe('rich messages', () => {
	const button = (text: string) => ({
		text,
		type: 'message',
		value: text,
		postback_id: text,
		user_ids: [],
	});
	const rich = (elements: object[], template_id = 'cards') =>
		sendEvent({ type: 'rich_message', template_id, elements });

	it('takes 10 elements of 13 buttons, and no more', () => {
		const buttons = Array.from({ length: 13 }, (_, index) => button(`b${index}`));
		const elements = Array.from({ length: 10 }, () => ({ title: 'Card', buttons }));
		expect(rich(elements).status).toBe(200);
		expect(rich([...elements, { title: 'One more' }]).body.error?.message).toContain(
			'at most 10 elements',
		);
		expect(rich([{ buttons: [...buttons, button('b13')] }]).body.error?.message).toContain(
			'at most 13 buttons',
		);
	});

	it.each([
		['an unknown template', { template_id: 'carousel' }, 'template_id'],
		['a button of unknown type', { button: { type: 'email' } }, 'type'],
		['a button without user_ids', { button: { user_ids: undefined } }, 'user_ids'],
		['a button without postback_id', { button: { postback_id: '' } }, 'postback_id'],
		['a webview button without its height', { button: { type: 'webview' } }, 'webview_height'],
		['an image without URL', { image: { name: 'x.png' } }, 'image.url'],
	])('refuses %s', (_, change: Record<string, Record<string, unknown> | string>, field) => {
		const element = {
			title: 'Card',
			...(change.image ? { image: change.image } : {}),
			buttons: [{ ...button('Yes'), ...(change.button as object) }],
		};
		const answer = sendEvent({
			type: 'rich_message',
			template_id: change.template_id ?? 'quick_replies',
			elements: [element],
		});
		expect(answer.status).toBe(400);
		expect(answer.body.error?.message).toContain(field);
		expect(fired).toEqual([]);
	});
});

describe('typing and thinking indicators', () => {
	it('records signals of a user of the chat and fires no webhook', () => {
		expect(call('send_typing_indicator', { chat_id: LIVE_CHAT_ID, is_typing: true }).status).toBe(
			200,
		);
		call('send_thinking_indicator', {
			chat_id: LIVE_CHAT_ID,
			title: 'Thinking',
			description: 'Looking it up',
			visibility: 'agents',
		});
		expect(sim.state.signals).toEqual([
			{
				type: 'typing',
				chat_id: LIVE_CHAT_ID,
				user_id: ADMIN.email,
				is_typing: true,
				visibility: 'all',
			},
			{
				type: 'thinking',
				chat_id: LIVE_CHAT_ID,
				user_id: ADMIN.email,
				title: 'Thinking',
				description: 'Looking it up',
				visibility: 'agents',
			},
		]);
		expect(fired).toEqual([]);
	});

	it('refuses a requester outside the chat, an inactive chat, and a missing is_typing', () => {
		const outsider = call(
			'send_typing_indicator',
			{ chat_id: LIVE_CHAT_ID, is_typing: true },
			JONES,
		);
		expect(outsider.body.error).toEqual({
			type: 'validation',
			message: 'Requester is not a user of this chat',
		});
		expect(call('send_typing_indicator', { chat_id: LIVE_CHAT_ID }).body.error?.message).toContain(
			'is_typing',
		);
		expect(
			call('send_typing_indicator', { chat_id: LIVE_CHAT_ID, is_typing: true, visibility: 'me' })
				.status,
		).toBe(400);
		currentThread(chat()).active = false;
		expect(call('send_thinking_indicator', { chat_id: LIVE_CHAT_ID }).body.error?.type).toBe(
			'chat_inactive',
		);
		expect(sim.state.signals).toEqual([]);
	});
});

describe('mark_events_as_seen', () => {
	it('needs only the read scope, keeps the requester’s seen time and fires events_marked_as_seen', () => {
		const seenUpTo = '2026-11-23T10:00:00.123456Z';
		const answer = call(
			'mark_events_as_seen',
			{ chat_id: LIVE_CHAT_ID, seen_up_to: seenUpTo },
			READER,
		);
		expect(answer).toEqual({ status: 200, body: {} });
		expect(sim.state.seenUpTo.get(`${LIVE_CHAT_ID}/${ADMIN.email}`)).toBe(seenUpTo);
		expect(fired).toEqual([
			{
				action: 'events_marked_as_seen',
				payload: { chat_id: LIVE_CHAT_ID, user_id: ADMIN.email, seen_up_to: seenUpTo },
			},
		]);
	});

	it('refuses a date that is not RFC 3339 and a chat that does not exist', () => {
		expect(
			call('mark_events_as_seen', { chat_id: LIVE_CHAT_ID, seen_up_to: 'yesterday' }).body.error
				?.type,
		).toBe('validation');
		expect(
			call('mark_events_as_seen', { chat_id: 'NOCHAT', seen_up_to: '2026-11-23T10:00:00Z' }).body
				.error?.type,
		).toBe('not_found');
		expect(sim.state.seenUpTo.size).toBe(0);
	});
});
