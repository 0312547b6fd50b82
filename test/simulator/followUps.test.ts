/**
 * The simulator's follow_chat, unfollow_chat, send_event_preview, send_rich_message_postback,
 * request_thread_summary, multicast and event properties follow their method pages.
 */
import {
	basic,
	callApi,
	type FiredWebhook,
	recordFiredWebhooks,
	SMITH,
} from '../helpers/simulatorCalls';
import { LiveChatSimulator } from './server';
import { ADMIN, AGENT_PAT, currentThread, LIVE_CHAT_ID, LIVE_THREAD_ID } from './state';

let sim: LiveChatSimulator;
let fired: FiredWebhook[];
beforeEach(() => {
	sim = new LiveChatSimulator();
	fired = recordFiredWebhooks(sim);
});

const agent = (method: string, body: object, authorization = SMITH) =>
	callApi(sim, 'agent', method, body, authorization);
const liveThread = () => currentThread(sim.state.chats.get(LIVE_CHAT_ID)!);

it('follow_chat adds a follower; a member cannot unfollow, a follower can', () => {
	expect(agent('follow_chat', { id: LIVE_CHAT_ID }).status).toBe(200);
	expect([...sim.state.followers.get(LIVE_CHAT_ID)!]).toEqual([ADMIN.email]);
	expect(agent('unfollow_chat', { id: LIVE_CHAT_ID }).body.error?.message).toBe(
		'Chat members cannot unfollow the chat',
	);
	liveThread().user_ids = liveThread().user_ids.filter((id) => id !== ADMIN.email);
	expect(agent('unfollow_chat', { id: LIVE_CHAT_ID }).status).toBe(200);
	expect(sim.state.followers.get(LIVE_CHAT_ID)?.size).toBe(0);
});

it('send_event_preview: messages only, visible to all, from a user of the chat; nothing saved', () => {
	const events = liveThread().events.length;
	const preview = (event: object) => agent('send_event_preview', { chat_id: LIVE_CHAT_ID, event });
	expect(preview({ type: 'file', url: 'x' }).body.error?.message).toBe(
		'`event.type` must be message',
	);
	expect(preview({ type: 'message', text: 'a', visibility: 'agents' }).body.error?.message).toBe(
		'`event.visibility` must be all',
	);
	expect(preview({ type: 'message', text: 'Almost…' }).status).toBe(200);
	expect(liveThread().events).toHaveLength(events);
	expect(sim.state.signals).toEqual([expect.objectContaining({ type: 'preview' })]);
});

it('send_rich_message_postback fires incoming_rich_message_postback for an active thread', () => {
	const [event] = liveThread().events;
	const body = { chat_id: LIVE_CHAT_ID, thread_id: LIVE_THREAD_ID, event_id: event.id };
	expect(agent('send_rich_message_postback', { ...body, postback: { id: 'yes' } }).status).toBe(
		400,
	);
	const postback = { id: 'yes', toggled: true };
	expect(agent('send_rich_message_postback', { ...body, postback }).status).toBe(200);
	expect(fired).toEqual([
		{
			action: 'incoming_rich_message_postback',
			payload: { user_id: ADMIN.email, ...body, postback },
		},
	]);
});

it('request_thread_summary fires thread_summary_set; a closed thread only once', () => {
	const body = { chat_id: LIVE_CHAT_ID, thread_id: LIVE_THREAD_ID };
	expect(agent('request_thread_summary', body)).toEqual({ status: 200, body: {} });
	expect(agent('request_thread_summary', body).status).toBe(200);
	expect(fired[0]).toEqual({
		action: 'thread_summary_set',
		payload: {
			...body,
			summary: { status: 'ok', text: expect.stringContaining('•'), updated_at: expect.any(String) },
		},
	});
	liveThread().active = false;
	expect(agent('request_thread_summary', body).body.error?.message).toBe(
		'A deactivated thread can be summarized only once',
	);
});

it('multicast needs multicast:rw and a recipient, and saves nothing in chats', () => {
	const jones = basic(AGENT_PAT.accountId, AGENT_PAT.token);
	const body = { recipients: { agents: { groups: [1] } }, content: { text: 'VIP' } };
	expect(agent('multicast', body, jones).status).toBe(403);
	expect(agent('multicast', { ...body, recipients: { agents: {} } }).status).toBe(400);
	expect(agent('multicast', body).status).toBe(200);
	expect(sim.state.multicasts).toEqual([body]);
});

it('update_event_properties and delete_event_properties change one event and fire', () => {
	const [event] = liveThread().events;
	const target = { chat_id: LIVE_CHAT_ID, thread_id: LIVE_THREAD_ID, event_id: event.id };
	const values = { test: { string_property: 'checked' } };
	expect(agent('update_event_properties', { ...target, properties: values }).status).toBe(200);
	expect(event.properties).toEqual(values);
	const names = { test: ['string_property'] };
	expect(agent('delete_event_properties', { ...target, properties: names }).status).toBe(200);
	expect(fired.map((webhook) => [webhook.action, webhook.payload])).toEqual([
		['event_properties_updated', { ...target, properties: values }],
		['event_properties_deleted', { ...target, properties: names }],
	]);
	expect(
		agent('update_event_properties', { ...target, event_id: 'nope', properties: values }).status,
	).toBe(404);
});
