import { namesOf, simplifyChat } from '../../../nodes/LiveChat/actions/chat/simplifyChat';
import { transcriptText } from '../../../nodes/LiveChat/actions/chat/transcript';
import { eventText, formAnswers } from '../../../nodes/LiveChat/shared/chatEvents';
import { simplifyDelivery } from '../../../nodes/LiveChat/trigger/simplify';
import type {
	Chat,
	ChatUser,
	FormEvent,
	WebhookDelivery,
} from '../../../nodes/LiveChat/types/livechat';
import { AGENT, CUSTOMER, EVERY_EVENT, FILLED_FORM } from '../../fixtures/chatEvents';

const users: ChatUser[] = [
	{ id: CUSTOMER, type: 'customer', name: 'Mia Rossi', email: 'mia.rossi@example.com' },
	{ id: AGENT, type: 'agent', name: 'Lena Novak', email: AGENT },
];
const thread = {
	id: 'EVERYEVTH1',
	active: false,
	created_at: '2026-10-20T10:00:00.000000Z',
	tags: ['returns'],
	events: EVERY_EVENT,
};
const chat: Chat = { id: 'EVERYEVENT', users, access: { group_ids: [2] }, thread };

const ANSWERS = ['Mia Rossi', 'mia.rossi@example.com', 'Returns', 'Shoes', 'Bags', 'Sales'];

describe('form answers', () => {
	it('reads text answers, choices, ticked boxes and the chosen group', () => {
		expect(formAnswers(FILLED_FORM as FormEvent)).toEqual([
			{ id: '1580131236001', type: 'name', label: 'Name', answer: 'Mia Rossi' },
			{ id: '1580131236002', type: 'email', label: 'E-mail', answer: 'mia.rossi@example.com' },
			{ id: '1580131236003', type: 'radio', label: 'Topic', answer: 'Returns' },
			{ id: '1580131236004', type: 'checkbox', label: 'Products', answer: ['Shoes', 'Bags'] },
			{
				id: '1580131236005',
				type: 'group_chooser',
				label: 'Department',
				answer: 'Sales',
				groupId: 2,
			},
		]);
		expect(formAnswers(FILLED_FORM as FormEvent, 'snake_case')[4]).toMatchObject({ group_id: 2 });
	});
});

describe('Get Transcript', () => {
	it('writes a line for every documented event type, with its content', () => {
		const text = transcriptText([thread], namesOf(users), 'UTC');
		expect(text.split('\n')).toEqual([
			'Thread EVERYEVTH1 · 2026-10-20 10:00:00 (UTC) · tags: returns',
			'[2026-10-20 10:00:00] Lena Novak sent a form (Name, Country)',
			'[2026-10-20 10:00:01] Mia Rossi filled in a form (Name: Mia Rossi; E-mail: mia.rossi@example.com; Topic: Returns; Products: Shoes, Bags; Department: Sales)',
			'[2026-10-20 10:00:02] System: Lena Novak joined the chat',
			'[2026-10-20 10:00:03] Mia Rossi: I want to return my shoes',
			'[2026-10-20 10:00:04] Mia Rossi sent a file: receipt.png <https://cdn.example.com/receipt.png>',
			'[2026-10-20 10:00:05] Lena Novak sent a card: Return label — Print it and stick it on the box — [Send it] [Call us]',
			'[2026-10-20 10:00:06] Lena Novak: {"order":{"id":"R-1042","status":"return_requested"}}',
			'[2026-10-20 10:00:07] System (cdp): store_order_was_created {"order":{"order_number":"#1042","total_price":89.9}}',
			'[2026-10-20 10:00:08] Mia Rossi: [deleted message]',
		]);
		expect(text).not.toContain('undefined');
	});
});

describe('Chat → Get (simplified)', () => {
	it('keeps messages (a deleted one marked), files and the filled forms with every answer', () => {
		const item = simplifyChat(chat);
		expect(item.messages).toEqual([
			expect.objectContaining({ author: 'Mia Rossi', text: 'I want to return my shoes' }),
			expect.objectContaining({ author: 'Mia Rossi', text: null, deleted: true }),
		]);
		expect(item.files).toEqual([
			expect.objectContaining({
				name: 'receipt.png',
				url: 'https://cdn.example.com/receipt.png',
				content_type: 'image/png',
				size: 20480,
			}),
		]);
		expect(item.forms).toEqual([
			{
				form_id: '1580131236000',
				form_type: 'prechat',
				author_id: CUSTOMER,
				created_at: FILLED_FORM.created_at,
				answers: formAnswers(FILLED_FORM as FormEvent, 'snake_case'),
			},
		]);
		for (const answer of ANSWERS) expect(JSON.stringify(item.forms)).toContain(answer);
	});
});

describe('trigger items', () => {
	const incomingEvent = (event: (typeof EVERY_EVENT)[number]) =>
		({
			action: 'incoming_event',
			organization_id: 'org',
			payload: { chat_id: 'EVERYEVENT', thread_id: 'EVERYEVTH1', event },
		}) as WebhookDelivery;

	it.each(EVERY_EVENT.map((event) => [event.deleted ? 'deleted' : event.type, event]))(
		'incoming_event of a %s event: its text and content',
		(_type, event) => {
			const item = simplifyDelivery(incomingEvent(event));
			expect(item).toMatchObject({ eventId: event.id, eventType: event.type });
			expect(item.text).toBe(eventText(event));
			if (event.deleted) expect(item).toMatchObject({ text: null, deleted: true });
			else expect(item.text).toEqual(expect.any(String));
			expect(JSON.stringify(item)).not.toContain('undefined');
		},
	);

	it('incoming_event of a filled form: every answer', () => {
		const item = simplifyDelivery(incomingEvent(FILLED_FORM));
		expect(item.form).toEqual({
			id: '1580131236000',
			type: 'prechat',
			answers: formAnswers(FILLED_FORM as FormEvent),
		});
	});

	it('incoming_event of a file, a card, custom and system events: their content', () => {
		const [, , , message, file, card, custom, system] = EVERY_EVENT.map((event) =>
			simplifyDelivery(incomingEvent(event)),
		);
		expect(message.postback).toMatchObject({ id: 'return_shoes', value: 'shoes' });
		expect(file.file).toEqual({
			name: 'receipt.png',
			url: 'https://cdn.example.com/receipt.png',
			contentType: 'image/png',
			size: 20480,
		});
		expect(card.richMessage).toMatchObject({ templateId: 'cards', elements: [expect.anything()] });
		expect(custom.content).toEqual({ order: { id: 'R-1042', status: 'return_requested' } });
		expect(system).toMatchObject({ source: 'cdp', subtype: 'store_order_was_created' });
		expect(system.details).toContain('#1042');
	});

	it('incoming_chat: the pre-chat answers CRM enrichment reads', () => {
		const item = simplifyDelivery({
			action: 'incoming_chat',
			organization_id: 'org',
			payload: { chat },
		} as WebhookDelivery);
		expect(item.forms).toEqual([
			expect.objectContaining({
				formType: 'prechat',
				answers: formAnswers(FILLED_FORM as FormEvent),
			}),
		]);
		expect(item.messages).toEqual([
			expect.objectContaining({ text: 'I want to return my shoes', authorIsCustomer: true }),
			expect.objectContaining({ eventType: 'file', text: 'https://cdn.example.com/receipt.png' }),
			expect.objectContaining({ eventId: 'EV-DELETED', text: null, deleted: true }),
		]);
	});
});
