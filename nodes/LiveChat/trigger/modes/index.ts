import type { IHookFunctions, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { automaticMode } from './automatic';
import { legacyMode } from './legacy';

/**
 * What the trigger does in one webhook source, as n8n calls it: `checkExists`, `create` and
 * `delete` when the workflow is activated or deactivated, `receive` for each delivery.
 */
export interface TriggerMode {
	checkExists(this: IHookFunctions): Promise<boolean>;
	create(this: IHookFunctions): Promise<boolean>;
	delete(this: IHookFunctions): Promise<boolean>;
	receive(this: IWebhookFunctions): Promise<IWebhookResponseData>;
}

/** The mode the node's Webhook Source chooses; version 1 workflows without it are automatic. */
export function modeOf(context: IHookFunctions | IWebhookFunctions): TriggerMode {
	return context.getNodeParameter('webhookSource', 'automatic') === 'legacy'
		? legacyMode
		: automaticMode;
}
