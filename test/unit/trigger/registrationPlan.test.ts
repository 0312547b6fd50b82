import type { IDataObject } from 'n8n-workflow';

import {
	chosenActions,
	filtersFor,
	registrationPlan,
	registrationRequest,
} from '../../../nodes/LiveChat/trigger/registrationPlan';
import { CLIENT_ID, hookContext, WEBHOOK_URL } from '../../helpers/contexts';
import { FakeLiveChat } from '../../helpers/fakeLiveChat';
import { create, ours } from '../../helpers/registrations';

/** The plan for these node parameters, in a workflow of this name and id. */
function planFor(parameters: IDataObject, workflow: { name?: string; id?: string } = {}) {
	const { context } = hookContext({ parameters });
	Object.assign(context, { getWorkflow: () => ({ active: true, ...workflow }) });
	return registrationPlan(context, WEBHOOK_URL);
}

describe('registrationPlan', () => {
	it('names the workflow in the description, at most 200 characters', () => {
		expect(planFor({}, { name: 'Support inbox', id: 'wf-42' }).description).toBe(
			'n8n workflow "Support inbox" (wf-42)',
		);
		expect(planFor({}, {}).description).toBe('n8n workflow "" (unsaved)');
		expect(planFor({}, { name: 'x'.repeat(300), id: 'wf-42' }).description).toHaveLength(200);
	});

	it('reads no filters and no additional data when none are chosen', () => {
		expect(planFor({ events: ['incoming_chat'] })).toEqual({
			url: WEBHOOK_URL,
			type: 'license',
			actions: ['incoming_chat'],
			filters: {
				agentIds: [],
				authorType: undefined,
				onlyMyChats: false,
				chatPresenceUserIds: [],
				chatPresenceMode: undefined,
				chatPresenceMyBots: false,
				sourceTypes: [],
			},
			additionalData: [],
			description: 'n8n workflow "" (unsaved)',
		});
	});
});

describe('chosenActions', () => {
	it('keeps only the v3.6 actions of Trigger On', () => {
		const { context } = hookContext({
			parameters: { events: ['incoming_chat', 'chat_started', 'thread_tagged', ''] },
		});
		expect(chosenActions(context)).toEqual(['incoming_chat', 'thread_tagged']);
	});
});

describe('registrationRequest', () => {
	it('registers bot webhooks when the Webhook Type is Bot', () => {
		const plan = planFor({ events: ['incoming_event'], webhookType: 'bot' });
		expect(registrationRequest('incoming_event', plan, 'secret', CLIENT_ID).type).toBe('bot');
	});

	it('leaves filters and additional data out when none apply to the action', () => {
		const plan = {
			...planFor({ events: ['tag_created'], additionalData: ['chat_properties'] }),
			filters: { authorType: 'customer' as const, onlyMyChats: true },
		};
		expect(registrationRequest('tag_created', plan, 'secret', CLIENT_ID)).toEqual({
			url: WEBHOOK_URL,
			action: 'tag_created',
			secret_key: 'secret',
			owner_client_id: CLIENT_ID,
			type: 'license',
			description: 'n8n workflow "" (unsaved)',
		});
	});
});

describe('filtersFor', () => {
	it('sends the agent IDs to Routing Status Set only', () => {
		const choices = { agentIds: ['smith@example.com'], sourceTypes: ['my_client' as const] };
		expect(filtersFor('routing_status_set', choices)).toEqual({
			source_type: ['my_client'],
			agent_ids: ['smith@example.com'],
		});
		expect(filtersFor('agent_updated', choices)).toEqual({ source_type: ['my_client'] });
	});

	it('sends nothing when nothing is chosen', () => {
		expect(filtersFor('incoming_event', {})).toEqual({});
	});

	it('includes chat presence users, or my bots', () => {
		expect(
			filtersFor('thread_tagged', { chatPresenceUserIds: ['a@b.c'], chatPresenceMyBots: true }),
		).toEqual({
			chat_presence: { user_ids: { values: ['a@b.c'] }, my_bots: true },
		});
		expect(
			filtersFor('routing_status_set', { chatPresenceMyBots: true, onlyMyChats: true }),
		).toEqual({});
	});
});

describe('create', () => {
	it('sends each filter only to the actions LiveChat supports it for', async () => {
		const fake = new FakeLiveChat();
		const { context } = hookContext({
			parameters: {
				events: [
					'incoming_event',
					'incoming_chat',
					'customer_session_fields_updated',
					'tag_created',
				],
				additionalData: ['chat_properties'],
				filters: {
					authorType: 'customer',
					onlyMyChats: true,
					chatPresenceUserIds: 'smith@example.com, jones@example.com',
					chatPresenceMode: 'exclude',
					sourceTypes: ['other_clients', 'system'],
				},
			},
		});
		await create.call(context);
		const byAction = Object.fromEntries(ours(fake).map((w) => [w.action, w]));
		const presence = { user_ids: { exclude_values: ['smith@example.com', 'jones@example.com'] } };
		const sources = ['other_clients', 'system'];
		expect(byAction.incoming_event.filters).toEqual({
			author_type: 'customer',
			only_my_chats: true,
			chat_presence: presence,
			source_type: sources,
		});
		expect(byAction.incoming_chat.filters).toEqual({
			only_my_chats: true,
			chat_presence: presence,
			source_type: sources,
		});
		expect(byAction.customer_session_fields_updated.filters).toEqual({
			chat_presence: presence,
			source_type: sources,
		});
		expect(byAction.tag_created.filters).toEqual({ source_type: sources });
		expect(byAction.incoming_event.additional_data).toEqual(['chat_properties']);
		expect(byAction.tag_created.additional_data).toBeUndefined();
	});
});
