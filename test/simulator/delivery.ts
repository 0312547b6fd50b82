/**
 * Webhook delivery as LiveChat does it: a JSON POST of the envelope (with the registration's
 * `secret_key`) to every live registration of the action whose filters match; anything but a 200
 * within the timeout is retried up to 3 times, about a minute in all (the current guide; an older
 * one says 10 times within 6 hours: set `retries` and `retryIntervalMs`). Every attempt is recorded.
 */
import type { LegacyTarget } from './legacy';
import { splitCredentials } from './legacy';
import type { BuiltEvent, EmitOptions } from './webhookEvents';
import { deliveredAction, isConfigurationAction } from './webhookEvents';
import type { LiveChatState, Webhook } from './state';
import { ADMIN, currentThread, newId, ORGANIZATION_ID } from './state';

export interface DeliverySettings {
	timeoutMs: number;
	retries: number;
	retryIntervalMs: number;
	/** The next this-many attempts get their answer only after the timeout (a slow receiver). */
	slowAttempts: number;
	/**
	 * This share of 200 answers never reaches LiveChat (a lost response), so their deliveries are
	 * retried although the receiver took them: every (1/rate)-th answer, so counts are exact.
	 */
	lostAnswerRate: number;
}

export const DEFAULT_DELIVERY: DeliverySettings = {
	timeoutMs: 10_000,
	retries: 3,
	retryIntervalMs: 20_000,
	slowAttempts: 0,
	lostAnswerRate: 0,
};

export interface Attempt {
	at: string;
	/** HTTP status, or `timeout` / a network error code. */
	outcome: number | string;
	/** Status that arrived after the timeout, for slow receivers. */
	lateStatus?: number;
	durationMs: number;
}

