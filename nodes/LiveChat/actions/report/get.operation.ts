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
/** agents/performance's `summary`: the totals over all agents. */
const AGENT_SUMMARY_FIELDS = [
	'chats_count',
	'chats_rated_good',
	'chats_rated_bad',
	'first_response_chats_count',
	'first_response_time',
];
const CHAT_REPORTS = Object.keys(PERIOD_FIELDS).filter((report) => report.startsWith('chats/'));
const AGENT_REPORTS = ['agents/availability', 'agents/performance'];
/** Reports whose items are periods, with LiveChat's total of the range as `report_total`. */
const PERIOD_REPORTS = Object.keys(PERIOD_FIELDS);

const ITEMS =
	'Each output item is one period ({period, …fields}, every field present, 0 for empty periods) with report_total, LiveChat’s total for the whole range';

const properties: INodeProperties[] = [
	{
		displayName: 'Report',
		name: 'report',
		type: 'options',
		options: [
			{
				name: 'Agent Availability',
				value: 'agents/availability',
				description:
					'Hours agents were accepting chats, per period (minutes per hour with the Hour distribution)',
			},
			{
				name: 'Agent Performance',
				value: 'agents/performance',
				description:
					'One item per agent (agent_id): chats, good and bad ratings, first response time, and seconds accepting, not accepting, chatting and logged in; report_summary holds the totals over all agents',
			},
			{
				name: 'Chat Duration',
				value: 'chats/duration',
				description:
					'Chats, average chat length and average time agents chatted (seconds), per period',
			},
			{
				name: 'Chat Engagement',
				value: 'chats/engagement',
				description:
					'Chats started by customers after a greeting, by customers without one, and by agents, per period',
			},
			{
				name: 'Chat Ratings',
				value: 'chats/ratings',
				description: 'Chats and how many were rated good or bad, per period',
			},
			{
				name: 'First Response Time',
				value: 'chats/first_response_time',
				description:
					'Chats answered and the average time to the first agent reply (seconds), per period',
			},
			{
				name: 'Groups',
				value: 'chats/groups',
				description: 'Chats per group, per period: one field per group ID',
			},
			{
				name: 'Queued Visitors',
				value: 'chats/queued_visitors',
				description:
					'Customers queued and customers who left the queue, with min, max and average wait (seconds), per period',
			},
			{
				name: 'Response Time',
				value: 'chats/response_time',
				description: 'Agent replies and the average time to reply (seconds), per period',
			},
			{
				name: 'Tag Usage',
				value: 'tags/chat_usage',
				description: 'One item per tag: how many chats got it in the range (tag, chats)',
			},
			{
				name: 'Tags',
				value: 'chats/tags',
				description: 'Chats per tag, per period: one field per tag',
			},
			{
				name: 'Total Chats',
				value: 'chats/total_chats',
				description: 'Chats and continuous (messaging mode) chats, per period',
			},
			{
				name: 'Unique Visitors',
				value: 'customers/unique_visitors',
				description: 'One item: unique visitors and page views in the range',
			},
		],
		default: 'chats/total_chats',
		description: `Which LiveChat report to get. ${ITEMS}; days LiveChat leaves out are added as zeros.`,
	},
	{
		displayName: 'From',
		name: 'from',
		type: 'dateTime',
		default: '',
		description:
			'Start of the range; empty for 7 days before To. A date without an offset is read in the time zone below.',
	},
	{
		displayName: 'To',
		name: 'to',
		type: 'dateTime',
		default: '',
		description:
			'End of the range; empty for now. A date without an offset is read in the time zone below.',
	},
	{
		displayName: 'Distribution',
		name: 'distribution',
		type: 'options',
		options: [
			{ name: 'Day', value: 'day', description: 'Periods like 2026-11-01' },
			{ name: 'Hour', value: 'hour' },
			{
				name: 'Hour of Day (All Days)',
				value: 'day-hours',
				description: 'The 24 hours of the day, each summed over the range',
			},
			{ name: 'Month', value: 'month' },
			{ name: 'Year', value: 'year' },
		],
		default: 'day',
		description: 'The period of each output item',
		displayOptions: { show: { report: CHAT_REPORTS } },
	},
	{
		displayName: 'Distribution',
		name: 'distribution',
		type: 'options',
		options: [
			{ name: 'Day', value: 'day', description: 'Periods like 2026-11-01' },
			{ name: 'Hour', value: 'hour' },
		],
		default: 'day',
		description: 'The period of each output item',
		displayOptions: { show: { report: ['agents/availability'] } },
	},
	{
		displayName: 'Time Zone',
		name: 'timezone',
		type: 'string',
		default: '',
		placeholder: 'e.g. Europe/Warsaw',
		description:
			"IANA time zone of the periods and of dates without an offset; empty for the workflow's time zone",
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
				displayOptions: { show: { '/report': [...CHAT_REPORTS, ...AGENT_REPORTS] } },
			},
			{ ...groupIdsField, description: `Only chats of these groups. ${groupIdsField.description}` },
			{
				displayName: 'Tags',
				name: 'tags',
				type: 'string',
				default: '',
				placeholder: 'e.g. sales, support',
				description: 'Only chats with any of these tags (comma-separated)',
				displayOptions: { show: { '/report': CHAT_REPORTS } },
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

/** Wall-clock fields of a moment in a time zone. */
function wallClock(ms: number, timezone: string) {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-US', {
			timeZone: timezone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
		})
			.formatToParts(new Date(ms))
			.map((part) => [part.type, part.value]),
	);
	return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;
}

