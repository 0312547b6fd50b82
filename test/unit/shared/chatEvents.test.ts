import { formAnswers } from '../../../nodes/LiveChat/shared/chatEvents';
import type { FormEvent } from '../../../nodes/LiveChat/types/livechat';
import { FILLED_FORM } from '../../fixtures/chatEvents';

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
