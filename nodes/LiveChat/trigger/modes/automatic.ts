/**
 * Webhooks v3.6: the node registers one license webhook per chosen action with a shared random
 * secret when the workflow is activated, checks that secret on every delivery, and removes exactly
 * its own registrations when the workflow is deactivated.
 */
import type { IHookFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { WebhookAction, WebhookDelivery } from '../../types/livechat';
import { isWebhookAction } from '../../types/livechat';
import { deliveryIdentity } from '../dedupe';
import { emitOnce, reply } from '../emit';
import { registerWebhooks, registrationsAreLive, unregisterWebhooks } from '../lifecycle';
import { chosenActions, registrationPlan } from '../registrationPlan';
import { rawDelivery, simplifyDelivery } from '../simplify';
import { clearRegistrations, readRegistrations, saveRegistrations } from '../staticData';
import { secretMatches } from '../verify';
import type { TriggerMode } from './index';

export const automaticMode: TriggerMode = {
	async checkExists(this: IHookFunctions) {
		return await registrationsAreLive.call(
			this,
			this.getNodeWebhookUrl('default') ?? '',
			chosenActions(this),
			readRegistrations(this),
		);
	},

	async create(this: IHookFunctions) {
		const plan = registrationPlan(this, this.getNodeWebhookUrl('default') ?? '');
		if (plan.actions.length === 0) {
			throw new NodeOperationError(this.getNode(), 'No event chosen', {
				description: 'Pick at least one event in "Trigger On".',
			});
		}
		saveRegistrations(this, await registerWebhooks.call(this, plan));
		return true;
	},

	async delete(this: IHookFunctions) {
		let failed = 0;
		try {
			const { registrations } = readRegistrations(this);
			failed = await unregisterWebhooks.call(this, Object.values(registrations));
		} finally {
			// Cleared whatever happened: a dead API or a webhook removed in LiveChat must not keep
			// the workflow from deactivating. The next activation removes leftovers.
			clearRegistrations(this);
		}
		return failed === 0;
	},

	/**
	 * 401 and no execution unless the secret is this node's and the delivery belongs to one of its
	 * registrations. LiveChat spells some actions in deliveries unlike their registration
	 * (`auto_accesses_updated` arrives as `auto_access_added`): such a delivery runs as the chosen
	 * event when its webhook id is that registration's.
	 */
	async receive(this: IWebhookFunctions) {
		const body: unknown = this.getBodyData();
		const delivery = (
			typeof body === 'object' && body !== null ? body : {}
		) as Partial<WebhookDelivery>;
		const { registrations, secret } = readRegistrations(this);
		// The secret is always compared, so the answer's timing says nothing about registrations.
		const secretOk = secretMatches(secret, delivery.secret_key);
		const action = registeredActionOf(delivery, registrations);
		if (!secretOk || !action) {
			return reply(this, 401, { error: 'Unauthorized' });
		}
		const asChosen = { ...delivery, action } as WebhookDelivery;
		return emitOnce(this, deliveryIdentity(asChosen), {
			raw: () => rawDelivery(delivery as WebhookDelivery),
			simplified: () => simplifyDelivery(asChosen),
		});
	},
};

/**
 * The chosen action a delivery belongs to: the one it names, or, when it spells one LiveChat does
 * not register, the action of the registration its webhook id names. Every delivery names one.
 */
function registeredActionOf(
	delivery: Partial<WebhookDelivery>,
	registrations: Record<string, string>,
): WebhookAction | undefined {
	const named: unknown = delivery.action;
	if (typeof named !== 'string' || named === '') return undefined;
	const action = isWebhookAction(named)
		? named
		: Object.keys(registrations).find(
				(registered) =>
					typeof delivery.webhook_id === 'string' &&
					registrations[registered] === delivery.webhook_id,
			);
	return isWebhookAction(action) && registrations[action] ? action : undefined;
}