export interface Delivery {
	id: string;
	webhook_id: string;
	action: string;
	url: string;
	attempts: Attempt[];
	state: 'pending' | 'delivered' | 'failed';
	body: Record<string, unknown>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Deliverer {
	settings: DeliverySettings = { ...DEFAULT_DELIVERY };
	deliveries: Delivery[] = [];
	private running = new Set<Promise<void>>();
	private answers = 0;

	/** Basic Auth of legacy deliveries, kept out of the recorded deliveries. */
	private readonly authorizations = new WeakMap<Delivery, string>();

	constructor(private readonly state: LiveChatState) {}

	reset() {
		this.settings = { ...DEFAULT_DELIVERY };
		this.deliveries = [];
		this.answers = 0;
	}

	/** Sends an event to every matching registration; resolves once they are all started. */
	emit(options: EmitOptions, event: BuiltEvent): Delivery[] {
		const now = Date.now();
		const targets = this.state.webhooks.filter(
			(webhook) =>
				webhook.action === options.action &&
				webhook.liveFrom <= now &&
				isListening(this.state, webhook) &&
				matchesFilters(this.state, webhook, options, event),
		);
		return targets.map((webhook) =>
			this.start(webhook.id, webhook.action, webhook.url, envelope(this.state, webhook, event)),
		);
	}

	/** Sends a legacy (v2) delivery, with the Basic Auth its URL carries as a header. */
	emitLegacy(target: LegacyTarget, body: Record<string, unknown>): Delivery {
		const { url, authorization } = splitCredentials(target.url);
		return this.start(target.id, target.event_type, url, body, authorization);
	}

	private start(
		webhookId: string,
		action: string,
		url: string,
		body: Record<string, unknown>,
		authorization?: string,
	) {
		const delivery: Delivery = {
			id: newId(8),
			webhook_id: webhookId,
			action,
			url,
			attempts: [],
			state: 'pending',
			body,
		};
		if (authorization) this.authorizations.set(delivery, authorization);
		this.deliveries.push(delivery);
		const run = this.run(delivery).finally(() => this.running.delete(run));
		this.running.add(run);
		return delivery;
	}

	/** Waits until no delivery is in flight (all delivered or given up). */
	async settled() {
		while (this.running.size) await Promise.all([...this.running]);
	}

	private async run(delivery: Delivery) {
		for (let attempt = 0; attempt <= this.settings.retries; attempt++) {
			if (attempt > 0) await sleep(this.settings.retryIntervalMs);
			const result = await this.attempt(delivery);
			delivery.attempts.push(result);
			if (result.outcome === 200) {
				delivery.state = 'delivered';
				return;
			}
		}
		delivery.state = 'failed';
	}

	private answerLost() {
		const rate = this.settings.lostAnswerRate;
		return rate > 0 && ++this.answers % Math.round(1 / rate) === 0;
	}

	private async attempt(delivery: Delivery): Promise<Attempt> {
		const started = Date.now();
		const at = new Date(started).toISOString();
		const slow = this.settings.slowAttempts > 0;
		if (slow) this.settings.slowAttempts--;
		const abort = new AbortController();
		const timer = setTimeout(() => abort.abort(), this.settings.timeoutMs);
		try {
			const response = await fetch(delivery.url, {
				method: 'POST',
				headers: {
					'Content-Type': 'application/json',
					'User-Agent': 'LiveChat-Simulator',
					...(this.authorizations.has(delivery) && {
						Authorization: this.authorizations.get(delivery)!,
					}),
				},
				body: JSON.stringify(delivery.body),
				signal: abort.signal,
			});
			await response.arrayBuffer();
			if (slow) {
				// The receiver's answer comes in after LiveChat stopped waiting.
				await sleep(Math.max(0, this.settings.timeoutMs - (Date.now() - started)));
				return {
					at,
					outcome: 'timeout',
					lateStatus: response.status,
					durationMs: Date.now() - started,
				};
			}
			if (response.status === 200 && this.answerLost()) {
				return { at, outcome: 'timeout', lateStatus: 200, durationMs: Date.now() - started };
			}
			return { at, outcome: response.status, durationMs: Date.now() - started };
		} catch (error) {
			const cause = (error as { cause?: { code?: string } }).cause;
			const outcome = abort.signal.aborted ? 'timeout' : (cause?.code ?? String(error));
			return { at, outcome, durationMs: Date.now() - started };
		} finally {
			clearTimeout(timer);
		}
	}
}

/**
 * The documented envelope: webhook_id, secret_key, action, organization_id, payload,
 * additional_data (always there; `chat_properties` / `chat_presence_user_ids` when the
 * registration asked for them and the event has a chat) and, for configuration events, the
 * `requester` (user_id, account_id, client_id). The payload is a copy taken when the event
 * happened, so later changes to the license do not show in retries.
 */
function envelope(state: LiveChatState, webhook: Webhook, event: BuiltEvent) {
	const additionalData: Record<string, unknown> = {};
	if (event.chat && !isConfigurationAction(webhook.action)) {
		if (webhook.additional_data?.includes('chat_properties')) {
			additionalData.chat_properties = structuredClone(event.chat.properties);
		}
		if (webhook.additional_data?.includes('chat_presence_user_ids')) {
			additionalData.chat_presence_user_ids = presentUsers(event.chat);
		}
	}
	const requester = event.requester ?? {
		user_id: ADMIN.email,
		account_id: state.agent(ADMIN.email)?.account_id ?? ADMIN.accountId,
	};
	return {
		webhook_id: webhook.id,
		secret_key: webhook.secret_key,
		action: deliveredAction(webhook.action),
		organization_id: ORGANIZATION_ID,
		payload: structuredClone(event.payload),
		...(isConfigurationAction(webhook.action) && {
			requester: {
				user_id: requester.user_id,
				account_id: requester.account_id,
				client_id: requester.client_id ?? webhook.owner_client_id,
			},
		}),
		additional_data: additionalData,
	};
}

function presentUsers(chat: NonNullable<BuiltEvent['chat']>) {
	const thread = currentThread(chat);
	return thread.active ? [...thread.user_ids] : [];
}

/**
 * License webhooks fire while the app's license webhooks are enabled; bot webhooks while a bot of
 * the app is not offline ("strongly coupled with the bot's status … If the bot is offline,
 * webhooks won't be received"). ⚠️ Which bot's status counts is not documented: any of the app's.
 */
function isListening(state: LiveChatState, webhook: Webhook) {
	if (webhook.type === 'bot')
		return state.bots.some(
			(bot) => bot.owner_client_id === webhook.owner_client_id && bot.routing_status !== 'offline',
		);
	return state.licenseWebhooksEnabled.get(webhook.owner_client_id) === true;
}

function sourceType(webhook: Webhook, options: EmitOptions) {
	if (!options.source_client_id) return 'system';
	return options.source_client_id === webhook.owner_client_id ? 'my_client' : 'other_clients';
}

/** LiveChat's registration filters, as documented for `register_webhook`. */
function matchesFilters(
	state: LiveChatState,
	webhook: Webhook,
	options: EmitOptions,
	event: BuiltEvent,
) {
	const filters = (webhook.filters ?? {}) as {
		author_type?: string;
		only_my_chats?: boolean;
		source_type?: string[];
		agent_ids?: string[];
		chat_presence?: {
			user_ids?: { values?: string[]; exclude_values?: string[] };
			my_bots?: boolean;
		};
	};
	if (filters.source_type && !filters.source_type.includes(sourceType(webhook, options)))
		return false;
	if (filters.author_type && event.authorType && filters.author_type !== event.authorType)
		return false;
	// routing_status_set's agent_ids: only the status changes of these agents (and bots).
	const agentId = (event.payload as { agent_id?: string } | undefined)?.agent_id;
	if (filters.agent_ids && !filters.agent_ids.includes(String(agentId))) return false;
	const chat = event.chat;
	if (!chat) return true;
	if (filters.only_my_chats && chat.properties.source?.client_id !== webhook.owner_client_id)
		return false;
	const presence = filters.chat_presence;
	if (presence) {
		const present = presentUsers(chat);
		const { values, exclude_values: excluded } = presence.user_ids ?? {};
		if (excluded?.some((id) => present.includes(id))) return false;
		const wanted = values?.some((id) => present.includes(id)) ?? false;
		// `my_bots`: a bot of the webhook's app (its owner client id) is in the chat.
		const myBots =
			presence.my_bots === true &&
			state.bots.some(
				(bot) => bot.owner_client_id === webhook.owner_client_id && present.includes(bot.id),
			);
		if ((values || presence.my_bots) && !wanted && !myBots) return false;
	}
	return true;
}
