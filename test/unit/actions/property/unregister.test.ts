import { operationParameters } from '../../../helpers/actionParameters';
import { CLIENT_ID } from '../../../helpers/contexts';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

const property = operationParameters('property');

function registered(fake: FakeLiveChat, published = false) {
	fake.simulator.state.registeredProperties.set(CLIENT_ID, {
		order_id: {
			type: 'string',
			writable: true,
			access: { chat: { agent: ['read', 'write'] } },
			...(published && { public_access: ['read'] }),
		},
	});
}

describe('Property → Unregister', () => {
	it('unregisters a property of the app', async () => {
		const fake = new FakeLiveChat();
		registered(fake);
		const [item] = await runNode(property('unregister', { name: 'order_id' }));
		expect(fake.callsOf('unregister_property')[0].body).toEqual({
			name: 'order_id',
			owner_client_id: CLIENT_ID,
		});
		expect(item.json).toEqual({ name: 'order_id', owner_client_id: CLIENT_ID, unregistered: true });
		expect(fake.simulator.state.registeredProperties.get(CLIENT_ID)).toEqual({});
	});

	it('passes on LiveChat’s refusal for a published property', async () => {
		const fake = new FakeLiveChat();
		registered(fake, true);
		const error = await failingRun(property('unregister', { name: 'order_id' }));
		expect(error.description).toContain('Published properties cannot be unregistered');
	});
});
