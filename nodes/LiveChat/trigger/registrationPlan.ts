/**
 * What the trigger registers: the chosen actions, filters and additional data read from the node's
 * parameters, and the register_webhook request each action gets.
 */
import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import type {
	AdditionalDataKind,
	RegisterWebhookRequest,
	WebhookAction,
	WebhookFilters,
	WebhookType,
} from '../types/livechat';
import { isWebhookAction } from '../types/livechat';
import { textList } from '../shared/lists';
import {
	supportsAdditionalData,
	supportsAuthorType,
	supportsChatFilters,
	supportsOnlyMyChats,
} from './events';

/** The filters a user chose; each goes to the actions LiveChat supports it for. */
export interface FilterChoices {
	agentIds?: string[];
	authorType?: 'customer' | 'agent';
	onlyMyChats?: boolean;
	chatPresenceUserIds?: string[];
	chatPresenceMode?: 'include' | 'exclude';
	chatPresenceMyBots?: boolean;
	sourceTypes?: Array<'my_client' | 'other_clients' | 'system'>;
}

export interface RegistrationPlan {
	url: string;
	/** `license`: always; `bot`: only while a bot of the app is not offline. */
	type: WebhookType;
	actions: WebhookAction[];
	filters: FilterChoices;
	additionalData: AdditionalDataKind[];
	description: string;
}

export function chosenActions(context: IHookFunctions): WebhookAction[] {
	const events = context.getNodeParameter('events', []) as string[];
	return events.filter(isWebhookAction);
}

function chosenFilters(context: IHookFunctions): FilterChoices {
	const filters = context.getNodeParameter('filters', {}) as IDataObject;
	return {
		agentIds: textList(filters.agentIds),
		authorType: filters.authorType as FilterChoices['authorType'],
		onlyMyChats: filters.onlyMyChats === true,
		chatPresenceUserIds: textList(filters.chatPresenceUserIds),
		chatPresenceMode: filters.chatPresenceMode as FilterChoices['chatPresenceMode'],
		chatPresenceMyBots: filters.chatPresenceMyBots === true,
		sourceTypes: (filters.sourceTypes as FilterChoices['sourceTypes']) ?? [],
	};
}

export function registrationPlan(context: IHookFunctions, url: string): RegistrationPlan {
	const workflow = context.getWorkflow();
	return {
		url,
		type: context.getNodeParameter('webhookType', 'license') as WebhookType,
		actions: chosenActions(context),
		filters: chosenFilters(context),
		additionalData: context.getNodeParameter('additionalData', []) as AdditionalDataKind[],
		description: `n8n workflow "${workflow.name ?? ''}" (${workflow.id ?? 'unsaved'})`.slice(
			0,
			200,
		),
	};
}

/** Filters for one action: those LiveChat rejects for it are left out. */
export function filtersFor(action: WebhookAction, choices: FilterChoices): WebhookFilters {
	const filters: WebhookFilters = {};
	if (choices.sourceTypes?.length) filters.source_type = choices.sourceTypes;
	if (action === 'routing_status_set' && choices.agentIds?.length)
		filters.agent_ids = choices.agentIds;
	if (supportsAuthorType(action) && choices.authorType) filters.author_type = choices.authorType;
	if (supportsOnlyMyChats(action) && choices.onlyMyChats) filters.only_my_chats = true;
	if (supportsChatFilters(action)) {
		const userIds = choices.chatPresenceUserIds ?? [];
		if (userIds.length || choices.chatPresenceMyBots) {
			filters.chat_presence = {};
			if (userIds.length) {
				filters.chat_presence.user_ids =
					choices.chatPresenceMode === 'exclude'
						? { exclude_values: userIds }
						: { values: userIds };
			}
			if (choices.chatPresenceMyBots) filters.chat_presence.my_bots = true;
		}
	}
	return filters;
}

export function registrationRequest(
	action: WebhookAction,
	plan: RegistrationPlan,
	secret: string,
	ownerClientId: string,
): RegisterWebhookRequest {
	const request: RegisterWebhookRequest = {
		url: plan.url,
		action,
		secret_key: secret,
		owner_client_id: ownerClientId,
		type: plan.type,
		description: plan.description,
	};
	const filters = filtersFor(action, plan.filters);
	if (Object.keys(filters).length) request.filters = filters;
	if (supportsAdditionalData(action) && plan.additionalData.length) {
		request.additional_data = plan.additionalData;
	}
	return request;
}
