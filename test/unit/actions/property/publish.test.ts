import { operationParameters } from '../../../helpers/actionParameters';
import { CLIENT_ID } from '../../../helpers/contexts';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

const property = operationParameters('property');

describe('Property → Publish', () => {
	it('publishes a property with the access other apps get', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.registeredProperties.set(CLIENT_ID, {
			order_id: { type: 'string', writable: true, access: { chat: { agent: ['read'] } } },
		});
		const [item] = await runNode(property('publish', { name: 'order_id', accessType: ['read'] }));
		const request = { name: 'order_id', owner_client_id: CLIENT_ID, access_type: ['read'] };
		expect(fake.callsOf('publish_property')[0].body).toEqual(request);
		expect(item.json).toEqual(request);
		expect(
			fake.simulator.state.registeredProperties.get(CLIENT_ID)?.order_id.public_access,
		).toEqual(['read']);
	});

	it('names the property LiveChat does not know', async () => {
		new FakeLiveChat();
		const error = await failingRun(property('publish', { name: 'nope', accessType: ['read'] }));
		expect(error.message).toBe('LiveChat could not find property "nope" (publish_property)');
	});
});
