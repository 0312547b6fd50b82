/**
 * The LiveChat API simulator: one loopback HTTP server answering
 * - `POST /v3.6/{configuration|agent}/action/<method>` (Bearer or Basic auth, X-Region, scopes),
 * - the Accounts endpoints (`GET /`, `POST /authorize`, `POST /v2/token`, `GET /v2/info`),
 * - a control API under `/_sim/` for tests: state, recorded calls and deliveries, faults, emitting
 *   webhook events (one, or many in a row for load tests: `POST /_sim/emit-many`).
 */
import http from 'http';
import type { AddressInfo } from 'net';

import { Accounts, OAuthError } from './accounts';
import type { Call, Caller } from './calls';
import { METHODS } from './api';
import type { LegacyEmitOptions, LegacyTarget } from './legacy';
import { addVisitorDetails, buildLegacyWebhook, LegacyError, validateTarget } from './legacy';
import { Deliverer, type Delivery, type DeliverySettings } from './delivery';
import { LiveChatError } from './errors';
import { Pages } from './pagination';
import { answerReport } from './reports';
import { readUpload } from './content';
import { BOT_TOKEN_SCOPES } from './bots';
import type { RequiredScope } from './scopes';
import { ANY_SCOPE, describeScope, hasScope, REQUIRED_SCOPE } from './scopes';
import { APP_CLIENT_ID, LiveChatState, newId, type Webhook } from './state';
import { buildEvent, type EmitOptions } from './webhookEvents';

export interface MethodFault {
	method: string;
	type?: string;
	status?: number;
	message?: string;
	data?: Record<string, unknown>;
	/** How many calls fail; unset = until the faults are cleared. */
	times?: number;
	/** How many calls get through before the fault starts. */
	skip?: number;
}

/** An API request as the simulator reads it, whichever way it arrived (HTTP or a test's nock). */
export interface ApiRequest {
	version: string;
	api: string;
	method: string;
	authorization: string;
	xRegion?: string;
	/** The raw JSON body (a multipart body as latin1 text). */
	body: string;
	contentType?: string;
}

/** "The answer is lost": the next `count` calls of `method` are carried out, their answer is not. */
export interface LostAnswer {
	method: string;
	count: number;
}

export interface Faults {
	/** `too_many_requests` once more than this many API calls arrive within one second. */
	rateLimitPerSecond?: number;
	methodFaults: MethodFault[];
	/** Delay before answering, per method (`*` for all): a slow answer. */
	slowMethods: Record<string, number>;
	/**
	 * Lost answers, per method: the call is performed as usual (recorded in calls with
	 * `answer_lost`, state changed, webhooks fired), then the connection is destroyed without an
	 * answer, as when a response is lost on the way back.
	 */
	lostAnswers: LostAnswer[];
	/** How long new registrations take to fire (LiveChat: up to 2 minutes). */
	propagationDelayMs: number;
}

export interface EmitManyOptions {
	count: number;
	/** Deliveries pending at most (retries included); default 16. */
	inFlight?: number;
	/** The number in the first event's text; default 1. */
	from?: number;
}

export interface RecordedCall {
	at: string;
	api: string;
	method: string;
	status: number;
	error_type?: string;
	auth: 'bearer' | 'basic' | 'none';
	x_region?: string;
	body: Record<string, unknown>;
	/** The call was carried out but its answer was lost (the `lostAnswers` fault). */
	answer_lost?: true;
}

