import { operationParameters } from '../../../helpers/actionParameters';
import { CLIENT_ID } from '../../../helpers/contexts';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode } from '../../../helpers/runNode';

const property = operationParameters('property');

describe('Property → Get Many', () => {
	it("lists the app's properties, one item each with its namespace", async () => {
		const fake = new FakeLiveChat();
		const access = { chat: { agent: ['read'] } };
		fake.simulator.state.registeredProperties.set(CLIENT_ID, {
			order_id: { type: 'string', writable: true, access, public_access: ['read'] },
			tier: { type: 'int', writable: true, access, range: { from: 1, to: 3 } },
		});
		const items = await runNode(property('getMany'));
		expect(fake.callsOf('list_properties')[0].body).toEqual({ owner_client_id: CLIENT_ID });
		expect(items.map((item) => item.json)).toEqual([
			{
				namespace: CLIENT_ID,
				name: 'order_id',
				type: 'string',
				description: '',
				access,
				public_access: ['read'],
			},
			{
				namespace: CLIENT_ID,
				name: 'tier',
				type: 'int',
				description: '',
				access,
				range: { from: 1, to: 3 },
			},
		]);
	});
});
