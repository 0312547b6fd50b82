import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { liveChatReportRequest } from '../../transport/reports';
import type { ReportResponse } from '../../types/livechat';
import { groupIds, groupIdsField } from '../common';

const DAY_MS = 86_400_000;

/** What each report's period records hold; LiveChat leaves zero fields out, the node fills them. */
const PERIOD_FIELDS: Record<string, string[]> = {
	'agents/availability': ['hours'],
	'chats/duration': ['count', 'duration', 'agents_chatting_duration'],
	'chats/engagement': [
		'started_by_customer_from_greeting',
		'started_by_customer_without_greeting',
		'started_by_agent',
	],
	'chats/first_response_time': ['count', 'first_response_time'],
	'chats/groups': [],
	'chats/queued_visitors': [
		'queued_count',
		'queued_min',
		'queued_max',
		'queued_avg',
		'left_queue_count',
		'left_queue_min',
		'left_queue_max',
		'left_queue_avg',
	],
	'chats/ratings': ['chats', 'good', 'bad'],
	'chats/response_time': ['count', 'response_time'],
	'chats/tags': [],
	'chats/total_chats': ['total', 'continuous'],
};
const PER_AGENT_FIELDS = [
	'chats_count',
	'chats_rated_good',
	'chats_rated_bad',
	'first_response_chats_count',
	'first_response_time',
	'accepting_chats_time',
	'not_accepting_chats_time',
	'chatting_time',
	'logged_in_time',
];
const CHAT_REPORTS = Object.keys(PERIOD_FIELDS).filter((report) => report.startsWith('chats/'));

