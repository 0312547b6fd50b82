import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { AGENT_PAT, CUSTOMER_ID } from '../../../simulator/state';

const customer = operationParameters('customer', { customerId: CUSTOMER_ID });

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