/** Milliseconds the time zone is ahead of UTC at a moment. */
function offsetAt(ms: number, timezone: string) {
	const wall = wallClock(ms, timezone);
	const asUtc = Date.UTC(
		Number(wall.year),
		Number(wall.month) - 1,
		Number(wall.day),
		Number(wall.hour),
		Number(wall.minute),
		Number(wall.second),
	);
	return asUtc - Math.floor(ms / 1000) * 1000;
}

/** A date parameter as a moment: with an offset as given, without one as wall time in the zone. */
function dateOf(
	context: IExecuteFunctions,
	value: unknown,
	timezone: string,
	itemIndex: number,
): Date | undefined {
	if (value === '' || value === undefined || value === null) return undefined;
	const text = typeof value === 'string' ? value.trim() : String(value);
	const local = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?$/.exec(text);
	let ms = Date.parse(text);
	if (local) {
		const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = ''] = local;
		const wall = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second, +fraction * 1000 || 0);
		ms = wall - offsetAt(wall, timezone);
		ms = wall - offsetAt(ms, timezone);
	}
	if (Number.isNaN(ms)) {
		throw new NodeOperationError(context.getNode(), `"${text}" is not a date`, {
			itemIndex,
			description: 'Give From and To as dates, e.g. 2026-11-01T00:00:00Z, or leave them empty.',
		});
	}
	return new Date(ms);
}

function timezoneOf(context: IExecuteFunctions, itemIndex: number) {
	const chosen = String(context.getNodeParameter('timezone', itemIndex, '') ?? '').trim();
	const timezone = chosen || context.getTimezone();
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: timezone });
	} catch {
		throw new NodeOperationError(context.getNode(), `"${timezone}" is not a time zone`, {
			itemIndex,
			description: 'Give an IANA time zone name, e.g. Europe/Warsaw or America/New_York.',
		});
	}
	return timezone;
}

interface ReportRequest {
	body: IDataObject;
	from: Date;
	to: Date;
	timezone: string;
	distribution?: string;
}

