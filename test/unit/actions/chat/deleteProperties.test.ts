import { asAdmin, onLiveChat, simulatedChat } from '../../../helpers/chats';

import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { LIVE_CHAT_ID, LIVE_THREAD_ID } from '../../../simulator/state';

describe('Chat → Delete Properties', () => {
	it('deletes properties of a given thread, and of the latest one when none is given', async () => {
		const fake = new FakeLiveChat();
		const { thread } = simulatedChat(fake);
		thread.properties = { test: { string_property: 'a', int_property: 1 } };
		const names = { property: [{ namespace: 'test', name: 'string_property' }] };
		const [item] = await runNode(
			onLiveChat('deleteProperties', { level: 'thread', threadId: thread.id, properties: names }),
			asAdmin,
		);
		expect(thread.properties).toEqual({ test: { int_property: 1 } });
		expect(item.json).toEqual({
			chat_id: LIVE_CHAT_ID,
			thread_id: thread.id,
			deleted: { test: ['string_property'] },
		});
		await runNode(
			onLiveChat('deleteProperties', {
				level: 'thread',
				properties: { property: [{ namespace: 'test', name: 'int_property' }] },
			}),
			asAdmin,
		);
		expect(thread.properties).toEqual({});
		expect(fake.callsOf('delete_thread_properties')[1].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
			properties: { test: ['int_property'] },
		});
	});

	it('asks for at least one property', async () => {
		const fake = new FakeLiveChat();
		const none = await failingRun(onLiveChat('deleteProperties', { properties: {} }), asAdmin);
		expect(none.message).toBe('No properties to delete');
		expect(fake.calls).toEqual([]);
	});

	it('deletes properties of one event (level Event)', async () => {
		const fake = new FakeLiveChat();
		const { thread } = simulatedChat(fake);
		const [event] = thread.events;
		event.properties = { test: { string_property: 'checked' } };
		const [item] = await runNode(
			onLiveChat('deleteProperties', {
				level: 'event',
				threadId: LIVE_THREAD_ID,
				eventId: event.id,
				properties: { property: [{ namespace: 'test', name: 'string_property' }] },
			}),
			asAdmin,
		);
		expect(fake.callsOf('delete_event_properties')[0].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
			event_id: event.id,
			properties: { test: ['string_property'] },
		});
		expect(item.json).toMatchObject({ event_id: event.id, deleted: { test: ['string_property'] } });
		expect(event.properties).toEqual({});
		expect(fake.callsOf('get_chat')).toEqual([]);
	});
});
