import type { IHookFunctions, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

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
