import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { LiveChatTrigger } from '../../nodes/LiveChat/LiveChatTrigger.node';
import { SEED_DATA_TYPES } from '../fixtures/legacy/seeds';
import { webhookContext } from './contexts';

/** The user and password of the legacy credential, written into the URL set up in LiveChat. */
export const LEGACY_LOGIN = { user: 'livechat', password: 'correct horse battery staple' };
export const ALL_LEGACY_EVENTS = Object.keys(SEED_DATA_TYPES);

export const basic = (user: string, password: string) =>
	`Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

const trigger = new LiveChatTrigger();
let workflows = 0;

/**
 * Hands a legacy body to the trigger's webhook() with the credential's Basic Auth (another
 * `authorization`, or none for ''). Each call is another workflow unless `workflowId` names one.
 */
export async function deliverLegacy(
	body: unknown,
	options: {
		authorization?: string;
		parameters?: IDataObject;
		workflowId?: string;
		mode?: 'webhook' | 'manual';
	} = {},
) {
	const { context, response, logged } = webhookContext(body, {
		parameters: {
			webhookSource: 'legacy',
			legacyEvents: ALL_LEGACY_EVENTS,
			...options.parameters,
		},
		credentials: { liveChatLegacyWebhookApi: LEGACY_LOGIN },
		headers:
			options.authorization === undefined
				? { authorization: basic(LEGACY_LOGIN.user, LEGACY_LOGIN.password) }
				: options.authorization
					? { authorization: options.authorization }
					: {},
		timezone: 'UTC',
		workflowId: options.workflowId ?? `legacy-wf-${++workflows}`,
		mode: options.mode,
	});
	const result = await trigger.webhook.call(context);
	const items = (result.workflowData?.[0] ?? []) as INodeExecutionData[];
	return { result, items, response, logged };
}
