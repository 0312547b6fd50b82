import { peopleOf } from '../../../nodes/LiveChat/shared/chatPeople';
import type { ChatUser } from '../../../nodes/LiveChat/types/livechat';

const CUSTOMER = 'b7eff798-f8df-4364-8059-649c35c9ed0c';

describe('peopleOf', () => {
	it('gives the customer and every agent, leaving bots out', () => {
		const users = [
			{ id: CUSTOMER, type: 'customer', name: 'Mia Rossi', email: 'mia@example.com' },
			{ id: 'smith@example.com', type: 'agent', name: 'Agent Smith', email: 'smith@example.com' },
			{ id: 'jones@example.com', type: 'agent' },
			{ id: '5c9871d5372c824cbf22d860a707a578', type: 'bot', name: 'Helper' },
		] as ChatUser[];
		expect(peopleOf(users)).toEqual({
			customer: { id: CUSTOMER, name: 'Mia Rossi', email: 'mia@example.com' },
			agents: [
				{ id: 'smith@example.com', name: 'Agent Smith' },
				{ id: 'jones@example.com', name: null },
			],
		});
	});

	it('gives null for a customer without name or e-mail, and for a chat without a customer', () => {
		expect(peopleOf([{ id: CUSTOMER, type: 'customer' } as ChatUser]).customer).toEqual({
			id: CUSTOMER,
			name: null,
			email: null,
		});
		expect(peopleOf()).toEqual({ customer: null, agents: [] });
	});
});
