/**
 * Customer → Get Many Bans and Unban against the simulated Configuration API (v3.6
 * list_customer_bans, unban_customer): license-wide bans by customer and by IP only, a limit applied
 * by the node (LiveChat does not paginate), exactly one of customer ID or IP sent, and LiveChat's
 * refusals explained.
 */
import { PAT_CREDENTIALS } from '../helpers/contexts';
import { FakeLiveChat } from '../helpers/fakeLiveChat';
import { failingRun, runNode } from '../helpers/runNode';
import { ADMIN, CUSTOMER_ID } from '../simulator/state';

const asPat = { credentials: { liveChatApi: PAT_CREDENTIALS } };
const customer = (operation: string, parameters: Record<string, unknown> = {}) => ({
	resource: 'customer',
	authentication: 'accessToken',
	operation,
	...parameters,
});

describe('Customer → Get Many Bans', () => {
	it("lists every active ban, IP-only ones too, as LiveChat gives them; the limit is the node's", async () => {
		const fake = new FakeLiveChat();
		await runNode(customer('ban', { customerId: CUSTOMER_ID, days: 3 }), asPat);
		const bans = await runNode(customer('getManyBans', { returnAll: true }), asPat);
		const [ipBan] = fake.simulator.state.ipBans;
		expect(bans.map((item) => item.json)).toEqual([
			ipBan,
			{
				ip: fake.simulator.state.customers.get(CUSTOMER_ID)!.visit.ip,
				customer_id: CUSTOMER_ID,
				agent_id: ADMIN.email,
				thread_id: expect.any(String),
				created_at: expect.any(String),
				expires_at: expect.any(String),
			},
		]);
		expect(fake.callsOf('list_customer_bans')[0].body).toEqual({});
		const one = await runNode(customer('getManyBans', { returnAll: false, limit: 1 }), asPat);
		expect(one.map((item) => item.json)).toEqual([ipBan]);
	});

	it('names banlist_read when the token lacks it', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.addPat('no-bans', 'token', ['customers.ban:rw']);
		const error = await failingRun(customer('getManyBans', { returnAll: true }), {
			credentials: {
				liveChatApi: { ...PAT_CREDENTIALS, accountId: 'no-bans', accessToken: 'token' },
			},
		});
		expect(error.description).toContain('banlist_read');
	});
});

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
