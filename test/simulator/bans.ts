/**
 * Customer bans on the Configuration API (new in v3.6): list_customer_bans (license-wide, no
 * pagination) and unban_customer by exactly one of `ip` or `customer_id`. Bans themselves come
 * from the Agent Chat API's ban_customer (api.ts). Facts: livechat-api-conversations.md §6.
 */
import type { MethodGroup } from './calls';
import { notFound, validation } from './errors';
import { ADMIN, time } from './state';

const DAY_MS = 86_400_000;

export const banMethods: MethodGroup = {
	agent: {},
	configuration: {
		list_customer_bans({ state }) {
			const customerBans = [...state.customers.values()]
				.filter((customer) => customer.ban)
				.map((customer) => {
					const bannedAt = Date.parse(customer.ban!.banned_at.replace(/(\.\d{3})\d+/, '$1'));
					return {
						ip: String(customer.visit.ip ?? ''),
						customer_id: customer.id,
						agent_id: ADMIN.email,
						created_at: customer.ban!.banned_at,
						expires_at: time(bannedAt + customer.ban!.days * DAY_MS),
					};
				});
			return [...state.ipBans, ...customerBans];
		},
		unban_customer({ state, body }) {
			const { ip, customer_id: customerId } = body as { ip?: unknown; customer_id?: unknown };
			if ((ip === undefined) === (customerId === undefined))
				throw validation('Exactly one of `ip` or `customer_id` is required');
			if (customerId !== undefined) {
				const customer = state.customers.get(String(customerId));
				if (!customer?.ban) throw notFound(`No ban for customer ${String(customerId)}`);
				delete customer.ban;
				return {};
			}
			const before = state.ipBans.length;
			state.ipBans = state.ipBans.filter((ban) => ban.ip !== ip);
			const customers = [...state.customers.values()].filter(
				(customer) => customer.ban && customer.visit.ip === ip,
			);
			for (const customer of customers) delete customer.ban;
			if (state.ipBans.length === before && !customers.length)
				throw notFound(`No ban for IP ${String(ip)}`);
			return {};
		},
	},
};
