import type { ChatUser } from '../types/livechat';

/** The customer and agents of a chat, with what a workflow usually needs (trigger and action). */
export function peopleOf(users: ChatUser[] = []) {
	const customer = users.find((user) => user.type === 'customer');
	return {
		customer: customer
			? { id: customer.id, name: customer.name ?? null, email: customer.email ?? null }
			: null,
		agents: users
			.filter((user) => user.type === 'agent')
			.map((agent) => ({ id: agent.id, name: agent.name ?? null })),
	};
}