const noFaults = (): Faults => ({
	methodFaults: [],
	slowMethods: {},
	lostAnswers: [],
	propagationDelayMs: 0,
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class LiveChatSimulator {
	readonly state = new LiveChatState();
	readonly deliverer = new Deliverer(this.state);
	readonly accounts = new Accounts(this.state);
	readonly pages = new Pages();
	faults = noFaults();
	calls: RecordedCall[] = [];
	private recentCalls: number[] = [];
	private server?: http.Server;

	/** Starts listening on 127.0.0.1 (port 0 = any free port); resolves with the base URL. */
	async start(port = 0) {
		this.server = http.createServer((request, response) => {
			this.handle(request, response).catch((error) => {
				send(response, 500, { error: { type: 'internal', message: String(error) } });
			});
		});
		this.server.keepAliveTimeout = 1000;
		await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
		return this.url;
	}

	get url() {
		return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
	}

	async stop() {
		await this.deliverer.settled();
		this.server?.closeAllConnections();
		await new Promise((resolve) => this.server?.close(resolve));
	}

	reset() {
		this.state.reset();
		this.deliverer.reset();
		this.accounts.reset();
		this.pages.reset();
		this.faults = noFaults();
		this.calls = [];
	}

	/** What LiveChat would still know after `npm run dev` restarts: registrations and tokens. */
	snapshot() {
		return {
			webhooks: this.state.webhooks,
			legacyWebhooks: this.state.legacyWebhooks,
			licenseWebhooksEnabled: [...this.state.licenseWebhooksEnabled],
			tokens: this.accounts.snapshot(),
		};
	}

	restore(snapshot: ReturnType<LiveChatSimulator['snapshot']>) {
		this.state.webhooks = snapshot.webhooks;
		this.state.legacyWebhooks = snapshot.legacyWebhooks ?? [];
		this.state.licenseWebhooksEnabled = new Map(snapshot.licenseWebhooksEnabled);
		this.accounts.restore(snapshot.tokens);
	}

	/** Builds the event from the simulated license and delivers it to matching registrations. */
	emit(options: EmitOptions) {
		return this.deliverer.emit(options, buildEvent(this.state, options));
	}

	/**
	 * Emits `count` events one after another, each a new occurrence (a new message, chat, ...), its
	 * text (if given) numbered from `from`. At most `inFlight` of these deliveries are pending at a
	 * time, so a load test does not open thousands of connections at once; resolves once they have
	 * all been delivered or given up.
	 */
	async emitMany(options: EmitOptions, { count, inFlight = 16, from = 1 }: EmitManyOptions) {
		const all: Delivery[] = [];
		let pending: Delivery[] = [];
		for (let n = from; n < from + count; n++) {
			while (pending.length >= Math.max(1, inFlight)) {
				await sleep(2);
				pending = pending.filter((delivery) => delivery.state === 'pending');
			}
			const text = options.text === undefined ? {} : { text: `${options.text} ${n}` };
			const emitted = this.emit({ ...options, ...text });
			all.push(...emitted);
			pending.push(...emitted);
		}
		while (pending.some((delivery) => delivery.state === 'pending')) await sleep(5);
		return all;
	}

	private async handle(request: http.IncomingMessage, response: http.ServerResponse) {
		const url = new URL(request.url ?? '/', 'http://simulator');
		const raw = await readBody(request);
		const api =
			/^\/v(\d+\.\d+)\/(configuration|agent)\/action\/([a-z_]+)$/.exec(url.pathname) ??
			/^\/v(\d+\.\d+)\/(reports)\/([a-z_]+\/[a-z_]+)$/.exec(url.pathname);
		if (request.method === 'POST' && api) return await this.handleApi(request, response, api, raw);
		const details = /^\/visitors\/([^/]+)\/details$/.exec(url.pathname);
		if (request.method === 'POST' && details) {
			const answer = this.answerVisitorDetails({
				visitorId: decodeURIComponent(details[1]),
				apiVersion: request.headers['x-api-version'] as string | undefined,
				contentType: request.headers['content-type'] ?? '',
				raw,
			});
			return send(response, answer.status, answer.body);
		}
		if (url.pathname.startsWith('/_sim/'))
			return await this.handleControl(request, response, url, raw);
		return this.handleAccounts(request, response, url, raw);
	}

	private async handleApi(
		request: http.IncomingMessage,
		response: http.ServerResponse,
		match: RegExpExecArray,
		raw: string,
	) {
		const [, version, api, method] = match;
		const slow = this.faults.slowMethods[method] ?? this.faults.slowMethods['*'];
		if (slow) await sleep(slow);
		const { status, body, lost } = this.answerApi({
			version,
			api,
			method,
			authorization: request.headers.authorization ?? '',
			xRegion: request.headers['x-region'] as string | undefined,
			body: raw,
			contentType: request.headers['content-type'],
		});
		// The call happened; its answer never reaches the client.
		if (lost) return void response.destroy();
		send(response, status, body);
	}

	/**
	 * Answers one API call like LiveChat and records it. `lost`: the answer is to be lost (the
	 * `lostAnswers` fault); the HTTP server then closes the connection instead of answering.
	 */
	answerApi(request: ApiRequest): { status: number; body: unknown; lost?: true } {
		const recorded = this.calls.length;
		const answer = this.performApi(request);
		if (!this.takeLostAnswer(request.method)) return answer;
		this.calls[recorded].answer_lost = true;
		return { ...answer, lost: true };
	}

	/** Whether the answer to this call of `method` is lost, counting it against the fault. */
	private takeLostAnswer(method: string) {
		const fault = this.faults.lostAnswers.find((candidate) => candidate.method === method);
		if (!fault || fault.count <= 0) return false;
		if (--fault.count <= 0)
			this.faults.lostAnswers.splice(this.faults.lostAnswers.indexOf(fault), 1);
		return true;
	}

	private performApi(request: ApiRequest): { status: number; body: unknown } {
		const { version, api, method, authorization } = request;
		const call: RecordedCall = {
			at: new Date().toISOString(),
			api,
			method,
			status: 200,
			auth: authorization.startsWith('Bearer ')
				? 'bearer'
				: authorization.startsWith('Basic ')
					? 'basic'
					: 'none',
			x_region: request.xRegion,
			body: {},
		};
		this.calls.push(call);
		try {
			// upload_file is the one method that takes multipart/form-data (a `file` part).
			call.body =
				method === 'upload_file'
					? readUpload(request.contentType ?? '', request.body)
					: parseJson(request.body);
			if (version !== '3.6')
				throw new LiveChatError('unsupported_version', `Version ${version} is not simulated`);
			// The Reports API names a report (`chats/total_chats`) where the others name a method.
			const handler =
				api === 'reports'
					? (reportCall: Call) => answerReport(reportCall.state, method, reportCall.body)
					: METHODS[api as 'configuration' | 'agent']?.[method];
			if (!handler) throw new LiveChatError('not_found', `Method ${method} not found`);
			// Who and where first (authentication, region, scope); then limits and injected faults.
			const required = api === 'reports' ? 'reports_read' : REQUIRED_SCOPE[method];
			const caller =
				required !== undefined
					? this.authenticate(authorization, call.x_region, required)
					: { accountId: '' };
			this.checkRateLimit();
			this.injectedFault(method);
			const result = handler({
				state: this.state,
				deliverer: this.deliverer,
				pages: this.pages,
				caller,
				body: call.body,
				propagationDelayMs: this.faults.propagationDelayMs,
			});
			return { status: 200, body: result ?? {} };
		} catch (error) {
			if (!(error instanceof LiveChatError)) throw error;
			call.status = error.status;
			call.error_type = error.type;
			return { status: error.status, body: error.body };
		}
	}

	/** Registers a webhook directly, as another workflow, another app or an earlier crash would. */
	seedWebhook(webhook: Pick<Webhook, 'url' | 'action'> & Partial<Webhook>): Webhook {
		const seeded: Webhook = {
			id: newId(),
			type: 'license',
			owner_client_id: APP_CLIENT_ID,
			secret_key: newId(),
			liveFrom: 0,
			...webhook,
		};
		this.state.webhooks.push(seeded);
		return seeded;
	}

	private checkRateLimit() {
		const now = Date.now();
		this.recentCalls = this.recentCalls.filter((at) => at > now - 1000);
		this.recentCalls.push(now);
		const limit = this.faults.rateLimitPerSecond;
		if (limit !== undefined && this.recentCalls.length > limit) {
			throw new LiveChatError(
				'too_many_requests',
				'Requests limit exceeded. Unblocked automatically after some time',
			);
		}
	}

	private injectedFault(method: string) {
		const fault = this.faults.methodFaults.find((candidate) => candidate.method === method);
		if (!fault) return;
		if (fault.skip) {
			fault.skip--;
			return;
		}
		if (fault.times !== undefined && --fault.times <= 0) {
			this.faults.methodFaults.splice(this.faults.methodFaults.indexOf(fault), 1);
		}
		const status = fault.status ?? 500;
		const type = fault.type ?? (status === 503 ? 'service_unavailable' : 'internal');
		throw new LiveChatError(type, fault.message ?? 'Simulated failure', fault.data, status);
	}

	/** The v2 visitor-details call, recorded without its token (shared by HTTP and unit tests). */
	answerVisitorDetails(request: {
		visitorId: string;
		apiVersion?: string;
		contentType: string;
		raw: string;
	}): { status: number; body: unknown } {
		const { visitorId, apiVersion, contentType, raw } = request;
		const sent = contentType.includes('json')
			? Object.entries(JSON.parse(raw || '{}') as Record<string, unknown>)
			: [...new URLSearchParams(raw)];
		const { token: _token, ...body } = Object.fromEntries(sent) as Record<string, unknown>;
		const call: RecordedCall = {
			at: new Date().toISOString(),
			api: 'v2',
			method: 'add_visitor_details',
			status: 200,
			auth: 'none',
			body: { visitor_id: visitorId, ...body },
		};
		this.calls.push(call);
		try {
			return {
				status: 200,
				body: addVisitorDetails(this.state, visitorId, apiVersion, contentType, raw),
			};
		} catch (error) {
			if (!(error instanceof LegacyError)) throw error;
			call.status = error.status;
			return { status: error.status, body: { error: error.message } };
		}
	}

	/** Delivers a legacy event to every webhook set up for it in "LiveChat's settings". */
	emitLegacy(options: LegacyEmitOptions) {
		return this.state.legacyWebhooks
			.filter((target) => target.event_type === options.event_type)
			.map((target) =>
				this.deliverer.emitLegacy(target, buildLegacyWebhook(this.state, target, options)),
			);
	}

	/** Bearer (OAuth) or Basic (account id : personal access token), region, then scope. */
	private authenticate(
		authorization: string,
		xRegion: string | undefined,
		required: RequiredScope,
	): Caller {
		let caller: Caller;
		let scopes: string[];
		const botToken = authorization.startsWith('Bearer ')
			? this.state.botTokens.get(authorization.slice(7))
			: undefined;
		if (botToken) {
			if (botToken.expiresAt <= Date.now())
				throw new LiveChatError('authentication', 'Bot token expired');
			caller = { accountId: '', clientId: botToken.clientId, botId: botToken.botId };
			scopes = BOT_TOKEN_SCOPES;
		} else if (authorization.startsWith('Bearer ')) {
			const { token, problem } = this.accounts.bearer(authorization.slice(7));
			if (!token) throw new LiveChatError('authentication', problem);
			caller = { accountId: token.accountId, clientId: token.clientId };
			scopes = token.scopes;
		} else if (authorization.startsWith('Basic ')) {
			const [accountId, ...token] = Buffer.from(authorization.slice(6), 'base64')
				.toString()
				.split(':');
			const pat = this.state.pat(accountId, token.join(':'));
			if (!pat) throw new LiveChatError('authentication', 'Invalid personal access token');
			caller = { accountId };
			scopes = pat.scopes;
		} else {
			throw new LiveChatError('authentication', 'Authorization header is missing');
		}
		const region = xRegion ?? 'dal';
		if (region !== this.state.region) {
			throw new LiveChatError('misdirected_request', 'Wrong region', { region: this.state.region });
		}
		caller.scopes = scopes;
		if (required !== ANY_SCOPE && !hasScope(scopes, required)) {
			throw new LiveChatError('authorization', `Scope ${describeScope(required)} is required`, {
				required_scope: describeScope(required),
			});
		}
		return caller;
	}

	private handleAccounts(
		request: http.IncomingMessage,
		response: http.ServerResponse,
		url: URL,
		raw: string,
	) {
		try {
			if (request.method === 'GET' && url.pathname === '/') {
				response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
				response.end(this.accounts.authorizePage(url.searchParams));
				return;
			}
			if (request.method === 'POST' && url.pathname === '/authorize') {
				response.writeHead(302, { Location: this.accounts.approve(new URLSearchParams(raw)) });
				response.end();
				return;
			}
			if (request.method === 'POST' && url.pathname === '/v2/token') {
				const form = (request.headers['content-type'] ?? '').includes('json')
					? (parseJson(raw) as Record<string, string>)
					: Object.fromEntries(new URLSearchParams(raw));
				send(response, 200, this.accounts.token(form));
				return;
			}
			if (request.method === 'GET' && url.pathname === '/v2/info') {
				const bearer = (request.headers.authorization ?? '').replace(/^Bearer /, '');
				send(response, 200, this.accounts.info(bearer));
				return;
			}
			send(response, 404, {
				error: { type: 'not_found', message: `${request.method} ${url.pathname} not found` },
			});
		} catch (error) {
			if (error instanceof OAuthError)
				return send(response, error.error === 'invalid_token' ? 401 : 400, error.body);
			if (error instanceof LiveChatError) return send(response, error.status, error.body);
			throw error;
		}
	}

	private async handleControl(
		request: http.IncomingMessage,
		response: http.ServerResponse,
		url: URL,
		raw: string,
	) {
		const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
		const route = `${request.method} ${url.pathname.slice('/_sim'.length)}`;
		switch (route) {
			case 'GET /state':
				return send(response, 200, {
					region: this.state.region,
					webhooks: this.state.webhooks,
					license_webhooks_enabled: Object.fromEntries(this.state.licenseWebhooksEnabled),
					tags: this.state.tags,
					token_grants: this.accounts.grants,
					legacy_webhooks: this.state.legacyWebhooks,
					visitor_details: Object.fromEntries(this.state.visitorDetails),
				});
			case 'GET /calls': {
				const method = url.searchParams.get('method');
				return send(
					response,
					200,
					this.calls.filter((call) => !method || call.method === method),
				);
			}
			case 'GET /deliveries':
				return send(response, 200, this.deliverer.deliveries);
			case 'POST /reset':
				this.reset();
				return send(response, 200, {});
			case 'POST /faults': {
				const { delivery, ...faults } = body as Partial<Faults> & {
					delivery?: Partial<DeliverySettings>;
				};
				Object.assign(this.faults, faults);
				// Copies, so that counting them down leaves the request's own objects alone.
				this.faults.lostAnswers = (this.faults.lostAnswers ?? []).map((lost) => ({ ...lost }));
				Object.assign(this.deliverer.settings, delivery);
				return send(response, 200, { ...this.faults, delivery: this.deliverer.settings });
			}
			case 'DELETE /faults':
				this.faults = noFaults();
				return send(response, 200, {});
			case 'POST /config':
				if (typeof body.region === 'string') this.state.region = body.region;
				return send(response, 200, { region: this.state.region });
			case 'POST /emit': {
				try {
					const deliveries = this.emit(body as unknown as EmitOptions);
					if (body.wait) await this.deliverer.settled();
					return send(response, 200, deliveries);
				} catch (error) {
					if (error instanceof LiveChatError) return send(response, error.status, error.body);
					throw error;
				}
			}
			case 'POST /emit-many': {
				const { count, inFlight, from, ...options } = body as unknown as EmitOptions &
					EmitManyOptions;
				try {
					return send(response, 200, await this.emitMany(options, { count, inFlight, from }));
				} catch (error) {
					if (error instanceof LiveChatError) return send(response, error.status, error.body);
					throw error;
				}
			}
			case 'POST /settle':
				await this.deliverer.settled();
				return send(response, 200, this.deliverer.deliveries);
			case 'POST /webhooks':
				return send(response, 200, this.seedWebhook(body as { url: string; action: string }));
			case 'POST /legacy/webhooks':
				try {
					const target = validateTarget(body as Partial<LegacyTarget>);
					this.state.legacyWebhooks.push(target);
					return send(response, 200, target);
				} catch (error) {
					if (error instanceof LegacyError)
						return send(response, error.status, { error: error.message });
					throw error;
				}
			case 'POST /legacy/emit': {
				const deliveries = this.emitLegacy(body as unknown as LegacyEmitOptions);
				if (body.wait) await this.deliverer.settled();
				return send(response, 200, deliveries);
			}
			case 'POST /bot-tokens/expire': {
				for (const issued of this.state.botTokens.values()) issued.expiresAt = Date.now();
				return send(response, 200, { expired: this.state.botTokens.size });
			}
			case 'POST /oauth/expire':
				return send(response, 200, { expired: this.accounts.expireAccessTokens() });
			default:
				return send(response, 404, { error: `no control route ${route}` });
		}
	}
}

/** The body as text; multipart bodies (files) byte for byte, as latin1. */
function readBody(request: http.IncomingMessage) {
	const binary = (request.headers['content-type'] ?? '').startsWith('multipart/');
	return new Promise<string>((resolve, reject) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => resolve(Buffer.concat(chunks).toString(binary ? 'latin1' : 'utf8')));
		request.on('error', reject);
	});
}

function parseJson(raw: string): Record<string, unknown> {
	if (!raw) return {};
	try {
		const parsed = JSON.parse(raw) as unknown;
		if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
			return parsed as Record<string, unknown>;
	} catch {
		// falls through to the validation error
	}
	throw new LiveChatError('validation', 'The request body must be a JSON object');
}

function send(response: http.ServerResponse, status: number, body: unknown) {
	const text = JSON.stringify(body ?? {});
	response.writeHead(status, {
		'Content-Type': 'application/json',
		'Content-Length': Buffer.byteLength(text),
	});
	response.end(text);
}
