/**
 * Customers starting and agents ending chats, through the simulator's own API (so the webhooks
 * LiveChat would fire are fired): what the polling trigger's tests and benchmark drive.
 */
import { randomUUID } from 'crypto';

import type { LiveChatSimulator } from './server';
import { ADMIN, ADMIN_PAT } from './state';

const AS_ADMIN = `Basic ${Buffer.from(`${ADMIN.accountId}:${ADMIN_PAT}`).toString('base64')}`;

export interface StartedChat {
	chatId: string;
	threadId: string;
	customerId: string;
}

function call(sim: LiveChatSimulator, method: string, body: object) {
	const answer = sim.answerApi({
		version: '3.6',
		api: 'agent',
		method,
		authorization: AS_ADMIN,
		body: JSON.stringify(body),
	});
	if (answer.status !== 200) {
		throw new Error(`simulator ${method} → ${answer.status}: ${JSON.stringify(answer.body)}`);
	}
	return answer.body as Record<string, string>;
}

/** A new customer starts a chat in `groupId` with a first message (as the admin agent's chat). */
export function startChat(sim: LiveChatSimulator, groupId = 0, text = 'Hello'): StartedChat {
	const customerId = randomUUID();
	const n = sim.state.customers.size + 1;
	sim.state.addCustomer(customerId, `Customer ${n}`, `customer${n}@example.com`);
	const { chat_id: chatId, thread_id: threadId } = call(sim, 'start_chat', {
		chat: {
			users: [{ id: customerId, type: 'customer' }],
			access: { group_ids: [groupId] },
			thread: { events: [{ type: 'message', text }] },
		},
	});
	return { chatId, threadId, customerId };
}

/** The admin agent closes the chat (deactivate_chat). */
export function endChat(sim: LiveChatSimulator, chatId: string) {
	call(sim, 'deactivate_chat', { id: chatId });
}

/** A new thread of a closed chat (resume_chat), as when its customer writes again. */
export function resumeChat(sim: LiveChatSimulator, chatId: string): string {
	return call(sim, 'resume_chat', { chat: { id: chatId } }).thread_id;
}