function requestOf(context: IExecuteFunctions, report: string, itemIndex: number): ReportRequest {
	const timezone = timezoneOf(context, itemIndex);
	const to =
		dateOf(context, context.getNodeParameter('to', itemIndex, ''), timezone, itemIndex) ??
		new Date();
	const from =
		dateOf(context, context.getNodeParameter('from', itemIndex, ''), timezone, itemIndex) ??
		new Date(to.getTime() - 7 * DAY_MS);
	if (from > to) {
		throw new NodeOperationError(context.getNode(), 'From is after To', {
			itemIndex,
			description:
				'Give a From date before the To date, or leave From empty for the 7 days before To.',
		});
	}
	const filters: IDataObject = { from: from.toISOString(), to: to.toISOString() };
	if (report === 'customers/unique_visitors') return { body: { filters }, from, to, timezone };
	const chosen = context.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const agents = list(chosen.agents);
	const groups = groupIds(chosen.groupIds ?? []);
	const tags = list(chosen.tags);
	if (agents.length && !report.startsWith('tags/')) filters.agents = { values: agents };
	if (groups.length) filters.groups = { values: groups };
	if (tags.length && report.startsWith('chats/')) filters.tags = { values: tags };
	const body: IDataObject = { filters, timezone };
	// Agent Performance ignores the distribution; Tag Usage does not take one.
	if (report.startsWith('chats/') || report === 'agents/availability') {
		body.distribution = context.getNodeParameter('distribution', itemIndex, 'day') as string;
	}
	return { body, from, to, timezone, distribution: body.distribution as string | undefined };
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

const DAY_LABEL = /^\d{4}-\d{2}-\d{2}$/;

/** Every day of the range in the time zone, as LiveChat labels days (`YYYY-MM-DD`). */
function daysOf({ from, to, timezone }: ReportRequest) {
	const label = (ms: number) => {
		const wall = wallClock(ms, timezone);
		return `${wall.year}-${wall.month}-${wall.day}`;
	};
	const days = new Set<string>();
	// Steps of 6 hours meet every day, even those that DST makes 23 or 25 hours long.
	for (let at = from.getTime(); at < to.getTime(); at += DAY_MS / 4) days.add(label(at));
	days.add(label(to.getTime()));
	return days;
}

/**
 * One item per period (or agent, or tag), every field present, missing ones as 0. With the day
 * distribution, days of the range LiveChat left out are added (only day labels are documented).
 */
function itemsOf(report: string, answer: ReportResponse, request: ReportRequest): IDataObject[] {
	const records = answer.records ?? {};
	if (report === 'customers/unique_visitors') {
		return [{ unique_visitors: 0, page_views: 0, ...answer.summary }];
	}
	if (report === 'tags/chat_usage') {
		return Object.entries(records).map(([tag, chats]) => ({ tag, chats: numberOr0(chats) }));
	}
	const keys = Object.keys(records);
	if (
		PERIOD_REPORTS.includes(report) &&
		request.distribution === 'day' &&
		keys.every((key) => DAY_LABEL.test(key))
	) {
		for (const day of daysOf(request)) if (!(day in records)) keys.push(day);
		keys.sort();
	}
	const rows = keys.map(
		(key) => [key, flatten((records[key] ?? {}) as Record<string, unknown>)] as const,
	);
	let known = PERIOD_FIELDS[report] ?? [];
	if (report === 'agents/performance') known = PER_AGENT_FIELDS;
	// Agent availability per hour counts minutes.
	if (report === 'agents/availability' && request.distribution === 'hour') known = ['minutes'];
	// Tags and groups are keys of the records themselves: every one seen becomes a column.
	const fields = [...new Set([...known, ...rows.flatMap(([, record]) => Object.keys(record))])];
	const keyName = report === 'agents/performance' ? 'agent_id' : 'period';
	// LiveChat's figures for the whole range (periods) or all agents, on every item.
	const totals = PERIOD_REPORTS.includes(report)
		? { report_total: numberOr0(answer.total) }
		: report === 'agents/performance'
			? { report_summary: summaryOf(answer.summary ?? {}) }
			: {};
	return rows.map(([key, record]) => ({
		[keyName]: key,
		...Object.fromEntries(fields.map((field) => [field, numberOr0(record[field])])),
		...totals,
	}));
}

function summaryOf(summary: Record<string, unknown>): IDataObject {
	const fields = [...new Set([...AGENT_SUMMARY_FIELDS, ...Object.keys(summary)])];
	return Object.fromEntries(fields.map((field) => [field, numberOr0(summary[field])]));
}

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const report = this.getNodeParameter('report', itemIndex) as string;
	const request = requestOf(this, report, itemIndex);
	const answer = await liveChatReportRequest(this, report, request.body, itemIndex);
	return itemsOf(report, answer, request);
}
