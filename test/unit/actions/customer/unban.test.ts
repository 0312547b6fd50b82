/**
 * Customer → Unban against the simulated Configuration API (v3.6 unban_customer): a ban lifted
 * by customer or by IP, exactly one of customer ID or IP sent, and LiveChat's refusals explained.
 */
import { asPat, operationParameters } from '../../../helpers/actionParameters';
import { PAT_CREDENTIALS } from '../../../helpers/contexts';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { CUSTOMER_ID } from '../../../simulator/state';

const customer = operationParameters('customer', { authentication: 'accessToken' });

describe('Customer → Unban', () => {
	it('lifts a ban by customer ID or by IP, sending exactly one of them', async () => {
		const fake = new FakeLiveChat();
		await runNode(customer('ban', { customerId: CUSTOMER_ID, days: 3 }), asPat);
		const [{ ip }] = fake.simulator.state.ipBans;
		const byCustomer = await runNode(
			customer('unban', { unbanBy: 'customerId', customerId: CUSTOMER_ID, ip: 'ignored' }),
			asPat,
		);
		expect(byCustomer.map((item) => item.json)).toEqual([
			{ customer_id: CUSTOMER_ID, unbanned: true },
		]);
		expect(fake.simulator.state.customers.get(CUSTOMER_ID)!.ban).toBeUndefined();
		const byIp = await runNode(customer('unban', { unbanBy: 'ip', ip, customerId: 'x' }), asPat);
		expect(byIp.map((item) => item.json)).toEqual([{ ip, unbanned: true }]);
		expect(fake.simulator.state.ipBans).toEqual([]);
		expect(fake.callsOf('unban_customer').map((call) => call.body)).toEqual([
			{ customer_id: CUSTOMER_ID },
			{ ip },
		]);
		expect(await runNode(customer('getManyBans', { returnAll: true }), asPat)).toEqual([]);
	});

	it('says so when there is no such ban', async () => {
		new FakeLiveChat();
		const error = await failingRun(customer('unban', { unbanBy: 'ip', ip: '192.0.2.44' }), asPat);
		expect(error.message).toContain('could not find');
		expect(error.description).toContain('No ban for IP 192.0.2.44');
	});

	it('asks for the customer ID or IP before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(customer('unban', { unbanBy: 'ip', ip: '  ' }), asPat);
		expect(error.message).toMatch(/IP Address/);
		expect(fake.calls).toEqual([]);
	});

	it('names banlist_write when the token lacks it', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.addPat('reader', 'token', ['banlist_read']);
		const error = await failingRun(
			customer('unban', { unbanBy: 'customerId', customerId: CUSTOMER_ID }),
			{
				credentials: {
					liveChatApi: { ...PAT_CREDENTIALS, accountId: 'reader', accessToken: 'token' },
				},
			},
		);
		expect(error.description).toContain('banlist_write');
	});
});
