import { simplifyChat } from '../../../../nodes/LiveChat/actions/chat/simplifyChat';
import { formAnswers } from '../../../../nodes/LiveChat/shared/chatEvents';
import type { FormEvent } from '../../../../nodes/LiveChat/types/livechat';
import { CUSTOMER, EVERY_EVENT_CHAT, FILLED_FORM } from '../../../fixtures/chatEvents';

const ANSWERS = ['Mia Rossi', 'mia.rossi@example.com', 'Returns', 'Shoes', 'Bags', 'Sales'];

describe('Chat → Get (simplified)', () => {
	it('keeps messages (a deleted one marked), files and the filled forms with every answer', () => {
		const item = simplifyChat(EVERY_EVENT_CHAT);
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
