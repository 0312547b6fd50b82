/** What the simulator's own unit tests share: Basic auth headers, answers, and fired webhooks. */
import type { LiveChatSimulator } from '../simulator/server';
import type { BuiltEvent, EmitOptions } from '../simulator/webhookEvents';

export const basic = (accountId: string, token: string) =>
	`Basic ${Buffer.from(`${accountId}:${token}`).toString('base64')}`;

/** An API answer as the tests read it: LiveChat's error envelope or the method's fields. */
export interface Answer {
	error?: { type: string; message: string; data?: Record<string, unknown> };
	[key: string]: unknown;
}

/** One API call answered in-process, as a client with `authorization` would make it. */
export function callApi(
	sim: LiveChatSimulator,
	api: 'agent' | 'configuration',
	method: string,
	body: object,
	authorization: string,
) {
	const answer = sim.answerApi({
		version: '3.6',
		api,
		method,
		authorization,
		body: JSON.stringify(body),
	});
	return { status: answer.status, body: answer.body as Answer };
}

export interface FiredWebhook {
	action: string;
	payload: Record<string, unknown>;
}

/** Records the webhooks the simulator would fire, instead of delivering them. */
export function recordFiredWebhooks(sim: LiveChatSimulator): FiredWebhook[] {
	const fired: FiredWebhook[] = [];
	jest
		.spyOn(sim.deliverer, 'emit')
		.mockImplementation((options: EmitOptions, event: BuiltEvent) => {
			fired.push({ action: options.action, payload: event.payload as Record<string, unknown> });
			return [];
		});
	return fired;
}
