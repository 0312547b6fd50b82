import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { LiveChatTrigger } from '../../nodes/LiveChat/LiveChatTrigger.node';
import { hookContext, WEBHOOK_URL } from './contexts';
import { FakeLiveChat } from './fakeLiveChat';

/** The trigger's activation hooks, as n8n calls them. */
export const { checkExists, create, delete: remove } = new LiveChatTrigger().webhookMethods.default;

export const THREE_ACTIONS = ['incoming_chat', 'incoming_event', 'chat_deactivated'];

/** The registrations at this node's webhook URL. */
export function ours(fake: FakeLiveChat) {
	return fake.webhooks.filter((w) => w.url === WEBHOOK_URL);
}

/** Activates with these events, expects it to fail, and checks that nothing of ours stays behind. */
export async function failedActivation(
	fake: FakeLiveChat,
	events: string[],
	kind: typeof NodeApiError | typeof NodeOperationError = NodeApiError,
) {
	const { context, staticData } = hookContext({ parameters: { events } });
	const error = await create.call(context).catch((e: Error) => e);
	expect(error).toBeInstanceOf(kind);
	expect(ours(fake)).toHaveLength(0);
	expect(staticData).toEqual({});
	return error as NodeApiError | NodeOperationError;
}

/** A LiveChat where this node has registered THREE_ACTIONS, with the context that did it. */
export async function activateThreeActions() {
	const fake = new FakeLiveChat();
	const { context, staticData, logged } = hookContext({ parameters: { events: THREE_ACTIONS } });
	await create.call(context);
	return { fake, context, staticData, logged };
}
