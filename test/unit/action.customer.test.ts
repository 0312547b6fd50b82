import { AGENT_PAT, CUSTOMER_ID } from '../simulator/state';
import { FakeLiveChat } from '../helpers/fakeLiveChat';
import { failingRun, runNode } from '../helpers/runNode';

const customer = (operation: string, parameters: Record<string, unknown> = {}) => ({
	resource: 'customer',
	operation,
	customerId: CUSTOMER_ID,
	...parameters,
});

describe('Customer → Get', () => {
	it('returns the customer LiveChat answers', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(customer('get'));
		expect(fake.callsOf('get_customer')[0].body).toEqual({ id: CUSTOMER_ID });
		expect(item.json).toMatchObject({
			id: CUSTOMER_ID,
			name: 'Thomas Anderson',
			email: 't.anderson@example.com',
			visit: { geolocation: { country: 'Poland' } },
			chat_ids: ['PJ0MRSHTDG'],
		});
	});

	it('says which customer does not exist', async () => {
		new FakeLiveChat();
		const error = await failingRun(customer('get', { customerId: 'no-such-customer' }));
		expect(error.message).toBe('LiveChat could not find customer no-such-customer (get_customer)');
	});
});

describe('Customer → Update', () => {
	it('sends only the fields added, with session fields as single-key objects in order', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			customer('update', {
				updateFields: {
					name: 'Tom Anderson',
					phone_number: '+48123456789',
					address: { value: { city: 'Wroclaw', country: 'Poland', state: '' } },
					sessionFields: {
						field: [
							{ key: 'plan', value: 'Enterprise' },
							{ key: 'orders', value: '12' },
							{ key: ' ', value: 'dropped: no key' },
						],
					},
				},
			}),
		);
		const expected = {
			id: CUSTOMER_ID,
			name: 'Tom Anderson',
			phone_number: '+48123456789',
			address: { city: 'Wroclaw', country: 'Poland' },
			session_fields: [{ plan: 'Enterprise' }, { orders: '12' }],
		};
		expect(fake.callsOf('update_customer')[0].body).toEqual(expected);
		expect(item.json).toEqual(expected);
		expect(fake.simulator.state.customers.get(CUSTOMER_ID)).toMatchObject({
			name: 'Tom Anderson',
			email: 't.anderson@example.com',
			session_fields: [{ plan: 'Enterprise' }, { orders: '12' }],
		});
	});

	it('refuses an update without fields before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(customer('update', { updateFields: {} }));
		expect(error.message).toBe('No field to update');
		expect(fake.calls).toHaveLength(0);
	});

	it('passes on what LiveChat found invalid', async () => {
		new FakeLiveChat();
		const error = await failingRun(customer('update', { updateFields: { phone_number: '123' } }));
		expect(error.message).toBe('LiveChat rejected the request to update_customer as invalid');
		expect(error.description).toContain('E.164');
	});
});

describe('Customer → Ban', () => {
	it('bans for the given days', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(customer('ban', { days: 3 }));
		expect(fake.callsOf('ban_customer')[0].body).toEqual({ id: CUSTOMER_ID, ban: { days: 3 } });
		expect(item.json).toEqual({ id: CUSTOMER_ID, banned: true, days: 3 });
		expect(fake.simulator.state.customers.get(CUSTOMER_ID)?.ban?.days).toBe(3);
	});

	it('refuses a fractional number of days', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(customer('ban', { days: 1.5 }));
		expect(error.message).toBe('Days must be a whole number of 1 or more');
		expect(fake.calls).toHaveLength(0);
	});

	it('names the ban scope when the credential lacks it', async () => {
		const fake = new FakeLiveChat();
		// A normal agent's token: chats--access:rw and customers:ro only.
		const agentToken = {
			accountId: AGENT_PAT.accountId,
			accessToken: AGENT_PAT.token,
			clientId: 'x',
		};
		const error = await failingRun(
			{ ...customer('ban', { days: 1 }), authentication: 'accessToken' },
			{ credentials: { liveChatApi: agentToken } },
		);
		expect(error.message).toBe('The LiveChat user of this credential may not call ban_customer');
		expect(error.description).toContain('It needs the scope customers.ban:rw');
		expect(error.description).toContain('administrator');
		expect(fake.callsOf('ban_customer')).toHaveLength(1);
		expect(fake.simulator.state.customers.get(CUSTOMER_ID)?.ban).toBeUndefined();
	});
});
