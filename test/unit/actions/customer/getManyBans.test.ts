/**
 * Customer → Get Many Bans against the simulated Configuration API (v3.6 list_customer_bans):
 * license-wide bans by customer and by IP only, a limit applied by the node (LiveChat does not
 * paginate), and LiveChat's refusal explained.
 */
import { asPat, operationParameters } from '../../../helpers/actionParameters';
import { PAT_CREDENTIALS } from '../../../helpers/contexts';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { ADMIN, CUSTOMER_ID } from '../../../simulator/state';

const customer = operationParameters('customer', { authentication: 'accessToken' });

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
