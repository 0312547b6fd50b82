/**
 * The trigger's registrations in LiveChat: whether they are still live, registering them on
 * activation (with rollback) and removing them on deactivation.
 */
import { randomBytes } from 'crypto';
import type { IHookFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { getLiveChatAccount, liveChatApiRequest } from '../transport';
import { WEBHOOKS_PER_ACTION, webhookQuotaAdvice } from '../transport/errorTypeHints';
import { liveChatErrorType } from '../transport/errors';
import type { RegisteredWebhook, WebhookAction } from '../types/livechat';
import type { RegistrationPlan } from './registrationPlan';
import { registrationRequest } from './registrationPlan';
import type { StoredRegistrations } from './staticData';
import { webhookUrlProblem } from './webhookUrl';

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
 * enabled. A URL LiveChat cannot reach is refused before any call. An action without a free slot
 * is refused before anything is registered (n8n 2.x retries a failed activation, which would
 * register and roll back the others each time). Registrations of this app at exactly this URL are
 * leftovers of a crash or of lost static data (the URL is unique to this trigger node): they count
 * as free and are removed. Anything registered before a failure is unregistered again before the
 * error is thrown.
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
		// Bot webhooks follow the app's bots' status, not the license switch.
		if (plan.type === 'license') await ensureLicenseWebhooksEnabled.call(this, clientId);
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
