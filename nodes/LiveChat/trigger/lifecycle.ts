import { randomBytes } from 'crypto';
import type { IHookFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { getLiveChatAccount, liveChatApiRequest } from '../transport';
import { liveChatErrorType, WEBHOOKS_PER_ACTION, webhookQuotaAdvice } from '../transport/errors';
import type {
	AdditionalDataKind,
	RegisterWebhookRequest,
	RegisteredWebhook,
	WebhookAction,
	WebhookFilters,
} from '../types/livechat';
import {
	supportsAdditionalData,
	supportsAuthorType,
	supportsChatFilters,
	supportsOnlyMyChats,
} from './events';
import type { StoredRegistrations } from './staticData';

/** The filters a user chose; each goes to the actions LiveChat supports it for. */
export interface FilterChoices {
	authorType?: 'customer' | 'agent';
	onlyMyChats?: boolean;
	chatPresenceUserIds?: string[];
	chatPresenceMode?: 'include' | 'exclude';
	chatPresenceMyBots?: boolean;
	sourceTypes?: Array<'my_client' | 'other_clients' | 'system'>;
}

export interface RegistrationPlan {
	url: string;
	actions: WebhookAction[];
	filters: FilterChoices;
	additionalData: AdditionalDataKind[];
	description: string;
}

const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/** Hosts LiveChat cannot reach: loopback, private and link-local ranges, names without a dot. */
function isUnreachableHost(hostname: string): boolean {
	const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
	return (
		LOOPBACK_HOSTS.test(hostname) ||
		/^(10|127)\./.test(host) ||
		/^192\.168\./.test(host) ||
		/^169\.254\./.test(host) ||
		/^172\.(1[6-9]|2\d|3[01])\./.test(host) ||
		/^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./.test(host) ||
		host === '0.0.0.0' ||
		/^(::1?|f[cd][0-9a-f]{2}:.*|fe[89ab][0-9a-f]:.*)$/.test(host) ||
		host.endsWith('.local') ||
		host.endsWith('.internal') ||
		!host.includes('.')
	);
}

/**
 * Why LiveChat could not deliver to this URL, if it could not. The secret travels in the body, so
 * LiveChat itself gets only a public https:// URL; a stand-in of LiveChat on this machine (the
 * credential's API URL on loopback, for local testing) may use plain http on loopback.
 */
export function webhookUrlProblem(
	url: string,
	apiUrl: string,
): { message: string; description: string } | undefined {
	const setWebhookUrl =
		"Set n8n's WEBHOOK_URL environment variable to the public https:// address of this n8n (for example behind a reverse proxy or tunnel) and restart n8n.";
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return { message: `The webhook URL "${url}" is not a valid URL`, description: setWebhookUrl };
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
		return {
			message: `The webhook URL "${url}" is not an http(s) URL`,
			description: setWebhookUrl,
		};
	}
	const localStandIn = LOOPBACK_HOSTS.test(hostOf(apiUrl));
	const reachable = localStandIn
		? parsed.protocol === 'https:' || LOOPBACK_HOSTS.test(parsed.hostname)
		: parsed.protocol === 'https:' && !isUnreachableHost(parsed.hostname);
	if (!reachable) {
		return {
			message: `LiveChat cannot send events to ${parsed.origin}: set WEBHOOK_URL to this n8n's public https:// address`,
			description: `This workflow's webhook URL is ${url}; LiveChat needs a public https:// URL. ${setWebhookUrl}`,
		};
	}
	if (url.length > 500) {
		return {
			message: 'The webhook URL is longer than the 500 characters LiveChat accepts',
			description: 'Use a shorter WEBHOOK_URL or a shorter webhook path.',
		};
	}
	return undefined;
}

function hostOf(url: string): string {
	try {
		return new URL(url).hostname;
	} catch {
		return '';
	}
}

/** Filters for one action: those LiveChat rejects for it are left out. */
export function filtersFor(action: WebhookAction, choices: FilterChoices): WebhookFilters {
	const filters: WebhookFilters = {};
	if (choices.sourceTypes?.length) filters.source_type = choices.sourceTypes;
	if (supportsAuthorType(action) && choices.authorType) filters.author_type = choices.authorType;
	if (supportsOnlyMyChats(action) && choices.onlyMyChats) filters.only_my_chats = true;
	if (supportsChatFilters(action)) {
		const userIds = choices.chatPresenceUserIds ?? [];
		if (userIds.length || choices.chatPresenceMyBots) {
			filters.chat_presence = {};
			if (userIds.length) {
				filters.chat_presence.user_ids =
					choices.chatPresenceMode === 'exclude'
						? { exclude_values: userIds }
						: { values: userIds };
			}
			if (choices.chatPresenceMyBots) filters.chat_presence.my_bots = true;
		}
	}
	return filters;
}

export function registrationRequest(
	action: WebhookAction,
	plan: RegistrationPlan,
	secret: string,
	ownerClientId: string,
): RegisterWebhookRequest {
	const request: RegisterWebhookRequest = {
		url: plan.url,
		action,
		secret_key: secret,
		owner_client_id: ownerClientId,
		type: 'license',
		description: plan.description,
	};
	const filters = filtersFor(action, plan.filters);
	if (Object.keys(filters).length) request.filters = filters;
	if (supportsAdditionalData(action) && plan.additionalData.length) {
		request.additional_data = plan.additionalData;
	}
	return request;
}

