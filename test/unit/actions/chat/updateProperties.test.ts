import { NodeApiError } from 'n8n-workflow';

import { asAdmin, onLiveChat, simulatedChat } from '../../../helpers/chats';

import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { APP_CLIENT_ID, LIVE_CHAT_ID, LIVE_THREAD_ID } from '../../../simulator/state';

describe('Chat → Update Properties', () => {
	it('sets typed values of registered properties on the chat and on its latest thread', async () => {
		const fake = new FakeLiveChat();
		const properties = {
			property: [
				{ namespace: 'test', name: 'int_property', type: 'number', value: '42' },
				{ namespace: 'test', name: 'bool_property', type: 'boolean', value: 'true' },
				{ namespace: 'routing', name: 'pinned', type: 'boolean', value: 'true' },
			],
		};
		await runNode(onLiveChat('updateProperties', { level: 'chat', properties }), asAdmin);
		expect(simulatedChat(fake).chat.properties).toMatchObject({
			test: { int_property: 42, bool_property: true },
			routing: { pinned: true },
		});
		// routing.pinned is a property of chats: LiveChat refuses it on a thread.
		const inThread = await failingRun(
			onLiveChat('updateProperties', { level: 'thread', properties }),
			asAdmin,
		);
		expect(inThread.description).toContain(
			'Property routing.pinned is not writable for agents in a thread',
		);
		const threadProperties = { property: properties.property.slice(0, 2) };
		await runNode(
			onLiveChat('updateProperties', { level: 'thread', properties: threadProperties }),
			asAdmin,
		);
		expect(fake.callsOf('update_thread_properties').at(-1)!.body).toMatchObject({
			chat_id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
		});
		expect(simulatedChat(fake).thread.properties).toMatchObject({
			test: { int_property: 42, bool_property: true },
		});
		await runNode(
			onLiveChat('deleteProperties', {
				level: 'chat',
				properties: { property: [{ namespace: 'test', name: 'int_property' }] },
			}),
			asAdmin,
		);
		expect(simulatedChat(fake).chat.properties.test).toEqual({ bool_property: true });
	});

	it('refuses a value of the wrong type before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(
			onLiveChat('updateProperties', {
				properties: {
					property: [{ namespace: 'test', name: 'int_property', type: 'number', value: '4.5' }],
				},
			}),
			asAdmin,
		);
		expect(error.message).toBe('"4.5" is not a number (test.int_property)');
		expect(fake.calls).toEqual([]);
	});

	it('passes on LiveChat’s refusal of an unregistered or read-only property', async () => {
		new FakeLiveChat();
		const error = await failingRun(
			onLiveChat('updateProperties', {
				properties: {
					property: [{ namespace: 'routing', name: 'continuous', type: 'boolean', value: 'true' }],
				},
			}),
			asAdmin,
		);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.description).toContain('Property routing.continuous is read-only');
	});

	it('writes a property the app registered under its Client ID, with its registered type', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.registeredProperties.set(APP_CLIENT_ID, {
			order_id: { type: 'string', writable: true, access: { chat: { agent: ['read', 'write'] } } },
		});
		const property = (value: string, type = 'string') => ({
			property: [{ namespace: APP_CLIENT_ID, name: 'order_id', type, value }],
		});
		await runNode(onLiveChat('updateProperties', { properties: property('1234') }), asAdmin);
		expect(simulatedChat(fake).chat.properties[APP_CLIENT_ID]).toEqual({ order_id: '1234' });
		// A number for a string property: LiveChat says so.
		const wrongType = await failingRun(
			onLiveChat('updateProperties', { properties: property('1234', 'number') }),
			asAdmin,
		);
		expect(wrongType.description).toContain(`${APP_CLIENT_ID}.order_id must be of type string`);
		const unregistered = await failingRun(
			onLiveChat('updateProperties', {
				properties: { property: [{ namespace: APP_CLIENT_ID, name: 'nope', value: 'x' }] },
			}),
			asAdmin,
		);
		expect(unregistered.description).toContain(`${APP_CLIENT_ID}.nope is not registered`);
	});

	it('asks for true or false', async () => {
		const fake = new FakeLiveChat();
		const notBoolean = await failingRun(
			onLiveChat('updateProperties', {
				properties: {
					property: [{ namespace: 'test', name: 'bool_property', type: 'boolean', value: 'yes' }],
				},
			}),
			asAdmin,
		);
		expect(notBoolean.message).toBe('"yes" is not a boolean (test.bool_property)');
		expect(fake.calls).toEqual([]);
	});

	it('sets properties of one event of the latest thread (level Event)', async () => {
		const fake = new FakeLiveChat();
		const { thread } = simulatedChat(fake);
		const [event] = thread.events;
		const [item] = await runNode(
			onLiveChat('updateProperties', {
				level: 'event',
				eventId: event.id,
				properties: {
					property: [{ namespace: 'test', name: 'string_property', value: 'checked' }],
				},
			}),
			asAdmin,
		);
		const request = {
			chat_id: LIVE_CHAT_ID,
			thread_id: LIVE_THREAD_ID,
			event_id: event.id,
			properties: { test: { string_property: 'checked' } },
		};
		expect(fake.callsOf('update_event_properties')[0].body).toEqual(request);
		expect(item.json).toEqual(request);
		expect(event.properties).toEqual({ test: { string_property: 'checked' } });
	});
});
