import type { IHookFunctions, IWebhookFunctions } from 'n8n-workflow';

import { automaticMode } from './automatic';
import { legacyMode } from './legacy';
import type { TriggerMode } from './mode';

/** The mode the node's Webhook Source chooses; version 1 workflows without it are automatic. */
export function modeOf(context: IHookFunctions | IWebhookFunctions): TriggerMode {
	return context.getNodeParameter('webhookSource', 'automatic') === 'legacy'
		? legacyMode
		: automaticMode;
}
