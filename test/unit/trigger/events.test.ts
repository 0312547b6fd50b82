import {
	ACTION_INFO,
	supportsAdditionalData,
	supportsAuthorType,
	supportsChatFilters,
	supportsOnlyMyChats,
	TRIGGER_ON_OPTIONS,
} from '../../../nodes/LiveChat/trigger/events';
import type { WebhookAction } from '../../../nodes/LiveChat/types/livechat';
import { WEBHOOK_ACTIONS } from '../../../nodes/LiveChat/types/livechat';

describe('Trigger On', () => {
	it('offers all 38 v3.6 actions, sorted by readable name', () => {
		const names = TRIGGER_ON_OPTIONS.map((o) => o.name);
		expect(TRIGGER_ON_OPTIONS.map((o) => o.value).sort()).toEqual([...WEBHOOK_ACTIONS].sort());
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		for (const name of names) expect(name).toMatch(/^([A-Z][a-z]*)( [A-Z][a-z]*)*$/);
		expect(Object.keys(ACTION_INFO)).toHaveLength(38);
	});
});

describe('what a registration of each action can narrow', () => {
	const supporting = (supports: (action: WebhookAction) => boolean) =>
		WEBHOOK_ACTIONS.filter(supports).sort();

	it('author type: only the message actions (the Author Type filter names them)', () => {
		expect(supporting(supportsAuthorType)).toEqual(['event_updated', 'incoming_event']);
	});

	it('only my chats: chat and message actions, not the customer one', () => {
		expect(supporting(supportsOnlyMyChats)).not.toContain('customer_session_fields_updated');
		expect(supporting(supportsChatFilters)).toEqual(
			[...supporting(supportsOnlyMyChats), 'customer_session_fields_updated'].sort(),
		);
	});

	it('chat presence and additional data: the 21 chat-related actions, no configuration', () => {
		expect(supporting(supportsChatFilters)).toHaveLength(21);
		for (const action of ['incoming_chat', 'thread_tagged', 'customer_session_fields_updated'])
			expect(supportsChatFilters(action as WebhookAction)).toBe(true);
		for (const action of ['agent_created', 'bot_updated', 'group_deleted', 'tag_created'])
			expect(supportsChatFilters(action as WebhookAction)).toBe(false);
		expect(supportsChatFilters('routing_status_set')).toBe(false);
		expect(supporting(supportsAdditionalData)).toEqual(supporting(supportsChatFilters));
	});
});
