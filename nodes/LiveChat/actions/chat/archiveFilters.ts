import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { textList } from '../../shared/lists';
import { liveChatTime } from '../../shared/time';
import { agentLocator, filtersField, groupsFilter } from '../descriptions';
import { collectionOf, groupIds, propertiesFilterOf } from '../parameters';
import { propertiesFilterField } from './descriptions';

/** Search Archives' Filters: what list_archives' `filters` can say. */
export const archiveFiltersField = filtersField([
	{ ...agentLocator, description: 'Only chats this agent took part in' },
	{
		displayName: 'Agent Responded',
		name: 'agentResponded',
		type: 'boolean',
		default: true,
		description: 'Whether to find only chats an agent answered (on) or only unanswered ones (off)',
	},
	{
		displayName: 'Agent Type Match',
		name: 'agentTypeMatch',
		type: 'options',
		options: [
			{ name: 'All of the Types', value: 'all_values' },
			{ name: 'Any of the Types', value: 'any_values' },
			{ name: 'None of the Types', value: 'exclude_values' },
		],
		default: 'any_values',
		description: 'How the chosen Agent Types apply',
	},
	{
		displayName: 'Agent Types',
		name: 'agentTypes',
		type: 'multiOptions',
		options: [
			{ name: 'AI Agent', value: 'ai_agent' },
			{ name: 'Chatbot', value: 'chatbot' },
			{ name: 'Human', value: 'human' },
		],
		default: [],
		description: 'Who took part in the chat: people, chatbots or AI agents',
	},
	{
		displayName: 'Customer Countries',
		name: 'customerCountries',
		type: 'string',
		default: '',
		placeholder: 'e.g. DE, AT, CH',
		description: 'Only customers from these countries (two-letter ISO codes), separated by commas',
	},
	{
		displayName: 'Customer Email',
		name: 'customerEmail',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'Only chats of the customer with this email',
	},
	{
		displayName: 'Customer ID',
		name: 'customerId',
		type: 'string',
		default: '',
		description: 'Only chats of this customer',
	},
	{
		displayName: 'Event Type Match',
		name: 'eventTypeMatch',
		type: 'options',
		options: [
			{ name: 'Any of the Types', value: 'any' },
			{ name: 'Every Type', value: 'every' },
			{ name: 'None of the Types', value: 'none' },
		],
		default: 'any',
		description: 'How the chosen Event Types apply',
	},
	{
		displayName: 'Event Types',
		name: 'eventTypes',
		type: 'multiOptions',
		options: [
			{ name: 'Custom', value: 'custom' },
			{ name: 'File', value: 'file' },
			{ name: 'Filled Form', value: 'filled_form' },
			{ name: 'Form', value: 'form' },
			{ name: 'Message', value: 'message' },
			{ name: 'Rich Message', value: 'rich_message' },
			{ name: 'System Message', value: 'system_message' },
		],
		default: [],
		description: 'Only chats with these kinds of events',
	},
	{
		displayName: 'From',
		name: 'from',
		type: 'dateTime',
		default: '',
		description: 'Only threads started at or after this time',
	},
	{
		displayName: 'Greeting Names or IDs',
		name: 'greetingIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getGreetings' },
		default: [],
		description:
			'Only chats started from these greetings. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	groupsFilter('chats'),
	{ ...propertiesFilterField, description: 'Only chats whose chat or thread properties match' },
	{
		displayName: 'Tag Match',
		name: 'tagMatch',
		type: 'options',
		options: [
			{ name: 'Any of the Tags', value: 'any' },
			{ name: 'Every Tag', value: 'every' },
		],
		default: 'any',
		description: 'Whether a chat needs one of the chosen tags or all of them',
	},
	{
		displayName: 'Tag Names or IDs',
		name: 'tags',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getTags' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Text',
		name: 'query',
		type: 'string',
		default: '',
		description: 'Only chats whose messages contain this text',
	},
	{
		displayName: 'Thread IDs',
		name: 'threadIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. K600PKZON8, K600PKZON9',
		description:
			'These threads only, at most 20, separated by commas; LiveChat takes no other filter with them',
	},
	{
		displayName: 'To',
		name: 'to',
		type: 'dateTime',
		default: '',
		description: 'Only threads started at or before this time',
	},
]);

/** LiveChat takes RFC 3339 times with microseconds. */
function filterTime(context: IExecuteFunctions, value: unknown, label: string, itemIndex: number) {
	const date = new Date(String(value));
	if (Number.isNaN(date.getTime())) {
		throw new NodeOperationError(context.getNode(), `${label} is not a date: ${String(value)}`, {
			itemIndex,
			description: 'Use an ISO 8601 date such as 2026-11-01T09:00:00Z.',
		});
	}
	return liveChatTime(date);
}

/** LiveChat's `filters` of list_archives from the Filters collection (Thread IDs aside). */
export function archiveFiltersOf(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = collectionOf(context, 'filters', itemIndex);
	const archiveFilters: IDataObject = {};
	if (filters.customerEmail) archiveFilters.customer_email = String(filters.customerEmail).trim();
	if (filters.customerId) archiveFilters.customer_id = String(filters.customerId).trim();
	if (filters.query) archiveFilters.query = String(filters.query);
	if (filters.from) archiveFilters.from = filterTime(context, filters.from, 'From', itemIndex);
	if (filters.to) archiveFilters.to = filterTime(context, filters.to, 'To', itemIndex);
	const groups = groupIds(filters.groupIds);
	if (groups.length) archiveFilters.group_ids = groups;
	const tags = textList(filters.tags);
	if (tags.length) {
		archiveFilters.tags = { values: tags, require_every_value: filters.tagMatch === 'every' };
	}
	const agent = filters.agent
		? String(
				context.getNodeParameter('filters.agent', itemIndex, '', { extractValue: true }),
			).trim()
		: '';
	if (agent) archiveFilters.agents = { values: [agent] };
	const properties = propertiesFilterOf(filters);
	if (Object.keys(properties).length) archiveFilters.properties = properties;
	const eventTypes = textList(filters.eventTypes);
	if (eventTypes.length)
		archiveFilters.event_types = {
			[filters.eventTypeMatch === 'none' ? 'exclude_values' : 'values']: eventTypes,
			...(filters.eventTypeMatch === 'every' && { require_every_value: true }),
		};
	const agentTypes = textList(filters.agentTypes);
	if (agentTypes.length)
		archiveFilters.agent_types = { [String(filters.agentTypeMatch ?? 'any_values')]: agentTypes };
	const countries = textList(filters.customerCountries).map((code) => code.toUpperCase());
	if (countries.length) archiveFilters.customer_countries = { values: countries };
	const greetings = textList(filters.greetingIds).map(Number);
	if (greetings.length) archiveFilters.greetings = { values: greetings };
	if (filters.agentResponded !== undefined)
		archiveFilters.agent_response = { exists: filters.agentResponded === true };
	return archiveFilters;
}
