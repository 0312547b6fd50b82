import { namesOf } from '../../../../nodes/LiveChat/actions/chat/simplifyChat';
import { transcriptText } from '../../../../nodes/LiveChat/actions/chat/transcript';
import { EVERY_EVENT_THREAD, EVERY_EVENT_USERS } from '../../../fixtures/chatEvents';

describe('Get Transcript', () => {
	it('writes a line for every documented event type, with its content', () => {
		const text = transcriptText([EVERY_EVENT_THREAD], namesOf(EVERY_EVENT_USERS), 'UTC');
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