async function listWebhooks(
	this: IHookFunctions,
	ownerClientId: string,
): Promise<RegisteredWebhook[]> {
	const answer = await liveChatApiRequest(this, 'configuration', 'list_webhooks', {
		owner_client_id: ownerClientId,
	});
	return Array.isArray(answer) ? answer : [];
}

async function unregister(this: IHookFunctions, id: string, ownerClientId: string) {
	await liveChatApiRequest(this, 'configuration', 'unregister_webhook', {
		id,
		owner_client_id: ownerClientId,
	});
}

/** True when every chosen action has a live registration of ours: the stored id, at our URL. */
export async function registrationsAreLive(
	this: IHookFunctions,
	url: string,
	actions: WebhookAction[],
	stored: StoredRegistrations,
): Promise<boolean> {
	const { registrations } = stored;
	const storedActions = Object.keys(registrations);
	if (!stored.secret || storedActions.length !== actions.length) return false;
	if (!actions.every((action) => registrations[action])) return false;

	const { clientId } = await getLiveChatAccount.call(this);
	const live = await listWebhooks.call(this, clientId);
	return actions.every((action) =>
		live.some(
			(webhook) =>
				webhook.id === registrations[action] && webhook.url === url && webhook.action === action,
		),
	);
}

/**
 * Registers one license webhook per action with a fresh secret, making sure license webhooks are
 * enabled. A URL LiveChat cannot reach is refused before any call. An action without a free slot is refused before anything is registered (n8n 2.x retries
 * a failed activation, which would register and roll back the others each time). Registrations of
 * this app at exactly this URL are leftovers of a crash or of lost static data (the URL is unique
 * to this trigger node): they count as free and are removed. Anything registered before a failure
 * is unregistered again before the error is thrown.
 */
export async function registerWebhooks(
	this: IHookFunctions,
	plan: RegistrationPlan,
): Promise<Required<StoredRegistrations>> {
	const { clientId, apiUrl } = await getLiveChatAccount.call(this);
	const problem = webhookUrlProblem(plan.url, apiUrl);
	if (problem) {
		throw new NodeOperationError(this.getNode(), problem.message, {
			description: problem.description,
		});
	}
	const existing = await listWebhooks.call(this, clientId);
	const stale = existing.filter((webhook) => webhook.url === plan.url);
	const full = plan.actions.filter(
		(action) =>
			existing.filter((webhook) => webhook.action === action && webhook.url !== plan.url).length >=
			WEBHOOKS_PER_ACTION,
	);
	if (full.length > 0) {
		const { message, description } = webhookQuotaAdvice(full);
		throw new NodeOperationError(this.getNode(), message, { description });
	}
	for (const webhook of stale) await unregister.call(this, webhook.id, clientId);
	if (stale.length > 0) {
		this.logger.info(`LiveChat Trigger removed ${stale.length} stale registration(s) of its URL`);
	}

	const secret = randomBytes(32).toString('hex');
	const registrations: Record<string, string> = {};
	try {
		for (const action of plan.actions) {
			const request = registrationRequest(action, plan, secret, clientId);
			const { id } = await liveChatApiRequest(this, 'configuration', 'register_webhook', request);
			if (typeof id !== 'string' || !id) {
				throw new NodeApiError(this.getNode(), { action } as JsonObject, {
					message: `LiveChat registered ${action} but sent no id`,
					description:
						'Activate the workflow again; the registration without an id is removed then.',
				});
			}
			registrations[action] = id;
		}
		await ensureLicenseWebhooksEnabled.call(this, clientId);
	} catch (error) {
		const left = await unregisterWebhooks.call(this, Object.values(registrations));
		if (left > 0) {
			this.logger.warn(
				`LiveChat Trigger could not roll back ${left} registration(s); the next activation removes them`,
			);
		}
		// Every failure above is already a NodeApiError; re-wrapping hands back the same error.
		throw new NodeApiError(this.getNode(), error as JsonObject);
	}
	return { registrations, secret };
}

/**
 * Since 2023 installing the app enables its license webhooks, but a license where they were
 * disabled (or a PAT-only setup) needs an explicit enable. Never disable: that would silence every
 * webhook of the app, not just this workflow's.
 */
async function ensureLicenseWebhooksEnabled(this: IHookFunctions, ownerClientId: string) {
	const state = await liveChatApiRequest(this, 'configuration', 'get_license_webhooks_state', {
		owner_client_id: ownerClientId,
	});
	if (state?.license_webhooks_enabled !== true) {
		await liveChatApiRequest(this, 'configuration', 'enable_license_webhooks', {
			owner_client_id: ownerClientId,
		});
	}
}

/**
 * Unregisters the given registrations; one LiveChat no longer knows counts as removed.
 * Never throws, so that deactivation cannot be blocked. Returns how many could not be removed.
 */
export async function unregisterWebhooks(this: IHookFunctions, ids: string[]): Promise<number> {
	if (ids.length === 0) return 0;
	let clientId: string;
	try {
		({ clientId } = await getLiveChatAccount.call(this));
	} catch (error) {
		this.logger.warn(`LiveChat Trigger could not read its credential: ${(error as Error).message}`);
		return ids.length;
	}
	let failed = 0;
	for (const id of ids) {
		try {
			await unregister.call(this, id, clientId);
		} catch (error) {
			if (liveChatErrorType(error) === 'not_found') continue;
			failed++;
			this.logger.warn(
				`LiveChat Trigger could not unregister webhook ${id}: ${(error as Error).message}`,
			);
		}
	}
	return failed;
}
