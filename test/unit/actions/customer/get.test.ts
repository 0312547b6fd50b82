import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { CUSTOMER_ID } from '../../../simulator/state';

const customer = operationParameters('customer', { customerId: CUSTOMER_ID });

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

	it('refuses an empty customer ID before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(customer('get', { customerId: '  ' }));
		expect(error.message).toBe('Customer ID is empty');
		expect(fake.calls).toEqual([]);
	});
});
