/**
 * The simulator's customer bans follow LiveChat's documented contract
 * (livechat-api-conversations.md §6): bans listed license-wide (IP-only ones and customers banned
 * with ban_customer, expired ones left out) and lifted by exactly one of IP or customer ID, with
 * `banlist_read` and `banlist_write`.
 */
import { basic, SMITH } from '../helpers/simulatorCalls';
import { LiveChatSimulator } from './server';
import { ADMIN, AGENT_PAT, CUSTOMER_ID, LIVE_CHAT_ID, currentThread, time } from './state';

const JONES = basic(AGENT_PAT.accountId, AGENT_PAT.token);

interface Answer {
	error?: { type: string; message: string };
	[key: string]: unknown;
}

let sim: LiveChatSimulator;
beforeEach(() => {
	sim = new LiveChatSimulator();
});

function configuration(method: string, body: object, authorization = SMITH) {
	const answer = sim.answerApi({
		version: '3.6',
		api: 'configuration',
		method,
		authorization,
		body: JSON.stringify(body),
	});
	return { status: answer.status, body: answer.body as Answer & Answer[] };
}

describe('Customer bans', () => {
	const ban = (id: string, days: number, authorization = SMITH) =>
		sim.answerApi({
			version: '3.6',
			api: 'agent',
			method: 'ban_customer',
			authorization,
			body: JSON.stringify({ id, ban: { days } }),
		});

	it('lists every active ban of the license: IP-only ones and customers banned with ban_customer', () => {
		expect(ban(CUSTOMER_ID, 2).status).toBe(200);
		const { status, body } = configuration('list_customer_bans', {});
		expect(status).toBe(200);
		const [byIp, byCustomer] = body;
		expect(byIp).toEqual({
			ip: sim.state.ipBans[0].ip,
			agent_id: expect.any(String),
			created_at: expect.any(String),
			expires_at: expect.any(String),
		});
		const banned = sim.state.customers.get(CUSTOMER_ID)!;
		expect(byCustomer).toEqual({
			ip: banned.visit.ip,
			customer_id: CUSTOMER_ID,
			agent_id: ADMIN.email,
			thread_id: currentThread(sim.state.chats.get(LIVE_CHAT_ID)!).id,
			created_at: banned.ban!.banned_at,
			expires_at: expect.any(String),
		});
		const days =
			(Date.parse(byCustomer.expires_at as string) - Date.parse(byCustomer.created_at as string)) /
			86_400_000;
		expect(Math.round(days)).toBe(2);
	});

	it('leaves expired bans out', () => {
		sim.state.ipBans[0].expires_at = time(Date.now() - 1000);
		expect(configuration('list_customer_bans', {}).body).toEqual([]);
	});

	it('lifts a ban by exactly one of ip or customer_id; not_found when there is none', () => {
		ban(CUSTOMER_ID, 2);
		const type = (body: object) => configuration('unban_customer', body).body.error?.type;
		expect(type({})).toBe('validation');
		expect(type({ ip: sim.state.ipBans[0].ip, customer_id: CUSTOMER_ID })).toBe('validation');
		expect(type({ ip: '' })).toBe('validation');
		expect(type({ customer_id: 'no-such-customer' })).toBe('not_found');
		expect(type({ ip: '192.0.2.99' })).toBe('not_found');
		expect(configuration('unban_customer', { customer_id: CUSTOMER_ID }).body).toEqual({});
		expect(sim.state.customers.get(CUSTOMER_ID)!.ban).toBeUndefined();
		expect(type({ customer_id: CUSTOMER_ID })).toBe('not_found');
		expect(configuration('unban_customer', { ip: sim.state.ipBans[0].ip }).body).toEqual({});
		expect(configuration('list_customer_bans', {}).body).toEqual([]);
	});

	it('needs banlist_read to list and banlist_write to lift', () => {
		sim.state.addPat('reader', 'token', ['banlist_read']);
		const reader = basic('reader', 'token');
		expect(configuration('list_customer_bans', {}, reader).status).toBe(200);
		const lift = configuration('unban_customer', { ip: sim.state.ipBans[0].ip }, reader);
		expect(lift.status).toBe(403);
		expect(lift.body.error?.message).toContain('banlist_write');
		expect(configuration('list_customer_bans', {}, JONES).body.error?.message).toContain(
			'banlist_read',
		);
	});
});
