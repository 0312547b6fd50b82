import { randomBytes } from 'crypto';
import nock from 'nock';

import type { RegisteredWebhook } from '../../nodes/LiveChat/types/livechat';
import { API_URL, networkFaults } from './contexts';

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
	data?: object;
}

/** Fails `times` calls of `method` after letting `skip` of them through. */
interface Fault {
	method: string;
	skip: number;
	times: number;
	error: LiveChatError;
}

type StoredWebhook = RegisteredWebhook & { secret_key: string };

/**
 * A stateful stand-in for LiveChat's v3.6 Configuration API behind nock: it keeps registrations,
 * enforces 3 webhooks per action per client, never lists secrets, answers unknown ids with
 * not_found and records every call. Faults can be queued per method.
 */
export class FakeLiveChat {
	webhooks: StoredWebhook[] = [];
	licenseWebhooksEnabled = true;
	calls: RecordedCall[] = [];
	/** When set, requests without this X-Region get misdirected_request naming it. */
	requiredRegion?: string;
	private faults: Fault[] = [];

	private readonly baseUrl: string;

	constructor(baseUrl = API_URL) {
		this.baseUrl = baseUrl;
		this.install();
	}

	/** The persistent interceptor that answers every call from the fake's state. */
	private install() {
		const fake = this;
		nock(this.baseUrl)
			.persist()
			.post(/^\/v3\.6\/(configuration|agent)\/action\/[a-z_]+$/)
			.reply(function (uri, body) {
				const [, , api, , method] = uri.split('/');
				const headers = this.req.headers as RecordedCall['headers'];
				const call = { api, method, body: (body ?? {}) as Record<string, unknown>, headers };
				fake.calls.push(call);
				const fault = fake.takeFault(method);
				if (fault) {
					const { status, ...error } = fault;
					return [status, { error } as nock.ReplyBody];
				}
				return fake.answer(call) as [number, nock.ReplyBody];
			});
	}

	/** Makes the next `times` calls of `method` fail with LiveChat's error envelope. */
	failNext(method: string, error: LiveChatError, times = 1) {
		this.faults.push({ method, skip: 0, times, error });
	}

	/** Makes the `nth` call (counting from 1, from now) of `method` fail with an error envelope. */
	failCall(method: string, nth: number, error: LiveChatError) {
		this.faults.push({ method, skip: nth - 1, times: 1, error });
	}

	/** Makes the next `times` calls of `method` fail without an answer (not recorded as calls). */
	dropNext(method: string, networkCode = 'ETIMEDOUT', times = 1) {
		const url = new RegExp(`/v3\\.6/(configuration|agent)/action/${method}$`);
		networkFaults.push({ url, code: networkCode, times });
	}

	/** Registers a webhook directly, as another workflow or an earlier crash would have. */
	seed(
		webhook: Omit<StoredWebhook, 'id' | 'type' | 'owner_client_id'> & { owner_client_id?: string },
	) {
		const stored: StoredWebhook = {
			id: newId(),
			type: 'license',
			owner_client_id: webhook.owner_client_id ?? '0805e283233042b37f460ed8fbf22160',
			...webhook,
		};
		this.webhooks.push(stored);
		return stored;
	}

	callsOf(method: string) {
		return this.calls.filter((call) => call.method === method);
	}

	private takeFault(method: string): LiveChatError | undefined {
		const fault = this.faults.find((f) => f.method === method);
		if (!fault) return undefined;
		if (fault.skip > 0) {
			fault.skip--;
			return undefined;
		}
		if (--fault.times === 0) this.faults.splice(this.faults.indexOf(fault), 1);
		return fault.error;
	}

	private answer({ api, method, body, headers }: RecordedCall): [number, unknown] {
		if (this.requiredRegion && headers['x-region'] !== this.requiredRegion) {
			return errorAnswer(421, 'misdirected_request', 'Wrong region', {
				region: this.requiredRegion,
			});
		}
		if (api === 'agent')
			return [200, method === 'list_chats' ? { chats_summary: [], found_chats: 0 } : {}];
		const owner = body.owner_client_id;
		if (typeof owner !== 'string') {
			return errorAnswer(400, 'validation', '`owner_client_id` is required');
		}
		switch (method) {
			case 'register_webhook': {
				for (const field of ['url', 'action', 'secret_key', 'type']) {
					if (typeof body[field] !== 'string' || body[field] === '') {
						return errorAnswer(400, 'validation', `\`${field}\` is required`);
					}
				}
				const sameAction = this.webhooks.filter(
					(w) => w.owner_client_id === owner && w.action === body.action,
				);
				if (sameAction.length >= 3) {
					return errorAnswer(400, 'limit_reached', 'Webhooks limit reached');
				}
				const stored = { ...(body as unknown as StoredWebhook), id: newId() };
				this.webhooks.push(stored);
				return [200, { id: stored.id }];
			}
			case 'list_webhooks':
				return [
					200,
					this.webhooks
						.filter((w) => w.owner_client_id === owner)
						.map(({ secret_key: _secret, ...listed }) => listed),
				];
			case 'unregister_webhook': {
				const index = this.webhooks.findIndex(
					(w) => w.id === body.id && w.owner_client_id === owner,
				);
				if (index === -1) return errorAnswer(404, 'not_found', 'Webhook not found');
				this.webhooks.splice(index, 1);
				return [200, {}];
			}
			case 'get_license_webhooks_state':
				return [200, { license_webhooks_enabled: this.licenseWebhooksEnabled }];
			case 'enable_license_webhooks':
				this.licenseWebhooksEnabled = true;
				return [200, {}];
			case 'disable_license_webhooks':
				this.licenseWebhooksEnabled = false;
				return [200, {}];
		}
		return errorAnswer(404, 'not_found', `Unknown method ${method}`);
	}
}

function newId() {
	return randomBytes(12).toString('hex');
}

function errorAnswer(
	status: number,
	type: string,
	message: string,
	data?: object,
): [number, unknown] {
	return [status, { error: { type, message, ...(data ? { data } : {}) } }];
}
