/**
 * `npm run bench:polling`: what one poll of the LiveChat Polling Trigger costs against the
 * in-process simulator — API calls by method, items, the static data it keeps and its wall time —
 * for 0, 10 and 1,000 new chats between two polls, the polls after a burst, and an idle poll with
 * 150 chats active. A measurement, not a test: it prints figures and exits 0.
 */
import { AxiosError } from 'axios';
import type { IDataObject, IHttpRequestOptions, INode, IPollFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { LiveChatPollingTrigger } from '../../nodes/LiveChat/LiveChatPollingTrigger.node';
import { OVERLAP_MS } from '../../nodes/LiveChat/polling/changes';
import type { Position } from '../../nodes/LiveChat/polling/position';
import { LiveChatSimulator } from '../simulator/server';
import { ADMIN, ADMIN_PAT } from '../simulator/state';
import { endChat, startChat } from '../simulator/traffic';

const NODE: INode = {
	id: 'c0ffee00-0000-4000-8000-000000000001',
	name: 'LiveChat Polling Trigger',
	type: 'n8n-nodes-livechat.liveChatPollingTrigger',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};
const PARAMETERS: IDataObject = {
	authentication: 'accessToken',
	events: ['incoming_chat', 'chat_deactivated'],
	groupIds: [],
	output: 'simplified',
	options: {},
};
const CREDENTIALS = {
	accountId: ADMIN.accountId,
	accessToken: ADMIN_PAT,
	apiUrl: 'https://api.livechatinc.com',
};
const AUTHORIZATION = `Basic ${Buffer.from(`${ADMIN.accountId}:${ADMIN_PAT}`).toString('base64')}`;
const POLL_INTERVAL_MS = 60_000;

// LiveChat's timestamps (the simulator's time()) and the node's clock both read Date.now.
let clock = Date.parse('2026-12-04T10:00:00.000Z');
Date.now = () => clock;
const later = (ms: number) => (clock += Math.round(ms));

/** Calls by method; list_archives by `filters.thread_ids` counted apart from the window's pages. */
type Calls = Record<'window' | 'byId' | 'list_chats' | 'other', number>;

/**
 * n8n's httpRequestWithAuthentication, answered by the simulator in-process: a JSON copy of the
 * answer, or a NodeApiError around an AxiosError holding the response, which the transport reads.
 */
function answer(sim: LiveChatSimulator, request: IHttpRequestOptions, calls: Calls) {
	const [, version, api, , method] = new URL(request.url).pathname.split('/');
	const body = (request.body ?? {}) as IDataObject;
	if (method === 'list_chats') calls.list_chats++;
	else if (method !== 'list_archives') calls.other++;
	else if ((body.filters as IDataObject | undefined)?.thread_ids) calls.byId++;
	else calls.window++;
	const { status, body: data } = sim.answerApi({
		version: version.slice(1),
		api,
		method,
		authorization: AUTHORIZATION,
		body: JSON.stringify(body),
	});
	const copy: unknown = JSON.parse(JSON.stringify(data));
	if (status === 200) return copy;
	const response = { status, statusText: '', headers: {}, config: {}, data: copy };
	const error = new AxiosError(`Request failed with status code ${status}`, 'ERR_BAD_REQUEST');
	error.response = response as never;
	throw new NodeApiError(NODE, error as never);
}

class Instance {
	readonly sim = new LiveChatSimulator();
	private readonly trigger = new LiveChatPollingTrigger();
	/** As n8n keeps it between polls: stored as JSON. */
	private savedStaticData = '{}';

	async poll() {
		const calls: Calls = { window: 0, byId: 0, list_chats: 0, other: 0 };
		const staticData = JSON.parse(this.savedStaticData) as IDataObject;
		const context = {
			getNode: () => NODE,
			getNodeParameter: (name: string, fallback?: unknown) => PARAMETERS[name] ?? fallback,
			getWorkflowStaticData: () => staticData,
			getCredentials: async () => CREDENTIALS,
			getMode: () => 'trigger',
			getTimezone: () => 'UTC',
			helpers: {
				httpRequestWithAuthentication: async (_type: string, request: IHttpRequestOptions) =>
					answer(this.sim, request, calls),
			},
		} as unknown as IPollFunctions;
		const started = process.hrtime.bigint();
		const result = await this.trigger.poll.call(context);
		const ms = Number(process.hrtime.bigint() - started) / 1e6;
		this.savedStaticData = JSON.stringify(staticData);
		const position = staticData.position as unknown as Position;
		return {
			calls,
			items: result?.[0]?.length ?? 0,
			bytes: JSON.stringify(position).length,
			open: Object.keys(position.open).length,
			ended: Object.keys(position.ended).length,
			ms,
		};
	}

	/** `count` chats started evenly over one poll interval; every other one ended, if `endHalf`. */
	traffic(count: number, endHalf = true) {
		const step = POLL_INTERVAL_MS / (count + 1);
		const started = [];
		for (let n = 0; n < count; n++) {
			later(step);
			started.push(startChat(this.sim).chatId);
		}
		if (endHalf) started.forEach((chatId, n) => n % 2 === 0 && endChat(this.sim, chatId));
		later(POLL_INTERVAL_MS - step * count);
	}
}

type Measured = Awaited<ReturnType<Instance['poll']>>;
const rows: Array<{ label: string; newChats: number; measured: Measured }> = [];
const record = (label: string, newChats: number, measured: Measured) =>
	rows.push({ label, newChats, measured });

async function main() {
	for (const count of [0, 10, 1_000]) {
		const instance = new Instance();
		await instance.poll();
		instance.traffic(count);
		record(`${count} new (half ended)`, count, await instance.poll());
		if (count < 1_000) continue;
		later(POLL_INTERVAL_MS);
		record('  idle, next poll', 0, await instance.poll());
		// The window follows the newest thread the archives listed, not the clock: only a new
		// thread moves it past the burst.
		later(OVERLAP_MS + POLL_INTERVAL_MS);
		record('  idle, 12 min after', 0, await instance.poll());
		instance.traffic(1);
		record('  1 new (ended)', 1, await instance.poll());
		later(POLL_INTERVAL_MS);
		record('  idle, steady state', 0, await instance.poll());
	}

	// 150 chats active from before activation: the window does not list them, activation reads
	// them by id once; later polls page through list_chats only.
	const busy = new Instance();
	busy.traffic(150, false);
	later(OVERLAP_MS + POLL_INTERVAL_MS);
	record('150 active: activation', 0, await busy.poll());
	later(POLL_INTERVAL_MS);
	record('150 active: idle poll', 0, await busy.poll());

	const header = 'case|window|by id|list_chats|calls|per new|items|position B|open/ended|ms'.split(
		'|',
	);
	const table = rows.map(({ label, newChats, measured: m }) => {
		const total = m.calls.window + m.calls.byId + m.calls.list_chats + m.calls.other;
		return [
			label,
			String(m.calls.window),
			String(m.calls.byId),
			String(m.calls.list_chats),
			String(total) + (m.calls.other ? ` (${m.calls.other} other)` : ''),
			newChats ? (total / newChats).toFixed(3) : '–',
			String(m.items),
			String(m.bytes),
			`${m.open}/${m.ended}`,
			m.ms.toFixed(1),
		];
	});
	const widths = header.map((title, i) =>
		Math.max(title.length, ...table.map((row) => row[i].length)),
	);
	const line = (cells: string[]) =>
		cells
			.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
			.join('  ');
	console.log(
		`LiveChat Polling Trigger, one poll each (poll every ${POLL_INTERVAL_MS / 1000} s, overlap ${OVERLAP_MS / 60_000} min; the seed license has 1 chat active)`,
	);
	console.log('window, by id: list_archives from `since` (pages of 100), by filters.thread_ids');
	console.log(line(header));
	for (const row of table) console.log(line(row));
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
