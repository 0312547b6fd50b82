/** Chats of the simulated account and the node parameters of Chat operations on them. */
import { ADMIN, ADMIN_PAT, currentThread, CUSTOMER_ID, LIVE_CHAT_ID } from '../simulator/state';
import { operationParameters } from './actionParameters';
import type { FakeLiveChat } from './fakeLiveChat';

/** An agent of the simulated account besides smith (ADMIN), who is not in the live chat. */
export const JONES_ID = 'jones@example.com';
/** An ended chat of the simulated account. */
export const ARCHIVED_CHAT_ID = 'ARCHIVE003';
/** A customer of the simulated account other than the live chat's. */
export const OTHER_CUSTOMER_ID = '00000001-0000-4000-8000-000000000001';

/** The node parameters of a Chat operation. */
export const chat = operationParameters('chat');

/** The simulator's record of a chat and of its current thread. */
export function simulatedChat(fake: FakeLiveChat, chatId = LIVE_CHAT_ID) {
	const found = fake.simulator.state.chats.get(chatId)!;
	return { chat: found, thread: currentThread(found) };
}

/** Smith, the user of the OAuth2 credential, leaves the live chat; jones has it now. */
export function handOverToJones(fake: FakeLiveChat) {
	const { chat: live, thread } = simulatedChat(fake);
	thread.user_ids = [CUSTOMER_ID, JONES_ID];
	live.agentIds = [JONES_ID];
}

/**
 * Run options with the admin's personal access token: the admin is in the live chat, so LiveChat
 * takes events from this credential.
 */
export const asAdmin = {
	credentials: {
		liveChatApi: { accountId: ADMIN.accountId, accessToken: ADMIN_PAT, clientId: 'app' },
	},
};

/** The node parameters of a Chat operation on the live chat, authenticated as `asAdmin` is. */
export const onLiveChat = (operation: string, parameters: Record<string, unknown> = {}) =>
	chat(operation, { authentication: 'accessToken', chatId: LIVE_CHAT_ID, ...parameters });
