/**
 * What an automation puts into a chat besides messages, in a real n8n: a file made by a Code
 * node sent as a LiveChat file (multipart upload, then a file event), quick replies, properties,
 * indicators and the read receipt; the simulator holds the result.
 */
import { createHash } from 'crypto';

import { ADMIN, LIVE_CHAT_ID } from '../../../simulator/state';
import type { ScenarioContext } from '../../support/n8nWithSimulator';
import {
	createActionWorkflow,
	SEND_FILE,
	lastExecutionError,
	runActionWorkflow,
} from '../../support/actionWorkflows';

const FILE_TEXT = 'Order #1234\nShipped on 2026-11-20 with tracking code ZX-42.\n';
/** Bytes that are not UTF-8 (and a CRLF and dashes, as in multipart), to prove a byte-exact body. */
const FILE_TAIL = [0x00, 0xff, 0x80, 0xc3, 0x28, 0x0d, 0x0a, 0x2d, 0x2d];
const FILE_BYTES = Buffer.concat([Buffer.from(FILE_TEXT), Buffer.from(FILE_TAIL)]);

export function chatContentScenarios(context: ScenarioContext) {
	test('C4. a binary file from a Code node, quick replies, cards, properties, typing and read receipt reach the chat', async () => {
		const { n8n, pat, simulator } = context;
		const makeFile = `const bytes = Buffer.concat([Buffer.from(${JSON.stringify(FILE_TEXT)}), Buffer.from(${JSON.stringify(FILE_TAIL)})]);\nreturn [{ json: { chatId: $json.body.items[0].chatId }, binary: { data: { data: bytes.toString('base64'), mimeType: 'application/octet-stream', fileName: 'order.bin' } } }];`;
		const workflow = await createActionWorkflow(
			n8n,
			'Send the order file',
			pat,
			[
				SEND_FILE,
				{
					name: 'Typing',
					parameters: {
						resource: 'chat',
						operation: 'sendTypingIndicator',
						chatId: '={{ $json.chat_id }}',
						isTyping: true,
					},
				},
				{
					name: 'Ask',
					parameters: {
						resource: 'chat',
						operation: 'sendRichMessage',
						chatId: '={{ $json.chat_id }}',
						template: 'quick_replies',
						title: 'Did this answer your question?',
						buttons: { button: [{ text: 'Yes' }, { text: 'No' }] },
					},
				},
				{
					name: 'Offer',
					parameters: {
						resource: 'chat',
						operation: 'sendRichMessage',
						chatId: '={{ $json.chat_id }}',
						template: 'cards',
						cards: {
							card: [
								{
									title: 'Express shipping',
									subtitle: '$9',
									imageUrl: 'https://example.com/express.png',
									buttons: {
										button: [
											{ text: 'Details', type: 'url', value: 'https://example.com/express' },
										],
									},
								},
								{ title: 'Standard shipping', buttons: { button: [{ text: 'Keep standard' }] } },
							],
						},
					},
				},
				{
					name: 'Pin',
					parameters: {
						resource: 'chat',
						operation: 'updateProperties',
						chatId: '={{ $json.chat_id }}',
						level: 'chat',
						properties: {
							property: [
								{ namespace: 'routing', name: 'pinned', type: 'boolean', value: 'true' },
								{
									namespace: 'test',
									name: 'string_property',
									type: 'string',
									value: 'order 1234',
								},
							],
						},
					},
				},
				{
					name: 'Seen',
					parameters: { resource: 'chat', operation: 'markSeen', chatId: '={{ $json.chat_id }}' },
				},
			],
			{ code: makeFile },
		);
		const answer = await runActionWorkflow(workflow, [{ chatId: LIVE_CHAT_ID }]);
		if (answer.status !== 200)
			throw new Error(JSON.stringify(await lastExecutionError(n8n, workflow)));
		expect(answer.body).toEqual([{ chat_id: LIVE_CHAT_ID, seen_up_to: expect.any(String) }]);

		const chat = simulator.state.chats.get(LIVE_CHAT_ID)!;
		const events = chat.threads.at(-1)!.events.slice(-3);
		// The Code node's file went first, then the typing indicator, then the question.
		expect(events[0]).toMatchObject({
			type: 'file',
			author_id: ADMIN.email,
			name: 'order.bin',
			content_type: 'application/octet-stream',
			size: FILE_BYTES.length,
		});
		// LiveChat got the file byte for byte: n8n-core sends a Buffer body as it is.
		const [upload] = await context.sim.calls('upload_file');
		expect(upload.body).toMatchObject({
			file: { sha256: createHash('sha256').update(FILE_BYTES).digest('hex') },
		});
		// (The simulator reads upload_file only as multipart/form-data with a boundary.)
		expect(events[1]).toMatchObject({
			type: 'rich_message',
			template_id: 'quick_replies',
			elements: [{ buttons: [{ text: 'Yes' }, { text: 'No' }] }],
		});
		expect(events[2]).toMatchObject({
			type: 'rich_message',
			template_id: 'cards',
			elements: [
				{
					title: 'Express shipping',
					image: { url: 'https://example.com/express.png' },
					buttons: [{ type: 'url', value: 'https://example.com/express', user_ids: [] }],
				},
				{ title: 'Standard shipping', buttons: [{ type: 'message', value: 'Keep standard' }] },
			],
		});
		expect(chat.properties).toMatchObject({
			routing: { pinned: true },
			test: { string_property: 'order 1234' },
		});
		expect(simulator.state.signals).toEqual([
			expect.objectContaining({ type: 'typing', chat_id: LIVE_CHAT_ID, is_typing: true }),
		]);
		expect(simulator.state.seenUpTo.has(`${LIVE_CHAT_ID}/${ADMIN.email}`)).toBe(true);
	});
}
