import type { IDataObject, IHookFunctions, IWebhookFunctions } from 'n8n-workflow';

/**
 * The only reader and writer of the trigger's static data. It holds the ids of this node's
 * registrations per action and their shared secret, nothing else; legacy mode stores nothing.
 */
interface TriggerStaticData extends IDataObject {
	registrations?: Record<string, string>;
	secret?: string;
}

export interface StoredRegistrations {
	/** Registration id per LiveChat action. */
	registrations: Record<string, string>;
	secret?: string;
}

const staticDataOf = (context: IHookFunctions | IWebhookFunctions) =>
	context.getWorkflowStaticData('node') as TriggerStaticData;

export function readRegistrations(
	context: IHookFunctions | IWebhookFunctions,
): StoredRegistrations {
	const stored = staticDataOf(context);
	return { registrations: stored.registrations ?? {}, secret: stored.secret };
}

export function saveRegistrations(context: IHookFunctions, saved: Required<StoredRegistrations>) {
	const stored = staticDataOf(context);
	stored.registrations = saved.registrations;
	stored.secret = saved.secret;
}

export function clearRegistrations(context: IHookFunctions) {
	const stored = staticDataOf(context);
	delete stored.registrations;
	delete stored.secret;
}
