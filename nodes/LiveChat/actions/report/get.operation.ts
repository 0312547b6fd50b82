import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { textList } from '../../shared/lists';
import { DAY_MS, isTimeZone, momentInZone } from '../../shared/time';
import { liveChatReportRequest } from '../../transport/reports';
import type { ReportResponse } from '../../types/livechat';
import { groupsFilter } from '../descriptions';
import { collectionOf, groupIds, optionalText } from '../parameters';
import { AGENT_REPORTS, CHAT_REPORTS, DISTRIBUTED_CHAT_REPORTS, REPORT_OPTIONS } from './catalogue';
import type { ReportRange } from './items';
import { reportItems } from './items';

const ITEMS =
	'Each output item is one period ({period, …fields}, every field present, 0 for empty periods) with report_total, LiveChat’s total for the whole range';

/** The period of each item: chat reports offer every distribution, Agent Availability two. */
function distributionField(options: INodePropertyOptions[], reports: string[]): INodeProperties {
	return {
		displayName: 'Distribution',
		name: 'distribution',
		type: 'options',
		options,
		default: 'day',
		description: 'The period of each output item',
		displayOptions: { show: { report: reports } },
	};
}
const DAY = { name: 'Day', value: 'day', description: 'Periods like 2026-11-01' };
const HOUR = { name: 'Hour', value: 'hour' };

const properties: INodeProperties[] = [
	{
		displayName: 'Report',
		name: 'report',
		type: 'options',
		options: REPORT_OPTIONS,
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
	distributionField(
		[
			DAY,
			HOUR,
			{
				name: 'Hour of Day (All Days)',
				value: 'day-hours',
				description: 'The 24 hours of the day, each summed over the range',
			},
			{ name: 'Month', value: 'month' },
			{ name: 'Year', value: 'year' },
		],
		DISTRIBUTED_CHAT_REPORTS,
	),
	distributionField([DAY, HOUR], ['agents/availability']),
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
			groupsFilter('chats'),
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

/** A date parameter as a moment: with an offset as given, without one as wall time in the zone. */
function dateOf(
	context: IExecuteFunctions,
	value: unknown,
	timezone: string,
	itemIndex: number,
): Date | undefined {
	if (value === '' || value === undefined || value === null) return undefined;
	const text = typeof value === 'string' ? value.trim() : String(value);
	const ms = momentInZone(text, timezone);
	if (Number.isNaN(ms)) {
		throw new NodeOperationError(context.getNode(), `"${text}" is not a date`, {
			itemIndex,
			description: 'Give From and To as dates, e.g. 2026-11-01T00:00:00Z, or leave them empty.',
		});
	}
	return new Date(ms);
}

function timezoneOf(context: IExecuteFunctions, itemIndex: number) {
	const timezone = optionalText(context, 'timezone', itemIndex) || context.getTimezone();
	if (!isTimeZone(timezone)) {
		throw new NodeOperationError(context.getNode(), `"${timezone}" is not a time zone`, {
			itemIndex,
			description: 'Give an IANA time zone name, e.g. Europe/Warsaw or America/New_York.',
		});
	}
	return timezone;
}

interface ReportRequest extends ReportRange {
	body: IDataObject;
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
	const chosen = collectionOf(context, 'filters', itemIndex);
	const agents = textList(chosen.agents);
	const groups = groupIds(chosen.groupIds ?? []);
	const tags = textList(chosen.tags);
	if (agents.length && !report.startsWith('tags/')) filters.agents = { values: agents };
	if (groups.length) filters.groups = { values: groups };
	if (tags.length && report.startsWith('chats/')) filters.tags = { values: tags };
	const body: IDataObject = { filters, timezone };
	// Agent Performance, Chat Ranking and Chat Forms ignore the distribution; Tag Usage takes none.
	if (DISTRIBUTED_CHAT_REPORTS.includes(report) || report === 'agents/availability') {
		body.distribution = context.getNodeParameter('distribution', itemIndex, 'day') as string;
	}
	return { body, from, to, timezone, distribution: body.distribution as string | undefined };
}

/** Queued Visitors Left comes a page at a time (`page` from 1 to `summary.total_pages`). */
async function everyPage(
	context: IExecuteFunctions,
	report: string,
	body: IDataObject,
	itemIndex: number,
): Promise<ReportResponse> {
	const first = await liveChatReportRequest(context, report, body, itemIndex);
	const pages = Number(first.summary?.total_pages ?? 1);
	const records = { ...first.records };
	for (let page = 2; page <= pages; page++) {
		const next = await liveChatReportRequest(context, report, { ...body, page }, itemIndex);
		Object.assign(records, next.records);
	}
	return { ...first, records };
}

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const report = this.getNodeParameter('report', itemIndex) as string;
	const request = requestOf(this, report, itemIndex);
	const answer =
		report === 'chats/queued_visitors_left'
			? await everyPage(this, report, request.body, itemIndex)
			: await liveChatReportRequest(this, report, request.body, itemIndex);
	return reportItems(report, answer, request);
}
