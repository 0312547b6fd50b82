import type { IDataObject } from 'n8n-workflow';

import { daysBetween } from '../../shared/time';
import type { ReportResponse } from '../../types/livechat';

/** The range and period of a report request, which the items fill out to whole days. */
export interface ReportRange {
	from: Date;
	to: Date;
	timezone: string;
	distribution?: string;
}

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
/** Reports whose items are periods, with LiveChat's total of the range as `report_total`. */
const PERIOD_REPORTS = Object.keys(PERIOD_FIELDS);

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

/** Reports whose records are not periods of numbers, each made into items its own way. */
const RECORD_ITEMS: Record<string, (answer: ReportResponse) => IDataObject[]> = {
	'chats/ranking': ({ records = {} }) =>
		Object.entries(records).map(([agentId, record]) => ({
			agent_id: agentId,
			...Object.fromEntries(
				['total', 'good', 'bad', 'score'].map((field) => [
					field,
					numberOr0(fieldOf(record, field)),
				]),
			),
		})),
	'chats/greetings_conversion': ({ records = {}, total }) =>
		Object.entries(records).flatMap(([period, greetings]) =>
			Object.entries((greetings ?? {}) as Record<string, unknown>).map(([greetingId, counts]) => ({
				period,
				greeting_id: Number(greetingId),
				...Object.fromEntries(
					['displayed', 'accepted', 'canceled', 'goals'].map((field) => [
						field,
						numberOr0(fieldOf(counts, field)),
					]),
				),
				report_total: numberOr0(total),
			})),
		),
	// An array of forms, as LiveChat answers it.
	'chats/forms': ({ records }) => (Array.isArray(records) ? (records as IDataObject[]) : []),
	'chats/queued_visitors_left': ({ records = {}, summary = {}, total }) =>
		Object.entries(records).map(([chatId, record]) => ({
			chat_id: chatId,
			...(record as IDataObject),
			report_summary: summary as IDataObject,
			report_total: numberOr0(total),
		})),
};

const fieldOf = (record: unknown, field: string) =>
	typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[field] : 0;

/**
 * One item per period (or agent, or tag), every field present, missing ones as 0. With the day
 * distribution, days of the range LiveChat left out are added (only day labels are documented).
 */
export function reportItems(
	report: string,
	answer: ReportResponse,
	request: ReportRange,
): IDataObject[] {
	const records = answer.records ?? {};
	const recordItems = RECORD_ITEMS[report];
	if (recordItems) return recordItems(answer);
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
		for (const day of daysBetween(request.from, request.to, request.timezone))
			if (!(day in records)) keys.push(day);
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
