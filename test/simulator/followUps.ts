/**
 * Agent Chat API methods around a chat rather than in it: following and unfollowing chats, event
 * previews (what an agent is about to send, never saved), rich message postbacks, AI thread
 * summaries (delivered later as thread_summary_set), and multicasts to agents (not saved either).
 *
 * Facts: the method pages. "A deactivated thread can be summarized only once"; a summary of an
 * active thread may be asked again. Chat members cannot unfollow their chats. A postback fires
 * incoming_rich_message_postback only for active threads. Multicast needs `multicast:rw` and at
 * least one of `agents.all`, `agents.ids`, `agents.groups`.
 */
import type { MethodGroup } from './calls';
import { assertChatAccess, findChat, findThread, fire, required, requesterId } from './calls';
import { eventOf, presentRequester } from './content';
import { LiveChatError, validation } from './errors';
import type { Thread } from './state';
import { time } from './state';

/** What the AI summary says: the thread's messages, one bullet each (the samples' format). */
function summaryOf(thread: Thread) {
	const lines = thread.events
		.filter((event) => event.type === 'message' && typeof event.text === 'string')
		.map((event) => `• ${String(event.text)}`);
	return lines.length ? lines.join('  \n') : '• No messages yet.';
}

export const followUpMethods: MethodGroup = {
	configuration: {},
	agent: {
		follow_chat(call) {
			const chat = findChat(call.state, call.body.id);
			assertChatAccess(call, chat);
			const id = requesterId(call.state, call.caller) ?? call.caller.accountId;
			const followers = call.state.followers.get(chat.id) ?? new Set<string>();
			followers.add(id);
			call.state.followers.set(chat.id, followers);
			return {};
		},
		unfollow_chat(call) {
			const chat = findChat(call.state, call.body.id);
			const id = requesterId(call.state, call.caller) ?? call.caller.accountId;
			const thread = chat.threads[chat.threads.length - 1];
			if (thread?.active && thread.user_ids.includes(id))
				throw new LiveChatError('validation', 'Chat members cannot unfollow the chat');
			call.state.followers.get(chat.id)?.delete(id);
			return {};
		},
		send_event_preview(call) {
			const chat = findChat(call.state, call.body.chat_id);
			const event = call.body.event as Record<string, unknown> | undefined;
			if (typeof event !== 'object' || event === null) throw validation('`event` is required');
			if (event.type !== 'message') throw validation('`event.type` must be message');
			if (typeof event.text !== 'string' || !event.text)
				throw validation('`event.text` is required');
			if (event.visibility !== undefined && event.visibility !== 'all')
				throw validation('`event.visibility` must be all');
			const { id } = presentRequester(call, chat);
			call.state.signals.push({ type: 'preview', chat_id: chat.id, user_id: id, event });
			return {};
		},
		send_rich_message_postback(call) {
			const { chat, thread, event } = eventOf(call);
			assertChatAccess(call, chat);
			const postback = call.body.postback as Record<string, unknown> | undefined;
			if (typeof postback?.id !== 'string' || !postback.id)
				throw validation('`postback.id` is required');
			if (typeof postback.toggled !== 'boolean') throw validation('`postback.toggled` is required');
			const ecommerce = postback.ecommerce as Record<string, unknown> | undefined;
			if (ecommerce !== undefined && !ecommerce?.product_id)
				throw validation('`postback.ecommerce.product_id` is required');
			if (thread.active) {
				fire(call, 'incoming_rich_message_postback', {
					chat,
					payload: {
						user_id: requesterId(call.state, call.caller),
						chat_id: chat.id,
						thread_id: thread.id,
						event_id: event.id,
						postback,
					},
				});
			}
			return {};
		},
		request_thread_summary(call) {
			const chat = findChat(call.state, call.body.chat_id);
			assertChatAccess(call, chat);
			const thread = findThread(chat, required(call.body, 'thread_id'));
			if (!thread.active && thread.summary)
				throw validation('A deactivated thread can be summarized only once');
			thread.summary = { status: 'ok', text: summaryOf(thread), updated_at: time() };
			// The summary arrives later, as a webhook; the call itself answers nothing.
			fire(call, 'thread_summary_set', {
				chat,
				payload: { chat_id: chat.id, thread_id: thread.id, summary: thread.summary },
			});
			return {};
		},
		multicast(call) {
			const { body, state } = call;
			const agents = (body.recipients as { agents?: Record<string, unknown> } | undefined)?.agents;
			const { all, ids, groups } = agents ?? {};
			if (all === undefined && ids === undefined && groups === undefined)
				throw validation('`recipients.agents` needs all, ids or groups');
			if (all !== undefined && typeof all !== 'boolean')
				throw validation('`recipients.agents.all` must be a boolean');
			for (const [field, list] of [
				['ids', ids],
				['groups', groups],
			] as const) {
				if (list !== undefined && !Array.isArray(list))
					throw validation(`\`recipients.agents.${field}\` must be a list`);
			}
			if (body.content === undefined) throw validation('`content` is required');
			state.multicasts.push({
				recipients: body.recipients,
				content: body.content,
				...(body.type !== undefined && { type: body.type }),
			});
			return {};
		},
	},
};
