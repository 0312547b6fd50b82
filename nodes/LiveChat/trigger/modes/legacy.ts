/**
 * Legacy (v2) webhooks: set up by hand in LiveChat with Basic Auth in the URL, so activation
 * registers nothing and deactivation removes nothing; each delivery's Basic Auth is checked
 * against the legacy credential in constant time.
 */
import type { IHookFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { LEGACY_CREDENTIAL } from '../../transport/legacy';
import { isLegacyEvent } from '../../types/livechat';
import { emitOnce, reply } from '../emit';
import { isLegacyWebhook, legacyDeliveryIdentity, simplifyLegacyWebhook } from '../legacyWebhook';
import { basicAuthMatches } from '../verify';
import type { TriggerMode } from './index';

export const legacyMode: TriggerMode = {
	// Legacy webhooks live in LiveChat's settings: nothing to look up, register or remove.
	async checkExists() {
		return false;
	},

	async create(this: IHookFunctions) {
		const events = this.getNodeParameter('legacyEvents', []) as string[];
		if (!events.some(isLegacyEvent)) {
			throw new NodeOperationError(this.getNode(), 'No event chosen', {
				description: 'Pick at least one event in "Trigger On".',
			});
		}
		return true;
	},

	async delete() {
		return true;
	},

	/**
	 * 401 without the credential's Basic Auth, 400 for a body that is not a LiveChat webhook; events
	 * not chosen are acknowledged without a run. Nothing of the delivery is logged.
	 */
	async receive(this: IWebhookFunctions) {
		const credential = await this.getCredentials(LEGACY_CREDENTIAL);
		const { authorization } = this.getHeaderData();
		if (!basicAuthMatches(authorization, credential.user, credential.password)) {
			this.getResponseObject().setHeader('WWW-Authenticate', 'Basic realm="LiveChat Trigger"');
			return reply(this, 401, { error: 'Unauthorized' });
		}
		const webhook: unknown = this.getBodyData();
		if (!isLegacyWebhook(webhook)) {
			return reply(this, 400, {
				error: 'Expected a LiveChat webhook: a JSON object with event_type',
			});
		}
		const chosen = this.getNodeParameter('legacyEvents', []) as string[];
		if (!chosen.includes(webhook.event_type)) {
			return reply(this, 200, { status: 'event not chosen in the node, ignored' });
		}
		return emitOnce(this, legacyDeliveryIdentity(webhook), {
			raw: () => ({ ...webhook }),
			simplified: () => simplifyLegacyWebhook(webhook, this.getTimezone()),
		});
	},
};
