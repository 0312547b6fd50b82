import nock from 'nock';

import { LiveChatSimulator } from '../simulator/server';
import type { Webhook } from '../simulator/state';
import { ALL_SCOPES, APP_CLIENT_ID } from '../simulator/state';
import { API_URL, networkFaults, PAT_CREDENTIALS } from './contexts';

export interface RecordedCall {
	api: string;
	method: string;
	body: Record<string, unknown>;
	headers: Record<string, string | string[] | undefined>;
}

interface LiveChatError {
	status: number;
	type: string;
	message?: string;
	data?: Record<string, unknown>;
}

/**
 * The LiveChat simulator behind nock at LiveChat's own URL, for unit tests: the same rules as the
 * end-to-end suite (3 webhooks per action, no secrets listed, not_found, regions, scopes), answered
 * in-process. It trusts the test contexts' tokens, records every call with its headers, and can
 * fail calls on demand.
 */
export class FakeLiveChat {
	readonly simulator = new LiveChatSimulator();
	calls: RecordedCall[] = [];

	constructor(baseUrl = API_URL) {
		const { accountId, accessToken } = PAT_CREDENTIALS;
		this.simulator.state.addPat(String(accountId), String(accessToken), ALL_SCOPES);
		const answerApi = this.api.bind(this);
		const answerVisitorDetails = this.visitorDetails.bind(this);
		// One persistent interceptor, so that nock.isDone() speaks only of a test's own ones.
		nock(baseUrl)
			.persist()
			.post(
				/^\/(v3\.6\/((configuration|agent)\/action|reports\/[a-z_]+)\/[a-z_]+|visitors\/[^/]+\/details)$/,
			)
			.reply(function (uri, body) {
				const headers = this.req.headers as RecordedCall['headers'];
				const answer = uri.startsWith('/visitors/')
					? answerVisitorDetails(uri, body, headers)
					: answerApi(uri, body, headers);
				return [answer.status, answer.body as nock.ReplyBody];
			});
	}

	/** Gives the tests' Personal Access Token (PAT_CREDENTIALS) these scopes instead. */
	grantPat(scopes: string[]) {
		const { accountId, accessToken } = PAT_CREDENTIALS;
		this.simulator.state.addPat(String(accountId), String(accessToken), scopes);
	}

	private api(uri: string, body: unknown, headers: RecordedCall['headers']) {
		const [, version, api, group, action] = uri.split('/');
		// Reports are named `<resource>/<action>`; the other APIs `action/<method>`.
		const method = api === 'reports' ? `${group}/${action}` : action;
		this.calls.push({ api, method, body: (body ?? {}) as Record<string, unknown>, headers });
		const authorization = String(headers.authorization ?? '');
		if (authorization.startsWith('Bearer ')) this.simulator.accounts.trust(authorization.slice(7));
		return this.simulator.answerApi({
			version: version.slice(1),
			api,
			method,
			authorization,
			xRegion: headers['x-region'] as string | undefined,
			body: typeof body === 'string' ? rawText(body, headers) : JSON.stringify(body ?? {}),
			contentType: headers['content-type'] as string | undefined,
		});
	}

	private visitorDetails(uri: string, body: unknown, headers: RecordedCall['headers']) {
		const raw = typeof body === 'string' ? body : JSON.stringify(body ?? {});
		this.calls.push({ api: 'v2', method: 'add_visitor_details', body: { raw }, headers });
		return this.simulator.answerVisitorDetails({
			visitorId: decodeURIComponent(uri.split('/')[2]),
			apiVersion: headers['x-api-version'] as string | undefined,
			contentType: String(headers['content-type'] ?? ''),
			raw,
		});
	}

	get webhooks(): Webhook[] {
		return this.simulator.state.webhooks;
	}

	set webhooks(webhooks: Webhook[]) {
		this.simulator.state.webhooks = webhooks;
	}

	get licenseWebhooksEnabled() {
		return this.simulator.state.licenseWebhooksEnabled.get(APP_CLIENT_ID) === true;
	}

	set licenseWebhooksEnabled(enabled: boolean) {
		this.simulator.state.licenseWebhooksEnabled.set(APP_CLIENT_ID, enabled);
	}

	/** The license's region: requests without this X-Region get misdirected_request naming it. */
	set requiredRegion(region: string) {
		this.simulator.state.region = region;
	}

	/** Makes the next `times` calls of `method` fail with LiveChat's error envelope. */
	failNext(method: string, error: LiveChatError, times = 1) {
		this.simulator.faults.methodFaults.push({ method, ...error, times });
	}

	/** Makes the `nth` call (counting from 1, from now) of `method` fail with an error envelope. */
	failCall(method: string, nth: number, error: LiveChatError) {
		this.simulator.faults.methodFaults.push({ method, ...error, times: 1, skip: nth - 1 });
	}

	/** Makes the next `times` calls of `method` fail without an answer (not recorded as calls). */
	dropNext(method: string, networkCode = 'ETIMEDOUT', times = 1) {
		const url = new RegExp(`/v3\\.6/(configuration|agent)/action/${method}$`);
		networkFaults.push({ url, code: networkCode, times });
	}

	/**
	 * Makes the next `times` calls of `method` (a report like `chats/total_chats` too) reach
	 * LiveChat, which does them, and lose the answer on its way back.
	 */
	loseAnswersOf(method: string, networkCode = 'ECONNRESET', times = 1) {
		const url = new RegExp(`/v3\\.6/((configuration|agent)/action|reports)/${method}$`);
		networkFaults.push({ url, code: networkCode, times, afterSending: true });
	}

	/** Registers a webhook directly, as another workflow or an earlier crash would have. */
	seed(webhook: Pick<Webhook, 'url' | 'action' | 'secret_key'> & Partial<Webhook>) {
		return this.simulator.seedWebhook(webhook);
	}

	callsOf(method: string) {
		return this.calls.filter((call) => call.method === method);
	}
}

/**
 * nock hands over a body as UTF-8 text, or as hex when its bytes are not UTF-8; the simulator
 * reads a multipart body (a file) byte for byte, as latin1, like its HTTP server does.
 */
function rawText(body: string, headers: RecordedCall['headers']) {
	if (!String(headers['content-type'] ?? '').startsWith('multipart/')) return body;
	const bytes = /^([0-9a-f]{2})+$/i.test(body) ? Buffer.from(body, 'hex') : Buffer.from(body);
	return bytes.toString('latin1');
}