const properties: INodeProperties[] = [
	{
		displayName: 'Report',
		name: 'report',
		type: 'options',
		options: [
			{
				name: 'Agent Availability',
				value: 'agents/availability',
				description: 'Hours agents were available, per period',
			},
			{
				name: 'Agent Performance',
				value: 'agents/performance',
				description:
					'Per agent: chats, ratings, first response time and time accepting, chatting, logged in',
			},
			{
				name: 'Chat Duration',
				value: 'chats/duration',
				description: 'Average chat length and agents’ chatting time (seconds), per period',
			},
			{
				name: 'Chat Engagement',
				value: 'chats/engagement',
				description: 'Chats started by customers (with or without a greeting) and by agents',
			},
			{
				name: 'Chat Ratings',
				value: 'chats/ratings',
				description: 'Chats and their good and bad ratings, per period',
			},
			{
				name: 'First Response Time',
				value: 'chats/first_response_time',
				description: 'Average time to the first agent reply (seconds), per period',
			},
			{
				name: 'Groups',
				value: 'chats/groups',
				description: 'Chats per group, per period',
			},
			{
				name: 'Queued Visitors',
				value: 'chats/queued_visitors',
				description: 'Customers queued and who left the queue, with wait times (seconds)',
			},
			{
				name: 'Response Time',
				value: 'chats/response_time',
				description: 'Average agent reply time (seconds), per period',
			},
			{
				name: 'Tag Usage',
				value: 'tags/chat_usage',
				description: 'How many chats got each tag in the range',
			},
			{
				name: 'Tags',
				value: 'chats/tags',
				description: 'Chats per tag, per period',
			},
			{
				name: 'Total Chats',
				value: 'chats/total_chats',
				description: 'Chats and continuous (messaging) chats, per period',
			},
			{
				name: 'Unique Visitors',
				value: 'customers/unique_visitors',
				description: 'Unique visitors and page views in the range',
			},
		],
		default: 'chats/total_chats',
	},
	{
		displayName: 'From',
		name: 'from',
		type: 'dateTime',
		default: '',
		description: 'Start of the range; empty for 7 days before To',
	},
	{
		displayName: 'To',
		name: 'to',
		type: 'dateTime',
		default: '',
		description: 'End of the range; empty for now',
	},
	{
		displayName: 'Distribution',
		name: 'distribution',
		type: 'options',
		options: [
			{ name: 'Day', value: 'day' },
			{ name: 'Hour', value: 'hour' },
			{ name: 'Hour of Day (All Days)', value: 'day-hours' },
			{ name: 'Month', value: 'month' },
			{ name: 'Year', value: 'year' },
		],
		default: 'day',
		description: 'The period of each output item',
		displayOptions: { show: { report: CHAT_REPORTS } },
	},
	{
		displayName: 'Distribution',
		name: 'agentDistribution',
		type: 'options',
		options: [
			{ name: 'Day', value: 'day' },
			{ name: 'Hour', value: 'hour' },
		],
		default: 'day',
		description: 'The period of each output item',
		displayOptions: { show: { report: ['agents/availability', 'agents/performance'] } },
	},
	{
		displayName: 'Time Zone',
		name: 'timezone',
		type: 'string',
		default: '',
		placeholder: 'e.g. Europe/Warsaw',
		description: "IANA time zone of the periods; empty for the workflow's time zone",
		displayOptions: { hide: { report: ['customers/unique_visitors'] } },
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { hide: { report: ['customers/unique_visitors'] } },
		options: [
			{
				displayName: 'Agent IDs',
				name: 'agents',
				type: 'string',
				default: '',
				placeholder: 'e.g. smith@example.com, jones@example.com',
				description: 'Only chats of these agents (e-mails, comma-separated)',
			},
			{ ...groupIdsField, description: `Only chats of these groups. ${groupIdsField.description}` },
			{
				displayName: 'Tags',
				name: 'tags',
				type: 'string',
				default: '',
				placeholder: 'e.g. sales, support',
				description: 'Only chats with any of these tags (comma-separated; chat reports only)',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['report'], operation: ['get'] } },
	properties,
);

const list = (value: unknown) =>
	String(value ?? '')
		.split(',')
		.map((entry) => entry.trim())
		.filter(Boolean);

/** LiveChat's RFC 3339 time of a dateTime parameter (or the default). */
function rfc3339(context: IExecuteFunctions, value: unknown, fallback: number, itemIndex: number) {
	if (value === '' || value === undefined || value === null) return new Date(fallback);
	const date = new Date(String(value));
	if (Number.isNaN(date.getTime())) {
		throw new NodeOperationError(context.getNode(), `"${String(value)}" is not a date`, {
			itemIndex,
			description: 'Give From and To as dates, e.g. 2026-11-01T00:00:00Z, or leave them empty.',
		});
	}
	return date;
}

function requestOf(context: IExecuteFunctions, report: string, itemIndex: number): IDataObject {
	const to = rfc3339(context, context.getNodeParameter('to', itemIndex, ''), Date.now(), itemIndex);
	const from = rfc3339(
		context,
		context.getNodeParameter('from', itemIndex, ''),
		to.getTime() - 7 * DAY_MS,
		itemIndex,
	);
	const filters: IDataObject = { from: from.toISOString(), to: to.toISOString() };
	if (report === 'customers/unique_visitors') return { filters };
	const chosen = context.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const agents = list(chosen.agents);
	const groups = groupIds(chosen.groupIds ?? []);
	const tags = list(chosen.tags);
	if (agents.length && !report.startsWith('tags/')) filters.agents = { values: agents };
	if (groups.length) filters.groups = { values: groups };
	if (tags.length && report.startsWith('chats/')) filters.tags = { values: tags };
	const timezone = String(context.getNodeParameter('timezone', itemIndex, '') || '').trim();
	const request: IDataObject = { filters, timezone: timezone || context.getTimezone() };
	if (report.startsWith('chats/')) {
		request.distribution = context.getNodeParameter('distribution', itemIndex, 'day');
	} else if (report.startsWith('agents/')) {
		request.distribution = context.getNodeParameter('agentDistribution', itemIndex, 'day');
	}
	return request;
}

const numberOr0 = (value: unknown) => (typeof value === 'number' ? value : 0);

/** `{ queued: { count, … } }` → `{ queued_count, … }`, so that every field is one column. */
function flatten(record: Record<string, unknown>): Record<string, unknown> {
	const flat: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(record)) {
		if (typeof value === 'object' && value !== null) {
			for (const [inner, number] of Object.entries(value)) flat[`${key}_${inner}`] = number;
		} else flat[key] = value;
	}
	return flat;
}

/** One item per period (or agent, or tag), every field present, missing ones as 0. */
function itemsOf(report: string, answer: ReportResponse): IDataObject[] {
	const records = answer.records ?? {};
	if (report === 'customers/unique_visitors') {
		return [{ unique_visitors: 0, page_views: 0, ...answer.summary }];
	}
	if (report === 'tags/chat_usage') {
		return Object.entries(records).map(([tag, chats]) => ({ tag, chats: numberOr0(chats) }));
	}
	const rows = Object.entries(records).map(
		([key, record]) => [key, flatten((record ?? {}) as Record<string, unknown>)] as const,
	);
	const known = report === 'agents/performance' ? PER_AGENT_FIELDS : (PERIOD_FIELDS[report] ?? []);
	// Tags and groups are keys of the records themselves: every one seen becomes a column.
	const fields = [...new Set([...known, ...rows.flatMap(([, record]) => Object.keys(record))])];
	const keyName = report === 'agents/performance' ? 'agent_id' : 'period';
	return rows.map(([key, record]) => ({
		[keyName]: key,
		...Object.fromEntries(fields.map((field) => [field, numberOr0(record[field])])),
	}));
}

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const report = this.getNodeParameter('report', itemIndex) as string;
	const answer = await liveChatReportRequest(
		this,
		report,
		requestOf(this, report, itemIndex),
		itemIndex,
	);
	return itemsOf(report, answer);
}
