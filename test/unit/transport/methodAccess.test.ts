import { liveChatApiRequest } from '../../../nodes/LiveChat/transport';
import {
	REQUESTER_PRESENCE,
	REQUIRED_SCOPES,
	requiredScope,
} from '../../../nodes/LiveChat/transport/methodAccess';
import type { ActionMethod } from '../../../nodes/LiveChat/types/livechat';
import { hookContext } from '../../helpers/contexts';
import { FakeLiveChat } from '../../helpers/fakeLiveChat';
import { failureOf } from '../../helpers/transport';
import { REQUIRED_SCOPE as SIMULATED_SCOPES } from '../../simulator/scopes';

describe('scopes', () => {
	it.each([
		['configuration', 'list_tags', 'tags--all:ro (or tags--groups:ro for the tags of your groups)'],
		[
			'configuration',
			'create_tag',
			'tags--all:rw (or tags--groups:rw for the tags of your groups)',
		],
		['agent', 'set_routing_status', 'agents-bot--all:rw for other bots'],
		['agent', 'list_routing_statuses', 'agents--all:ro and agents-bot--all:ro'],
	] as const)('a missing scope for %s %s names %s', async (api, method, scope) => {
		const fake = new FakeLiveChat();
		fake.failNext(method, { status: 403, type: 'authorization' });
		const { context } = hookContext();
		const error = await failureOf(liveChatApiRequest(context, api, method as never, {}));
		expect(error.description).toContain(scope);
	});

	it('a refusal of list_agents_for_transfer, which needs no scope, says the chat is out of reach', async () => {
		const fake = new FakeLiveChat();
		fake.failNext('list_agents_for_transfer', { status: 403, type: 'authorization' });
		const { context } = hookContext();
		const error = await failureOf(
			liveChatApiRequest(context, 'agent', 'list_agents_for_transfer', { chat_id: 'PJ0MRSHTDG' }),
		);
		expect(error.message).toBe(
			'The LiveChat user of this credential may not call list_agents_for_transfer for chat PJ0MRSHTDG',
		);
		expect(error.description).toContain('needs no scope');
	});

	it('names, for every method, a scope the simulated LiveChat asks for', () => {
		for (const [method, scope] of Object.entries(REQUIRED_SCOPES)) {
			expect({ method, known: method in SIMULATED_SCOPES }).toEqual({ method, known: true });
			const simulated = SIMULATED_SCOPES[method];
			// The simulator checks the scopes of these itself (whose bot, whose status); '' is none.
			if (!simulated) continue;
			for (const alternative of [simulated].flat()) expect(scope).toContain(alternative);
		}
	});

	it('names reports_read for every report, and no scope for the legacy call', () => {
		expect(requiredScope('reports/chats/total_chats')).toBe('reports_read');
		expect(requiredScope('reports/agents/performance')).toBe('reports_read');
		expect(requiredScope('visitors/details')).toBeUndefined();
		expect(requiredScope('list_agents_for_transfer')).toBeNull();
		expect(requiredScope('get_customer')).toBe('customers:ro');
	});

	it('is a table the compiler holds to the methods the node calls', () => {
		// ts-jest type-checks this file. It compiles only if the table names every method…
		const everyMethod: Readonly<Record<ActionMethod, string | null>> = REQUIRED_SCOPES;
		const withRemoved: Record<ActionMethod, string | null> = {
			...everyMethod,
			// …and no other: an unused @ts-expect-error fails the file too.
			// @ts-expect-error disable_license_webhooks is no method the node calls
			disable_license_webhooks: 'webhooks.state:rw',
		};
		// @ts-expect-error nor does a scope lookup take it
		expect(requiredScope('disable_license_webhooks')).toBeUndefined();
		expect(Object.keys(withRemoved)).toHaveLength(Object.keys(everyMethod).length + 1);
	});
});

describe('requester presence', () => {
	it('lists methods with a scope, the events and indicators always, the others unless ignored', () => {
		expect(Object.keys(REQUESTER_PRESENCE).every((method) => method in REQUIRED_SCOPES)).toBe(true);
		expect(REQUESTER_PRESENCE).toEqual({
			send_event: 'always',
			send_event_preview: 'always',
			send_typing_indicator: 'always',
			send_thinking_indicator: 'always',
			add_user_to_chat: 'unless ignored',
			deactivate_chat: 'unless ignored',
			remove_user_from_chat: 'unless ignored',
			transfer_chat: 'unless ignored',
		});
	});
});
