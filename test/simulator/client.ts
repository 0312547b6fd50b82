/** The simulator's control API over HTTP, for tests and `npm run simulate`. */
import type { Delivery, DeliverySettings } from './delivery';
import type { LegacyEmitOptions, LegacyTarget } from './legacy';
import type { EmitManyOptions, Faults, RecordedCall } from './server';
import type { Tag, Webhook } from './state';
import type { EmitOptions } from './webhookEvents';

export interface SimulatorState {
	region: string;
	webhooks: Webhook[];
	license_webhooks_enabled: Record<string, boolean>;
	tags: Tag[];
	token_grants: string[];
	legacy_webhooks: LegacyTarget[];
	visitor_details: Record<
		string,
		Record<string, { icon?: string; fields: Array<{ name: string; value: string; url?: string }> }>
	>;
}

export class SimulatorClient {
	constructor(readonly url: string) {}

	private async request<T>(method: string, route: string, body?: unknown): Promise<T> {
		const response = await fetch(`${this.url}/_sim${route}`, {
			method,
			headers: { 'Content-Type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`simulator ${method} ${route} → ${response.status}: ${text}`);
		return JSON.parse(text) as T;
	}

	state = async () => await this.request<SimulatorState>('GET', '/state');
	calls = async (method?: string) =>
		await this.request<RecordedCall[]>('GET', `/calls${method ? `?method=${method}` : ''}`);
	deliveries = async () => await this.request<Delivery[]>('GET', '/deliveries');
	reset = async () => await this.request('POST', '/reset');
	faults = async (faults: Partial<Faults> & { delivery?: Partial<DeliverySettings> }) =>
		await this.request('POST', '/faults', faults);
	clearFaults = async () => await this.request('DELETE', '/faults');
	/**
	 * The next `count` calls of `method` are carried out (recorded, state changed, webhooks fired)
	 * but answered by a closed connection instead of a response. Replaces earlier lost answers.
	 */
	loseAnswers = async (method: string, count = 1) =>
		await this.faults({ lostAnswers: [{ method, count }] });
	/** Calls of `method` (`*`: every method) are answered only after `delayMs`; replaces earlier ones. */
	slowAnswers = async (method: string, delayMs: number) =>
		await this.faults({ slowMethods: { [method]: delayMs } });
	config = async (config: { region?: string }) => await this.request('POST', '/config', config);
	/** Emits an event; with `wait`, answers once every delivery succeeded or was given up. */
	emit = async (options: EmitOptions & { wait?: boolean }) =>
		await this.request<Delivery[]>('POST', '/emit', options);
	/** Emits many events in a row (server.ts emitMany); answers once their deliveries are done. */
	emitMany = async (options: EmitOptions & EmitManyOptions) =>
		await this.request<Delivery[]>('POST', '/emit-many', options);
	settle = async () => await this.request<Delivery[]>('POST', '/settle');
	seedWebhook = async (webhook: { url: string; action: string; owner_client_id?: string }) =>
		await this.request<Webhook>('POST', '/webhooks', webhook);
	/** Sets up a legacy webhook as a user would in LiveChat's settings. */
	legacyWebhook = async (target: { event_type: string; data_types: string[]; url: string }) =>
		await this.request<LegacyTarget>('POST', '/legacy/webhooks', target);
	emitLegacy = async (options: LegacyEmitOptions & { wait?: boolean }) =>
		await this.request<Delivery[]>('POST', '/legacy/emit', options);
	expireAccessTokens = async () => await this.request<{ expired: number }>('POST', '/oauth/expire');
	/** Makes every bot token issued so far expire now, as 24 hours would. */
	expireBotTokens = async () =>
		await this.request<{ expired: number }>('POST', '/bot-tokens/expire');
}
