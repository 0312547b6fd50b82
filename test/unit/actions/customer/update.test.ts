import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { CUSTOMER_ID } from '../../../simulator/state';

const customer = operationParameters('customer', { customerId: CUSTOMER_ID });

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
