/**
 * Customer bans on the Configuration API (new in v3.6): list_customer_bans (license-wide, no
 * filters, no pagination: every active ban) and unban_customer by exactly one of `ip` or
 * `customer_id`. Bans themselves come from the Agent Chat API's ban_customer (api.ts), which keeps
 * the ban on the customer; bans known only by IP are `state.ipBans`.
 * Facts: livechat-api-conversations.md §6.
 */
import type { MethodGroup } from './calls';
import { notFound, validation } from './errors';
import type { LiveChatState } from './state';
import { ADMIN, time } from './state';

const DAY_MS = 86_400_000;
const timeOf = (value: string) => Date.parse(value.replace(/(\.\d{3})\d+/, '$1'));

interface BanEntry {
	ip: string;
	customer_id?: string;
	agent_id: string;
	thread_id?: string;
	created_at: string;
	expires_at: string;
}

/** Every ban that has not expired: by IP only first, then by customer. */
export function activeBans(state: LiveChatState): BanEntry[] {
	const byCustomer = [...state.customers.values()]
		.filter((customer) => customer.ban)
		.map((customer): BanEntry => {
			const ban = customer.ban!;
			return {
				ip: String(customer.visit.ip ?? ''),
				customer_id: customer.id,
				agent_id: ban.agent_id ?? ADMIN.email,
				...(ban.thread_id && { thread_id: ban.thread_id }),
				created_at: ban.banned_at,
				expires_at: time(timeOf(ban.banned_at) + ban.days * DAY_MS),
			};
		});
	return [...state.ipBans, ...byCustomer].filter((ban) => timeOf(ban.expires_at) > Date.now());
}

function text(value: unknown, field: string) {
	if (value === undefined) return undefined;
	if (typeof value !== 'string' || !value.trim())
		throw validation(`\`${field}\` must be a non-empty string`);
	return value;
}

export const banMethods: MethodGroup = {
	agent: {},
	configuration: {
		list_customer_bans({ state }) {
			return activeBans(state);
		},
		unban_customer({ state, body }) {
			const ip = text(body.ip, 'ip');
			const customerId = text(body.customer_id, 'customer_id');
			if ((ip === undefined) === (customerId === undefined))
				throw validation('Exactly one of `ip` or `customer_id` is required');
			const active = activeBans(state);
			if (customerId !== undefined) {
				if (!active.some((ban) => ban.customer_id === customerId))
					throw notFound(`No ban for customer ${customerId}`);
				delete state.customers.get(customerId)!.ban;
				return {};
			}
			if (!active.some((ban) => ban.ip === ip)) throw notFound(`No ban for IP ${ip}`);
			// Lifting an IP's ban lifts it for every customer banned with that IP.
			state.ipBans = state.ipBans.filter((ban) => ban.ip !== ip);
			for (const customer of state.customers.values())
				if (customer.ban && customer.visit.ip === ip) delete customer.ban;
			return {};
		},
	},
};
